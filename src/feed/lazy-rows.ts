/**
 * What the elements' code needs to know of lazy action arrays (lazy-actions.ts, in the feed worker's loader chunk
 * that no small feed downloads): whether an array is one, a lazy view of some of its rows, the row an action was
 * read from. Tiny on purpose, like selection-sums.ts: the dashboard's chunk carries this, not the arrays' code.
 */
import type { Action } from './schema.js';

const views = new WeakMap<readonly Action[], (rows: Uint32Array) => readonly Action[]>();
const rowOf = new WeakMap<Action, number>();

/** Registers a lazy array, with the lazy view of some of its rows (lazy-actions.ts). */
export function registerLazy(actions: readonly Action[], view: (rows: Uint32Array) => readonly Action[]): void {
  views.set(actions, view);
}

/** Notes the row an action of a lazy array was read from. */
export function setLazyRow(action: Action, row: number): void {
  rowOf.set(action, row);
}

/** The array is a lazy one (its rows are parsed when read). */
export function isLazy(actions: readonly Action[]): boolean {
  return views.has(actions);
}

/** The row of an action read from a lazy array; undefined for any other. */
export function lazyRow(action: Action): number | undefined {
  return rowOf.get(action);
}

/**
 * `rows.map((row) => actions[row])`, without reading them when `actions` is lazy: a lazy array of its own that
 * reads `actions` row by row (a filtered view of 25,000 actions shows 20 cards).
 */
export function actionsAtRows(actions: readonly Action[], rows: Uint32Array): readonly Action[] {
  return views.get(actions)?.(rows) ?? Array.from(rows, (row) => actions[row]!);
}
