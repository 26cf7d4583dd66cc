/**
 * Where each structure is drawn: at its commune (INSEE code → point of the lazily loaded commune table), else at
 * its département's label point. Structures at the same spot share one marker. Pure.
 */
import type { Action, Structure } from '../feed/schema.js';
import { knownSums } from '../feed/selection-sums.js';
import { communePoint, departementCentroid, type CommunePoints, type Point } from '../geo/projection.js';
import { structureDepartement } from './aggregate-territory.js';
import { isolate } from '../shared/bidi.js';

export interface PlacedStructure {
  readonly id: string;
  readonly name: string;
  readonly commune?: string;
  readonly departement?: string;
  /** Actions of the structure in the feed. */
  readonly actions: number;
}

export interface StructurePoint {
  /** `x,y`: unique per marker. */
  readonly key: string;
  readonly x: number;
  readonly y: number;
  /** Placed at the commune itself (otherwise at the département's label point). */
  readonly exact: boolean;
  readonly structures: readonly PlacedStructure[];
}

/** True when some structure names a commune by INSEE code, so the commune table is worth loading. */
export function needsCommunePoints(structures: readonly Structure[]): boolean {
  return structures.some((s) => !!s.commune?.insee);
}

function locate(s: Structure, communes: CommunePoints | undefined): { point: Point; exact: boolean } | undefined {
  const insee = s.commune?.insee?.toUpperCase();
  if (insee && communes) {
    const point = communePoint(insee, communes);
    if (point) return { point, exact: Object.hasOwn(communes, insee) };
  }
  const departement = structureDepartement(s);
  const point = departement === undefined ? null : departementCentroid(departement);
  return point ? { point, exact: false } : undefined;
}

/**
 * One marker per spot, north to south (southern markers drawn last, over the northern ones, as on a relief map).
 * Structures without a known place are left out. `communes` is the loaded table, or `undefined` to place every
 * structure at its département.
 */
export function placeStructures(
  structures: readonly Structure[],
  actions: readonly Action[],
  communes: CommunePoints | undefined,
): StructurePoint[] {
  // Ids by row; a selection of the dashboard's index reads them from a column: its actions stay unread (lazy-actions.ts).
  const known = knownSums(actions);
  const counts = new Map<string | undefined, number>();
  for (const i of actions.keys()) {
    // (A structure the feed does not list has no number in the column: that one action is read.)
    const id = known?.structureIdAt(i) ?? actions[i]!.structureId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const spots = new Map<string, { key: string; x: number; y: number; exact: boolean; structures: PlacedStructure[] }>();
  for (const s of structures) {
    const place = locate(s, communes);
    if (!place) continue;
    const [x, y] = place.point;
    const key = `${x},${y}`;
    let spot = spots.get(key);
    if (!spot) spots.set(key, (spot = { key, x, y, exact: place.exact, structures: [] }));
    spot.structures.push({
      id: s.id,
      // Display names: isolated so that one structure's right-to-left name cannot reorder the text beside it.
      name: isolate(s.name),
      ...(s.commune?.name ? { commune: isolate(s.commune.name) } : {}),
      ...(structureDepartement(s) ? { departement: structureDepartement(s) } : {}),
      actions: counts.get(s.id) ?? 0,
    });
  }
  return [...spots.values()].sort((a, b) => a.y - b.y || a.x - b.x);
}
