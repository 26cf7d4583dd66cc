/**
 * Tag registration without side effects on import. Names already taken are skipped,
 * so a second copy of the library on the page (two plugins, two CDN tags) does not
 * throw, and a site may rename tags: `define({ 'action-card': 'mon-action' })`.
 */
import { ActionCard } from './action-card/action-card.js';
import { FundingBreakdown } from './funding-breakdown/funding-breakdown.js';
import { StaffingChart } from './staffing-chart/staffing-chart.js';

/** The elements a centre's page embeds: in the CDN bundle itself. */
export const EMBED_ELEMENTS = {
  'action-card': ActionCard,
  'funding-breakdown': FundingBreakdown,
  'staffing-chart': StaffingChart,
} as const;

export function defineElements<T extends string>(
  elements: Readonly<Record<T, CustomElementConstructor>>,
  renames: Partial<Record<T, string>> = {},
): void {
  for (const [tag, ctor] of Object.entries(elements) as [T, CustomElementConstructor][]) {
    const name = renames[tag] ?? tag;
    if (customElements.get(name)) continue;
    // A constructor can be registered under one name only: a renamed tag gets a subclass.
    customElements.define(name, name === tag ? ctor : class extends (ctor as typeof HTMLElement) {});
  }
}
