/**
 * What the impact dashboard computes, as pure functions over plain objects: the
 * shared filters, the merge of several centres' feeds, the headline figures with
 * their completeness, and the distributions drawn as bar lists. Every function is one
 * pass over the selection, so a filter change on 100,000 actions stays in the tens of
 * milliseconds.
 */
import { budgetSum, staffingSum, type RunningSum } from './aggregate.js';
import { beneficiaryFigure, budgetFigures, scratchFigures, staffingFigures, type BeneficiaryFigure, type BudgetFigures, type StaffingFigures } from './figures.js';
import { filterActions, normalizeLabel } from './filter.js';
import { FUNDER_TYPES, type FunderType } from './funders.js';
import { searchActions } from './search.js';
import { knownSums } from './selection-sums.js';
import type { ValidationResult } from './validate.js';
import type { Action, ActionStatus, Feed, Structure } from './schema.js';

export type Status = ActionStatus['state'];
export const STATUSES: readonly Status[] = ['en-cours', 'en-projet', 'terminee'];

/** The criteria every panel of the dashboard shares (one value per criterion). */
export interface DashboardFilters {
  /** Free text, every word must appear (see search.ts). */
  q?: string;
  /** Département code of the action's structure. */
  departement?: string;
  /** Keyword, public and dimension compare without case or accents. */
  keyword?: string;
  public?: string;
  dimension?: string;
  status?: Status;
  /** Actions with at least one revenue of this funder type (with or without an amount). */
  funder?: FunderType;
  year?: number;
}

/** Order of the criteria in chips, forms and the query string. */
export const FILTER_KEYS = ['q', 'departement', 'keyword', 'public', 'dimension', 'status', 'funder', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function activeFilters(filters: DashboardFilters): FilterKey[] {
  return FILTER_KEYS.filter((k) => filters[k] !== undefined && filters[k] !== '');
}

type FeedLike = Pick<Feed, 'actions' | 'structures'>;

/** The actions matching every filter, in feed order (the feed's own array when nothing filters). */
export function applyFilters(feed: FeedLike, filters: DashboardFilters): readonly Action[] {
  let actions: readonly Action[] = filterActions(feed, {
    departement: filters.departement,
    keyword: filters.keyword,
    public: filters.public,
    status: filters.status,
    year: filters.year,
  });
  const dimension = filters.dimension ? normalizeLabel(filters.dimension) : undefined;
  const funder = filters.funder;
  if (dimension || funder) {
    actions = actions.filter(
      (a) =>
        (!dimension || (a.dimension !== undefined && normalizeLabel(a.dimension) === dimension)) &&
        (!funder || !!a.budget?.revenues.some((r) => r.funderType === funder)),
    );
  }
  return filters.q ? searchActions(feed, actions, filters.q) : actions;
}

/**
 * The feed restricted to some of its actions (and the structures they belong to),
 * handed to the charts and the map. The whole feed is returned as is, so elements
 * keep their caches when no filter is set.
 */
export function feedView<F extends Feed>(feed: F, actions: readonly Action[]): F {
  if (actions === feed.actions) return feed;
  // A selection of the columnar index says each row's structure from a column: its actions stay unread (lazy-actions.ts).
  const known = knownSums(actions);
  const used = new Set<string | undefined>();
  for (let i = 0, n = actions.length; i < n; i++) used.add(known ? known.structureIdAt(i) : actions[i]!.structureId);
  return { ...feed, actions: actions as Action[], structures: feed.structures.filter((s) => used.has(s.id)) };
}

/** Largest first; equal counts in French alphabetical order. */
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** One bar of a distribution: `key` compares (folded label, code or year), `label` shows. */
export interface Bar {
  key: string;
  label: string;
  count: number;
}

/** "famille" gives way to "Famille" as the label of a bar, never the reverse. */
export const startsLower = (label: string) => label[0] === label[0]!.toLowerCase();

/**
 * Counts actions per value. An action naming a value twice counts once. The label
 * kept is the first spelling met that starts with a capital, else the first one.
 */
class Tally {
  private readonly bars = new Map<string, Bar & { last: number }>();

  add(key: string, label: string, item: number): void {
    const bar = this.bars.get(key);
    if (!bar) return void this.bars.set(key, { key, label, count: 1, last: item });
    if (bar.last === item) return;
    bar.last = item;
    bar.count++;
    if (label !== bar.label && startsLower(bar.label) && !startsLower(label)) bar.label = label;
  }

  result(order: (a: Bar, b: Bar) => number): Bar[] {
    return [...this.bars.values()].map(({ key, label, count }) => ({ key, label, count })).sort(order);
  }
}

export interface Distributions {
  keyword: Bar[];
  public: Bar[];
  dimension: Bar[];
  /** Keys are statuses, in STATUSES order. */
  status: Bar[];
  /** Keys are years, oldest first. */
  year: Bar[];
  /** Keys are département codes (structures without one are left out). */
  departement: Bar[];
  /** Keys are funder types, in FUNDER_TYPES order: actions with a revenue of that type. */
  funder: Bar[];
  /** Actions not counted in a distribution because they give no value for it. */
  missing: Record<Exclude<keyof Distributions, 'missing'>, number>;
}

const byCount = (a: Bar, b: Bar) => b.count - a.count || collator.compare(a.label, b.label);

/** The order of each distribution's bars. */
export const BAR_ORDER: Record<DistributionKey, (a: Bar, b: Bar) => number> = {
  keyword: byCount,
  public: byCount,
  dimension: byCount,
  status: (a, b) => STATUSES.indexOf(a.key as Status) - STATUSES.indexOf(b.key as Status),
  year: (a, b) => collator.compare(a.key, b.key),
  departement: byCount,
  funder: (a, b) => FUNDER_TYPES.indexOf(a.key as FunderType) - FUNDER_TYPES.indexOf(b.key as FunderType),
};

export type DistributionKey = Exclude<keyof Distributions, 'missing'>;

/** Number of actions per keyword, public, dimension, status, year and département, in one pass. */
export function distributions(actions: readonly Action[], structureById: ReadonlyMap<string, Structure>): Distributions {
  const sum = distributionsSum();
  for (const a of actions) sum.add(a, structureById.get(a.structureId)?.departement);
  return sum.result();
}

/** The tallies behind distributions, one action at a time with its structure's département (see RunningSum). */
export function distributionsSum(): RunningSum<Distributions, [Action, string | undefined]> {
  const t = {
    keyword: new Tally(),
    public: new Tally(),
    dimension: new Tally(),
    status: new Tally(),
    year: new Tally(),
    departement: new Tally(),
    funder: new Tally(),
  };
  const missing = { keyword: 0, public: 0, dimension: 0, status: 0, year: 0, departement: 0, funder: 0 };
  let i = 0;
  return {
    add(a, code) {
      i++;
      for (const k of a.keywords) t.keyword.add(normalizeLabel(k), k.trim(), i);
      for (const p of a.public) t.public.add(normalizeLabel(p), p.trim(), i);
      if (!a.keywords.length) missing.keyword++;
      if (!a.public.length) missing.public++;
      if (a.dimension?.trim()) t.dimension.add(normalizeLabel(a.dimension), a.dimension.trim(), i);
      else missing.dimension++;
      if (a.status) t.status.add(a.status.state, a.status.state, i);
      else missing.status++;
      if (a.year !== undefined) t.year.add(String(a.year), String(a.year), i);
      else missing.year++;
      if (code) t.departement.add(code, code, i);
      else missing.departement++;
      const revenues = a.budget?.revenues ?? [];
      for (const r of revenues) t.funder.add(r.funderType, r.funderType, i);
      if (!revenues.length) missing.funder++;
    },
    // Each tally in its bars' order; the keys keep t's order, then `missing`.
    result: () => ({ ...(Object.fromEntries(Object.entries(t).map(([k, tally]) => [k, tally.result(BAR_ORDER[k as DistributionKey])])) as Facets), missing }),
  };
}

/** INSEE order: Corsica (2A, 2B) sits between 19 and 21. */
const codeOrder = (code: string) => code.replace(/^2([AB])$/, '20$1');

/** The values each filter can take in a feed, with their number of actions, for the filter form. */
export type Facets = Omit<Distributions, 'missing'>;

const facetCache = new WeakMap<object, Facets>();

/** Facets of a whole feed, cached per feed: names A→Z, départements by code, recent years first. */
export function facets(feed: FeedLike, structureById: ReadonlyMap<string, Structure>): Facets {
  let f = facetCache.get(feed);
  if (!f) facetCache.set(feed, (f = facetsOf(distributions(feed.actions, structureById))));
  return f;
}

/** The facets of a whole feed from its distributions: names A→Z, départements by code, recent years first. */
export function facetsOf(d: Distributions): Facets {
  const alphabetical = (bars: Bar[]) => bars.slice().sort((a, b) => collator.compare(a.label, b.label));
  return {
    keyword: alphabetical(d.keyword),
    public: alphabetical(d.public),
    dimension: alphabetical(d.dimension),
    status: d.status,
    year: d.year.slice().reverse(),
    departement: d.departement.slice().sort((a, b) => (codeOrder(a.key) < codeOrder(b.key) ? -1 : 1)),
    funder: d.funder,
  };
}

/** What the selection adds up to, each figure with the number of actions that do not give it. */
export interface Headline {
  actions: number;
  /** Structures (of the feed) carrying at least one selected action. */
  structures: number;
  /** Budget summed over the actions that give one (figures.ts `actionBudget`). */
  budget: number;
  budgetApproximate: boolean;
  withoutBudget: number;
  etpSalaried: number;
  etpVolunteer: number;
  /** Every kind of people (figures.ts `actionEtp`). */
  etp: number;
  /** Actions with no ETP figure at all (neither declared nor derivable from roles). */
  withoutEtp: number;
  /** People reached (a lower bound): per action, its largest beneficiary figure (figures.ts `beneficiaryFigure`). */
  beneficiaries: number;
  withoutBeneficiaries: number;
}

/** The headline of a selection: every figure is a sum of figures.ts's per-action figures. */
export function headline(actions: readonly Action[], structureById: ReadonlyMap<string, Structure>): Headline {
  const scratch = scratchFigures();
  const structures = new Set<string>();
  const sum = headlineSum();
  for (const a of actions) {
    if (structureById.has(a.structureId)) structures.add(a.structureId);
    sum.add(budgetFigures(a.budget, scratch.budget), staffingFigures(a.staffing, scratch.staffing), beneficiaryFigure(a));
  }
  return sum.result(structures.size);
}

/**
 * The headline of `n` actions of `structures` structures, the i-th one's figures given by
 * the three functions: the columnar index's headline (the plain path above feeds
 * headlineSum itself, so that pages do not ship this loop).
 */
export function headlineOf(
  n: number,
  structures: number,
  budgetOf: (i: number) => BudgetFigures | undefined,
  staffingOf: (i: number) => StaffingFigures | undefined,
  beneficiariesOf: (i: number) => BeneficiaryFigure | undefined,
): Headline {
  const sum = headlineSum();
  for (let i = 0; i < n; i++) sum.add(budgetOf(i), staffingOf(i), beneficiariesOf(i));
  return sum.result(structures);
}

/** The running sums behind headlineOf, one action's figures at a time (see RunningSum); the structures are counted by the caller. */
export function headlineSum() {
  const budgets = budgetSum();
  const staffings = staffingSum();
  let n = 0;
  // People reached: each action's largest figure, summed (README rule "Bénéficiaires").
  let beneficiaries = 0;
  let withoutBeneficiaries = 0;
  return {
    add(budget: BudgetFigures | undefined, staffing: StaffingFigures | undefined, people: BeneficiaryFigure | undefined): void {
      n++;
      budgets.add(budget);
      staffings.add(staffing);
      if (people) beneficiaries += people.count;
      else withoutBeneficiaries++;
    },
    result(structures: number): Headline {
      const budget = budgets.result();
      const staffing = staffings.result();
      return {
        actions: n,
        structures,
        budget: budget.cost,
        budgetApproximate: budget.approximate,
        withoutBudget: budget.completeness.withoutBudget,
        etpSalaried: staffing.etpSalaried,
        etpVolunteer: staffing.etpVolunteer,
        etp: staffing.etp,
        withoutEtp: n - staffing.completeness.withEtp,
        beneficiaries,
        withoutBeneficiaries,
      };
    },
  };
}

/** An id not taken yet: the feed's prefix is added until it is free. */
function freeId(id: string, prefix: string, taken: Set<string>): string {
  let out = id;
  while (taken.has(out)) out = prefix + out;
  taken.add(out);
  return out;
}

/**
 * Several validated feeds as one (a federation over its centres' feeds): structures
 * and actions are concatenated in source order. An id already used by an earlier
 * feed gets the prefix `f<n>-` (n = the feed's position, from 1), and that feed's
 * actions follow their renamed structure. Issue paths are shifted so that the
 * rejected actions of different feeds stay distinct. One feed is returned as is.
 */
export function mergeFeeds(results: readonly ValidationResult[]): ValidationResult {
  if (results.length === 1) return results[0]!;
  const structureIds = new Set<string>();
  const actionIds = new Set<string>();
  const merged: ValidationResult = { feed: { version: '1.0', structures: [], actions: [] }, issues: [], actionCount: 0 };
  results.forEach((r, n) => {
    const prefix = `f${n + 1}-`;
    const renamed = new Map<string, string>();
    for (const s of r.feed.structures) {
      const id = freeId(s.id, prefix, structureIds);
      if (id !== s.id) renamed.set(s.id, id);
      merged.feed.structures.push(id === s.id ? s : { ...s, id });
    }
    for (const a of r.feed.actions) {
      const id = freeId(a.id, prefix, actionIds);
      const structureId = renamed.get(a.structureId) ?? a.structureId;
      merged.feed.actions.push(id === a.id && structureId === a.structureId ? a : { ...a, id, structureId });
    }
    const offset = merged.actionCount;
    for (const issue of r.issues) {
      const [head, index, ...rest] = issue.path;
      merged.issues.push(head === 'actions' && typeof index === 'number' ? { ...issue, path: [head, index + offset, ...rest] } : issue);
    }
    merged.actionCount += r.actionCount;
  });
  return merged;
}
