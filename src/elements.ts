/**
 * Every element, for applications that bundle Vitrine themselves. No side effect on import. The map is
 * registered on demand: its code and geometry are a chunk of the application's bundle, fetched once a
 * `<territory-map>` is used (the dashboard's included).
 */
import { ActionCard } from './action-card/action-card.js';
import { ActionList } from './action-list/action-list.js';
import { FundingBreakdown } from './funding-breakdown/funding-breakdown.js';
import { ImpactDashboard } from './impact-dashboard/impact-dashboard.js';
import { StaffingChart } from './staffing-chart/staffing-chart.js';
import { loadTerritoryMap } from './lazy.js';
import { defineElements } from './registry.js';

export const ELEMENTS = {
  'action-card': ActionCard,
  'funding-breakdown': FundingBreakdown,
  'staffing-chart': StaffingChart,
  'action-list': ActionList,
  'impact-dashboard': ImpactDashboard,
  'territory-map': loadTerritoryMap,
} as const;

export type TagName = keyof typeof ELEMENTS;

/** Registers every element, skipping names already taken; `renames` maps a tag to another name. */
export function define(renames: Partial<Record<TagName, string>> = {}): void {
  defineElements(ELEMENTS, renames);
}
