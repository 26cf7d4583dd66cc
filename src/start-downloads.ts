/**
 * The first module the CDN bundle runs (autoload.ts imports it before anything else): the downloads the page's
 * Vitrine tags will need start before Lit and the elements' code are even evaluated, not after (the peer bench
 * measured the feed's request 54 ms after vitrine.js had arrived on a quiet machine, when it was started once every
 * element was defined). A module's imports run before its body: only what this one imports runs ahead of it.
 */
import { loadActionList, loadImpactDashboard, loadTerritoryMap } from './lazy.js';
import { prefetchFeeds } from './prefetch.js';

/** The tags whose code is a chunk of its own, with its loader (registered on demand by autoload.ts). */
export const CDN_LAZY_ELEMENTS = {
  'action-list': loadActionList,
  'impact-dashboard': loadImpactDashboard,
  'territory-map': loadTerritoryMap,
} as const;

/** Every tag the CDN bundle registers: the embedded ones (in vitrine.js) and the lazy ones. */
const CDN_TAGS = ['action-card', 'funding-breakdown', 'staffing-chart', ...Object.keys(CDN_LAZY_ELEMENTS)] as const;

// Feeds first, then the chunks of the lazy tags already in the page: the registry's loader asks for the same
// import() once the tag is defined and finds it under way (a module is fetched once).
prefetchFeeds(CDN_TAGS);
for (const [tag, load] of Object.entries(CDN_LAZY_ELEMENTS)) if (document.querySelector(tag)) load().catch(() => undefined);
