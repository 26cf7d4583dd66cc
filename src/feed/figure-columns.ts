/**
 * Each action's figures (figures.ts) computed once and kept in typed arrays, one
 * column per field, so that the headline of any selection of a 100,000-action feed
 * is a walk over numbers instead of over objects. A row is read back into the same
 * shape figures.ts returns and handed to the same adders (aggregate.ts) as the plain
 * path: the index can only answer what the plain functions answer.
 */
import { PERSON_KINDS } from './funders.js';
import { beneficiaryFigure, budgetFigures, scratchFigures, staffingFigures, type BeneficiaryFigure, type BudgetBasis, type BudgetFigures, type StaffingFigures } from './figures.js';
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

  private readonly scratch = scratchFigures();
  private readonly people: Mutable<BeneficiaryFigure> = { count: 0, approximate: false };

  constructor(actions: readonly Action[]) {
    const n = actions.length;
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
    actions.forEach((a, row) => this.write(a, row));
  }

  private write(a: Action, row: number): void {
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
    const etpByKind = out.etpByKind as Record<string, number>;
    const countByKind = out.countByKind as Record<string, number>;
    PERSON_KINDS.forEach((kind, k) => {
      etpByKind[kind] = this.etpByKind[row * KINDS + k]!;
      countByKind[kind] = this.countByKind[row * KINDS + k]!;
    });
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
