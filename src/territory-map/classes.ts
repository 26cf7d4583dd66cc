/**
 * Classes of a choropleth: quantiles (each class holds about the same number of areas), because the figures of
 * social centres are very skewed — one département with a federation's 200 fiches would push every other one
 * into the lightest class of an equal-interval scale. Ties stay together, so a class may hold more than its share
 * and there may be fewer classes than asked. Pure.
 */

export interface ValueClass {
  /** Smallest and largest value the class holds: the legend shows these, never a bound no area has. */
  readonly min: number;
  readonly max: number;
  /** Number of values in the class. */
  readonly count: number;
}

export interface Classification {
  /** Lower bound of each class after the first, ascending: a value belongs to the class after every bound ≤ it. */
  readonly thresholds: readonly number[];
  /** The classes, lightest first. Empty when there is no value. */
  readonly classes: readonly ValueClass[];
}

/**
 * Quantile classes of the values (zeros and "not given" are the caller's to leave out: they get no class).
 * The i-th bound is the value at rank ⌊i·n/k⌋ of the sorted values; bounds equal to the smallest value or to the
 * previous bound are dropped.
 */
export function quantileClasses(values: readonly number[], count = 5): Classification {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { thresholds: [], classes: [] };
  const thresholds: number[] = [];
  for (let i = 1; i < count; i++) {
    const bound = sorted[Math.floor((i * n) / count)]!;
    if (bound > (thresholds[thresholds.length - 1] ?? sorted[0]!)) thresholds.push(bound);
  }
  const classes: { min: number; max: number; count: number }[] = [];
  for (const v of sorted) {
    const c = (classes[classIndex(v, thresholds)] ??= { min: v, max: v, count: 0 });
    c.max = v;
    c.count++;
  }
  return { thresholds, classes };
}

/** The class of a value: how many thresholds are ≤ it. */
export function classIndex(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && thresholds[i]! <= value) i++;
  return i;
}

/**
 * Which of `steps` colours a class takes when there are `classCount` classes: spread over the whole ramp so that
 * two classes stay far apart, and a single class takes the darkest colour (an area with actions stands out).
 */
export function rampStep(index: number, classCount: number, steps = 5): number {
  if (classCount <= 1) return steps - 1;
  return Math.round((index * (steps - 1)) / (classCount - 1));
}
