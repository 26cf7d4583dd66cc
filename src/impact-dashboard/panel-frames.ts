/**
 * Which nested panels (funding, staffing, map, list) show their content yet. Each nested element renders its feed
 * in a task of its own (feed-controller.ts) and the map's code comes in a chunk of its own: until a panel's element
 * shows its content, its section keeps the height of the loading view's frame (loading-view.ts), so that the
 * panels arriving one by one do not push what is below them (layout shift 0.19–0.25 at 100,000 actions).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Panel } from './panel-views.js';

interface ReactiveElementLike {
  updateComplete: Promise<unknown>;
}

export class PanelFrames implements ReactiveController {
  private readonly shown = new Set<Panel>();
  private readonly watched = new WeakSet<Element>();

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** The section's class: `waiting` (the loading frame's height) until the panel's element shows its content. */
  className(panel: Panel): string {
    return this.shown.has(panel) ? '' : 'waiting';
  }

  /** After each render, watches the panels' elements (in the `[data-panel]` sections) not seen yet. */
  hostUpdated(): void {
    for (const section of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-panel]')) {
      const panel = section.dataset.panel as Panel;
      const el = [...section.children].find((child) => child.localName.includes('-'));
      if (this.shown.has(panel) || !el || this.watched.has(el)) continue;
      this.watched.add(el);
      void this.observe(panel, el);
    }
  }

  private async observe(panel: Panel, el: Element): Promise<void> {
    // The map's code may still be on its way; then its first render (the skeleton) is awaited.
    await customElements.whenDefined(el.localName);
    await (el as Partial<ReactiveElementLike>).updateComplete;
    const content = el.shadowRoot;
    const check = () => {
      if (content?.querySelector('[part="skeleton"]')) return false;
      this.shown.add(panel);
      this.host.requestUpdate();
      return true;
    };
    // No shadow root (not one of ours): nothing to wait for.
    if (!content || check()) return;
    const changes = new MutationObserver(() => check() && changes.disconnect());
    changes.observe(content, { childList: true });
  }
}
