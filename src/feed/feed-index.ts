/**
 * A columnar index of one feed, built once, that answers the dashboard's questions
 * without walking 100,000 objects again on each filter change: one row set per facet
 * value (département, keyword, public, dimension, status, year, funder type), the
 * figures of each action in typed arrays (figure-columns.ts), and the headline and
 * distributions of any selection as sums over its rows through the same adders and
 * the same bar rules as the plain functions of dashboard.ts. Filtering is an AND of
 * row sets; only free text (`q`) tests actions one by one, through search.ts. The build
 * itself is index-build.ts (a worker may run it and hand its parts over).
 */
import { BAR_ORDER, headlineOf, type Bar, type DashboardFilters, type DistributionKey, type Distributions, type Headline } from './dashboard.js';
import { FigureColumns } from './figure-columns.js';
import { normalizeLabel } from './filter.js';
import { KEYS, partsSteps, runSteps, type IndexParts, type Spelling, type WholeFigures } from './index-build.js';
import type { LoadedFeed } from './loaded.js';
import { clearRow, countBits, countIn, firstIn, forEachRow, fullBitset, hasRow, intersect, type Bitset, type RowSet } from './row-sets.js';
import { registerSums } from './selection-sums.js';
import type { Action, Feed } from './schema.js';
import { rowMatcher } from './search.js';
import { actionsAtRows } from './lazy-rows.js';
import { titleCollator } from './title-order.js';

type IndexedFeed = Pick<Feed, 'actions' | 'structures'>;

/**
 * The index of a feed, built in small steps: the generator yields every few hundred
 * rows (and within the title sort), so a caller can spread the build over many short
 * tasks (indexInSlices) or run it at once (buildIndex). Pure: no DOM, no timers.
 */
export function* indexSteps(feed: IndexedFeed, structureById: LoadedFeed['structureById']): Generator<undefined, FeedIndex> {
  return new FeedIndex(feed, yield* partsSteps(feed, structureById));
}

/** The whole build in one go (tests, small feeds). */
export function buildIndex(feed: IndexedFeed, structureById: LoadedFeed['structureById']): FeedIndex {
  return runSteps(indexSteps(feed, structureById));
}

export class FeedIndex {
  readonly size: number;
  private readonly actions: readonly Action[];
  private readonly figures: FigureColumns;
  private readonly values: IndexParts['values'];
  private readonly missing: IndexParts['missing'];
  private readonly byDepartement: Map<string, RowSet>;
  private readonly structureOf: Int32Array;
  private readonly structureCount: number;
  /** The parts' title order, or what stands in for it until the worker sends it (title-select.ts). */
  private readonly titles: Pick<IndexParts, 'titleOrder' | 'firstByTitle'>;
  /** Structure ids by number (structureOf's numbers: the feed's structures in `structureById` order). */
  private readonly structureIds: string[];

  /** The index of `feed` from its parts (index-build.ts), built here or by a worker over these very actions (same rows). */
  constructor(
    private readonly feed: IndexedFeed,
    parts: IndexParts,
    /** The whole feed's figures, when the worker that built the parts computed them (the same functions' answers). */
    private readonly whole?: WholeFigures,
  ) {
    this.actions = feed.actions;
    this.size = parts.size;
    // A worker's parts come as a structured clone: the columns' own fields, without their methods.
    this.figures = parts.figures instanceof FigureColumns ? parts.figures : FigureColumns.revive(parts.figures);
    this.values = parts.values;
    this.missing = parts.missing;
    this.byDepartement = parts.byDepartement;
    this.structureOf = parts.structureOf;
    this.structureCount = parts.structureCount;
    this.titles = parts;
    this.structureIds = [...new Map(feed.structures.map((s) => [s.id, s])).keys()];
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
    const matches = filters.q ? rowMatcher(this.feed, filters.q) : undefined;
    if (matches) forEachRow(selection, (row) => matches(row) || clearRow(selection, row));
    return selection;
  }

  /** The keys of one facet's values (the départements' codes, the funders' types…), in the order they were met. */
  facetKeys(k: DistributionKey): string[] {
    return [...this.values[k].keys()];
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
    // Of a lazy feed (lazy-actions.ts), a lazy view: the list reads the 20 it shows, the charts read columns.
    const actions = rows.length === this.size ? this.actions : actionsAtRows(this.actions, rows);
    const f = this.figures;
    const whole = rows.length === this.size ? this.whole : undefined;
    registerSums(actions, {
      structureIdAt: (i) => this.structureIds[this.structureOf[rows[i]!]!],
      budgetTotals: once(() => whole?.budgetTotals ?? f.budgetTotals(rows)),
      fundingByType: once(() => whole?.fundingByType ?? f.fundingByType(rows)),
      staffingTotals: once(() => whole?.staffingTotals ?? f.staffingTotals(rows)),
      territory: (structures) => (whole && structures === this.feed.structures ? whole.territory : undefined),
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
    const { titleOrder, firstByTitle } = this.titles;
    // A worker's index before its title order comes (title-select.ts); every other index has its order.
    if (!titleOrder) return firstByTitle!(this.rowsOf(selection), count, titleCollator.compare).map((row) => this.actions[row]!);
    const out: Action[] = [];
    for (const row of titleOrder) {
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
    if (this.whole && countBits(selection) === this.size) return this.whole.headline;
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
    if (this.whole && countBits(selection) === this.size) return this.whole.distributions;
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
  feed: IndexedFeed,
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
