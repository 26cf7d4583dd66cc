/**
 * What a funding chart's percentages are shares of (README rule "Parts d'un total").
 *
 * Over many fiches most budgets are given as a total only, so a chart of the whole
 * budget is mostly "non détaillé" and every funder a sliver of 1–4 %. A funder reads
 * the shares among the amounts the fiches do detail, with the rest stated beside them
 * in euros (never hidden: detailed + not detailed is the whole). The chart, its
 * table, its CSV/SVG/PNG exports, print and the dashboard all take the shares from
 * this one function.
 */
import { clean } from './figures.js';

/** `detailed`: shares among the detailed amounts; `budget`: shares of the whole, the rest a segment of its own. */
export type ShareBasis = 'detailed' | 'budget';

export interface Shares {
  basis: ShareBasis;
  /** Sum of the detailed amounts (funders, or expense lines). */
  detailed: number;
  /** Sum of the parts not broken down (unfunded, not detailed). */
  notDetailed: number;
  /** What the shares divide by: `detailed`, or `detailed + notDetailed`. Rounded to the cent. */
  base: number;
  /** One share per detailed amount, then, with `budget`, one per rest amount; they add up to 1. */
  shares: number[];
}

/** Reads an attribute value: anything but `budget` is the default, `detailed`. */
export function shareBasis(value: unknown): ShareBasis {
  return value === 'budget' ? 'budget' : 'detailed';
}

/**
 * Shares of the detailed amounts and of the rest (amounts ≤ 0 are left out of the rest:
 * a part that does not exist is not drawn), on the given basis.
 */
export function amountShares(detailed: readonly number[], rest: readonly number[], basis: ShareBasis): Shares {
  const sum = (xs: readonly number[]) => clean(xs.reduce((s, x) => s + x, 0));
  const kept = rest.filter((x) => x > 0);
  const detailedSum = sum(detailed);
  const notDetailed = sum(kept);
  const parts = basis === 'budget' ? [...detailed, ...kept] : [...detailed];
  const base = Math.round(sum(parts) * 100) / 100;
  return { basis, detailed: detailedSum, notDetailed, base, shares: parts.map((x) => (base > 0 ? x / base : 0)) };
}
