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
import { clearRow, countBits, countIn, firstIn, forEachRow, fullBitset, intersect, rowSet, type Bitset, type RowSet } from './row-sets.js';
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

  build(size: number, spelled: boolean): { values: Map<string, FacetValue>; missing: RowSet } {
    const values = new Map<string, FacetValue>();
    for (const [key, v] of this.values) {
      const value: FacetValue = { key, set: rowSet(v.rows, size) };
      if (spelled) value.spellings = [...v.spellings].map(([label, rows]) => ({ label, lower: startsLower(label), rows: Uint32Array.from(rows) }));
      values.set(key, value);
    }
    return { values, missing: rowSet(this.missing, size) };
  }
}

export class FeedIndex {
  readonly size: number;
  private readonly actions: readonly Action[];
  private readonly figures: FigureColumns;
  private readonly values = {} as Record<DistributionKey, Map<string, FacetValue>>;
  private readonly missing = {} as Record<DistributionKey, RowSet>;
  /** Rows by département as the filter reads it (the feed's structures with that code). */
  private readonly byDepartement = new Map<string, RowSet>();
  /** Each row's structure, numbered in `structureById` order; -1 for a structure the feed does not list. */
  private readonly structureOf: Int32Array;
  private readonly structureCount: number;

  constructor(
    private readonly feed: Pick<Feed, 'actions' | 'structures'>,
    structureById: LoadedFeed['structureById'],
  ) {
    const actions = (this.actions = feed.actions);
    const size = (this.size = actions.length);
    this.figures = new FigureColumns(actions);
    const numbers = new Map<string, number>();
    for (const id of structureById.keys()) numbers.set(id, numbers.size);
    this.structureCount = numbers.size;
    this.structureOf = new Int32Array(size);
    const f = Object.fromEntries(KEYS.map((k) => [k, new FacetBuilder()])) as Record<DistributionKey, FacetBuilder>;
    const filterCodes = new Map<string, string[]>();
    for (const s of feed.structures) if (s.departement) (filterCodes.get(s.id) ?? filterCodes.set(s.id, []).get(s.id)!).push(s.departement);
    const byDepartement = new Map<string, number[]>();
    actions.forEach((a, row) => {
      this.structureOf[row] = numbers.get(a.structureId) ?? -1;
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
      for (const c of new Set(filterCodes.get(a.structureId))) (byDepartement.get(c) ?? byDepartement.set(c, []).get(c)!).push(row);
    });
    for (const k of KEYS) {
      const built = f[k].build(size, k === 'keyword' || k === 'public' || k === 'dimension');
      this.values[k] = built.values;
      this.missing[k] = built.missing;
    }
    for (const [code, rows] of byDepartement) this.byDepartement.set(code, rowSet(rows, size));
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

  /** The selected actions in feed order; the feed's own array when every action is selected. */
  actionsOf(selection: Bitset): readonly Action[] {
    const out: Action[] = [];
    forEachRow(selection, (row) => void out.push(this.actions[row]!));
    return out.length === this.size ? this.actions : out;
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

const indexes = new WeakMap<object, FeedIndex>();

/**
 * The index of a loaded feed, built on first use and kept while the feed lives.
 * @public Not called yet: the dashboard and the list take it in issue 11's next piece (knip: kept on purpose).
 */
export function feedIndex(loaded: Pick<LoadedFeed, 'feed' | 'structureById'>): FeedIndex {
  let index = indexes.get(loaded.feed);
  if (!index) indexes.set(loaded.feed, (index = new FeedIndex(loaded.feed, loaded.structureById)));
  return index;
}

