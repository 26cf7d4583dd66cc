// Type tests for vitrine/react and vitrine/vue, checked by `npm run typecheck` (nothing runs): props are the
// elements' own properties, events are typed handlers, and a wrong value does not compile.
import React from 'react';
import type { GlobalComponents } from 'vue';
import { ActionCard, ImpactDashboard } from '../../src/react/index.js';
import { TerritoryMap } from '../../src/react/territory-map.js';
import '../../src/vue/index.js';

export const card = React.createElement(ActionCard, {
  actionId: 'halte-repit',
  variant: 'full',
  onActionSelect: (e) => e.action.title.toUpperCase(),
});
export const dashboard = React.createElement(ImpactDashboard, {
  onFunderSelect: (e) => e.groupBy === 'type',
  onTerritorySelect: (e) => e.level === 'region',
});
export const map = React.createElement(TerritoryMap, { onTerritorySelect: (e) => e.code.length });
// @ts-expect-error variant is 'compact' or 'full'
export const wrongVariant = React.createElement(ActionCard, { variant: 'large' });
// @ts-expect-error an action card fires no funder-select
export const wrongEvent = React.createElement(ActionCard, { onFunderSelect: () => undefined });

type CardProps = InstanceType<GlobalComponents['action-card']>['$props'];
type DashboardProps = InstanceType<GlobalComponents['impact-dashboard']>['$props'];
export const vueCard: CardProps = { actionId: 'halte-repit', variant: 'compact', onActionSelect: (e) => e.action.id };
export const vueDashboard: DashboardProps = { onTerritorySelect: (e) => e.code, onActionSelect: (e) => e.action.id };
// @ts-expect-error heading-level is a number
export const vueWrong: CardProps = { headingLevel: 'deux' };
// @ts-expect-error the event is an ActionSelectEvent, which has no key
export const vueWrongEvent: CardProps = { onActionSelect: (e) => e.key };
