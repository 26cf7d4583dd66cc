/**
 * The figures of one action: its budget, its revenues by funder type, its ETP and head
 * counts, its beneficiaries. This module is the only place where these rules live
 * (see the README, "Comment Vitrine compte / How Vitrine counts", one line per rule);
 * the card, the charts, the map, the list's sorts, the dashboard, its CSV and
 * `vitrine stats` all read them from here, and aggregate.ts only adds them up.
 * Pure: plain objects in, plain objects out, no DOM.
 */
import { FUNDER_TYPES, funderIndex, type FunderType } from './funders.js';
import type { Action, Budget } from './schema.js';
import { clean, type Mutable } from './exact.js';
import { staffingFigures, zeroByKind, type StaffingFigures } from './staffing-figures.js';

// The staffing rules (ETP, roles, head counts) are in staffing-figures.ts, to keep each file to one topic; this
// module stays the one door to every per-action rule, as the README's table says.
export { clean } from './exact.js';
export {
  HOURS_PER_ETP_WEEK,
  HOURS_PER_ETP_YEAR,
  actionEtp,
  personEtp,
  roleGroups,
  staffingFigures,
  zeroByKind,
  type StaffingFigures,
} from './staffing-figures.js';

/** Which figure of the fiche gives an action's budget (README rule "Budget d'une action"). */
export type BudgetBasis = 'total' | 'revenues' | 'expenses';

/** The budget of one action and how it breaks down. Every amount is in euros. */
export interface BudgetFigures {
  /**
   * The action's budget: its declared total; without one (or with a total of 0, which
   * fiches write for "unknown"), the larger of the sum of its revenues and the sum of
   * its expenses.
   */
  readonly cost: number;
  readonly basis: BudgetBasis;
  /** The budget is flagged as an estimate, or one of its amounts is ("env."). */
  readonly approximate: boolean;
  /** Sum of the revenue amounts, and how many revenue lines give one. */
  readonly revenues: number;
  readonly revenueLines: number;
  /** Sum of the expense amounts, and how many expense lines give one. */
  readonly expenses: number;
  readonly expenseLines: number;
  /** The part of the budget not broken down by funder: `cost − revenues` when positive. */
  readonly revenuesNotBrokenDown: number;
  /** The part of the budget not broken down into expense lines: `cost − expenses` when positive. */
  readonly expensesNotBrokenDown: number;
  /** Revenues above the declared total: `revenues − cost` when positive. */
  readonly surplus: number;
}

/**
 * The budget figures of an action, or `undefined` when it gives no amount at all.
 * README rules "Budget d'une action", "Montant approximatif", "Part non détaillée".
 * Sums over 100,000 actions pass one `into` object that is filled again for each
 * action, so that they allocate nothing per action.
 */
export function budgetFigures(budget: Budget | undefined, into?: Mutable<BudgetFigures>): BudgetFigures | undefined {
  if (!budget) return undefined;
  let revenues = 0;
  let revenueLines = 0;
  let expenses = 0;
  let expenseLines = 0;
  let approximate = !!budget.approximate;
  for (const r of budget.revenues) {
    if (r.amount === undefined) continue;
    revenues += r.amount;
    revenueLines++;
    if (r.approximate) approximate = true;
  }
  for (const e of budget.expenses) {
    if (e.amount === undefined) continue;
    expenses += e.amount;
    expenseLines++;
    if (e.approximate) approximate = true;
  }
  revenues = clean(revenues);
  expenses = clean(expenses);
  let cost: number;
  let basis: BudgetBasis;
  if (budget.total !== undefined && budget.total > 0) ((cost = budget.total), (basis = 'total'));
  else if (revenueLines || expenseLines) ((cost = Math.max(revenues, expenses)), (basis = revenues >= expenses ? 'revenues' : 'expenses'));
  else return undefined;
  const out = into ?? ({} as Mutable<BudgetFigures>);
  out.cost = cost;
  out.basis = basis;
  out.approximate = approximate;
  out.revenues = revenues;
  out.revenueLines = revenueLines;
  out.expenses = expenses;
  out.expenseLines = expenseLines;
  out.revenuesNotBrokenDown = cost > revenues ? clean(cost - revenues) : 0;
  out.expensesNotBrokenDown = cost > expenses ? clean(cost - expenses) : 0;
  out.surplus = revenues > cost ? clean(revenues - cost) : 0;
  return out;
}

/** A reusable `into` object for budgetFigures and staffingFigures. */
export function scratchFigures(): { budget: Mutable<BudgetFigures>; staffing: Mutable<StaffingFigures> } {
  return { budget: {} as Mutable<BudgetFigures>, staffing: { etpByKind: zeroByKind(), countByKind: zeroByKind() } as Mutable<StaffingFigures> };
}

/** The budget of an action in euros, `undefined` when it gives none (README rule "Budget d'une action"). */
export function actionBudget(action: Action): number | undefined {
  return budgetFigures(action.budget)?.cost;
}

/** Revenues of one funder type within one action. */
export interface FunderTypeAmount {
  readonly type: FunderType;
  readonly amount: number;
  /** One of the amounts summed is an estimate. */
  readonly approximate: boolean;
}

/**
 * An action's revenue amounts summed by funder type, in FUNDER_TYPES order (the
 * palette order); types named without an amount are left out (README rule
 * "Ressources par type de financeur").
 */
export function revenuesByFunderType(budget: Budget | undefined): FunderTypeAmount[] {
  if (!budget) return [];
  const sums: { amount: number; approximate: boolean }[] = [];
  for (const r of budget.revenues) {
    if (r.amount === undefined) continue;
    const sum = (sums[funderIndex(r.funderType)] ??= { amount: 0, approximate: false });
    sum.amount += r.amount;
    if (r.approximate) sum.approximate = true;
  }
  const out: FunderTypeAmount[] = [];
  sums.forEach((s, i) => s && out.push({ type: FUNDER_TYPES[i]!, amount: clean(s.amount), approximate: s.approximate }));
  return out;
}

/** The people an action reached, as the fiche counts them. */
export interface BeneficiaryFigure {
  readonly count: number;
  /** The largest figure is itself a lower bound or an estimate ("plus de 300"). */
  readonly approximate: boolean;
}

/**
 * Beneficiary figures of one fiche often overlap ("300 foyers inscrits", "958
 * personnes inscrites", "200 foyers par semaine"): adding them would count people
 * twice, so an action counts its largest figure, a lower bound (README rule
 * "Bénéficiaires"). `undefined` when no figure gives a count.
 */
export function beneficiaryFigure(action: Action): BeneficiaryFigure | undefined {
  let best: BeneficiaryFigure | undefined;
  for (const f of action.beneficiaries) {
    if (f.count !== undefined && (best === undefined || f.count > best.count)) best = { count: f.count, approximate: !!f.approximate };
  }
  return best;
}

/** Every figure of one action. */
export interface ActionFigures {
  readonly budget: BudgetFigures | undefined;
  readonly staffing: StaffingFigures | undefined;
  readonly beneficiaries: BeneficiaryFigure | undefined;
}

/** The budget, staffing and beneficiary figures of an action (the card's and the CSV's row). */
export function actionFigures(action: Action): ActionFigures {
  return { budget: budgetFigures(action.budget), staffing: staffingFigures(action.staffing), beneficiaries: beneficiaryFigure(action) };
}
