/**
 * The events Vitrine elements fire, one small class each. All bubble and cross
 * shadow roots (composed), and fire on a reader's action only, never on load.
 */
import type { Action } from '../feed/schema.js';

/** The reader opened an action (clicked its title or "en savoir plus"). */
export class ActionSelectEvent extends Event {
  static readonly eventName = 'action-select';
  constructor(readonly action: Action) {
    super(ActionSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The reader chose a funder (type or label) in a chart. */
export class FunderSelectEvent extends Event {
  static readonly eventName = 'funder-select';
  constructor(
    /** Funder type (`caf`, `commune`…) or, with `group-by="funder"`, the funder's label. */
    readonly key: string,
    readonly groupBy: 'type' | 'funder',
  ) {
    super(FunderSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reader chose an area (département or région) on the map. */
export class TerritorySelectEvent extends Event {
  static readonly eventName = 'territory-select';
  constructor(
    readonly code: string,
    readonly level: 'departement' | 'region',
  ) {
    super(TerritorySelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'action-select': ActionSelectEvent;
    'funder-select': FunderSelectEvent;
    'territory-select': TerritorySelectEvent;
  }
}
