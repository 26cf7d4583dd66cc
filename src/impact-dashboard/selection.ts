/**
 * The actions, headline and distributions of one filter state. The unfiltered state is
 * computed once per feed and kept, so removing the last filter shows it again at once.
 * Once the feed's columnar index (feed-index.ts) is built, every filtered state comes
 * from it: it answers what applyFilters, headline and distributions answer (its unit
 * test says so) without walking 100,000 actions again, and the actions it hands out
 * carry their sums (selection-sums.ts) for the charts and the list. A large feed read in
 * the feed worker comes with its index, built there (index-build.ts): then even the first,
 * unfiltered view answers from it. Otherwise the plain functions answer until the index is
 * built, after the first view, in tasks of a few milliseconds (indexInSlices), so that the
 * page never freezes while it is built.
 */
import { activeFilters, applyFilters, distributions, facetsOf, headline, type DashboardFilters, type Distributions, type Facets, type Headline } from '../feed/dashboard.js';
import { FeedIndex, indexInSlices, type SliceScheduler } from '../feed/feed-index.js';
import type { LoadedFeed } from '../feed/load.js';
import { seedSearchIndex } from '../feed/search.js';
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
    if (!whole) unfiltered.set(loaded, (whole = indexedSelection(loaded, filters) ?? plainSelection(loaded, filters)));
    return whole;
  }
  return indexedSelection(loaded, filters) ?? plainSelection(loaded, filters);
}

const facetCache = new WeakMap<LoadedFeed, Facets>();

/** The filter form's values: the unfiltered distributions, put in the form's orders (not a second pass over the feed). */
export function facetsOfFeed(loaded: LoadedFeed): Facets {
  let f = facetCache.get(loaded);
  if (!f) facetCache.set(loaded, (f = facetsOf(selectionOf(loaded, {}).distributions)));
  return f;
}

function indexedSelection(loaded: LoadedFeed, filters: DashboardFilters): Selection | undefined {
  const index = readyIndex(loaded);
  if (!index) return undefined;
  const rows = index.select(filters);
  return { actions: index.actionsOf(rows), headline: index.headline(rows), distributions: index.distributions(rows) };
}

/** The feed's index when built: the one a worker handed over is adopted at the first question. */
function readyIndex(loaded: LoadedFeed): FeedIndex | undefined {
  let index = indexes.get(loaded);
  if (!index) {
    const [parts, whole] = [loaded.workerIndex, loaded.workerWhole];
    // Taken once: the load cache that keeps the feed need not keep a second copy of its columns.
    delete loaded.workerIndex;
    delete loaded.workerWhole;
    if (parts?.size === loaded.feed.actions.length) adopt(loaded, (index = new FeedIndex(loaded.feed, parts, whole)));
  }
  return index instanceof FeedIndex ? index : undefined;
}

function adopt(loaded: LoadedFeed, index: FeedIndex): void {
  indexes.set(loaded, index);
  // The worker's folded search texts too, as they come: the page need not fold 100,000 actions in its idle time.
  loaded.workerSearch?.((from, texts) => seedSearchIndex(loaded.feed, from, texts));
  // The whole feed's actions carry their sums too: the charts shown unfiltered (or after the last filter goes) read the columns.
  index.actionsOf(index.select({}));
  whenIdle(() => warmUp(index));
}

/**
 * One filtered view computed and dropped in the page's idle time: the first click otherwise pays for compiling the
 * index's selection code (at 100,000 actions its paint took 96–128 ms against 40 for the next ones).
 */
function warmUp(index: FeedIndex): void {
  const [departement] = index.facetKeys('departement');
  if (departement === undefined) return;
  const rows = index.select({ departement });
  index.headline(rows);
  index.distributions(rows);
}

/** Starts building the feed's index in slices, once per feed; a feed whose build fails keeps the plain path. */
export function buildIndexSoon(loaded: LoadedFeed): void {
  if (readyIndex(loaded) || indexes.has(loaded)) return;
  const building = indexInSlices(loaded.feed, loaded.structureById, whenIdle).then((index) => adopt(loaded, index));
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
