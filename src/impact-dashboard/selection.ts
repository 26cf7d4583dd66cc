/**
 * The actions, headline and distributions of one filter state. The unfiltered state
 * is computed once per feed and kept, so removing the last filter shows it again at
 * once; every filtered state comes from the feed's columnar index (feed-index.ts),
 * which answers what applyFilters, headline and distributions answer (its unit test
 * says so) without walking 100,000 actions again. The index is built when the
 * browser is idle after the first view, or at the first filter if that comes sooner.
 * Its code is in the dashboard's chunk only: a lazy chunk of its own made the bundler
 * split funders.ts out of the entry, one more request on every centre's page.
 */
import { activeFilters, applyFilters, distributions, headline, type DashboardFilters, type Distributions, type Headline } from '../feed/dashboard.js';
import { feedIndex } from '../feed/feed-index.js';
import type { LoadedFeed } from '../feed/load.js';
import type { Action } from '../feed/schema.js';

export interface Selection {
  actions: readonly Action[];
  headline: Headline;
  distributions: Distributions;
}

const unfiltered = new WeakMap<LoadedFeed, Selection>();

export function selectionOf(loaded: LoadedFeed, filters: DashboardFilters): Selection {
  if (!activeFilters(filters).length) {
    let whole = unfiltered.get(loaded);
    if (!whole) {
      unfiltered.set(loaded, (whole = plainSelection(loaded, filters)));
      whenIdle(() => feedIndex(loaded));
    }
    return whole;
  }
  const index = feedIndex(loaded);
  const rows = index.select(filters);
  return { actions: index.actionsOf(rows), headline: index.headline(rows), distributions: index.distributions(rows) };
}

function plainSelection(loaded: LoadedFeed, filters: DashboardFilters): Selection {
  const actions = applyFilters(loaded.feed, filters);
  return { actions, headline: headline(actions, loaded.structureById), distributions: distributions(actions, loaded.structureById) };
}

/** Idle time where the browser has it (Safari has no requestIdleCallback), else the next task. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
