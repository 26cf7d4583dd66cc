/**
 * The observatory's summary: every figure the dashboard shows for the whole collection and
 * for each value of each filter (one slice per département, région, funder type, keyword,
 * public, dimension, status and year), computed ahead so that a browser draws the first
 * figures, and answers a one-filter change, from this one small file.
 *
 * Figures are computed by the dashboard's own functions (src/feed/dashboard.ts and
 * aggregate.ts) over the same actions a page would select: a slice holds exactly what
 * `applyFilters(feed, { [key]: value })` would, in feed order, so the numbers match the
 * dashboard over the raw feeds to the last cent. Only the fields those functions read are
 * kept in memory (see FigureInputs), with repeated strings shared.
 */
import { facets } from '../feed/dashboard.js';
import { normalizeLabel } from '../feed/filter.js';
import type { Action, Structure } from '../feed/schema.js';
import { regionOfDepartement } from '../geo/divisions.js';
import { territoryFigures } from '../territory-map/aggregate-territory.js';
import { OBSERVATORY_VERSION, SLICE_KEYS, sliceFigures, totalFigures, type ObservatorySummary, type SliceFigures, type SliceKey } from '../feed/observatory-format.js';

/**
 * The actions as the figure functions read them: structure, status, year, dimension,
 * keywords, public, budget lines, staffing roles and beneficiary counts. Free text,
 * partners and the like stay in the shards. Strings that repeat (labels, roles, keywords,
 * structure ids) are stored once: a million actions fit in a few hundred megabytes.
 */
/** One empty list for every slim action: the figure functions only read them. */
const NONE: never[] = [];

export class FigureInputs {
  readonly actions: Action[] = [];
  private readonly strings = new Map<string, string>();
  /** Keyword and public lists repeat from fiche to fiche: each distinct list is stored once. */
  private readonly lists = new Map<string, string[]>();

  private list(values: readonly string[]): string[] {
    if (!values.length) return NONE;
    const key = values.join('\u0000');
    let shared = this.lists.get(key);
    if (!shared) {
      if (this.lists.size > 1_000_000) this.lists.clear();
      this.lists.set(key, (shared = values.map((v) => this.s(v))));
    }
    return shared;
  }

  private s<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    let shared = this.strings.get(value);
    if (shared === undefined) {
      // Bounded: free text never reaches here, but a pathological feed must not grow it forever.
      if (this.strings.size > 1_000_000) this.strings.clear();
      this.strings.set(value, (shared = value));
    }
    return shared as T;
  }

  add(a: Action): void {
    const slim: Action = {
      id: '',
      title: '',
      structureId: this.s(a.structureId),
      keywords: this.list(a.keywords),
      public: this.list(a.public),
      initiative: NONE,
      partners: NONE,
      beneficiaries: a.beneficiaries.length ? a.beneficiaries.map((f) => ({ label: '', count: f.count, approximate: f.approximate })) : NONE,
      outcomes: NONE,
      files: NONE,
    };
    if (a.status) slim.status = { state: a.status.state };
    if (a.year !== undefined) slim.year = a.year;
    if (a.dimension !== undefined) slim.dimension = this.s(a.dimension);
    const b = a.budget;
    if (b) {
      slim.budget = {
        currency: b.currency,
        revenues: !b.revenues.length ? NONE : b.revenues.map((r) => ({ label: this.s(r.label), funderType: r.funderType, amount: r.amount, approximate: r.approximate })),
        expenses: !b.expenses.length ? NONE : b.expenses.map((e) => ({ label: this.s(e.label), amount: e.amount, approximate: e.approximate })),
      };
      if (b.total !== undefined) slim.budget.total = b.total;
      if (b.approximate) slim.budget.approximate = true;
    }
    const st = a.staffing;
    if (st) {
      slim.staffing = {
        people: !st.people.length ? NONE : st.people.map((p) => ({ role: this.s(p.role), kind: p.kind, count: p.count, etp: p.etp, hoursPerWeek: p.hoursPerWeek })),
      };
      if (st.etpSalaried !== undefined) slim.staffing.etpSalaried = st.etpSalaried;
      if (st.etpVolunteer !== undefined) slim.staffing.etpVolunteer = st.etpVolunteer;
    }
    this.actions.push(slim);
  }
}

/**
 * The slice keys of one action along one dimension, with the filters' own comparison:
 * labels folded (normalizeLabel), the structure's declared département, a funder type
 * present among the revenues. An action counts once per distinct key.
 */
function keysOf(key: SliceKey, a: Action, structureById: ReadonlyMap<string, Structure>): Iterable<string> {
  switch (key) {
    case 'departement':
    case 'region': {
      const code = structureById.get(a.structureId)?.departement;
      if (!code) return [];
      if (key === 'departement') return [code];
      const region = regionOfDepartement(code);
      return region ? [region.code] : [];
    }
    case 'funder':
      return new Set((a.budget?.revenues ?? []).map((r) => r.funderType));
    case 'keyword':
      return new Set(a.keywords.map(normalizeLabel).filter(Boolean));
    case 'public':
      return new Set(a.public.map(normalizeLabel).filter(Boolean));
    case 'dimension': {
      const d = a.dimension === undefined ? '' : normalizeLabel(a.dimension);
      return d ? [d] : [];
    }
    case 'status':
      return a.status ? [a.status.state] : [];
    case 'year':
      return a.year === undefined ? [] : [String(a.year)];
  }
}

/** The whole summary, one dimension at a time (each grouping is dropped before the next). */
export function buildSummary(actions: readonly Action[], structures: readonly Structure[]): ObservatorySummary {
  const structureById = new Map(structures.map((s) => [s.id, s]));
  const feed = { actions: actions as Action[], structures: structures as Structure[] };
  const territory = territoryFigures(feed);
  const slices = {} as ObservatorySummary['slices'];
  for (const key of SLICE_KEYS) {
    const groups = new Map<string, Action[]>();
    for (const a of actions) {
      for (const k of keysOf(key, a, structureById)) {
        let list = groups.get(k);
        if (!list) groups.set(k, (list = []));
        list.push(a);
      }
    }
    const out: Record<string, SliceFigures> = {};
    for (const [k, list] of groups) out[k] = sliceFigures(list, structureById);
    slices[key] = out;
  }
  return {
    version: OBSERVATORY_VERSION,
    total: totalFigures(actions, structureById),
    facets: facets(feed, structureById),
    territory: { departements: [...territory.departements.values()], regions: [...territory.regions.values()], unplaced: territory.unplaced },
    slices,
  };
}
