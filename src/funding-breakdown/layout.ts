/**
 * Geometry of the funding charts as plain objects: data + size → arcs and bars.
 * Written by hand rather than with d3-shape: its published bundle does not
 * tree-shake, and `arc()` alone costs ~5 kB gzip, the whole budget of this chart.
 * Angles follow d3's convention (0 at 12 o'clock, clockwise, radians), so the
 * results can be checked against d3-shape's `pie` in tests.
 */

/** Coordinates are rounded to 1/100 px: shorter paths, exact tests. */
function r2(n: number): number {
  const v = Math.round(n * 100) / 100;
  return v === 0 ? 0 : v;
}

export interface Slice<T> {
  datum: T;
  index: number;
  value: number;
  /** value / sum of values (0 when the sum is 0). */
  share: number;
  startAngle: number;
  endAngle: number;
}

/** Cumulative angles in input order (like d3 `pie().sort(null)`). Negative values count as 0. */
export function pieSlices<T>(data: readonly T[], value: (d: T) => number): Slice<T>[] {
  let sum = 0;
  for (const d of data) sum += Math.max(0, value(d));
  let angle = 0;
  return data.map((datum, index) => {
    const v = Math.max(0, value(datum));
    const share = sum > 0 ? v / sum : 0;
    const startAngle = angle;
    angle = sum > 0 ? angle + share * 2 * Math.PI : 0;
    return { datum, index, value: v, share, startAngle, endAngle: angle };
  });
}

function point(cx: number, cy: number, r: number, angle: number): string {
  return `${r2(cx + r * Math.sin(angle))},${r2(cy - r * Math.cos(angle))}`;
}

/**
 * SVG path of an annular sector between two angles. A full turn is drawn as two
 * rings in opposite directions (a single arc command cannot close on itself).
 */
export function sectorPath(cx: number, cy: number, inner: number, outer: number, a0: number, a1: number): string {
  const sweep = a1 - a0;
  if (sweep <= 0) return '';
  if (sweep >= 2 * Math.PI - 1e-9) {
    const ring = (r: number, dir: 0 | 1) =>
      `M${r2(cx)},${r2(cy - r)}A${r},${r},0,1,${dir},${r2(cx)},${r2(cy + r)}A${r},${r},0,1,${dir},${r2(cx)},${r2(cy - r)}Z`;
    return ring(outer, 1) + (inner > 0 ? ring(inner, 0) : '');
  }
  const large = sweep > Math.PI ? 1 : 0;
  const outerArc = `M${point(cx, cy, outer, a0)}A${outer},${outer},0,${large},1,${point(cx, cy, outer, a1)}`;
  if (inner <= 0) return `${outerArc}L${r2(cx)},${r2(cy)}Z`;
  return `${outerArc}L${point(cx, cy, inner, a1)}A${inner},${inner},0,${large},0,${point(cx, cy, inner, a0)}Z`;
}

export interface DonutArc<T> extends Slice<T> {
  path: string;
  /** Middle of the ring at the slice's middle angle: where a tooltip points. */
  anchor: [number, number];
}

export interface DonutLayout<T> {
  size: number;
  outer: number;
  inner: number;
  arcs: DonutArc<T>[];
}

/** Largest diameter of the donut, in CSS pixels. */
export const DONUT_MAX = 240;
/** Ring thickness relative to the radius: leaves room for the total in the hole. */
export const DONUT_HOLE = 0.62;

/** A donut fitting `width` (at most DONUT_MAX), centred in a square of its size. Zero slices are dropped. */
export function donutLayout<T>(data: readonly T[], value: (d: T) => number, width: number): DonutLayout<T> {
  const size = Math.max(0, Math.floor(Math.min(width, DONUT_MAX)));
  const outer = size / 2;
  const inner = r2(outer * DONUT_HOLE);
  const c = size / 2;
  const mid = (outer + inner) / 2;
  const arcs = pieSlices(data, value)
    .filter((s) => s.value > 0)
    .map((s) => {
      const a = (s.startAngle + s.endAngle) / 2;
      return {
        ...s,
        path: sectorPath(c, c, inner, outer, s.startAngle, s.endAngle),
        anchor: [r2(c + mid * Math.sin(a)), r2(c - mid * Math.cos(a))] as [number, number],
      };
    });
  return { size, outer, inner, arcs };
}

export interface StackBar<T> {
  datum: T;
  index: number;
  value: number;
  share: number;
  x: number;
  width: number;
}

/** A 100 % horizontal bar across `width`; zero values are dropped, positions rounded. */
export function stackLayout<T>(data: readonly T[], value: (d: T) => number, width: number): StackBar<T>[] {
  let sum = 0;
  for (const d of data) sum += Math.max(0, value(d));
  if (sum <= 0 || width <= 0) return [];
  const out: StackBar<T>[] = [];
  let acc = 0;
  data.forEach((datum, index) => {
    const v = Math.max(0, value(datum));
    if (v <= 0) return;
    // Both ends come from the running sum, so rounding never opens gaps between bars.
    const x = r2((acc / sum) * width);
    acc += v;
    const end = r2((acc / sum) * width);
    out.push({ datum, index, value: v, share: v / sum, x, width: r2(end - x) });
  });
  return out;
}

/** Bar lengths of a ranked list as fractions of the largest value (0–1, for CSS widths). */
export function rankedFractions(values: readonly number[]): number[] {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return values.map((v) => (max > 0 ? Math.max(0, v) / max : 0));
}

/** Height of the stacked bar, on the page and in a download. */
export const BAR_HEIGHT = 28;

/** A bar segment as a path, so bars and ring sectors share one renderer. */
export function barPath(x: number, width: number, height: number): string {
  return `M${x},0h${width}v${height}h${-width}Z`;
}
