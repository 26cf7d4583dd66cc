/**
 * Moving between map areas with the keyboard: an arrow key goes to the nearest area in that direction, the way
 * a sighted reader's eye moves; Home and End go to the first and last area in INSEE order. Pure: areas are
 * their label points in map units (y down).
 */

export interface NavPoint {
  readonly code: string;
  readonly x: number;
  readonly y: number;
}

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The area an arrow key leads to from `from`: among the areas ahead (within 60° of the direction) the one with
 * the smallest distance along the direction plus twice the sideways offset, so that a neighbour straight ahead
 * wins over a closer one off to the side. `undefined` when nothing lies ahead (the focus stays).
 */
export function neighbourInDirection(points: readonly NavPoint[], from: string, key: string): string | undefined {
  const dir = DIRECTIONS[key];
  const origin = points.find((p) => p.code === from);
  if (!dir || !origin) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * dir[0] + dy * dir[1];
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    // tan(60°) ≈ 1.732: wider than a quadrant, so that an area diagonally ahead stays reachable.
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = p.code;
    }
  }
  return best;
}

/** The target of a navigation key: an arrow, Home or End; `undefined` for any other key. */
export function navigationTarget(points: readonly NavPoint[], from: string, key: string): string | undefined {
  if (key === 'Home') return points[0]?.code;
  if (key === 'End') return points[points.length - 1]?.code;
  return neighbourInDirection(points, from, key);
}
