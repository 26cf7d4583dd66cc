/**
 * The observatory's summary: every figure the dashboard shows for the whole collection and
 * for each value of each filter (one slice per département, région, funder type, keyword,
 * public, dimension, status and year), computed ahead so that a browser draws the first
 * figures, and answers a one-filter change, from this one small file.
 *
 * The summary is added up as the actions stream past, none of them kept: each action's
 * figures (figures.ts) are computed once, then added into the total, the map's areas and
 * each slice the action belongs to, through the running sums the dashboard's own functions
 * use (SliceSum, TotalSum, TerritorySum). A slice receives exactly the actions
 * `applyFilters(feed, { [key]: value })` would select, in feed order, so its numbers match
 * the dashboard over the raw feeds to the last cent.
 */
import { facetsOf } from '../feed/dashboard.js';
import { beneficiaryFigure, budgetFigures, scratchFigures, staffingFigures } from '../feed/figures.js';
import { normalizeLabel } from '../feed/filter.js';
import type { Action, Structure } from '../feed/schema.js';
import { regionOfDepartement } from '../geo/divisions.js';
import { TerritorySum } from '../territory-map/aggregate-territory.js';
import { OBSERVATORY_VERSION, SLICE_KEYS, SliceSum, TotalSum, type ObservatorySummary, type SliceFigures, type SliceKey } from '../feed/observatory-format.js';

/**
 * The slice keys of one action along one dimension, with the filters' own comparison:
 * labels folded (normalizeLabel), the structure's declared département, a funder type
 * present among the revenues. An action counts once per distinct key.
 */
function keysOf(key: SliceKey, a: Action, departement: string | undefined): Iterable<string> {
  switch (key) {
    case 'departement':
      return departement ? [departement] : [];
    case 'region': {
      const region = departement ? regionOfDepartement(departement) : undefined;
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

export class SummaryBuilder {
  private readonly structureIndex = new Map<string, number>();
  private readonly departementOf = new Map<string, string | undefined>();
  private readonly total: TotalSum;
  private readonly territory: TerritorySum;
  /** Per dimension, the slices in the order their first action came (the summary's key order). */
  private readonly slices = Object.fromEntries(SLICE_KEYS.map((k) => [k, new Map<string, SliceSum>()])) as Record<SliceKey, Map<string, SliceSum>>;
  /** Reused for every action: its figures are added everywhere before the next one comes. */
  private readonly scratch = scratchFigures();

  constructor(private readonly structures: readonly Structure[]) {
    structures.forEach((s, i) => {
      this.structureIndex.set(s.id, i);
      this.departementOf.set(s.id, s.departement);
    });
    this.total = new TotalSum(structures.length);
    this.territory = new TerritorySum(structures);
  }

  add(a: Action): void {
    const figures = {
      budget: budgetFigures(a.budget, this.scratch.budget),
      staffing: staffingFigures(a.staffing, this.scratch.staffing),
      beneficiaries: beneficiaryFigure(a),
    };
    const departement = this.departementOf.get(a.structureId);
    const structure = this.structureIndex.get(a.structureId) ?? -1;
    this.total.add(a, departement, structure, figures);
    this.territory.add(a.structureId, figures.budget, figures.staffing);
    for (const key of SLICE_KEYS) {
      const slices = this.slices[key];
      for (const k of keysOf(key, a, departement)) {
        let slice = slices.get(k);
        if (!slice) slices.set(k, (slice = new SliceSum(this.structures.length)));
        slice.add(a, departement, structure, figures);
      }
    }
  }

  result(): ObservatorySummary {
    const territory = this.territory.result();
    const slices = {} as ObservatorySummary['slices'];
    for (const key of SLICE_KEYS) {
      const out: Record<string, SliceFigures> = {};
      for (const [k, slice] of this.slices[key]) out[k] = slice.result();
      slices[key] = out;
    }
    const total = this.total.result();
    return {
      version: OBSERVATORY_VERSION,
      total,
      facets: facetsOf(total.distributions),
      territory: { departements: [...territory.departements.values()], regions: [...territory.regions.values()], unplaced: territory.unplaced },
      slices,
    };
  }
}
