import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departementShapes } from '../../src/geo/projection.js';
import { navigationTarget, neighbourInDirection, type NavPoint } from '../../src/territory-map/navigation.js';

//   a . b
//   . c .
//   d . e      (y grows downwards)
const grid: NavPoint[] = [
  { code: 'a', x: 0, y: 0 },
  { code: 'b', x: 2, y: 0 },
  { code: 'c', x: 1, y: 1 },
  { code: 'd', x: 0, y: 2 },
  { code: 'e', x: 2, y: 2 },
];

test('arrows go to the nearest area ahead, preferring one straight ahead', () => {
  assert.equal(neighbourInDirection(grid, 'a', 'ArrowRight'), 'b');
  assert.equal(neighbourInDirection(grid, 'a', 'ArrowDown'), 'd');
  assert.equal(neighbourInDirection(grid, 'c', 'ArrowUp'), 'a');
  assert.equal(neighbourInDirection(grid, 'e', 'ArrowLeft'), 'd');
  // c lies diagonally ahead (45°) of a, and is nearer than e.
  assert.equal(neighbourInDirection([grid[0]!, grid[2]!, grid[4]!], 'a', 'ArrowRight'), 'c');
});

test('nothing ahead: the focus stays', () => {
  assert.equal(neighbourInDirection(grid, 'a', 'ArrowLeft'), undefined);
  assert.equal(neighbourInDirection(grid, 'a', 'ArrowUp'), undefined);
  assert.equal(neighbourInDirection(grid, 'a', 'Tab'), undefined);
  assert.equal(neighbourInDirection(grid, 'zz', 'ArrowRight'), undefined);
});

test('an area more than 60° off the direction is not ahead', () => {
  const points: NavPoint[] = [
    { code: 'o', x: 0, y: 0 },
    { code: 'steep', x: 1, y: 2 },
  ];
  assert.equal(neighbourInDirection(points, 'o', 'ArrowRight'), undefined);
  assert.equal(neighbourInDirection(points, 'o', 'ArrowDown'), 'steep');
});

const departements: NavPoint[] = departementShapes().map((s) => ({ code: s.code, x: s.centroid[0], y: s.centroid[1] }));

test('on the map of France', () => {
  assert.equal(navigationTarget(departements, '62', 'ArrowRight'), '59');
  assert.equal(navigationTarget(departements, '62', 'ArrowDown'), '80');
  assert.equal(navigationTarget(departements, '13', 'ArrowRight'), '83');
  assert.equal(navigationTarget(departements, '2B', 'ArrowDown'), '2A');
  assert.equal(navigationTarget(departements, '2A', 'ArrowUp'), '2B');
  // The overseas insets are reachable too: Guadeloupe above Martinique, nothing west of Guadeloupe.
  assert.equal(navigationTarget(departements, '971', 'ArrowDown'), '972');
  assert.equal(navigationTarget(departements, '971', 'ArrowLeft'), undefined);
});

test('Home and End: first and last in INSEE order', () => {
  assert.equal(navigationTarget(departements, '62', 'Home'), '01');
  assert.equal(navigationTarget(departements, '62', 'End'), '976');
  assert.equal(navigationTarget([], 'x', 'Home'), undefined);
});
