/**
 * Orders of the action list. Sorting 100,000 titles with Intl.Collator takes a few
 * hundred milliseconds, so the title order is computed once and kept as a rank on
 * each action: every later selection drawn from the same actions (each filter change
 * of the dashboard) sorts by comparing numbers.
 */
import { actionBudget, actionEtp } from '../feed/figures.js';
import type { Action } from '../feed/schema.js';
import { titleCollator as collator } from '../feed/title-order.js';

export const SORT_KEYS = ['title', 'date', 'budget', 'etp'] as const;
export type SortKey = (typeof SORT_KEYS)[number];


/** Rank of each action in the last full title sort, tagged with that sort's number. */
const ranks = new WeakMap<Action, { sort: number; rank: number }>();
let sorts = 0;

/** Title ranks valid for all these actions, sorting them again only when they do not share one sort. */
function titleRanks(actions: readonly Action[]): (a: Action) => number {
  const first = actions[0] && ranks.get(actions[0])?.sort;
  if (first === undefined || actions.some((a) => ranks.get(a)?.sort !== first)) {
    const sort = ++sorts;
    [...actions]
      .sort((a, b) => collator.compare(a.title, b.title))
      .forEach((a, rank) => ranks.set(a, { sort, rank }));
  }
  return (a) => ranks.get(a)!.rank;
}

/**
 * The most recent date a fiche gives (its year, or the start or end of its period),
 * as a sortable `YYYY[-MM[-DD]]` string.
 */
export function actionDate(action: Action): string | undefined {
  let latest: string | undefined;
  for (const d of [action.year === undefined ? undefined : String(action.year), action.period?.start, action.period?.end]) {
    if (d && /^\d{4}(-\d\d){0,2}$/.test(d) && (!latest || d > latest)) latest = d;
  }
  return latest;
}

/**
 * A sorted copy: titles A→Z in French order; dates, budgets and ETP largest first
 * (budget and ETP as figures.ts counts them), actions without the figure last. Ties keep the given order (sort is stable).
 */
export function sortActions(actions: readonly Action[], key: SortKey): Action[] {
  if (key === 'title') {
    const rank = titleRanks(actions);
    return actions
      .map((a) => ({ a, v: rank(a) }))
      .sort((x, y) => x.v - y.v)
      .map((d) => d.a);
  }
  const value = valueOf(key);
  return actions
    .map((a) => ({ a, v: value(a) }))
    .sort((x, y) => byValue(x.v, y.v))
    .map((d) => d.a);
}

const valueOf = (key: Exclude<SortKey, 'title'>): ((a: Action) => number | string | undefined) =>
  key === 'date' ? actionDate : key === 'budget' ? actionBudget : actionEtp;

/** Largest first, actions without the figure last. */
const byValue = (x: number | string | undefined, y: number | string | undefined) =>
  x === undefined ? (y === undefined ? 0 : 1) : y === undefined ? -1 : x < y ? 1 : x > y ? -1 : 0;

/**
 * The first `count` actions of `sortActions(actions, key)`, without sorting them all: one pass keeps the
 * best `count` seen so far, in order (a card page shows 20 of 100,000; a full title sort takes most of a second).
 * Ties keep the given order, as the stable sort does.
 */
export function firstActions(actions: readonly Action[], key: SortKey, count: number): Action[] {
  type Value = number | string | undefined;
  const value: (a: Action) => Value = key === 'title' ? (a) => a.title : valueOf(key);
  const compare: (x: Value, y: Value) => number = key === 'title' ? (x, y) => collator.compare(x as string, y as string) : byValue;
  const best: { a: Action; v: Value }[] = [];
  for (const a of count > 0 ? actions : []) {
    const v = value(a);
    // Only strictly better than the last kept moves in: an equal one came later, so it stays behind.
    if (best.length === count && compare(v, best[count - 1]!.v) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(v, best[at - 1]!.v) < 0) at--;
    best.splice(at, 0, { a, v });
    if (best.length > count) best.pop();
  }
  return best.map((b) => b.a);
}
