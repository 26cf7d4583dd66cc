/**
 * The files of a published observatory (`vitrine publish`), as plain data shared by the
 * Node side that writes them (src/publish/) and the browser side that reads them
 * (observatory.ts). No DOM, no Node.
 */
import {
  budgetTotals,
  budgetSum,
  expensesByLine,
  fundingByFunder,
  fundingByType,
  fundingByTypeSum,
  labelledSum,
  roleSum,
  staffingSum,
  staffingTotals,
  type AmountLine,
  type BudgetTotals,
  type StaffingTotals,
} from './aggregate.js';
import { distributions, distributionsSum, headline, headlineSum, type Distributions, type Facets, type Headline } from './dashboard.js';
import type { ActionFigures } from './figures.js';
import type { FeedIssue } from './issues.js';
import type { Action, Structure } from './schema.js';

/** Version of the observatory's own formats (manifest, summary, search index); shards are feeds. */
export const OBSERVATORY_VERSION = 1;

/** The dimensions the summary is cut along, in the order of the dashboard's filters. */
export const SLICE_KEYS = ['departement', 'region', 'funder', 'keyword', 'public', 'dimension', 'status', 'year'] as const;
export type SliceKey = (typeof SLICE_KEYS)[number];

/** Funders, expense lines and roles listed per slice (the rest is in the shards and the export). */
export const TOP_LINES = 25;

/** What the dashboard shows of one selection: headline figures, distributions, revenues by funder type. */
export interface SliceFigures {
  headline: Headline;
  distributions: Distributions;
  fundingByType: AmountLine[];
}

/** The whole collection's figures, with the detail a summary keeps only once. */
export interface TotalFigures extends SliceFigures {
  budget: BudgetTotals;
  /** The TOP_LINES largest funders as written; `more` counts the others. */
  fundingByFunder: { lines: AmountLine[]; more: number };
  expensesByLine: { lines: AmountLine[]; more: number };
  /** `roles` cut to the TOP_LINES largest; `moreRoles` counts the others. */
  staffing: StaffingTotals & { moreRoles: number };
}

function top(lines: AmountLine[]): { lines: AmountLine[]; more: number } {
  return { lines: lines.slice(0, TOP_LINES), more: Math.max(0, lines.length - TOP_LINES) };
}

/**
 * The figures of a selection, by the dashboard's own functions (one place for every
 * figure). A summary holds one per filter value, hundreds in all: only what the dashboard
 * shows first, so that a million actions are summed in a minute.
 */
export function sliceFigures(actions: readonly Action[], structureById: ReadonlyMap<string, Structure>): SliceFigures {
  return { headline: headline(actions, structureById), distributions: distributions(actions, structureById), fundingByType: fundingByType(actions) };
}

/** The figures of the whole collection: a slice's, plus the budget, funder, expense and role detail. */
export function totalFigures(actions: readonly Action[], structureById: ReadonlyMap<string, Structure>): TotalFigures {
  const staffing = staffingTotals(actions);
  return {
    ...sliceFigures(actions, structureById),
    budget: budgetTotals(actions),
    fundingByFunder: top(fundingByFunder(actions)),
    expensesByLine: top(expensesByLine(actions)),
    staffing: { ...staffing, roles: staffing.roles.slice(0, TOP_LINES), moreRoles: Math.max(0, staffing.roles.length - TOP_LINES) },
  };
}

/**
 * sliceFigures one action at a time, in selection order, each action's figures computed
 * once by the caller: how `publish` adds up hundreds of slices while a million actions
 * stream past, holding none of them. Each figure goes through the same running sums as
 * headline, distributions and fundingByType, in the same order: the same numbers to the bit.
 */
export class SliceSum {
  private readonly headline = headlineSum();
  private readonly distributions = distributionsSum();
  private readonly funding = fundingByTypeSum();
  /** Structures met, by their position in the collection (headline's `structures`). */
  private readonly seen: Uint8Array;
  private structures = 0;

  constructor(structureCount: number) {
    this.seen = new Uint8Array(structureCount);
  }

  /** `structure`: the position of the action's structure, -1 when the collection does not describe it. */
  add(a: Action, departement: string | undefined, structure: number, f: ActionFigures): void {
    this.headline.add(f.budget, f.staffing, f.beneficiaries);
    this.distributions.add(a, departement);
    this.funding.add(a.budget?.revenues);
    if (structure >= 0 && !this.seen[structure]) ((this.seen[structure] = 1), this.structures++);
  }

  result(): SliceFigures {
    return { headline: this.headline.result(this.structures), distributions: this.distributions.result(), fundingByType: this.funding.result() };
  }
}

/** totalFigures one action at a time (see SliceSum); `distributions()` gives the whole collection's, for its facets. */
export class TotalSum {
  private readonly slice: SliceSum;
  private readonly budget = budgetSum();
  private readonly funders = labelledSum();
  private readonly expenses = labelledSum();
  private readonly staffing = staffingSum();
  private readonly roles = roleSum();

  constructor(structureCount: number) {
    this.slice = new SliceSum(structureCount);
  }

  add(a: Action, departement: string | undefined, structure: number, f: ActionFigures): void {
    this.slice.add(a, departement, structure, f);
    this.budget.add(f.budget);
    const b = a.budget;
    if (b) {
      for (const r of b.revenues) this.funders.add(r.label, r.amount, r.approximate, r.funderType);
      for (const e of b.expenses) this.expenses.add(e.label, e.amount, e.approximate);
    }
    this.staffing.add(f.staffing);
    if (f.staffing) this.roles.add(a.staffing!.people);
  }

  result(): TotalFigures {
    const staffing = this.staffing.result();
    const roles = this.roles.result();
    return {
      ...this.slice.result(),
      budget: this.budget.result(),
      fundingByFunder: top(this.funders.result()),
      expensesByLine: top(this.expenses.result()),
      staffing: { ...staffing, roles: roles.slice(0, TOP_LINES), moreRoles: Math.max(0, roles.length - TOP_LINES) },
    };
  }
}

/** The map's figures of one area (see territory-map/aggregate-territory.ts). */
export interface AreaSummary {
  code: string;
  actions: number;
  structures: number;
  budget: number;
  budgetActions: number;
  etp: number;
  etpActions: number;
}

export interface ObservatorySummary {
  version: typeof OBSERVATORY_VERSION;
  total: TotalFigures;
  /** The values each filter can take over the whole collection (the filter form's options). */
  facets: Facets;
  /** The map's figures for the whole collection, by département and région (INSEE code order). */
  territory: { departements: AreaSummary[]; regions: AreaSummary[]; unplaced: number };
  /** Per dimension, per value key (folded label, code, funder type or year): the slice's figures. */
  slices: Record<SliceKey, Record<string, SliceFigures>>;
}

/** Key of the shard holding the actions whose structure declares no département. */
export const NO_DEPARTEMENT = 'none';

export interface ShardPart {
  /** Département code, or NO_DEPARTEMENT. */
  key: string;
  /** Position among the département's parts, from 1. */
  part: number;
  /** Path relative to the observatory folder (`shards/62-1.3f2a….json`). */
  path: string;
  actions: number;
  bytes: number;
  sha256: string;
}

/** Index format: `words` sorted, `where[i]` the parts holding `words[i]`. */
export interface SearchIndexFile {
  version: 1;
  /** Number of shard parts, in the manifest's `shards` order. */
  parts: number;
  words: string[];
  /** Part positions in base 36, comma-separated, or `*` for all of them. */
  where: string[];
}

/** Words of a folded search text: its runs of letters and digits. */
export const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

export type SourceErrorKind = 'unreadable' | 'http' | 'json' | 'not-a-feed';

/** What was read of one source feed, and what was left out of it. */
export interface SourceReport {
  id: string;
  location: string;
  /** The feed's own title, date and publisher, when it gives them. */
  title?: string;
  generated?: string;
  publisher?: string;
  status: 'ok' | 'failed';
  error?: { kind: SourceErrorKind; detail: string };
  structures: { read: number; kept: number; rejected: number };
  actions: {
    read: number;
    kept: number;
    /** Left out: invalid id, title or structure, or not an object. */
    rejected: number;
    /** Kept without some invalid fields (each named in `issues`). */
    repaired: number;
    /** A second action with an id already used in the same feed (left out, like a page does). */
    duplicates: number;
    /** Left out: an earlier source gave the same action (same structure name and département, title, year). */
    crossSource: number;
    /** Kept, but naming a structure the feed does not describe. */
    unknownStructure: number;
  };
  issues: FeedIssue[];
  issuesOmitted: number;
}

export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/** The observatory's entry point (`manifest.json`). */
export interface ObservatoryManifest {
  format: 'vitrine-observatory';
  version: typeof OBSERVATORY_VERSION;
  /** Version of the feed format the shards follow. */
  feedVersion: string;
  title?: string;
  /** When this publication was made (ISO 8601). */
  published: string;
  counts: { sources: number; failedSources: number; structures: number; actions: number };
  /** Each source with its own title, date and what was kept of it (issues are in the report file). */
  sources: Omit<SourceReport, 'issues' | 'issuesOmitted'>[];
  /** Ids carry their source's name as a prefix (several sources). */
  prefixed: boolean;
  files: { summary: FileEntry; search: FileEntry; report: FileEntry };
  shards: ShardPart[];
  /**
   * Per département key: the list's first page (its first actions by title, as the list
   * orders them) as a small feed, shown while the département's parts load. Absent in
   * observatories published before it.
   */
  firstPages?: Record<string, FileEntry & { actions: number }>;
  /** Files of the previous publication, kept until the next one. */
  previous: string[];
}
