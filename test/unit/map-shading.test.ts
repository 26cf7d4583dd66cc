import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed } from '../../src/feed/validate.js';
import type { AreaFigures } from '../../src/territory-map/aggregate-territory.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';
import { CLASS_COLORS, classColor, metricValue, shadeAreas, shadeOf } from '../../src/territory-map/shading.js';

const sample = validateFeed(JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8'))).feed;

test('sample feed, number of actions: Pas-de-Calais in the top class, Nord in the middle, three in the lightest', () => {
  const shading = shadeAreas(territoryFigures(sample).departements, 'actions');
  // 25, 10 and three 1s: three classes spread over the ramp (lightest, middle, darkest).
  assert.deepEqual(shadeOf(shading, '62'), { kind: 'class', index: 2, step: 4 });
  assert.deepEqual(shadeOf(shading, '59'), { kind: 'class', index: 1, step: 2 });
  for (const code of ['54', '57', '90']) assert.deepEqual(shadeOf(shading, code), { kind: 'class', index: 0, step: 0 });
  assert.deepEqual(shadeOf(shading, '75'), { kind: 'none' });
  assert.deepEqual(shading.steps, [0, 2, 4]);
  assert.equal(shading.hasUnknown, false);
});

test('sample feed, by région: Hauts-de-France is the darkest', () => {
  const shading = shadeAreas(territoryFigures(sample).regions, 'actions');
  assert.deepEqual(shadeOf(shading, '32'), { kind: 'class', index: 2, step: 4 });
  assert.deepEqual(shadeOf(shading, '44'), { kind: 'class', index: 1, step: 2 });
  assert.deepEqual(shadeOf(shading, '27'), { kind: 'class', index: 0, step: 0 });
  assert.deepEqual(shadeOf(shading, '11'), { kind: 'none' });
});

const area = (code: string, over: Partial<AreaFigures>): AreaFigures => ({
  code,
  actions: 1,
  structures: 1,
  budget: 0,
  budgetActions: 0,
  etp: 0,
  etpActions: 0,
  ...over,
});

test('budget: areas whose actions give no budget are "not given", areas with structures only are "no action"', () => {
  const areas = new Map([
    ['01', area('01', { budget: 5000, budgetActions: 1 })],
    ['02', area('02', { budget: 80_000, budgetActions: 3, actions: 4 })],
    ['03', area('03', { actions: 2 })],
    ['04', area('04', { actions: 0, structures: 2 })],
  ]);
  const shading = shadeAreas(areas, 'budget');
  assert.deepEqual(shading.classification.classes, [
    { min: 5000, max: 5000, count: 1 },
    { min: 80_000, max: 80_000, count: 1 },
  ]);
  assert.deepEqual(shadeOf(shading, '01'), { kind: 'class', index: 0, step: 0 });
  assert.deepEqual(shadeOf(shading, '02'), { kind: 'class', index: 1, step: 4 });
  assert.deepEqual(shadeOf(shading, '03'), { kind: 'unknown' });
  assert.deepEqual(shadeOf(shading, '04'), { kind: 'none' });
  assert.equal(shading.hasUnknown, true);
});

test('ETP: a declared zero is a figure (lightest class), not "no action"', () => {
  const areas = new Map([
    ['971', area('971', { etp: 0, etpActions: 1 })],
    ['974', area('974', { etp: 2.5, etpActions: 2 })],
  ]);
  const shading = shadeAreas(areas, 'etp');
  assert.deepEqual(shadeOf(shading, '971'), { kind: 'class', index: 0, step: 0 });
  assert.deepEqual(shadeOf(shading, '974'), { kind: 'class', index: 1, step: 4 });
});

test('metric values', () => {
  const a = area('59', { actions: 3, budget: 1200, budgetActions: 2, etp: 1.5, etpActions: 1 });
  assert.equal(metricValue(a, 'actions'), 3);
  assert.equal(metricValue(a, 'budget'), 1200);
  assert.equal(metricValue(a, 'etp'), 1.5);
  assert.equal(metricValue(area('59', { actions: 3 }), 'budget'), undefined);
  assert.equal(metricValue(undefined, 'budget'), 0);
});

test('an empty feed shades every area "empty", not "none" (the whole map hatched read as data)', () => {
  const shading = shadeAreas(new Map(), 'actions');
  assert.deepEqual(shading.classification.classes, []);
  assert.deepEqual(shadeOf(shading, '62'), { kind: 'empty' });
});

test('class colours: five blues, darker at each step, overridable', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const l = CLASS_COLORS.map(luminance);
  for (let i = 1; i < l.length; i++) assert.ok(l[i]! < l[i - 1]!, `step ${i} darker than step ${i - 1}`);
  // The darkest class keeps white text and borders at AA (4.5:1) contrast.
  assert.ok((1.05) / (l[4]! + 0.05) >= 4.5);
  assert.equal(classColor(0), 'var(--territory-map-class-1, #c6dbef)');
});

test('an empty selection shades every area "empty" (a plain ground), not hatched as "no action", for every metric', () => {
  for (const metric of ['actions', 'budget', 'etp'] as const) {
    const none = shadeAreas(territoryFigures({ ...sample, actions: [] }).departements, metric);
    assert.equal(none.empty, true);
    assert.deepEqual(shadeOf(none, '62'), { kind: 'empty' });
    assert.deepEqual(shadeOf(none, '75'), { kind: 'empty' });
    assert.deepEqual(none.classification.classes, []);
  }
  const some = shadeAreas(territoryFigures(sample).departements, 'actions');
  assert.equal(some.empty, false);
});
