/**
 * The areas the map draws at each level — code, name, SVG path data and a label point — computed once from the
 * pre-projected geometry. A région's label point is the label point of its most central département, so that it
 * always falls inside the région (its plain centroid may not: think of a crescent-shaped région).
 */
import { departementShapes, innerBorders, regionShapes, type Point } from '../geo/projection.js';
import type { Level } from './focus.js';

export interface MapArea {
  readonly code: string;
  readonly name: string;
  /** SVG path data, in map units. */
  readonly d: string;
  readonly label: Point;
  /** Région code of a département; its own code for a région. */
  readonly region: string;
}

let departementAreas: readonly MapArea[] | undefined;
let regionAreas: readonly MapArea[] | undefined;
let regionBorderPath: string | undefined;

function departements(): readonly MapArea[] {
  departementAreas ??= departementShapes().map(({ code, name, d, centroid, region }) => ({ code, name, d, label: centroid, region }));
  return departementAreas;
}

function regions(): readonly MapArea[] {
  regionAreas ??= regionShapes().map(({ code, name, d }) => {
    const members = departements().filter((a) => a.region === code);
    const mx = members.reduce((s, a) => s + a.label[0], 0) / members.length;
    const my = members.reduce((s, a) => s + a.label[1], 0) / members.length;
    let label = members[0]!.label;
    for (const a of members) {
      if (Math.hypot(a.label[0] - mx, a.label[1] - my) < Math.hypot(label[0] - mx, label[1] - my)) label = a.label;
    }
    return { code, name, d, label, region: code };
  });
  return regionAreas;
}

/** The areas of a level, in INSEE code order. */
export function mapAreas(level: Level): readonly MapArea[] {
  return level === 'region' ? regions() : departements();
}

/** Borders between régions, drawn over the départements to help the reader find their way. */
export function regionBorders(): string {
  regionBorderPath ??= innerBorders('regions');
  return regionBorderPath;
}
