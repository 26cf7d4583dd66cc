/**
 * React components for Vitrine's elements (`vitrine/react`), made with @lit/react: properties (`feed`, `action`…)
 * are set as properties, not stringified into attributes, and events are typed props (`onActionSelect`).
 * Importing this module registers every element (skipping names already taken; the map on demand). The map's
 * component has its own entry, `vitrine/react/territory-map.js`: it needs the map's class, which brings the geometry.
 *
 * ```tsx
 * import { ActionCard } from 'vitrine/react';
 * <ActionCard src="/vitrine/feed.json" actionId="halte-repit" onActionSelect={(e) => console.log(e.action.title)} />
 * ```
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ActionCard as ActionCardElement } from '../action-card/action-card.js';
import { ActionList as ActionListElement } from '../action-list/action-list.js';
import { FundingBreakdown as FundingBreakdownElement } from '../funding-breakdown/funding-breakdown.js';
import { ImpactDashboard as ImpactDashboardElement } from '../impact-dashboard/impact-dashboard.js';
import { StaffingChart as StaffingChartElement } from '../staffing-chart/staffing-chart.js';
import { define } from '../elements.js';
import { ELEMENT_EVENTS } from '../shared/framework-events.js';

// Server rendering (Next.js, Remix) imports this module where there is no registry: the tags upgrade in the browser.
if (typeof customElements !== 'undefined') define();

export const ActionCard = createComponent({
  react: React,
  tagName: 'action-card',
  elementClass: ActionCardElement,
  events: ELEMENT_EVENTS['action-card'],
  displayName: 'ActionCard',
});

export const FundingBreakdown = createComponent({
  react: React,
  tagName: 'funding-breakdown',
  elementClass: FundingBreakdownElement,
  events: ELEMENT_EVENTS['funding-breakdown'],
  displayName: 'FundingBreakdown',
});

export const StaffingChart = createComponent({
  react: React,
  tagName: 'staffing-chart',
  elementClass: StaffingChartElement,
  events: ELEMENT_EVENTS['staffing-chart'],
  displayName: 'StaffingChart',
});

export const ActionList = createComponent({
  react: React,
  tagName: 'action-list',
  elementClass: ActionListElement,
  events: ELEMENT_EVENTS['action-list'],
  displayName: 'ActionList',
});

export const ImpactDashboard = createComponent({
  react: React,
  tagName: 'impact-dashboard',
  elementClass: ImpactDashboardElement,
  events: ELEMENT_EVENTS['impact-dashboard'],
  displayName: 'ImpactDashboard',
});

export { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from '../shared/events.js';
