/**
 * Tag registration without side effects on import. `define()` registers every
 * eager element, skipping names already taken, so a second copy of the library on
 * the page (two plugins, two CDN tags) does not throw. A site may rename tags:
 * `define({ 'action-card': 'mon-action' })`.
 */
import { ActionCard } from './action-card/action-card.js';
import { ActionList } from './action-list/action-list.js';
import { FundingBreakdown } from './funding-breakdown/funding-breakdown.js';
import { StaffingChart } from './staffing-chart/staffing-chart.js';
import { ImpactDashboard } from './impact-dashboard/impact-dashboard.js';

export const ELEMENTS = {
  'action-card': ActionCard,
  'action-list': ActionList,
  'funding-breakdown': FundingBreakdown,
  'staffing-chart': StaffingChart,
  'impact-dashboard': ImpactDashboard,
} as const;

export type TagName = keyof typeof ELEMENTS;

export function define(renames: Partial<Record<TagName, string>> = {}): void {
  for (const [tag, ctor] of Object.entries(ELEMENTS) as [TagName, CustomElementConstructor][]) {
    const name = renames[tag] ?? tag;
    if (customElements.get(name)) continue;
    // A constructor can be registered under one name only: a renamed tag gets a subclass.
    customElements.define(name, name === tag ? ctor : class extends (ctor as typeof HTMLElement) {});
  }
}
