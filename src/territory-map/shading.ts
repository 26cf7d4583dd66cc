/**
 * How each area of the map is shaded for a metric: a class of a sequential scale, "no action" (hatched, never
 * mistaken for the lightest class), or "not given" (actions without any budget or ETP figure). Pure.
 */
import type { AreaFigures } from './aggregate-territory.js';
import { classIndex, quantileClasses, rampStep, type Classification } from './classes.js';

export type Metric = 'actions' | 'budget' | 'etp';

/**
 * Five blues of ColorBrewer's sequential "Blues" (its 6-class scheme without the near-white first step, which
 * would read as "nothing"): one hue, lightness only, so it holds for every colour-vision deficiency.
 */
export const CLASS_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

/** A class colour that a site may override with `--territory-map-class-1` … `-5`. */
export function classColor(step: number): string {
  return `var(--territory-map-class-${step + 1}, ${CLASS_COLORS[step]})`;
}

export type Shade =
  | { readonly kind: 'none' }
  /** No area has an action (an empty selection): a plain ground, the map hatched all over would read as data. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown' }
  /** `index`: class in the classification; `step`: colour of the ramp (0 lightest … 4 darkest). */
  | { readonly kind: 'class'; readonly index: number; readonly step: number };

export interface Shading {
  readonly classification: Classification;
  /** Colour step of each class. */
  readonly steps: readonly number[];
  /** Areas absent from the map are `none`. */
  readonly shades: ReadonlyMap<string, Shade>;
  /** Some area has actions but no figure for the metric. */
  readonly hasUnknown: boolean;
  /** No area has any action: the map says "aucune action" instead of a legend. */
  readonly empty: boolean;
}

/** The figure of an area for a metric; `undefined` when its actions give no such figure. */
export function metricValue(area: AreaFigures | undefined, metric: Metric): number | undefined {
  if (!area || area.actions === 0) return 0;
  switch (metric) {
    case 'actions':
      return area.actions;
    case 'budget':
      return area.budgetActions ? area.budget : undefined;
    case 'etp':
      return area.etpActions ? area.etp : undefined;
  }
}

const NONE: Shade = { kind: 'none' };
const EMPTY: Shade = { kind: 'empty' };
const UNKNOWN: Shade = { kind: 'unknown' };

/** Shades of the areas for a metric, with quantile classes over the areas that have actions and a figure. */
export function shadeAreas(areas: ReadonlyMap<string, AreaFigures>, metric: Metric, classCount = 5): Shading {
  const values: number[] = [];
  for (const area of areas.values()) {
    const v = metricValue(area, metric);
    if (area.actions > 0 && v !== undefined) values.push(v);
  }
  const classification = quantileClasses(values, classCount);
  const n = classification.classes.length;
  const steps = classification.classes.map((_, i) => rampStep(i, n, CLASS_COLORS.length));
  const shades = new Map<string, Shade>();
  let hasUnknown = false;
  let empty = true;
  for (const [code, area] of areas) {
    if (area.actions > 0) empty = false;
    const v = metricValue(area, metric);
    if (v === undefined) {
      hasUnknown = true;
      shades.set(code, UNKNOWN);
    } else if (area.actions > 0) {
      const index = classIndex(v, classification.thresholds);
      shades.set(code, { kind: 'class', index, step: steps[index]! });
    } else shades.set(code, NONE);
  }
  return { classification, steps, shades, hasUnknown, empty };
}

/** The shade of an area, `none` for areas without figures, `empty` everywhere when no area has an action. */
export function shadeOf(shading: Shading, code: string): Shade {
  if (shading.empty) return EMPTY;
  return shading.shades.get(code) ?? NONE;
}
