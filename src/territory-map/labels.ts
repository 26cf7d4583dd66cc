/**
 * Where the names go on a focused map. Each name stands centred a little above its area's label point (above the
 * marker that may be there); a name whose box would overlap a name already placed goes under the point instead,
 * and when both places are taken it is left out: the tooltip, the area's accessible name and the table still give
 * it. Names are placed by priority (the areas with the most actions first), so the busiest areas keep theirs.
 * Without this, "Pas-de-Calais" and "Nord" overlapped on a phone-sized map of Hauts-de-France (issue 10).
 * Pure: text widths come from `measure` (the element measures with the page's font).
 */

export interface LabelCandidate {
  readonly code: string;
  readonly text: string;
  /** The area's label point, in map units. */
  readonly x: number;
  readonly y: number;
  /** Higher first. */
  readonly priority: number;
}

/** A name to draw: `x`, `y` is the middle of its baseline, in map units. */
export interface PlacedLabel {
  readonly code: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface LabelOptions {
  /** Map units per screen pixel. */
  readonly unit: number;
  readonly fontPx: number;
  /** How far above the label point a name's baseline stands when nothing is in the way, in px. */
  readonly baselineAbovePx: number;
  /** Half the width of the light halo drawn around the letters, in px. */
  readonly haloPx: number;
  /** The width of a text at `fontPx`, in px. */
  readonly measure: (text: string) => number;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Above the baseline (capitals, accents) and below it (descenders), as a share of the font size. */
const ASCENT = 0.95;
const DESCENT = 0.25;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeLabels(candidates: readonly LabelCandidate[], o: LabelOptions): PlacedLabel[] {
  const { unit, fontPx, haloPx } = o;
  // The space between the label point and the name's box, the same above and below it.
  const gapPx = o.baselineAbovePx - DESCENT * fontPx - haloPx;
  const boxAt = (c: LabelCandidate, y: number): Box => {
    const half = (o.measure(c.text) / 2 + haloPx) * unit;
    return { left: c.x - half, right: c.x + half, top: y - (ASCENT * fontPx + haloPx) * unit, bottom: y + (DESCENT * fontPx + haloPx) * unit };
  };
  const placed: Box[] = [];
  const chosen = new Map<string, PlacedLabel>();
  const byPriority = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of byPriority) {
    const above = c.y - o.baselineAbovePx * unit;
    const below = c.y + (gapPx + ASCENT * fontPx + haloPx) * unit;
    for (const y of [above, below]) {
      const box = boxAt(c, y);
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      chosen.set(c.code, { code: c.code, text: c.text, x: c.x, y });
      break;
    }
  }
  // Drawn in the areas' own order, whatever the order they were placed in.
  return candidates.flatMap((c) => chosen.get(c.code) ?? []);
}
