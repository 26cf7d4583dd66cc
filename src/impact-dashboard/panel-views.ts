/**
 * The view (view.ts: a selection and its filters) each panel of the dashboard (funding, staffing, map, list) shows. After a
 * filter change the dashboard paints its own answer first (chips, headline figures,
 * distributions), then hands the new selection to the panels one per task: a click is
 * answered within a frame, and no single task adds up and draws four panels over
 * 100,000 actions. A panel not yet handed the new selection is marked busy. The first
 * selection of a feed goes to every panel at once. `settled` lets the dashboard's
 * updateComplete wait until every panel shows the latest selection (tests, print, bench).
 */
import type { ReactiveControllerHost } from 'lit';

export type Panel = 'funding' | 'staffing' | 'map' | 'list';
const PANELS: readonly Panel[] = ['funding', 'staffing', 'map', 'list'];

/**
 * After the next paint. A hidden page paints nothing, and a frame out of view may not either (Chrome pauses
 * rendering in off-screen cross-origin iframes): a quarter of a second at most, so the panels never stay behind.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PanelViews<T> {
  private readonly shown = new Map<Panel, T>();
  private latest?: T;
  private handing?: Promise<void>;

  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  /** The view panel `panel` shows, given the latest one (called while rendering). */
  view(panel: Panel, latest: T): T {
    if (latest !== this.latest) this.retarget(latest);
    return this.shown.get(panel) ?? latest;
  }

  /** The panel still shows an older selection. */
  pending(panel: Panel): boolean {
    return this.shown.get(panel) !== this.latest;
  }

  /** Resolves once every panel shows the latest selection; undefined when they all do. */
  get settled(): Promise<void> | undefined {
    return this.handing;
  }

  private retarget(latest: T): void {
    const first = this.latest === undefined;
    this.latest = latest;
    if (first) for (const p of PANELS) this.shown.set(p, latest);
    else this.handing ??= this.handOver();
  }

  private async handOver(): Promise<void> {
    await afterPaint();
    // Another change during the hand-over: the panels already handed the older one get the newest.
    while (PANELS.some((p) => this.pending(p))) {
      for (const p of PANELS) {
        if (!this.pending(p)) continue;
        this.shown.set(p, this.latest!);
        this.host.requestUpdate();
        await nextTask();
      }
    }
    this.handing = undefined;
    this.host.requestUpdate();
  }
}
