/**
 * Totals over a selection of actions: budget by funder type or funder, expenses by
 * line, ETP by role, and completeness counts ("12 actions, 3 without budget").
 * Pure functions over plain objects, shared by the charts, the dashboard and the map.
 * They add up the per-action figures of figures.ts (the README's "Comment Vitrine
 * compte" rules) and never decide a figure themselves.
 *
 * Each total is a running sum (budgetSum, staffingSum, …) fed one action at a time, in
 * selection order. Every way of adding up a selection goes through them: the functions
 * below and dashboard.ts, which compute each action's figures with figures.ts; the
 * columnar index (feed-index.ts), which reads the same figures back from typed arrays;
 * and `vitrine publish`, which adds a million actions into hundreds of slices as they
 * stream past, holding none. How figures add up is written once, here.
 */
import { FUNDER_TYPES, PERSON_KINDS, funderIndex, type FunderType, type PersonKind } from './funders.js';
import { normalizeLabel } from './filter.js';
import { budgetFigures, clean, HOURS_PER_ETP_YEAR, roleGroups, scratchFigures, staffingFigures, zeroByKind, type BudgetFigures, type StaffingFigures } from './figures.js';
import type { Action, Person, Revenue } from './schema.js';
import type { RoleGroup } from './staffing-figures.js';
import { knownSums } from './selection-sums.js';

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
  const known = knownSums(actions);
  if (known) return known.budgetTotals();
  const scratch = scratchFigures().budget;
  const sum = budgetSum();
  for (const a of actions) sum.add(budgetFigures(a.budget, scratch));
  return sum.result();
}

/**
 * Totals fed one item at a time, in selection order: what a publication streaming a
 * million actions past adds up without holding them. `result()` is read once, at the end.
 * Closures rather than classes, so that the minifier shortens every running sum's name in
 * the shipped code.
 */
export interface RunningSum<T, A extends unknown[]> {
  add(...item: A): void;
  result(): T;
}

/** The running sums behind budgetTotals, one action's figures at a time. */
export function budgetSum(): RunningSum<BudgetTotals, [BudgetFigures | undefined]> {
  const c: BudgetCompleteness = {
    actions: 0,
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
  return {
    add(b) {
      c.actions++;
      if (!b) return void c.withoutBudget++;
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
    },
    result: () => ({
      cost: clean(cost),
      revenues: clean(revenues),
      expenses: clean(expenses),
      unfunded: clean(unfunded),
      surplus: clean(surplus),
      revenuesNotDetailed: clean(revenuesNotDetailed),
      expensesNotDetailed: clean(expensesNotDetailed),
      approximate: c.approximate > 0,
      completeness: c,
    }),
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
  const known = knownSums(actions);
  if (known) return known.fundingByType();
  const sum = fundingByTypeSum();
  for (const action of actions) sum.add(action.budget?.revenues);
  return sum.result();
}

/** The running sums behind fundingByType, one action's revenues at a time. */
export function fundingByTypeSum(): RunningSum<AmountLine[], [readonly Revenue[] | undefined]> {
  const lines: (AmountLine | undefined)[] = new Array(FUNDER_TYPES.length);
  return {
    add(revenues) {
      for (const r of revenues ?? []) {
        const i = funderIndex(r.funderType);
        add((lines[i] ??= newLine(FUNDER_TYPES[i]!, FUNDER_TYPES[i]!, FUNDER_TYPES[i])), r.amount, r.approximate);
      }
    },
    result: () => finish(lines.filter(Boolean) as AmountLine[]),
  };
}

/**
 * Amounts summed by label as written ("Ville", "CAF"), labels compared without case or
 * accents, largest first; the first line's funder type colours a funder.
 */
export function labelledSum(): RunningSum<AmountLine[], [string, number | undefined, boolean | undefined, FunderType?]> {
  const lines = new Map<string, AmountLine>();
  return {
    add(label, amount, approximate, funderType) {
      const key = normalizeLabel(label);
      let line = lines.get(key);
      if (!line) lines.set(key, (line = newLine(key, label.trim(), funderType)));
      add(line, amount, approximate);
    },
    result: () => finish(lines.values()).sort(byAmount),
  };
}

/** Revenues summed by funder as written, largest first (labelledSum). */
export function fundingByFunder(actions: readonly Action[]): AmountLine[] {
  const sum = labelledSum();
  for (const action of actions) for (const r of action.budget?.revenues ?? []) sum.add(r.label, r.amount, r.approximate, r.funderType);
  return sum.result();
}

/** Expenses summed by line label, largest first (labelledSum). */
export function expensesByLine(actions: readonly Action[]): AmountLine[] {
  const sum = labelledSum();
  for (const action of actions) for (const e of action.budget?.expenses ?? []) sum.add(e.label, e.amount, e.approximate);
  return sum.result();
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
  const known = knownSums(actions);
  if (known) return known.staffingTotals();
  const roles = roleSum();
  const sum = staffingSum();
  const scratch = scratchFigures().staffing;
  for (const { staffing } of actions) {
    const f = staffingFigures(staffing, scratch);
    if (f) roles.add(staffing!.people);
    sum.add(f);
  }
  const totals = sum.result();
  totals.roles = roles.result();
  return totals;
}

/** The role lines of staffingTotals, one action's people at a time (actions with staffing figures only). */
export function roleSum(): RunningSum<RoleLine[], [readonly Person[]]> {
  const groups = roleGroupSum();
  return {
    add: (people) => roleGroups(people).forEach(groups.add),
    result: groups.result,
  };
}

/** The same role lines, one role group at a time: the columnar index keeps each action's groups (figure-columns.ts). */
export function roleGroupSum(): RunningSum<RoleLine[], [Pick<RoleGroup, 'key' | 'role' | 'kind' | 'etp' | 'etpKnown' | 'fromHours' | 'count' | 'countComplete'>]> {
  const roles = new Map<string, RoleLine>();
  return {
    add(g) {
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
    },
    result: () =>
      [...roles.values()]
        .map((l) => ({ ...l, etp: clean(l.etp) }))
        .sort((a, b) => PERSON_KINDS.indexOf(a.kind) - PERSON_KINDS.indexOf(b.kind) || b.etp - a.etp || b.count - a.count),
  };
}

/**
 * `sum` += `add`, kind by kind. Written out, not looped over PERSON_KINDS: a property read by a
 * variable name is several times slower, and this runs for every selected action on each filter change.
 */
function addByKind(sum: Record<PersonKind, number>, add: Readonly<Record<PersonKind, number>>): void {
  sum.salarie += add.salarie;
  sum.benevole += add.benevole;
  sum['service-civique'] += add['service-civique'];
  sum.prestataire += add.prestataire;
  sum.partenaire += add.partenaire;
}

/** The running sums behind staffingTotals (without role lines), one action's figures at a time. */
export function staffingSum(): RunningSum<StaffingTotals, [StaffingFigures | undefined]> {
  const c: StaffingCompleteness = { actions: 0, withStaffing: 0, withoutStaffing: 0, withEtp: 0, countsOnly: 0 };
  const etpByKind = zeroByKind();
  const countByKind = zeroByKind();
  let salariedNotDetailed = 0;
  let volunteerNotDetailed = 0;
  let fromHours = false;
  return {
    add(f) {
      c.actions++;
      if (!f) return void c.withoutStaffing++;
      c.withStaffing++;
      if (f.etp > 0) addByKind(etpByKind, f.etpByKind);
      if (f.count > 0) addByKind(countByKind, f.countByKind);
      salariedNotDetailed += f.salariedNotDetailed;
      volunteerNotDetailed += f.volunteerNotDetailed;
      if (f.fromHours) fromHours = true;
      if (f.etpKnown) c.withEtp++;
      else if (f.countKnown) c.countsOnly++;
    },
    result() {
      // Called once: the sums are rounded in place.
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
    },
  };
}

/** Yearly value of volunteer time: ETP × 1607 h × the hourly value, in euros (cents kept). */
export function volunteerValuation(etpVolunteer: number, eurosPerHour: number): number {
  return Math.round(etpVolunteer * HOURS_PER_ETP_YEAR * eurosPerHour * 100) / 100;
}
