/**
 * Keyboard and tooltip behaviour shared by the charts (the tooltip itself by the map too): one tab stop per chart,
 * arrow keys move between segments (roving tabindex), and a tooltip follows the
 * pointer, a tap, or the focused segment. The tooltip repeats the segment's
 * accessible name, so it is hidden from assistive technology.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

/** Where a tooltip shows: which segment, and its anchor in the chart box (px). */
export interface TipState {
  chart: string;
  index: number;
  x: number;
  y: number;
}

/** The segment an arrow, Home or End key leads to, or undefined for other keys. Wraps around. */
export function rovingTarget(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The anchor of a pointer event relative to a box, for hover and tap tooltips. */
export function pointerAnchor(event: PointerEvent | MouseEvent, box: Element): { x: number; y: number } {
  const r = box.getBoundingClientRect();
  return { x: Math.round(event.clientX - r.left), y: Math.round(event.clientY - r.top) };
}

/**
 * Where a tooltip of width `tip` starts (px from the chart box's left edge): centred on the anchor, kept inside
 * the viewport (`box` is the chart box's left edge and `viewport` the page width, px). The chart box itself may
 * be narrower than the tooltip (a 240 px donut), so the box is not the limit.
 */
export function tooltipLeft(anchorX: number, tip: number, box: number, viewport: number, margin = 4): number {
  const min = margin - box;
  const max = viewport - margin - box - tip;
  return Math.round(Math.max(min, Math.min(anchorX - tip / 2, max)));
}

/** The tooltip, above its anchor (px in its `.tip-box`); `placeTooltip` centres it once its width is known. */
export function renderTooltip(anchor: { x: number; y: number } | undefined, content: () => unknown): TemplateResult | typeof nothing {
  if (!anchor) return nothing;
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${styleProps({ '--tip-x': `${anchor.x}px`, '--tip-y': `${anchor.y}px` })}>
    ${content()}
  </div>`;
}

/** Centres a rendered tooltip on its anchor's x, kept inside the viewport. */
export function placeTooltip(tooltip: HTMLElement, anchorX: number): void {
  const box = tooltip.closest('.tip-box');
  if (box) tooltip.style.left = `${tooltipLeft(anchorX, tooltip.offsetWidth, box.getBoundingClientRect().left, document.documentElement.clientWidth)}px`;
}

type SegmentHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Roving focus and tooltip state of a chart's segments. Segments are rendered with
 * `class="seg"`, `data-index`, inside an ancestor with `data-chart`, and a `.tip-box`
 * around the graphic that tooltips are positioned in.
 */
export class SegmentFocus implements ReactiveController {
  tip?: TipState & { sticky?: boolean };
  private readonly active = new Map<string, number>();

  constructor(private readonly host: SegmentHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Centres the rendered tooltip on its anchor now that its width is known. */
  hostUpdated(): void {
    if (!this.tip) return;
    const tooltip = this.host.renderRoot.querySelector<HTMLElement>(`[data-chart="${this.tip.chart}"] .tooltip, .tooltip`);
    if (tooltip) placeTooltip(tooltip, this.tip.x);
  }

  /** One tab stop per chart: the last segment reached, else the first. */
  tabindex(chart: string, index: number): '0' | '-1' {
    return index === (this.active.get(chart) ?? 0) ? '0' : '-1';
  }

  /**
   * The tooltip to draw over `count` segments: one left pointing past the last segment
   * (the data changed under it, e.g. a smaller feed or a narrower filter) is dropped, so
   * the chart always draws the new figures instead of failing on the old index.
   */
  tipWithin(chart: string, count: number): TipState | undefined {
    if ((this.active.get(chart) ?? 0) >= count) this.active.delete(chart);
    if (this.tip?.chart !== chart) return undefined;
    if (this.tip.index < count) return this.tip;
    this.tip = undefined;
    return undefined;
  }

  isShown(chart: string, index: number): boolean {
    return this.tip?.chart === chart && this.tip.index === index;
  }

  private set(tip: (TipState & { sticky?: boolean }) | undefined): void {
    this.tip = tip;
    this.host.requestUpdate();
  }

  /** Event handlers of one segment; `anchor` is where its tooltip points on focus. */
  handlers(chart: string, index: number, anchor: readonly [number, number], choose?: () => void) {
    return {
      focus: () => {
        this.active.set(chart, index);
        this.set({ chart, index, x: anchor[0], y: anchor[1] });
      },
      blur: () => {
        if (this.isShown(chart, index) && !this.tip!.sticky) this.set(undefined);
      },
      pointer: (e: PointerEvent) => {
        const box = (e.currentTarget as Element).closest('.tip-box');
        if (!box) return;
        // A tap keeps its tooltip until the next tap; a mouse tooltip follows the pointer.
        const sticky = e.type === 'pointerdown' && e.pointerType !== 'mouse';
        if (this.tip?.sticky && !sticky) return;
        this.set({ chart, index, ...pointerAnchor(e, box), sticky });
      },
      leave: () => {
        if (this.isShown(chart, index) && !this.tip!.sticky) this.set(undefined);
      },
      click: () => choose?.(),
    };
  }

  /** Arrow keys, Home and End move; Enter and Space choose; Escape hides the tooltip. */
  keydown(e: KeyboardEvent, chart: string, count: number, choose?: (index: number) => void): void {
    const index = Number((e.target as Element).getAttribute('data-index'));
    if (Number.isNaN(index)) return;
    const next = rovingTarget(e.key, index, count);
    if (next !== undefined) {
      e.preventDefault();
      void this.focus(chart, next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose?.(index);
    } else if (e.key === 'Escape') {
      this.set(undefined);
    }
  }

  private async focus(chart: string, index: number): Promise<void> {
    this.active.set(chart, index);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<SVGElement>(`[data-chart="${chart}"] .seg[data-index="${index}"]`)?.focus();
  }
}
