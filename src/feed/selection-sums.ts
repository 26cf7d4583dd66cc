/**
 * Selections that already know their sums. The columnar index (feed-index.ts) registers
 * each selection it hands out (the actions array of a dashboard's filtered view) with
 * the totals of its rows read from typed arrays; aggregate.ts answers from here when it
 * is asked about that very array, so the charts, the map and the list given a filtered
 * view add up columns instead of walking objects, without knowing the index exists.
 * This module stays tiny on purpose: every element imports aggregate.ts, only the
 * dashboard's chunk carries the index.
 */
import type { AmountLine, BudgetTotals, StaffingTotals } from './aggregate.js';
import type { BudgetFigures, StaffingFigures } from './figures.js';
import type { Action, Structure } from './schema.js';
import type { TerritoryFigures } from '../territory-map/aggregate-territory.js';

export interface KnownSums {
  /** The i-th action's structure id, undefined where the feed lists no such structure (read from a column, not the action). */
  structureIdAt(i: number): string | undefined;
  /** territoryFigures of the selection with these structures, when known without adding it up (the whole feed's, from its worker). */
  territory(structures: readonly Structure[]): TerritoryFigures | undefined;
  budgetTotals(): BudgetTotals;
  fundingByType(): AmountLine[];
  staffingTotals(): StaffingTotals;
  /** The i-th action's figures.ts figures, read back from the columns (an object reused by the next call). */
  budgetAt(i: number): BudgetFigures | undefined;
  staffingAt(i: number): StaffingFigures | undefined;
  /** The selected actions in the list's title order (action-list/sort.ts `sortActions(…, 'title')`), or the first `count` of them. */
  byTitle(count?: number): Action[];
}

const known = new WeakMap<readonly Action[], KnownSums>();

export function registerSums(actions: readonly Action[], sums: KnownSums): void {
  known.set(actions, sums);
}

export function knownSums(actions: readonly Action[]): KnownSums | undefined {
  return known.get(actions);
}
