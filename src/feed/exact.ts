/** Exact sums for the per-action figures (figures.ts, staffing-figures.ts) and their totals. */

/**
 * Float sums (0.1 + 0.2) rounded to a millionth so that totals compare exactly; a
 * millionth of a euro or of an ETP is far below what any view shows.
 */
export function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A figures object filled in place (sums over 100,000 actions reuse one, allocating nothing per action). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
