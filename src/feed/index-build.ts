/**
 * The build of the columnar index (feed-index.ts): one pass over the actions that
 * fills the figure columns (figure-columns.ts), the rows of each facet value and the
 * title order. What it leaves is data only (typed arrays, maps, strings): the feed
 * worker builds it beside the page and hands it over, transferred, so that a 100,000-
 * action feed's first view already answers from columns (feed-worker.ts); the page
 * builds it itself, in idle slices, where there is no worker. No DOM, no timers.
 */
import { startsLower, type DistributionKey, type Distributions, type Headline } from './dashboard.js';
import type { AmountLine, BudgetTotals, StaffingTotals } from './aggregate.js';
import type { TerritoryFigures } from '../territory-map/aggregate-territory.js';
import { FigureColumns } from './figure-columns.js';
import { normalizeLabel } from './filter.js';
import type { LoadedFeed } from './loaded.js';
import { rowSet, type RowSet } from './row-sets.js';
import { titleCollator } from './title-order.js';
import type { Titles } from './title-select.js';
import type { Feed } from './schema.js';

export const KEYS: readonly DistributionKey[] = ['keyword', 'public', 'dimension', 'status', 'year', 'departement', 'funder'];

/** One spelling of a value ("Famille", "famille") and the rows that write it first. */
export interface Spelling {
  label: string;
  lower: boolean;
  rows: Uint32Array;
}

export interface FacetValue {
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

/**
 * The parts of an index, as the build leaves them: nothing tied to a page or to the action objects, so that a
 * worker's structured clone carries them (the figure columns come out of it without their methods: `FigureColumns.revive`).
 */
export interface IndexParts {
  size: number;
  figures: FigureColumns;
  values: Record<DistributionKey, Map<string, FacetValue>>;
  missing: Record<DistributionKey, RowSet>;
  /** Rows by département as the filter reads it (the feed's structures with that code). */
  byDepartement: Map<string, RowSet>;
  /** Each row's structure, numbered in `structureById` order; -1 for a structure the feed does not list. */
  structureOf: Int32Array;
  structureCount: number;
  /**
   * Rows in the list's title order (titleCollator, ties in feed order). The feed worker sends it after the rest
   * (title-select.ts): until then it is absent, the worker sends `titles` and `titleHead` (its first rows), and
   * the page turns them into `firstByTitle` (off-thread.ts).
   */
  titleOrder?: Uint32Array;
  titles?: Titles;
  titleHead?: Uint32Array;
  /** The first `count` of a selection's rows (increasing) in title order, until `titleOrder` comes. */
  firstByTitle?: (rows: Uint32Array, count: number, compare: (a: string, b: string) => number) => number[];
}

/**
 * The figures of the whole feed (every row selected), computed where the actions are (the feed worker) by the
 * very functions the page would call (dashboard.ts, aggregate.ts, territory-map/aggregate-territory.ts): the
 * page's first, unfiltered view reads them instead of adding up 100,000 rows of columns.
 */
export interface WholeFigures {
  headline: Headline;
  distributions: Distributions;
  budgetTotals: BudgetTotals;
  fundingByType: AmountLine[];
  staffingTotals: StaffingTotals;
  territory: TerritoryFigures;
}

/** Rows read between two yields of the build: a few milliseconds of work on this machine's slowest rows. */
const ROWS_PER_STEP = 256;

/**
 * The parts of a feed's index, built in small steps: the generator yields every few hundred rows (and within the
 * title sort), so that a caller can spread the build over many short tasks or run it at once.
 */
export function* partsSteps(
  feed: Pick<Feed, 'actions' | 'structures'>,
  structureById: LoadedFeed['structureById'],
  /** False: without the title order (the feed worker sorts later, titleOrderSteps, and sends what stands in for it meanwhile). */
  sortTitles = true,
): Generator<undefined, IndexParts> {
  const actions = feed.actions;
  const size = actions.length;
  const figures = new FigureColumns(size);
  const numbers = new Map<string, number>();
  for (const id of structureById.keys()) numbers.set(id, numbers.size);
  const structureOf = new Int32Array(size);
  const f = Object.fromEntries(KEYS.map((k) => [k, new FacetBuilder()])) as Record<DistributionKey, FacetBuilder>;
  const filterCodes = new Map<string, string[]>();
  for (const s of feed.structures) if (s.departement) (filterCodes.get(s.id) ?? filterCodes.set(s.id, []).get(s.id)!).push(s.departement);
  // Each code once per structure, here rather than a Set per action (100,000 of them at national scale).
  for (const [id, codes] of filterCodes) filterCodes.set(id, [...new Set(codes)]);
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
    for (const c of filterCodes.get(a.structureId) ?? []) (rowsByCode.get(c) ?? rowsByCode.set(c, []).get(c)!).push(row);
    if (row % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  figures.finish();
  yield;
  const values = {} as IndexParts['values'];
  const missing = {} as IndexParts['missing'];
  for (const k of KEYS) {
    const built = yield* f[k].build(size, k === 'keyword' || k === 'public' || k === 'dimension');
    values[k] = built.values;
    missing[k] = built.missing;
  }
  const byDepartement = new Map<string, RowSet>();
  for (const [code, rows] of rowsByCode) byDepartement.set(code, rowSet(rows, size));
  yield;
  const parts: IndexParts = { size, figures, values, missing, byDepartement, structureOf, structureCount: numbers.size };
  if (sortTitles) parts.titleOrder = yield* titleOrderSteps(actions);
  return parts;
}

/** The list's title order of `actions`, in steps (a stable sort: ties in feed order). */
export function titleOrderSteps(actions: readonly { title: string }[]): Generator<undefined, Uint32Array> {
  return sortSteps(actions.length, (x, y) => titleCollator.compare(actions[x]!.title, actions[y]!.title));
}

/** Runs a build's steps to the end at once (a worker, tests, small feeds). */
export function runSteps<T>(steps: Generator<undefined, T>): T {
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

/**
 * The buffers of every typed array in the parts, each once: a worker transfers them instead of copying
 * (at 100,000 actions the columns are ≈ 20 MB).
 */
export function partsBuffers(parts: IndexParts): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (ArrayBuffer.isView(value)) return void found.add(value.buffer as ArrayBuffer);
    if (value instanceof Map) return value.forEach(visit);
    if (Array.isArray(value)) return value.forEach(visit);
    Object.values(value).forEach(visit);
  };
  visit(parts);
  return [...found];
}
