/**
 * A columnar index of one feed, built once, that answers the dashboard's questions
 * without walking 100,000 objects again on each filter change: one row set per facet
 * value (département, keyword, public, dimension, status, year, funder type), the
 * figures of each action in typed arrays (figure-columns.ts), and the headline and
 * distributions of any selection as sums over its rows through the same adders and
 * the same bar rules as the plain functions of dashboard.ts. Filtering is an AND of
 * row sets; only free text (`q`) tests actions one by one, through search.ts.
 */
import { BAR_ORDER, headlineOf, startsLower, type Bar, type DashboardFilters, type DistributionKey, type Distributions, type Headline } from './dashboard.js';
import { FigureColumns } from './figure-columns.js';
import { normalizeLabel } from './filter.js';
import type { LoadedFeed } from './loaded.js';
import { clearRow, countBits, countIn, firstIn, forEachRow, fullBitset, hasRow, intersect, rowSet, type Bitset, type RowSet } from './row-sets.js';
import { registerSums } from './selection-sums.js';
import { titleCollator } from './title-order.js';
import type { Action, Feed } from './schema.js';
import { queryMatcher } from './search.js';

const KEYS: readonly DistributionKey[] = ['keyword', 'public', 'dimension', 'status', 'year', 'departement', 'funder'];

/** One spelling of a value ("Famille", "famille") and the rows that write it first. */
interface Spelling {
  label: string;
  lower: boolean;
  rows: Uint32Array;
}

interface FacetValue {
  key: string;
  set: RowSet;
  /** Only where spellings differ (keywords, publics, dimensions); otherwise the label is the key. */
  spellings?: Spelling[];
}

/** Values of one facet while the index is built: rows per key and per spelling. */
class FacetBuilder {
  readonly values = new Map<string, { rows: number[]; spellings: Map<string, number[]> }>();
  readonly missing: number[] = [];

  add(key: string, label: string, row: number): void {
    let v = this.values.get(key);
    if (!v) this.values.set(key, (v = { rows: [], spellings: new Map() }));
    // An action naming a value twice counts once, with the spelling it first gives (as Tally does).
    if (v.rows[v.rows.length - 1] === row) return;
    v.rows.push(row);
    let rows = v.spellings.get(label);
    if (!rows) v.spellings.set(label, (rows = []));
    rows.push(row);
  }

  *build(size: number, spelled: boolean): Generator<undefined, { values: Map<string, FacetValue>; missing: RowSet }> {
    const values = new Map<string, FacetValue>();
    let cost = 0;
    for (const [key, v] of this.values) {
      const value: FacetValue = { key, set: rowSet(v.rows, size) };
      if (spelled) value.spellings = [...v.spellings].map(([label, rows]) => ({ label, lower: startsLower(label), rows: Uint32Array.from(rows) }));
      values.set(key, value);
      // A bitset costs its words, a list its rows: yield every few tens of thousands of either.
      cost += value.set.bits ? size >>> 5 : v.rows.length;
      if (cost > 32_768) ((cost = 0), yield);
    }
    return { values, missing: rowSet(this.missing, size) };
  }
}

/** The parts of an index, as the build steps leave them (typed arrays and maps: nothing tied to a page). */
interface Parts {
  feed: Pick<Feed, 'actions' | 'structures'>;
  actions: readonly Action[];
  figures: FigureColumns;
  values: Record<DistributionKey, Map<string, FacetValue>>;
  missing: Record<DistributionKey, RowSet>;
  byDepartement: Map<string, RowSet>;
  structureOf: Int32Array;
  structureCount: number;
  /** Rows in the list's title order (titleCollator, ties in feed order). */
  titleOrder: Uint32Array;
}

/** Rows read between two yields of the build: a few milliseconds of work on this machine's slowest rows. */
const ROWS_PER_STEP = 256;

/**
 * The index of a feed, built in small steps: the generator yields every few hundred
 * rows (and within the title sort), so a caller can spread the build over many short
 * tasks (indexInSlices) or run it at once (buildIndex). Pure: no DOM, no timers.
 */
export function* indexSteps(feed: Pick<Feed, 'actions' | 'structures'>, structureById: LoadedFeed['structureById']): Generator<undefined, FeedIndex> {
  const actions = feed.actions;
  const size = actions.length;
  const figures = new FigureColumns(size);
  const numbers = new Map<string, number>();
  for (const id of structureById.keys()) numbers.set(id, numbers.size);
  const structureOf = new Int32Array(size);
  const f = Object.fromEntries(KEYS.map((k) => [k, new FacetBuilder()])) as Record<DistributionKey, FacetBuilder>;
  const filterCodes = new Map<string, string[]>();
  for (const s of feed.structures) if (s.departement) (filterCodes.get(s.id) ?? filterCodes.set(s.id, []).get(s.id)!).push(s.departement);
  const rowsByCode = new Map<string, number[]>();
  for (let row = 0; row < size; row++) {
    const a = actions[row]!;
    structureOf[row] = numbers.get(a.structureId) ?? -1;
    figures.write(a, row);
    for (const k of a.keywords) f.keyword.add(normalizeLabel(k), k.trim(), row);
    for (const p of a.public) f.public.add(normalizeLabel(p), p.trim(), row);
    if (!a.keywords.length) f.keyword.missing.push(row);
    if (!a.public.length) f.public.missing.push(row);
    if (a.dimension?.trim()) f.dimension.add(normalizeLabel(a.dimension), a.dimension.trim(), row);
    else f.dimension.missing.push(row);
    if (a.status) f.status.add(a.status.state, a.status.state, row);
    else f.status.missing.push(row);
    if (a.year !== undefined) f.year.add(String(a.year), String(a.year), row);
    else f.year.missing.push(row);
    const code = structureById.get(a.structureId)?.departement;
    if (code) f.departement.add(code, code, row);
    else f.departement.missing.push(row);
    const revenues = a.budget?.revenues ?? [];
    for (const r of revenues) f.funder.add(r.funderType, r.funderType, row);
    if (!revenues.length) f.funder.missing.push(row);
    for (const c of new Set(filterCodes.get(a.structureId))) (rowsByCode.get(c) ?? rowsByCode.set(c, []).get(c)!).push(row);
    if (row % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  figures.finish();
  yield;
  const values = {} as Parts['values'];
  const missing = {} as Parts['missing'];
  for (const k of KEYS) {
    const built = yield* f[k].build(size, k === 'keyword' || k === 'public' || k === 'dimension');
    values[k] = built.values;
    missing[k] = built.missing;
  }
  const byDepartement = new Map<string, RowSet>();
  for (const [code, rows] of rowsByCode) byDepartement.set(code, rowSet(rows, size));
  yield;
  const titleOrder = yield* sortSteps(size, (x, y) => titleCollator.compare(actions[x]!.title, actions[y]!.title));
  return new FeedIndex({ feed, actions, figures, values, missing, byDepartement, structureOf, structureCount: numbers.size, titleOrder });
}

/** The whole build in one go (tests, small feeds). */
export function buildIndex(feed: Pick<Feed, 'actions' | 'structures'>, structureById: LoadedFeed['structureById']): FeedIndex {
  const steps = indexSteps(feed, structureById);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * A stable merge sort of the rows 0…n-1 that yields every few thousand comparisons:
 * sorting 100,000 titles with Intl.Collator takes most of a second, which must not be one task.
 * Runs of 32 by insertion, then merges; both keep equal rows in increasing order, as Array.sort does.
 */
function* sortSteps(n: number, compare: (a: number, b: number) => number): Generator<undefined, Uint32Array> {
  let src = new Uint32Array(n);
  let dst = new Uint32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = src[i]!;
      let j = i - 1;
      while (j >= lo && compare(src[j]!, v) > 0) (src[j + 1] = src[j]!), j--;
      src[j + 1] = v;
    }
    if (lo % (RUN * 64) === 0) yield;
  }
  let done = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        dst[k] = i < mid && (j >= hi || compare(src[i]!, src[j]!) <= 0) ? src[i++]! : src[j++]!;
        if ((++done & 2047) === 0) yield;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

export class FeedIndex {
  readonly size: number;
  private readonly feed: Parts['feed'];
  private readonly actions: readonly Action[];
  private readonly figures: FigureColumns;
  private readonly values: Parts['values'];
  private readonly missing: Parts['missing'];
  /** Rows by département as the filter reads it (the feed's structures with that code). */
  private readonly byDepartement: Map<string, RowSet>;
  /** Each row's structure, numbered in `structureById` order; -1 for a structure the feed does not list. */
  private readonly structureOf: Int32Array;
  private readonly structureCount: number;
  private readonly titleOrder: Uint32Array;

  constructor(parts: Parts) {
    this.feed = parts.feed;
    this.actions = parts.actions;
    this.size = parts.actions.length;
    this.figures = parts.figures;
    this.values = parts.values;
    this.missing = parts.missing;
    this.byDepartement = parts.byDepartement;
    this.structureOf = parts.structureOf;
    this.structureCount = parts.structureCount;
    this.titleOrder = parts.titleOrder;
  }

  /** The rows matching every filter (applyFilters's rules). */
  select(filters: DashboardFilters): Bitset {
    const selection = fullBitset(this.size);
    const narrow = (set: RowSet | undefined) => (set ? intersect(selection, set) : selection.fill(0));
    if (filters.departement) narrow(this.byDepartement.get(filters.departement.trim().toUpperCase()));
    for (const k of ['keyword', 'public', 'dimension'] as const) {
      const key = filters[k] ? normalizeLabel(filters[k]) : '';
      if (key) narrow(this.values[k].get(key)?.set);
    }
    if (filters.status) narrow(this.values.status.get(filters.status)?.set);
    if (filters.year !== undefined) narrow(typeof filters.year === 'number' ? this.values.year.get(String(filters.year))?.set : undefined);
    if (filters.funder) narrow(this.values.funder.get(filters.funder)?.set);
    const matches = filters.q ? queryMatcher(this.feed, filters.q) : undefined;
    if (matches) forEachRow(selection, (row) => matches(this.actions[row]!) || clearRow(selection, row));
    return selection;
  }

  count(selection: Bitset): number {
    return countBits(selection);
  }

  /**
   * The selected actions in feed order; the feed's own array when every action is selected. The array is
   * registered with its sums (selection-sums.ts): the charts and the list handed it add up these columns.
   */
  actionsOf(selection: Bitset): readonly Action[] {
    const rows = this.rowsOf(selection);
    const actions = rows.length === this.size ? this.actions : Array.from(rows, (row) => this.actions[row]!);
    const f = this.figures;
    registerSums(actions, {
      budgetTotals: once(() => f.budgetTotals(rows)),
      fundingByType: once(() => f.fundingByType(rows)),
      staffingTotals: once(() => f.staffingTotals(rows)),
      budgetAt: (i) => f.budget(rows[i]!),
      staffingAt: (i) => f.staffing(rows[i]!),
      byTitle: (count) => this.byTitle(selection, count),
    });
    return actions;
  }

  /**
   * The selected actions in the list's title order, or the first `count` of them: the title order of the
   * whole feed walked until enough are found (no sort per selection).
   */
  byTitle(selection: Bitset, count = Infinity): Action[] {
    const out: Action[] = [];
    for (const row of this.titleOrder) {
      if (out.length >= count) break;
      if (hasRow(selection, row)) out.push(this.actions[row]!);
    }
    return out;
  }

  /** The selected rows, in increasing order. */
  rowsOf(selection: Bitset): Uint32Array {
    const rows = new Uint32Array(countBits(selection));
    let i = 0;
    forEachRow(selection, (row) => void (rows[i++] = row));
    return rows;
  }

  /** dashboard.ts `headline` of the selected actions. */
  headline(selection: Bitset): Headline {
    const rows = this.rowsOf(selection);
    const n = rows.length;
    const seen = new Uint8Array(this.structureCount);
    let structures = 0;
    for (const row of rows) {
      const s = this.structureOf[row]!;
      if (s >= 0 && !seen[s]) ((seen[s] = 1), structures++);
    }
    const f = this.figures;
    return headlineOf(
      n,
      structures,
      (i) => f.budget(rows[i]!),
      (i) => f.staffing(rows[i]!),
      (i) => f.beneficiary(rows[i]!),
    );
  }

  /** dashboard.ts `distributions` of the selected actions. */
  distributions(selection: Bitset): Distributions {
    const out = { missing: {} } as Distributions;
    for (const k of KEYS) {
      const bars: (Bar & { first: number })[] = [];
      for (const v of this.values[k].values()) {
        const { count, first } = countIn(selection, v.set);
        if (count) bars.push({ key: v.key, label: v.spellings ? this.label(v.spellings, selection) : v.key, count, first });
      }
      // Bars first in the order their values are met (Tally's insertion order), then in the facet's own order.
      bars.sort((a, b) => a.first - b.first || this.position(k, a) - this.position(k, b));
      out[k] = bars.map(({ key, label, count }) => ({ key, label, count })).sort(BAR_ORDER[k]);
      out.missing[k] = countIn(selection, this.missing[k]).count;
    }
    return out;
  }

  /** The label Tally keeps: the first capitalized spelling met, else the first spelling met. */
  private label(spellings: Spelling[], selection: Bitset): string {
    if (spellings.length === 1) return spellings[0]!.label;
    let best: Spelling | undefined;
    let bestRow = Infinity;
    let bestLower = true;
    for (const s of spellings) {
      const row = firstIn(selection, s.rows);
      if (row < 0) continue;
      // A capitalized spelling wins over any lower-case one; among equals, the first met.
      if ((bestLower && !s.lower) || (bestLower === s.lower && row < bestRow)) ((best = s), (bestRow = row), (bestLower = s.lower));
    }
    return best!.label;
  }

  /** Where a value first appears within its first action (two values first met in the same action). */
  private position(k: DistributionKey, bar: Bar & { first: number }): number {
    const a = this.actions[bar.first]!;
    if (k === 'keyword') return a.keywords.findIndex((x) => normalizeLabel(x) === bar.key);
    if (k === 'public') return a.public.findIndex((x) => normalizeLabel(x) === bar.key);
    if (k === 'funder') return a.budget!.revenues.findIndex((r) => r.funderType === bar.key);
    return 0;
  }
}

/** A result computed on first use only (each chart asks for its own sums, and some never are asked). */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => (done ? value! : ((done = true), (value = compute())));
}

/** Runs `slice` when the page (or worker) has time, telling it for how long it may run. */
export type SliceScheduler = (slice: (budgetMs: number) => void) => void;

/** The default: the next task, for `sliceMs` milliseconds (a worker has no idle periods to wait for). */
const nextTask = (sliceMs: number): SliceScheduler => (slice) => setTimeout(() => slice(sliceMs), 0);

/**
 * Builds the index in short tasks, yielding to the page (or worker) between them: no
 * long task however large the feed. `schedule` says when each slice runs and for how
 * long (the dashboard uses idle periods). Rejects with the reason when `signal` aborts.
 */
export function indexInSlices(
  feed: Pick<Feed, 'actions' | 'structures'>,
  structureById: LoadedFeed['structureById'],
  schedule: SliceScheduler = nextTask(8),
  signal?: AbortSignal,
): Promise<FeedIndex> {
  const steps = indexSteps(feed, structureById);
  return new Promise((resolve, reject) => {
    const slice = (budgetMs: number) => {
      if (signal?.aborted) return reject(signal.reason);
      const end = performance.now() + budgetMs;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return resolve(next.value);
          if (performance.now() >= end) break;
        }
      } catch (e) {
        return reject(e);
      }
      schedule(slice);
    };
    schedule(slice);
  });
}
