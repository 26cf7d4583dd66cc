/**
 * Geometry of <staffing-chart> as plain objects: which measure the chart uses (ETP,
 * or head counts when no ETP is given), the stacked bar by kind of people, and the
 * relative lengths of the role bars. The bar itself reuses the funding chart's
 * stack layout.
 */
import { PERSON_KINDS, type PersonKind } from '../feed/funders.js';
import type { StaffingTotals } from '../feed/aggregate.js';
import { rankedFractions, stackLayout, type StackBar } from '../funding-breakdown/layout.js';

export type Measure = 'etp' | 'count';

export interface KindValue {
  kind: PersonKind;
  value: number;
}

/** ETP whenever any is known; otherwise the chart counts people. */
export function pickMeasure(totals: StaffingTotals): Measure {
  return totals.etp > 0 ? 'etp' : 'count';
}

/**
 * Value of each kind in PERSON_KINDS order, zeros dropped. Salaried and volunteer
 * ETP include declared totals not attributed to a role.
 */
export function kindValues(totals: StaffingTotals, measure: Measure): KindValue[] {
  return PERSON_KINDS.map((kind) => ({
    kind,
    value: measure === 'count' ? totals.countByKind[kind] : totals.etpByKind[kind],
  })).filter((k) => k.value > 0);
}

export interface StaffingLayout {
  measure: Measure;
  kinds: StackBar<KindValue>[];
  /** Length of each row's bar relative to the longest (0 when the row has no value in this measure). */
  rowFractions: number[];
}

export function staffingLayout(
  totals: StaffingTotals,
  rows: readonly { etp?: number; count?: number }[],
  width: number,
): StaffingLayout {
  const measure = pickMeasure(totals);
  return {
    measure,
    kinds: stackLayout(kindValues(totals, measure), (k) => k.value, width),
    rowFractions: rankedFractions(rows.map((r) => (measure === 'etp' ? r.etp : r.count) ?? 0)),
  };
}
