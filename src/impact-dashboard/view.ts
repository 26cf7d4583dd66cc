/** The figures of one filter state, computed once per change (not per render): from the feed, or from an observatory. */
import { feedView, type DashboardFilters, type Distributions, type Facets, type Headline } from '../feed/dashboard.js';
import { adoptFeed, type LoadedFeed } from '../feed/load.js';
import type { Observatory } from '../feed/observatory.js';
import type { Action, Feed } from '../feed/schema.js';
import type { ObservatoryState } from './observatory-view.js';
import { facetsOfFeed, selectionOf } from './selection.js';

export interface View {
  loaded: LoadedFeed;
  filters: DashboardFilters;
  actions: readonly Action[];
  /** The selection handed to the charts, the map and the list; absent while an observatory's actions are not loaded. */
  feed?: Feed;
  headline: Headline;
  distributions: Distributions;
  facets: Facets;
  /** Actions in the whole collection. */
  total: number;
  observatory?: ObservatoryState;
}

export function feedFiguresView(loaded: LoadedFeed, filters: DashboardFilters): View {
  const { actions, headline, distributions } = selectionOf(loaded, filters);
  const feed = feedView(loaded.feed, actions);
  // The view's lookups are the whole feed's (every action and structure of the view is in them): indexing
  // 25,000 actions again on each click cost 45 ms.
  if (feed !== loaded.feed) adoptFeed({ feed, issues: [], actionCount: actions.length, actionById: loaded.actionById, structureById: loaded.structureById });
  return {
    loaded,
    filters,
    actions,
    feed,
    headline,
    distributions,
    facets: facetsOfFeed(loaded),
    total: loaded.feed.actions.length,
  };
}

/** The view over a published observatory: figures from its summary or shards (see observatory-view.ts). */
export function observatoryFiguresView(observatory: Observatory, state: ObservatoryState, empty: LoadedFeed, filters: DashboardFilters): View | undefined {
  if (!state.figures) return undefined;
  const selection = state.loaded;
  return {
    loaded: selection ?? empty,
    filters,
    actions: selection?.feed.actions ?? [],
    ...(selection ? { feed: selection.feed } : {}),
    headline: state.figures.headline,
    distributions: state.figures.distributions,
    facets: observatory.summary.facets,
    total: observatory.manifest.counts.actions,
    observatory: state,
  };
}
