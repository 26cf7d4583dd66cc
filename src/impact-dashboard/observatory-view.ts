/**
 * The dashboard over a published observatory (`<impact-dashboard src="observatoire/">`):
 * the figures of each filter state come from the summary when it holds them, else from
 * the shard parts the selection needs. The charts, the map and the list need the actions
 * themselves: they are loaded with the selection when its parts are small enough
 * (a département, a search), or when the reader asks for them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DashboardFilters } from '../feed/dashboard.js';
import { adoptFeed, asLoadError, type FeedLoadError, type LoadedFeed } from '../feed/load.js';
import type { Observatory } from '../feed/observatory.js';
import type { SliceFigures } from '../feed/observatory-format.js';

/** A selection whose parts weigh less than this (uncompressed) is loaded without asking: about 10,000 actions. */
export const AUTO_LOAD_BYTES = 8_000_000;

export interface ObservatoryState {
  /** The figures for the current filters, once known. */
  figures?: SliceFigures;
  /** The selected actions, once loaded. */
  loaded?: LoadedFeed;
  /** Bytes of the parts the selection needs, when it was not loaded because of its size. */
  heavy?: number;
  /** A département's first page of the list, shown until (or instead of) the whole selection; `total`: its actions. */
  firstPage?: { loaded: LoadedFeed; total: number };
  error?: FeedLoadError;
}

export class ObservatoryViews implements ReactiveController {
  private filters?: DashboardFilters;
  private state: ObservatoryState = {};
  private controller?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.filters = undefined;
  }

  /** The state for these filters; a change of filters starts what it needs and updates the host when done. */
  view(observatory: Observatory, filters: DashboardFilters): ObservatoryState {
    if (filters === this.filters) return this.state;
    this.filters = filters;
    this.controller?.abort();
    this.state = { figures: observatory.fromSummary(filters) };
    void this.fetch(observatory, filters, false);
    return this.state;
  }

  /** Loads the current selection's actions whatever their size (the reader asked for them). */
  loadAll(observatory: Observatory): void {
    if (this.filters) void this.fetch(observatory, this.filters, true);
  }

  private async fetch(observatory: Observatory, filters: DashboardFilters, anySize: boolean): Promise<void> {
    const controller = (this.controller = new AbortController());
    const current = () => this.filters === filters && !controller.signal.aborted;
    // The first page (a few kilobytes) is in before the parts (megabytes) are asked for: its cards show without
    // waiting behind the parts' download and parsing on the main thread; a first page that fails is skipped.
    if (!anySize) {
      const firstPage = await observatory.firstPage(filters, controller.signal).catch(() => undefined);
      if (!current()) return;
      if (firstPage && !this.state.loaded) {
        this.state = { ...this.state, firstPage };
        this.host.requestUpdate();
      }
    }
    try {
      const parts = await observatory.partsFor(filters, controller.signal);
      const bytes = parts.reduce((sum, p) => sum + p.bytes, 0);
      if (!anySize && bytes > AUTO_LOAD_BYTES) {
        if (!current()) return;
        this.state = { ...this.state, heavy: bytes };
        return this.host.requestUpdate();
      }
      const selection = await observatory.select(filters, controller.signal);
      if (!current()) return;
      // Adopted: the charts and the list given this feed index it without validating it again.
      this.state = { figures: this.state.figures ?? selection.figures, loaded: adoptFeed(selection.loaded) };
    } catch (e) {
      if (!current()) return;
      this.state = { ...this.state, error: asLoadError(e) };
    }
    this.host.requestUpdate();
  }
}
