/**
 * The content width of an element of the host's shadow tree (by default the host),
 * kept up to date by a ResizeObserver: a chart inside a CMS column resizes without
 * the window resizing. Re-renders only when the whole pixel width changes, one frame
 * later: re-rendering inside the observer callback would resize the host again and
 * trip the browser's "ResizeObserver loop" error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  private measured = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element to measure, looked up after each render (it may be replaced). */
    private readonly target: () => Element | null | undefined = () => host,
  ) {
    host.addController(this);
  }

  /**
   * Content-box width in CSS pixels (0 when nothing is measurable yet). Before the
   * observer's first report it is read from the element already on screen (e.g. the
   * loading placeholder), so the first real render has the right width: no flash.
   */
  get width(): number {
    if (!this.measured && this.observed?.isConnected) {
      const style = getComputedStyle(this.observed);
      this.measured = Math.max(0, Math.round(this.observed.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) || 0);
    }
    return this.measured;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.measured) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.measured = width;
        this.host.requestUpdate();
      });
    });
    this.observed = undefined;
    this.hostUpdated();
  }

  hostUpdated(): void {
    const target = this.target() ?? undefined;
    if (!this.observer || target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    if (target) this.observer.observe(target);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
