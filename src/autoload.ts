/**
 * The CDN bundle (built as dist/cdn/vitrine.js), also `vitrine/autoload.js` for bundlers:
 * a CMS page loads this one file with `<script type="module" src>`.
 * It registers every element. The ones a centre's page embeds (card, charts) are in
 * this file; the federation tools (list, dashboard) and the map with its geometry are
 * chunks beside it, downloaded only when a page uses their tag.
 */
// First: it starts the page's downloads before the rest of this bundle is evaluated (start-downloads.ts says why).
import { CDN_LAZY_ELEMENTS } from './start-downloads.js';
import { ActionCard } from './action-card/action-card.js';
import { FundingBreakdown } from './funding-breakdown/funding-breakdown.js';
import { StaffingChart } from './staffing-chart/staffing-chart.js';
import { defineElements, type Renames } from './registry.js';
// The validator is in this file, not a chunk of its own: every element needs it with its first feed, and a chunk
// named only by vitrine.js is requested once vitrine.js runs, one round trip after a preloaded or inlined feed is
// there (the hop the peer bench measured). load.ts's import() of it then resolves at once.
import './feed/parse.js';

const CDN_ELEMENTS = {
  'action-card': ActionCard,
  'funding-breakdown': FundingBreakdown,
  'staffing-chart': StaffingChart,
  ...CDN_LAZY_ELEMENTS,
} as const;

/** Registers every element again under other names (`define({ 'action-card': 'mon-action' })`), as `vitrine`'s `define`. */
export function define(renames: Partial<Record<keyof typeof CDN_ELEMENTS, string>> = {}): void {
  defineElements(CDN_ELEMENTS, renames as Renames);
}

define();

export { ActionCard, FundingBreakdown, StaffingChart };
// The feed's validator (zod) is not exported here: it loads with the first feed. Bundlers get it from 'vitrine'.
export { loadFeed, clearFeedCache, FeedLoadError } from './feed/load.js';
export { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from './shared/events.js';
export { defineElement, ensureDefined } from './registry.js';
