/**
 * `vitrine stats`: counts, totals and completeness of a feed (how many actions carry a
 * budget, staffing, keywords…). Pure: takes a validated Feed.
 */
import { budgetTotals, staffingTotals } from '../feed/aggregate.js';
import { actionFigures, revenuesByFunderType } from '../feed/figures.js';
import { FUNDER_TYPES, PERSON_KINDS, type FunderType } from '../feed/funders.js';
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
  /** Sum of the actions' budgets (figures.ts `actionBudget`: the declared total, else the lines). */
  budgetTotal: number;
  /** Some amount of the sum is an estimate. */
  budgetApproximate: boolean;
  /** Sum of revenue amounts by funder type (types with no amount left out). */
  revenuesByFunder: Partial<Record<FunderType, number>>;
  /** Budget not broken down by funder (figures.ts `revenuesNotBrokenDown`, summed). */
  revenuesNotBrokenDown: number;
  /** ETP as figures.ts counts them: salaried, volunteer, and every kind of people. */
  etpSalaried: number;
  etpVolunteer: number;
  etp: number;
  /** People counted in staffing (roles without a count are not summed). */
  people: number;
  /** People reached, a lower bound: each action's largest beneficiary figure, summed. */
  beneficiaries: number;
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
  etp: (a) => actionFigures(a).staffing?.etpKnown === true,
  beneficiaries: (a) => a.beneficiaries.length > 0,
};

function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = round((record[key] ?? 0) + by);
}

/** The counts and totals of a feed; every total is a sum of figures.ts's per-action figures. */
export function feedStats(feed: Feed): FeedStats {
  const depOf = new Map(feed.structures.map((s) => [s.id, s.departement]));
  const budget = budgetTotals(feed.actions);
  const staffing = staffingTotals(feed.actions);
  const stats: FeedStats = {
    structures: feed.structures.length,
    actions: feed.actions.length,
    byStatus: {},
    byDepartement: {},
    budgetTotal: budget.cost,
    budgetApproximate: budget.approximate,
    revenuesByFunder: {},
    revenuesNotBrokenDown: round(budget.unfunded + budget.revenuesNotDetailed),
    etpSalaried: staffing.etpSalaried,
    etpVolunteer: staffing.etpVolunteer,
    etp: staffing.etp,
    people: PERSON_KINDS.reduce((n, k) => n + staffing.countByKind[k], 0),
    beneficiaries: 0,
    completeness: Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, 0])) as Record<CompletenessField, number>,
  };
  for (const a of feed.actions) {
    const dep = depOf.get(a.structureId);
    bump(stats.byStatus, a.status?.state ?? 'inconnu');
    bump(stats.byDepartement, dep ?? 'inconnu');
    for (const r of revenuesByFunderType(a.budget)) bump(stats.revenuesByFunder, r.type, r.amount);
    stats.beneficiaries += actionFigures(a).beneficiaries?.count ?? 0;
    for (const f of COMPLETENESS_FIELDS) if (has[f](a, dep !== undefined)) stats.completeness[f]++;
  }
  // Funder types in display order, so two runs print the same lines.
  stats.revenuesByFunder = Object.fromEntries(FUNDER_TYPES.filter((t) => t in stats.revenuesByFunder).map((t) => [t, stats.revenuesByFunder[t]!]));
  return stats;
}
