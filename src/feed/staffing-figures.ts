/**
 * The staffing figures of one action: a role's ETP, the roles grouped, ETP salaried / volunteer / total and head
 * counts by kind (README, "Comment Vitrine compte": rules "ETP d'un rôle", "ETP salariés / bénévoles", "ETP total",
 * "Rôles regroupés", "Effectifs"). Part of figures.ts, which re-exports it: every view imports from figures.ts.
 * Pure: plain objects in, plain objects out, no DOM.
 */
import { PERSON_KINDS, type PersonKind } from './funders.js';
import { normalizeLabel } from './filter.js';
import type { Action, Person, Staffing } from './schema.js';
import { clean, type Mutable } from './exact.js';

/** A full-time week: hours per week are converted to ETP on this basis (README rule "ETP d'un rôle"). */
export const HOURS_PER_ETP_WEEK = 35;
/** Legal yearly working time of one ETP in France, used to value volunteer time. */
export const HOURS_PER_ETP_YEAR = 1607;

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
  // A fiche lists a handful of roles: a search through the groups so far costs less than a Map and its keys'
  // objects (roleGroups runs three times per action while a 100,000-action index is built).
  const groups: Mutable<RoleGroup>[] = [];
  const counted: number[] = [];
  for (const p of people) {
    const key = `${p.kind}|${normalizeLabel(p.role)}`;
    let at = groups.findIndex((g) => g.key === key);
    if (at < 0) {
      at = groups.push({ key, role: p.role.trim(), kind: p.kind, entries: 0, etp: 0, etpKnown: false, fromHours: false, count: 0, countKnown: false, countComplete: true }) - 1;
      counted.push(0);
    }
    const g = groups[at]!;
    g.entries++;
    const etp = personEtp(p);
    if (etp !== undefined) ((g.etp += etp), (g.etpKnown = true), (g.fromHours ||= p.etp === undefined));
    if (p.count !== undefined) ((g.count += p.count), counted[at]++);
  }
  groups.forEach((g, at) => {
    const uncounted = g.entries - counted[at]!;
    const repeated = g.entries > 1;
    g.etp = clean(g.etp);
    g.count += repeated ? uncounted : 0;
    g.countKnown = counted[at]! > 0 || repeated;
    g.countComplete = repeated || !uncounted;
  });
  return groups;
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

