/**
 * The figures of one action: its budget, its revenues by funder type, its ETP and head
 * counts, its beneficiaries. This module is the only place where these rules live
 * (see the README, "Comment Vitrine compte / How Vitrine counts", one line per rule);
 * the card, the charts, the map, the list's sorts, the dashboard, its CSV and
 * `vitrine stats` all read them from here, and aggregate.ts only adds them up.
 * Pure: plain objects in, plain objects out, no DOM.
 */
import { FUNDER_TYPES, PERSON_KINDS, funderIndex, type FunderType, type PersonKind } from './funders.js';
import { normalizeLabel } from './filter.js';
import type { Action, Budget, Person, Staffing } from './schema.js';

/** A full-time week: hours per week are converted to ETP on this basis (README rule "ETP d'un rôle"). */
export const HOURS_PER_ETP_WEEK = 35;
/** Legal yearly working time of one ETP in France, used to value volunteer time. */
export const HOURS_PER_ETP_YEAR = 1607;

/**
 * Float sums (0.1 + 0.2) rounded to a millionth so that totals compare exactly; a
 * millionth of a euro or of an ETP is far below what any view shows.
 */
export function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/** ETP of one entry of `staffing.people`: its ETP, else its weekly hours at 35 h = 1 ETP (README rule "ETP d'un rôle"). */
export function personEtp(person: Person): number | undefined {
  if (person.etp !== undefined) return person.etp;
  if (person.hoursPerWeek !== undefined) return person.hoursPerWeek / HOURS_PER_ETP_WEEK;
  return undefined;
}

/** One role of an action, its repeated entries gathered: "bénévole : 0,2 ETP" listed 15 times is one group of 15. */
export interface RoleGroup {
  /** `kind|role`, the role compared without case or accents: the key aggregate.ts adds up across actions. */
  readonly key: string;
  /** The role as first written. */
  readonly role: string;
  readonly kind: PersonKind;
  /** How many entries of the fiche list this role. */
  readonly entries: number;
  /** ETP summed over the entries that give ETP or hours (personEtp). */
  readonly etp: number;
  readonly etpKnown: boolean;
  /** Some of the ETP comes from weekly hours. */
  readonly fromHours: boolean;
  /** People: the entries' counts, an entry without one being one person when the role is listed more than once. */
  readonly count: number;
  /** `count` says something: an entry gives a count, or the role is listed more than once. */
  readonly countKnown: boolean;
  /** Nobody is left uncounted: no entry of a role listed once lacks a count (else `count` is a lower bound). */
  readonly countComplete: boolean;
}

/**
 * The roles of an action in the order the fiche lists them, entries of the same kind
 * and role gathered (README rule "Rôles regroupés"). A fiche writes one line per person
 * ("bénévole : 6H/semaine" fifteen times), so a repeated entry without a count is one
 * person; a role listed once without a count ("animateurs : 2 ETP") is not guessed.
 */
export function roleGroups(people: readonly Person[]): RoleGroup[] {
  const groups = new Map<string, Mutable<RoleGroup> & { counted: number }>();
  for (const p of people) {
    const key = `${p.kind}|${normalizeLabel(p.role)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, role: p.role.trim(), kind: p.kind, entries: 0, etp: 0, etpKnown: false, fromHours: false, count: 0, countKnown: false, countComplete: true, counted: 0 }));
    g.entries++;
    const etp = personEtp(p);
    if (etp !== undefined) ((g.etp += etp), (g.etpKnown = true), (g.fromHours ||= p.etp === undefined));
    if (p.count !== undefined) ((g.count += p.count), g.counted++);
  }
  return [...groups.values()].map(({ counted, ...g }) => {
    const uncounted = g.entries - counted;
    const repeated = g.entries > 1;
    return { ...g, etp: clean(g.etp), count: g.count + (repeated ? uncounted : 0), countKnown: counted > 0 || repeated, countComplete: repeated || !uncounted };
  });
}

/** People carrying one action, in ETP and heads. */
export interface StaffingFigures {
  /**
   * ETP by kind of people. Salaried and volunteer: the declared figure or the sum of
   * the roles of that kind, whichever is larger (a declared total covers roles the fiche
   * does not list; roles above it mean the total was left out or out of date). Other
   * kinds: the sum of their roles.
   */
  readonly etpByKind: Readonly<Record<PersonKind, number>>;
  readonly etpSalaried: number;
  readonly etpVolunteer: number;
  /** Every kind added up: what the map's "ETP" metric and the list's ETP sort use. */
  readonly etp: number;
  /** The action gives an ETP figure: a declared one, or a role with ETP or hours. */
  readonly etpKnown: boolean;
  /** Declared salaried (volunteer) ETP that no role accounts for. */
  readonly salariedNotDetailed: number;
  readonly volunteerNotDetailed: number;
  /** Head counts by kind, summed over the role groups that give one (roleGroups). */
  readonly countByKind: Readonly<Record<PersonKind, number>>;
  readonly count: number;
  /** Some role group gives a count. */
  readonly countKnown: boolean;
  /** Some ETP comes from weekly hours. */
  readonly fromHours: boolean;
}

export function zeroByKind(): Record<PersonKind, number> {
  return { salarie: 0, benevole: 0, 'service-civique': 0, prestataire: 0, partenaire: 0 };
}

/**
 * The staffing figures of an action, `undefined` when it gives neither an ETP, a role
 * nor a count. README rules "ETP salariés / bénévoles", "ETP total", "Effectifs".
 */
export function staffingFigures(staffing: Staffing | undefined, into?: Mutable<StaffingFigures>): StaffingFigures | undefined {
  if (!staffing || (staffing.etpSalaried === undefined && staffing.etpVolunteer === undefined && !staffing.people.length)) return undefined;
  const out = into ?? ({ etpByKind: zeroByKind(), countByKind: zeroByKind() } as Mutable<StaffingFigures>);
  // Role sums by kind, kept in etpByKind until the declared totals are applied below.
  const roles = out.etpByKind as Record<PersonKind, number>;
  const countByKind = out.countByKind as Record<PersonKind, number>;
  for (const kind of PERSON_KINDS) roles[kind] = countByKind[kind] = 0;
  let etpKnown = staffing.etpSalaried !== undefined || staffing.etpVolunteer !== undefined;
  let countKnown = false;
  let fromHours = false;
  let count = 0;
  for (const p of staffing.people) {
    const etp = personEtp(p);
    if (etp !== undefined) {
      etpKnown = true;
      roles[p.kind] += etp;
      if (p.etp === undefined) fromHours = true;
    }
  }
  // Heads by role group: a role listed once per person counts its entries (README rule "Effectifs").
  for (const g of staffing.people.length ? roleGroups(staffing.people) : []) {
    if (!g.countKnown) continue;
    countKnown = true;
    countByKind[g.kind] += g.count;
    count += g.count;
  }
  out.salariedNotDetailed = clean(Math.max(0, (staffing.etpSalaried ?? 0) - roles.salarie));
  out.volunteerNotDetailed = clean(Math.max(0, (staffing.etpVolunteer ?? 0) - roles.benevole));
  const etpByKind = roles;
  etpByKind.salarie = clean(Math.max(staffing.etpSalaried ?? 0, roles.salarie));
  etpByKind.benevole = clean(Math.max(staffing.etpVolunteer ?? 0, roles.benevole));
  let etp = 0;
  for (const kind of PERSON_KINDS) if (etpByKind[kind]) etp += etpByKind[kind] = clean(etpByKind[kind]);
  out.etpSalaried = etpByKind.salarie;
  out.etpVolunteer = etpByKind.benevole;
  out.etp = clean(etp);
  out.etpKnown = etpKnown;
  out.count = count;
  out.countKnown = countKnown;
  out.fromHours = fromHours;
  return out;
}

/** The total ETP of an action, `undefined` when it gives none (README rule "ETP total"). */
export function actionEtp(action: Action): number | undefined {
  const s = staffingFigures(action.staffing);
  return s?.etpKnown ? s.etp : undefined;
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
