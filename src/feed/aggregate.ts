/**
 * Totals over a selection of actions: budget by funder type or funder, expenses by
 * line, ETP by role, and completeness counts ("12 actions, 3 without budget").
 * Pure functions over plain objects, shared by the charts, the dashboard and the map.
 * They add up the per-action figures of figures.ts (the README's "Comment Vitrine
 * compte" rules) and never decide a figure themselves.
 *
 * sumBudgets and sumStaffing hold the running sums of every total; they take the
 * figures of the n-th action of a selection from a function. Both ways of adding up
 * a selection go through them: the functions below and dashboard.ts, which compute
 * each action's figures with figures.ts, and the columnar index (feed-index.ts),
 * which reads the same figures back from typed arrays filled once by figures.ts. How
 * figures add up is written once, here.
 */
import { FUNDER_TYPES, PERSON_KINDS, funderIndex, type FunderType, type PersonKind } from './funders.js';
import { normalizeLabel } from './filter.js';
import { budgetFigures, clean, HOURS_PER_ETP_YEAR, roleGroups, scratchFigures, staffingFigures, zeroByKind, type BudgetFigures, type StaffingFigures } from './figures.js';
import type { Action } from './schema.js';

/** How many actions of a selection carry which budget figures. */
export interface BudgetCompleteness {
  actions: number;
  /** Actions with at least one amount (a total or a line). */
  withBudget: number;
  withoutBudget: number;
  /** Actions whose revenues are given by funder with amounts. */
  withRevenueBreakdown: number;
  withExpenseBreakdown: number;
  /** Actions with a total and no line amount at all. */
  totalOnly: number;
  /** Actions with an estimated figure ("env."). */
  approximate: number;
}

export interface BudgetTotals {
  /** Sum of the costs: each action's declared total, else the larger of its detailed expenses and revenues. */
  cost: number;
  /** Sum of the revenue amounts given by funder. */
  revenues: number;
  /** Sum of the expense amounts given by line. */
  expenses: number;
  /** Cost not covered by the listed revenues, over the actions that list revenues. */
  unfunded: number;
  /** Revenues above the declared cost, over the same actions. */
  surplus: number;
  /** Cost of the actions whose revenues are not given by funder. */
  revenuesNotDetailed: number;
  /** Cost not broken down into expense lines. */
  expensesNotDetailed: number;
  /** Some figure in the selection is an estimate. */
  approximate: boolean;
  completeness: BudgetCompleteness;
}

/** One slice of a total: a funder type, a funder, or an expense line. */
export interface AmountLine {
  /** Funder type, or the normalized label for funders and expense lines. */
  key: string;
  /** Label as first written in the feed (the type itself for funder types). */
  label: string;
  /** Funder type (for colours); absent on expense lines. */
  funderType?: FunderType;
  amount: number;
  /** At least one contributing amount is an estimate. */
  approximate: boolean;
  /** Lines that gave an amount. */
  lines: number;
  /** Lines that named this funder or expense without an amount. */
  unquantified: number;
}

/** Totals of the budgets of a selection (README rules "Budget d'une action", "Part non détaillée"). */
export function budgetTotals(actions: readonly Action[]): BudgetTotals {
  const scratch = scratchFigures().budget;
  return sumBudgets(actions.length, (i) => budgetFigures(actions[i]!.budget, scratch));
}

/** Budget totals of `n` actions, the i-th one's figures given by `figuresOf(i)`. */
export function sumBudgets(n: number, figuresOf: (i: number) => BudgetFigures | undefined): BudgetTotals {
  const c: BudgetCompleteness = {
    actions: n,
    withBudget: 0,
    withoutBudget: 0,
    withRevenueBreakdown: 0,
    withExpenseBreakdown: 0,
    totalOnly: 0,
    approximate: 0,
  };
  let cost = 0;
  let revenues = 0;
  let expenses = 0;
  let unfunded = 0;
  let surplus = 0;
  let revenuesNotDetailed = 0;
  let expensesNotDetailed = 0;
  for (let i = 0; i < n; i++) {
    const b = figuresOf(i);
    if (!b) {
      c.withoutBudget++;
      continue;
    }
    c.withBudget++;
    cost += b.cost;
    expensesNotDetailed += b.expensesNotBrokenDown;
    if (b.revenueLines) {
      c.withRevenueBreakdown++;
      revenues += b.revenues;
      unfunded += b.revenuesNotBrokenDown;
      surplus += b.surplus;
    } else revenuesNotDetailed += b.revenuesNotBrokenDown;
    if (b.expenseLines) {
      c.withExpenseBreakdown++;
      expenses += b.expenses;
    }
    if (!b.revenueLines && !b.expenseLines) c.totalOnly++;
    if (b.approximate) c.approximate++;
  }
  return {
    cost: clean(cost),
    revenues: clean(revenues),
    expenses: clean(expenses),
    unfunded: clean(unfunded),
    surplus: clean(surplus),
    revenuesNotDetailed: clean(revenuesNotDetailed),
    expensesNotDetailed: clean(expensesNotDetailed),
    approximate: c.approximate > 0,
    completeness: c,
  };
}

function newLine(key: string, label: string, funderType?: FunderType): AmountLine {
  const line: AmountLine = { key, label, amount: 0, approximate: false, lines: 0, unquantified: 0 };
  if (funderType) line.funderType = funderType;
  return line;
}

function add(line: AmountLine, amount: number | undefined, approximate: boolean | undefined): void {
  if (amount === undefined) {
    line.unquantified++;
    return;
  }
  line.amount += amount;
  line.lines++;
  if (approximate) line.approximate = true;
}

function finish(lines: Iterable<AmountLine>): AmountLine[] {
  const out: AmountLine[] = [];
  for (const l of lines) {
    l.amount = clean(l.amount);
    out.push(l);
  }
  return out;
}

/** Larger amounts first; equal amounts keep their first-seen order (sort is stable). */
function byAmount(a: AmountLine, b: AmountLine): number {
  return b.amount - a.amount;
}

/** Revenues summed by funder type, in FUNDER_TYPES order (the palette order). */
export function fundingByType(actions: readonly Action[]): AmountLine[] {
  const lines: (AmountLine | undefined)[] = new Array(FUNDER_TYPES.length);
  for (const action of actions) {
    const revenues = action.budget?.revenues;
    if (!revenues) continue;
    for (const r of revenues) {
      const i = funderIndex(r.funderType);
      const line = (lines[i] ??= newLine(FUNDER_TYPES[i]!, FUNDER_TYPES[i]!, FUNDER_TYPES[i]));
      add(line, r.amount, r.approximate);
    }
  }
  return finish(lines.filter((l): l is AmountLine => l !== undefined));
}

/**
 * Revenues summed by funder as written ("Ville", "CAF"), labels compared without
 * case or accents, largest first. The type of the first line colours the funder.
 */
export function fundingByFunder(actions: readonly Action[]): AmountLine[] {
  const lines = new Map<string, AmountLine>();
  for (const action of actions) {
    const revenues = action.budget?.revenues;
    if (!revenues) continue;
    for (const r of revenues) {
      const key = normalizeLabel(r.label);
      let line = lines.get(key);
      if (!line) lines.set(key, (line = newLine(key, r.label.trim(), r.funderType)));
      add(line, r.amount, r.approximate);
    }
  }
  return finish(lines.values()).sort(byAmount);
}

/** Expenses summed by line label, largest first. */
export function expensesByLine(actions: readonly Action[]): AmountLine[] {
  const lines = new Map<string, AmountLine>();
  for (const action of actions) {
    const expenses = action.budget?.expenses;
    if (!expenses) continue;
    for (const e of expenses) {
      const key = normalizeLabel(e.label);
      let line = lines.get(key);
      if (!line) lines.set(key, (line = newLine(key, e.label.trim())));
      add(line, e.amount, e.approximate);
    }
  }
  return finish(lines.values()).sort(byAmount);
}

/** People of one role and kind, summed over the selection. */
export interface RoleLine {
  /** `kind|normalized role`. */
  key: string;
  /** Role as first written. */
  role: string;
  kind: PersonKind;
  /** ETP summed over the entries that give ETP or hours. */
  etp: number;
  /** At least one entry gives ETP or hours. */
  etpKnown: boolean;
  /** Part of the ETP comes from hours per week. */
  fromHours: boolean;
  /** People summed over the actions' role groups (figures.ts `roleGroups`: a repeated entry is one person). */
  count: number;
  /** Every group counts everyone (otherwise `count` is a lower bound). */
  countComplete: boolean;
}

export interface StaffingCompleteness {
  actions: number;
  /** Actions with any staffing figure or role. */
  withStaffing: number;
  withoutStaffing: number;
  /** Actions with an ETP figure (declared, or from a role's ETP or hours). */
  withEtp: number;
  /** Actions that give head counts but no ETP. */
  countsOnly: number;
}

export interface StaffingTotals {
  /** Roles ordered by kind (PERSON_KINDS order), then ETP, then head count. */
  roles: RoleLine[];
  /** ETP of paid staff (kind `salarie`): per action, the declared figure or the roles' sum, whichever is larger. */
  etpSalaried: number;
  /** ETP of volunteers (kind `benevole`), computed the same way. */
  etpVolunteer: number;
  /** Every kind added up (README rule "ETP total"). */
  etp: number;
  /** Declared salaried ETP not attributed to any role. */
  salariedNotDetailed: number;
  volunteerNotDetailed: number;
  /** ETP by kind, salaried and volunteer including declared totals no role accounts for. */
  etpByKind: Record<PersonKind, number>;
  /** Known head counts by kind. */
  countByKind: Record<PersonKind, number>;
  /** Some ETP was derived from hours per week. */
  fromHours: boolean;
  completeness: StaffingCompleteness;
}

/**
 * ETP and head counts by role and kind. Person names are never read. Per action, the
 * figures are those of figures.ts `staffingFigures` (README rules "ETP salariés /
 * bénévoles", "ETP total", "Effectifs"); the role lines add up each action's role groups
 * ("Rôles regroupés").
 */
export function staffingTotals(actions: readonly Action[]): StaffingTotals {
  const roles = new Map<string, RoleLine>();
  const scratch = scratchFigures().staffing;
  const totals = sumStaffing(actions.length, (i) => {
    const staffing = actions[i]!.staffing;
    const f = staffingFigures(staffing, scratch);
    for (const g of f ? roleGroups(staffing!.people) : []) {
      let line = roles.get(g.key);
      if (!line) {
        line = { key: g.key, role: g.role, kind: g.kind, etp: 0, etpKnown: false, fromHours: false, count: 0, countComplete: true };
        roles.set(g.key, line);
      }
      line.etp += g.etp;
      line.etpKnown ||= g.etpKnown;
      line.fromHours ||= g.fromHours;
      line.count += g.count;
      line.countComplete &&= g.countComplete;
    }
    return f;
  });
  const list = [...roles.values()];
  for (const l of list) l.etp = clean(l.etp);
  list.sort((a, b) => PERSON_KINDS.indexOf(a.kind) - PERSON_KINDS.indexOf(b.kind) || b.etp - a.etp || b.count - a.count);
  totals.roles = list;
  return totals;
}

/** Staffing totals of `n` actions (without role lines), the i-th one's figures given by `figuresOf(i)`. */
export function sumStaffing(n: number, figuresOf: (i: number) => StaffingFigures | undefined): StaffingTotals {
  const c: StaffingCompleteness = { actions: n, withStaffing: 0, withoutStaffing: 0, withEtp: 0, countsOnly: 0 };
  const etpByKind = zeroByKind();
  const countByKind = zeroByKind();
  let salariedNotDetailed = 0;
  let volunteerNotDetailed = 0;
  let fromHours = false;
  for (let i = 0; i < n; i++) {
    const f = figuresOf(i);
    if (!f) {
      c.withoutStaffing++;
      continue;
    }
    c.withStaffing++;
    if (f.etp > 0) for (const kind of PERSON_KINDS) etpByKind[kind] += f.etpByKind[kind];
    if (f.count > 0) for (const kind of PERSON_KINDS) countByKind[kind] += f.countByKind[kind];
    salariedNotDetailed += f.salariedNotDetailed;
    volunteerNotDetailed += f.volunteerNotDetailed;
    if (f.fromHours) fromHours = true;
    if (f.etpKnown) c.withEtp++;
    else if (f.countKnown) c.countsOnly++;
  }
  let etp = 0;
  for (const k of PERSON_KINDS) etp += etpByKind[k] = clean(etpByKind[k]);
  return {
    roles: [],
    etpSalaried: etpByKind.salarie,
    etpVolunteer: etpByKind.benevole,
    etp: clean(etp),
    salariedNotDetailed: clean(salariedNotDetailed),
    volunteerNotDetailed: clean(volunteerNotDetailed),
    etpByKind,
    countByKind,
    fromHours,
    completeness: c,
  };
}

/** Yearly value of volunteer time: ETP × 1607 h × the hourly value, in euros (cents kept). */
export function volunteerValuation(etpVolunteer: number, eurosPerHour: number): number {
  return Math.round(etpVolunteer * HOURS_PER_ETP_YEAR * eurosPerHour * 100) / 100;
}
