/** Vitrine's public API: element classes, feed schema and helpers. Registers nothing (see define.ts). */
export { ActionCard } from './action-card/action-card.js';
export { ActionList } from './action-list/action-list.js';
export { FundingBreakdown } from './funding-breakdown/funding-breakdown.js';
export { StaffingChart } from './staffing-chart/staffing-chart.js';
export { ImpactDashboard } from './impact-dashboard/impact-dashboard.js';
export * from './feed/index.js';
export { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from './shared/events.js';
export { resolveLang, type Lang } from './shared/i18n.js';
export { define, ELEMENTS, type TagName } from './elements.js';
export { defineElement, defineElements, ensureDefined, type ElementLoader, type Renames } from './registry.js';
export { loadActionList, loadImpactDashboard, loadTerritoryMap } from './lazy.js';
// A type only: importing the class would put the map and its geometry in every bundle (it loads on demand).
export type { TerritoryMap } from './territory-map/territory-map.js';
// Aggregation and filtering without any element: for reports, workers and servers.
export * from './feed/aggregate.js';
export {
  HOURS_PER_ETP_WEEK,
  HOURS_PER_ETP_YEAR,
  actionBudget,
  actionEtp,
  actionFigures,
  beneficiaryFigure,
  budgetFigures,
  personEtp,
  revenuesByFunderType,
  staffingFigures,
  type ActionFigures,
  type BeneficiaryFigure,
  type BudgetBasis,
  type BudgetFigures,
  type FunderTypeAmount,
  type StaffingFigures,
} from './feed/figures.js';
export { filterActions, type ActionCriteria } from './feed/filter.js';
export { applyFilters, distributions, feedView, headline, mergeFeeds, type DashboardFilters } from './feed/dashboard.js';
export { searchActions } from './feed/search.js';
export { readFilters, writeFilters } from './feed/url-state.js';
