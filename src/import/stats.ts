/**
 * `vitrine stats`: counts, totals and completeness of a feed (how many actions carry a
 * budget, staffing, keywords…). Pure: takes a validated Feed.
 */
import { FUNDER_TYPES, type FunderType } from '../feed/funders.js';
import type { Action, Feed } from '../feed/schema.js';
import { round } from './french-numbers.js';

export const COMPLETENESS_FIELDS = [
  'status',
  'keywords',
  'summary',
  'departement',
  'partners',
  'budget',
  'budgetTotal',
  'revenues',
  'staffing',
  'etp',
  'beneficiaries',
] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

export interface FeedStats {
  structures: number;
  actions: number;
  byStatus: Record<string, number>;
  byDepartement: Record<string, number>;
  /** Sum of stated budget totals. */
  budgetTotal: number;
  /** Sum of revenue amounts by funder type (types with no amount left out). */
  revenuesByFunder: Partial<Record<FunderType, number>>;
  etpSalaried: number;
  etpVolunteer: number;
  /** People counted in staffing (people without a count are not summed). */
  people: number;
  completeness: Record<CompletenessField, number>;
}

const has: Record<CompletenessField, (a: Action, dep: boolean) => boolean> = {
  status: (a) => a.status !== undefined,
  keywords: (a) => a.keywords.length > 0,
  summary: (a) => Boolean(a.summary),
  departement: (_, dep) => dep,
  partners: (a) => a.partners.length > 0,
  budget: (a) => a.budget !== undefined,
  budgetTotal: (a) => a.budget?.total !== undefined,
  revenues: (a) => (a.budget?.revenues ?? []).some((r) => r.amount !== undefined),
  staffing: (a) => (a.staffing?.people.length ?? 0) > 0 || a.staffing?.etpSalaried !== undefined || a.staffing?.etpVolunteer !== undefined,
  etp: (a) => a.staffing?.etpSalaried !== undefined || a.staffing?.etpVolunteer !== undefined,
  beneficiaries: (a) => a.beneficiaries.length > 0,
};

function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = round((record[key] ?? 0) + by);
}

export function feedStats(feed: Feed): FeedStats {
  const depOf = new Map(feed.structures.map((s) => [s.id, s.departement]));
  const stats: FeedStats = {
    structures: feed.structures.length,
    actions: feed.actions.length,
    byStatus: {},
    byDepartement: {},
    budgetTotal: 0,
    revenuesByFunder: {},
    etpSalaried: 0,
    etpVolunteer: 0,
    people: 0,
    completeness: Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, 0])) as Record<CompletenessField, number>,
  };
  for (const a of feed.actions) {
    const dep = depOf.get(a.structureId);
    bump(stats.byStatus, a.status?.state ?? 'inconnu');
    bump(stats.byDepartement, dep ?? 'inconnu');
    stats.budgetTotal += a.budget?.total ?? 0;
    for (const r of a.budget?.revenues ?? []) if (r.amount !== undefined) bump(stats.revenuesByFunder, r.funderType, r.amount);
    stats.etpSalaried += a.staffing?.etpSalaried ?? 0;
    stats.etpVolunteer += a.staffing?.etpVolunteer ?? 0;
    stats.people += (a.staffing?.people ?? []).reduce((s, p) => s + (p.count ?? 0), 0);
    for (const f of COMPLETENESS_FIELDS) if (has[f](a, dep !== undefined)) stats.completeness[f]++;
  }
  stats.budgetTotal = round(stats.budgetTotal);
  stats.etpSalaried = round(stats.etpSalaried, 3);
  stats.etpVolunteer = round(stats.etpVolunteer, 3);
  // Funder types in display order, so two runs print the same lines.
  stats.revenuesByFunder = Object.fromEntries(FUNDER_TYPES.filter((t) => t in stats.revenuesByFunder).map((t) => [t, stats.revenuesByFunder[t]!]));
  return stats;
}
