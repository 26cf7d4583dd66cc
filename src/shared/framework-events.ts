/**
 * The events each element fires (or lets bubble from the cards and charts it holds), named the way React and Vue
 * wrappers expose them. One table for both frameworks, so a new event is typed everywhere at once.
 */
import type { EventName } from '@lit/react';
import { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from './events.js';

const actionSelect = { onActionSelect: ActionSelectEvent.eventName as EventName<ActionSelectEvent> };
const funderSelect = { onFunderSelect: FunderSelectEvent.eventName as EventName<FunderSelectEvent> };
const territorySelect = { onTerritorySelect: TerritorySelectEvent.eventName as EventName<TerritorySelectEvent> };

/** React prop → DOM event name, per element. */
export const ELEMENT_EVENTS = {
  'action-card': actionSelect,
  'funding-breakdown': funderSelect,
  'staffing-chart': {},
  'territory-map': territorySelect,
  // A list's cards and a dashboard's cards, charts and map fire composed events that reach the host.
  'action-list': actionSelect,
  'impact-dashboard': { ...actionSelect, ...funderSelect, ...territorySelect },
} as const;
