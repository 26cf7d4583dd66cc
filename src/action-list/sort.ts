/**
 * Orders of the action list. Sorting 100,000 titles with Intl.Collator takes a few
 * hundred milliseconds, so the title order is computed once and kept as a rank on
 * each action: every later selection drawn from the same actions (each filter change
 * of the dashboard) sorts by comparing numbers.
 */
import { actionBudget, actionEtp } from '../feed/figures.js';
import type { Action } from '../feed/schema.js';

export const SORT_KEYS = ['title', 'date', 'budget', 'etp'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Quotes and dashes around a title ("« Liens à la maison »") do not move it to the top. */
const collator = new Intl.Collator('fr', { numeric: true, ignorePunctuation: true });

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
  const value: (a: Action) => number | string | undefined =
    key === 'date' ? actionDate : key === 'budget' ? actionBudget : actionEtp;
  return actions
    .map((a) => ({ a, v: value(a) }))
    .sort((x, y) => (x.v === undefined ? (y.v === undefined ? 0 : 1) : y.v === undefined ? -1 : x.v < y.v ? 1 : x.v > y.v ? -1 : 0))
    .map((d) => d.a);
}
