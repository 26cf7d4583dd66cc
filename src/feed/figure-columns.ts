/**
 * Each action's figures (figures.ts) computed once and kept in typed arrays, one
 * column per field, so that the headline of any selection of a 100,000-action feed
 * is a walk over numbers instead of over objects. A row is read back into the same
 * shape figures.ts returns and handed to the same adders (aggregate.ts) as the plain
 * path: the index can only answer what the plain functions answer. Each action's
 * revenue lines and role groups are kept too, flat (one entry per line, `…Start[row]`
 * where a row's entries begin), for the funding and staffing charts' sums.
 *
 * Filled row by row (`write`), so that the index can be built in slices; `finish`
 * turns the flat lists into typed arrays. No DOM: it can be built in a worker.
 */
import { FUNDER_TYPES, PERSON_KINDS, funderIndex, type FunderType, type PersonKind } from './funders.js';
import { budgetSum, fundingByTypeSum, roleGroupSum, staffingSum, type AmountLine, type BudgetTotals, type StaffingTotals } from './aggregate.js';
import { beneficiaryFigure, budgetFigures, roleGroups, scratchFigures, staffingFigures, type BeneficiaryFigure, type BudgetBasis, type BudgetFigures, type StaffingFigures } from './figures.js';
import type { Action } from './schema.js';

const BASES: readonly BudgetBasis[] = ['total', 'revenues', 'expenses'];
const KINDS = PERSON_KINDS.length;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class FigureColumns {
  // Budget: `hasBudget` 0 when budgetFigures gives undefined.
  private readonly hasBudget: Uint8Array;
  private readonly basis: Uint8Array;
  private readonly budgetApproximate: Uint8Array;
  private readonly cost: Float64Array;
  private readonly revenues: Float64Array;
  private readonly expenses: Float64Array;
  private readonly revenueLines: Uint32Array;
  private readonly expenseLines: Uint32Array;
  private readonly revenuesNotBrokenDown: Float64Array;
  private readonly expensesNotBrokenDown: Float64Array;
  private readonly surplus: Float64Array;
  // Staffing: `staffingFlags` bit 0 = has staffing, 1 = etpKnown, 2 = countKnown, 3 = fromHours.
  private readonly staffingFlags: Uint8Array;
  private readonly etp: Float64Array;
  private readonly count: Float64Array;
  private readonly etpByKind: Float64Array;
  private readonly countByKind: Float64Array;
  private readonly salariedNotDetailed: Float64Array;
  private readonly volunteerNotDetailed: Float64Array;
  // Beneficiaries: NaN when the action gives no count; bit 4 of staffingFlags says approximate.
  private readonly beneficiaries: Float64Array;

  // Revenue lines (fundingByType): funder type index, amount (NaN: named without one), approximate.
  private readonly revenueStart: Uint32Array;
  private revenueType: number[] | Uint8Array = [];
  private revenueAmount: number[] | Float64Array = [];
  private revenueApproximate: number[] | Uint8Array = [];
  // Role groups (staffingTotals' role lines), of the rows that have staffing figures; strings interned.
  private readonly roleStart: Uint32Array;
  private roleKey: number[] | Uint32Array = [];
  private roleLabel: number[] | Uint32Array = [];
  private roleKind: number[] | Uint8Array = [];
  private roleEtp: number[] | Float64Array = [];
  private roleCount: number[] | Float64Array = [];
  /** Bit 0 etpKnown, 1 fromHours, 2 countComplete. */
  private roleFlags: number[] | Uint8Array = [];
  private readonly roleKeys: string[] = [];
  private readonly roleLabels: string[] = [];
  private readonly roleKeyIds = new Map<string, number>();
  private readonly roleLabelIds = new Map<string, number>();

  private readonly scratch = scratchFigures();
  private readonly people: Mutable<BeneficiaryFigure> = { count: 0, approximate: false };

  /** Columns for `n` rows, to be filled by `write` (every row, in any order of slices) then `finish`. */
  constructor(n: number) {
    this.hasBudget = new Uint8Array(n);
    this.basis = new Uint8Array(n);
    this.budgetApproximate = new Uint8Array(n);
    this.cost = new Float64Array(n);
    this.revenues = new Float64Array(n);
    this.expenses = new Float64Array(n);
    this.revenueLines = new Uint32Array(n);
    this.expenseLines = new Uint32Array(n);
    this.revenuesNotBrokenDown = new Float64Array(n);
    this.expensesNotBrokenDown = new Float64Array(n);
    this.surplus = new Float64Array(n);
    this.staffingFlags = new Uint8Array(n);
    this.etp = new Float64Array(n);
    this.count = new Float64Array(n);
    this.etpByKind = new Float64Array(n * KINDS);
    this.countByKind = new Float64Array(n * KINDS);
    this.salariedNotDetailed = new Float64Array(n);
    this.volunteerNotDetailed = new Float64Array(n);
    this.beneficiaries = new Float64Array(n);
    this.revenueStart = new Uint32Array(n + 1);
    this.roleStart = new Uint32Array(n + 1);
  }

  /**
   * Columns a worker built, as the structured clone of its message leaves them (own fields, no prototype):
   * given their methods back, with scratch objects of this thread's own.
   */
  static revive(data: FigureColumns): FigureColumns {
    return Object.assign(Object.create(FigureColumns.prototype) as FigureColumns, data, { scratch: scratchFigures(), people: { count: 0, approximate: false } });
  }

  /** Fills row `row`; rows are written in increasing order (the flat lists append). */
  write(a: Action, row: number): void {
    const b = budgetFigures(a.budget, this.scratch.budget);
    if (b) {
      this.hasBudget[row] = 1;
      this.basis[row] = BASES.indexOf(b.basis);
      this.budgetApproximate[row] = b.approximate ? 1 : 0;
      this.cost[row] = b.cost;
      this.revenues[row] = b.revenues;
      this.expenses[row] = b.expenses;
      this.revenueLines[row] = b.revenueLines;
      this.expenseLines[row] = b.expenseLines;
      this.revenuesNotBrokenDown[row] = b.revenuesNotBrokenDown;
      this.expensesNotBrokenDown[row] = b.expensesNotBrokenDown;
      this.surplus[row] = b.surplus;
    }
    const s = staffingFigures(a.staffing, this.scratch.staffing);
    let flags = 0;
    if (s) {
      flags = 1 | (s.etpKnown ? 2 : 0) | (s.countKnown ? 4 : 0) | (s.fromHours ? 8 : 0);
      this.etp[row] = s.etp;
      this.count[row] = s.count;
      PERSON_KINDS.forEach((kind, k) => {
        this.etpByKind[row * KINDS + k] = s.etpByKind[kind];
        this.countByKind[row * KINDS + k] = s.countByKind[kind];
      });
      this.salariedNotDetailed[row] = s.salariedNotDetailed;
      this.volunteerNotDetailed[row] = s.volunteerNotDetailed;
    }
    const people = beneficiaryFigure(a);
    this.beneficiaries[row] = people ? people.count : NaN;
    if (people?.approximate) flags |= 16;
    this.staffingFlags[row] = flags;
    this.writeLines(a, row, s !== undefined);
  }

  private writeLines(a: Action, row: number, staffed: boolean): void {
    const types = this.revenueType as number[];
    for (const r of a.budget?.revenues ?? []) {
      types.push(funderIndex(r.funderType));
      (this.revenueAmount as number[]).push(r.amount ?? NaN);
      (this.revenueApproximate as number[]).push(r.approximate ? 1 : 0);
    }
    this.revenueStart[row + 1] = types.length;
    const keys = this.roleKey as number[];
    // staffingTotals adds the role groups of the actions that have staffing figures only.
    for (const g of staffed ? roleGroups(a.staffing!.people) : []) {
      keys.push(intern(g.key, this.roleKeys, this.roleKeyIds));
      (this.roleLabel as number[]).push(intern(g.role, this.roleLabels, this.roleLabelIds));
      (this.roleKind as number[]).push(PERSON_KINDS.indexOf(g.kind));
      (this.roleEtp as number[]).push(g.etp);
      (this.roleCount as number[]).push(g.count);
      (this.roleFlags as number[]).push((g.etpKnown ? 1 : 0) | (g.fromHours ? 2 : 0) | (g.countComplete ? 4 : 0));
    }
    this.roleStart[row + 1] = keys.length;
  }

  /** The flat lists as typed arrays (transferable to or from a worker). */
  finish(): void {
    this.revenueType = Uint8Array.from(this.revenueType);
    this.revenueAmount = Float64Array.from(this.revenueAmount);
    this.revenueApproximate = Uint8Array.from(this.revenueApproximate);
    this.roleKey = Uint32Array.from(this.roleKey);
    this.roleLabel = Uint32Array.from(this.roleLabel);
    this.roleKind = Uint8Array.from(this.roleKind);
    this.roleEtp = Float64Array.from(this.roleEtp);
    this.roleCount = Float64Array.from(this.roleCount);
    this.roleFlags = Uint8Array.from(this.roleFlags);
  }

  /** aggregate.ts `budgetTotals` of these rows, through its running sums. */
  budgetTotals(rows: Uint32Array): BudgetTotals {
    const sum = budgetSum();
    for (const row of rows) sum.add(this.budget(row));
    return sum.result();
  }

  /** aggregate.ts `fundingByType` of these rows: the same running sums, given the same lines in the same order. */
  fundingByType(rows: Uint32Array): AmountLine[] {
    const sum = fundingByTypeSum();
    const line = { funderType: '' as FunderType, label: '', amount: undefined as number | undefined, approximate: false };
    const one = [line];
    const { revenueStart: start, revenueType: type, revenueAmount: amount, revenueApproximate: approximate } = this;
    for (const row of rows) {
      for (let j = start[row]!; j < start[row + 1]!; j++) {
        line.funderType = FUNDER_TYPES[type[j]!]!;
        const value = amount[j]!;
        line.amount = Number.isNaN(value) ? undefined : value;
        line.approximate = approximate[j] === 1;
        sum.add(one);
      }
    }
    return sum.result();
  }

  /** aggregate.ts `staffingTotals` of these rows, role lines included. */
  staffingTotals(rows: Uint32Array): StaffingTotals {
    const sum = staffingSum();
    for (const row of rows) sum.add(this.staffing(row));
    const totals = sum.result();
    const roles = roleGroupSum();
    const g = { key: '', role: '', kind: 'salarie' as PersonKind, etp: 0, etpKnown: false, fromHours: false, count: 0, countComplete: true };
    for (const row of rows) {
      for (let j = this.roleStart[row]!; j < this.roleStart[row + 1]!; j++) {
        const flags = this.roleFlags[j]!;
        g.key = this.roleKeys[this.roleKey[j]!]!;
        g.role = this.roleLabels[this.roleLabel[j]!]!;
        g.kind = PERSON_KINDS[this.roleKind[j]!]!;
        g.etp = this.roleEtp[j]!;
        g.count = this.roleCount[j]!;
        g.etpKnown = (flags & 1) !== 0;
        g.fromHours = (flags & 2) !== 0;
        g.countComplete = (flags & 4) !== 0;
        roles.add(g);
      }
    }
    totals.roles = roles.result();
    return totals;
  }

  /** The row's budgetFigures, in an object reused by the next call. */
  budget(row: number): BudgetFigures | undefined {
    if (!this.hasBudget[row]) return undefined;
    const out = this.scratch.budget;
    out.basis = BASES[this.basis[row]!]!;
    out.approximate = this.budgetApproximate[row] === 1;
    out.cost = this.cost[row]!;
    out.revenues = this.revenues[row]!;
    out.expenses = this.expenses[row]!;
    out.revenueLines = this.revenueLines[row]!;
    out.expenseLines = this.expenseLines[row]!;
    out.revenuesNotBrokenDown = this.revenuesNotBrokenDown[row]!;
    out.expensesNotBrokenDown = this.expensesNotBrokenDown[row]!;
    out.surplus = this.surplus[row]!;
    return out;
  }

  /** The row's staffingFigures, in an object reused by the next call. */
  staffing(row: number): StaffingFigures | undefined {
    const flags = this.staffingFlags[row]!;
    if (!(flags & 1)) return undefined;
    const out = this.scratch.staffing;
    const etpByKind = out.etpByKind as Record<PersonKind, number>;
    const countByKind = out.countByKind as Record<PersonKind, number>;
    // Written out (PERSON_KINDS order), not looped: this runs for every selected row on each filter change.
    const at = row * KINDS;
    const e = this.etpByKind;
    const c = this.countByKind;
    etpByKind.salarie = e[at]!;
    etpByKind.benevole = e[at + 1]!;
    etpByKind['service-civique'] = e[at + 2]!;
    etpByKind.prestataire = e[at + 3]!;
    etpByKind.partenaire = e[at + 4]!;
    countByKind.salarie = c[at]!;
    countByKind.benevole = c[at + 1]!;
    countByKind['service-civique'] = c[at + 2]!;
    countByKind.prestataire = c[at + 3]!;
    countByKind.partenaire = c[at + 4]!;
    out.etpSalaried = etpByKind.salarie!;
    out.etpVolunteer = etpByKind.benevole!;
    out.etp = this.etp[row]!;
    out.count = this.count[row]!;
    out.etpKnown = (flags & 2) !== 0;
    out.countKnown = (flags & 4) !== 0;
    out.fromHours = (flags & 8) !== 0;
    out.salariedNotDetailed = this.salariedNotDetailed[row]!;
    out.volunteerNotDetailed = this.volunteerNotDetailed[row]!;
    return out;
  }

  /** The row's beneficiaryFigure, in an object reused by the next call. */
  beneficiary(row: number): BeneficiaryFigure | undefined {
    const count = this.beneficiaries[row]!;
    if (Number.isNaN(count)) return undefined;
    this.people.count = count;
    this.people.approximate = (this.staffingFlags[row]! & 16) !== 0;
    return this.people;
  }
}

function intern(text: string, list: string[], ids: Map<string, number>): number {
  let id = ids.get(text);
  if (id === undefined) ids.set(text, (id = list.push(text) - 1));
  return id;
}
