import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeLabels, type LabelCandidate } from '../../src/territory-map/labels.js';

/** 10 px per letter, 1 map unit per px: boxes are easy to reckon. */
const options = { unit: 1, fontPx: 10, baselineAbovePx: 10, haloPx: 1, measure: (text: string) => text.length * 10 };
const at = (code: string, x: number, y: number, priority = 0, text = code): LabelCandidate => ({ code, text, x, y, priority });

test('names far apart all stand above their points, in the given order', () => {
  const placed = placeLabels([at('a', 0, 0), at('b', 500, 0), at('c', 0, 500)], options);
  assert.deepEqual(placed, [
    { code: 'a', text: 'a', x: 0, y: -10 },
    { code: 'b', text: 'b', x: 500, y: -10 },
    { code: 'c', text: 'c', x: 0, y: 490 },
  ]);
});

test('a name that would overlap a busier one goes under its point', () => {
  const placed = placeLabels([at('nord', 30, 0, 10, 'Nord'), at('pas', 0, 0, 25, 'Pas-de-Calais')], options);
  const nord = placed.find((l) => l.code === 'nord')!;
  const pas = placed.find((l) => l.code === 'pas')!;
  assert.equal(pas.y, -10);
  // Below: the gap under the point (10 − 2.5 − 1 = 6.5) plus the ascent (9.5) and the halo (1).
  assert.equal(nord.y, 17);
  assert.deepEqual(placed.map((l) => l.code), ['nord', 'pas']);
});

test('a name with no free place is left out, the busiest kept', () => {
  const placed = placeLabels([at('a', 0, 0, 1), at('b', 5, 0, 3), at('c', 10, 0, 2)], options);
  assert.deepEqual(placed.map((l) => [l.code, l.y]), [['b', -10], ['c', 17]]);
});

test('boxes scale with the map units per pixel', () => {
  const placed = placeLabels([at('a', 0, 0, 2, 'aaaa'), at('b', 45, 0, 1, 'bbbb')], { ...options, unit: 0.5 });
  // At 0.5 unit per px a 40 px name is 20 units wide (+1 of halo): 45 units apart they do not touch.
  assert.deepEqual(placed.map((l) => l.y), [-5, -5]);
});
