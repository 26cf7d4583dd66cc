/**
 * The CDN bundle (built as dist/cdn/vitrine.js), also `vitrine/autoload.js` for bundlers:
 * a CMS page loads this one file with `<script type="module" src>`.
 * It registers every element. The ones a centre's page embeds (card, charts) are in
 * this file; the federation tools (list, dashboard) and the map with its geometry are
 * chunks beside it, downloaded only when a page uses their tag.
 */
import { EMBED_ELEMENTS, defineElements } from './registry.js';
import { defineLazy, loadActionList, loadImpactDashboard, loadTerritoryMap } from './lazy.js';
import { prefetchFeeds } from './prefetch.js';

// Feeds first: they then download while the lazy elements' chunks do (and before the embedded ones upgrade).
prefetchFeeds([...Object.keys(EMBED_ELEMENTS), 'action-list', 'impact-dashboard', 'territory-map']);
defineElements(EMBED_ELEMENTS);
defineLazy('action-list', loadActionList);
defineLazy('impact-dashboard', loadImpactDashboard);
defineLazy('territory-map', loadTerritoryMap);

export { EMBED_ELEMENTS, defineElements };
export { ActionCard } from './action-card/action-card.js';
export { FundingBreakdown } from './funding-breakdown/funding-breakdown.js';
export { StaffingChart } from './staffing-chart/staffing-chart.js';
// The feed's validator (zod) is not exported here: it loads with the first feed. Bundlers get it from 'vitrine'.
export { loadFeed, clearFeedCache, FeedLoadError } from './feed/load.js';
export { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from './shared/events.js';
export { defineLazy, ensureDefined } from './lazy.js';
