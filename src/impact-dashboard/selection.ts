/**
 * The actions, headline and distributions of one filter state. The unfiltered state is
 * computed once per feed and kept, so removing the last filter shows it again at once.
 * Once the feed's columnar index (feed-index.ts) is built, every filtered state comes
 * from it: it answers what applyFilters, headline and distributions answer (its unit
 * test says so) without walking 100,000 actions again, and the actions it hands out
 * carry their sums (selection-sums.ts) for the charts and the list. Until then the plain
 * functions answer. The index is built after the first view, in tasks of a few
 * milliseconds (indexInSlices), so that the page never freezes while it is built.
 */
import { activeFilters, applyFilters, distributions, headline, type DashboardFilters, type Distributions, type Headline } from '../feed/dashboard.js';
import { indexInSlices, type FeedIndex, type SliceScheduler } from '../feed/feed-index.js';
import type { LoadedFeed } from '../feed/load.js';
import type { Action } from '../feed/schema.js';

export interface Selection {
  actions: readonly Action[];
  headline: Headline;
  distributions: Distributions;
}

const unfiltered = new WeakMap<LoadedFeed, Selection>();
const indexes = new WeakMap<LoadedFeed, FeedIndex | Promise<unknown>>();

export function selectionOf(loaded: LoadedFeed, filters: DashboardFilters): Selection {
  if (!activeFilters(filters).length) {
    let whole = unfiltered.get(loaded);
    if (!whole) unfiltered.set(loaded, (whole = plainSelection(loaded, filters)));
    return whole;
  }
  const index = indexes.get(loaded);
  if (!index || index instanceof Promise) return plainSelection(loaded, filters);
  const rows = index.select(filters);
  return { actions: index.actionsOf(rows), headline: index.headline(rows), distributions: index.distributions(rows) };
}

/** Starts building the feed's index in slices, once per feed; a feed whose build fails keeps the plain path. */
export function buildIndexSoon(loaded: LoadedFeed): void {
  if (indexes.has(loaded)) return;
  const building = indexInSlices(loaded.feed, loaded.structureById, whenIdle).then((index) => {
    indexes.set(loaded, index);
    // The whole feed's actions carry their sums too: the charts shown after the last filter goes read the columns.
    index.actionsOf(index.select({}));
  });
  building.catch(() => undefined);
  indexes.set(loaded, building);
}

/**
 * Idle periods, so that the build never delays the load's own work nor a click; each slice stops a few
 * milliseconds before the period ends (a step of the build may take that long). Safari has no
 * requestIdleCallback: short tasks instead.
 */
const whenIdle: SliceScheduler = (slice) => {
  if (typeof requestIdleCallback !== 'function') return void setTimeout(() => slice(8), 0);
  requestIdleCallback((deadline) => slice(Math.max(4, deadline.timeRemaining() - 6)), { timeout: 500 });
};

function plainSelection(loaded: LoadedFeed, filters: DashboardFilters): Selection {
  const actions = applyFilters(loaded.feed, filters);
  return { actions, headline: headline(actions, loaded.structureById), distributions: distributions(actions, loaded.structureById) };
}
