import { test } from 'node:test';
import { SKI_STAY } from './ski-stay.js';
import assert from 'node:assert/strict';
import { arc as d3arc, pie as d3pie } from 'd3-shape';
import { donutLayout, pieSlices, rankedFractions, sectorPath, stackLayout } from '../../src/funding-breakdown/layout.js';
import { fundingModel } from '../../src/funding-breakdown/model.js';
import { actionSchema, type Action } from '../../src/feed/schema.js';

const { PI } = Math;

test('pieSlices: cumulative angles from 12 o’clock, in input order', () => {
  const s = pieSlices([1, 1, 2], (d) => d);
  assert.deepEqual(
    s.map((x) => [x.startAngle, x.endAngle, x.share]),
    [
      [0, PI / 2, 0.25],
      [PI / 2, PI, 0.25],
      [PI, 2 * PI, 0.5],
    ],
  );
});

test('pieSlices agrees with d3-shape pie().sort(null)', () => {
  const values = [6700, 4080, 6000, 4500, 0, 13];
  const ours = pieSlices(values, (d) => d);
  const theirs = d3pie<number>().sort(null)(values);
  ours.forEach((o, i) => {
    assert.ok(Math.abs(o.startAngle - theirs[i]!.startAngle) < 1e-12);
    assert.ok(Math.abs(o.endAngle - theirs[i]!.endAngle) < 1e-12);
  });
});

test('pieSlices: an all-zero input gives empty slices, not NaN', () => {
  assert.deepEqual(
    pieSlices([0, 0], (d) => d).map((s) => [s.startAngle, s.endAngle, s.share]),
    [
      [0, 0, 0],
      [0, 0, 0],
    ],
  );
});

test('sectorPath: a quarter ring', () => {
  assert.equal(sectorPath(100, 100, 50, 100, 0, PI / 2), 'M100,0A100,100,0,0,1,200,100L150,100A50,50,0,0,0,100,50Z');
});

test('sectorPath: three quarters set the large-arc flag', () => {
  assert.equal(sectorPath(100, 100, 50, 100, 0, (3 * PI) / 2), 'M100,0A100,100,0,1,1,0,100L50,100A50,50,0,1,0,100,50Z');
});

test('sectorPath: a full ring is two closed circles, the hole drawn the other way', () => {
  assert.equal(
    sectorPath(100, 100, 50, 100, 0, 2 * PI),
    'M100,0A100,100,0,1,1,100,200A100,100,0,1,1,100,0ZM100,50A50,50,0,1,0,100,150A50,50,0,1,0,100,50Z',
  );
  assert.equal(sectorPath(100, 100, 50, 100, 1, 1), '');
});

test('sectorPath starts and turns where d3-shape arc does', () => {
  const a = d3arc<{ startAngle: number; endAngle: number; innerRadius: number; outerRadius: number }>();
  for (const [a0, a1] of [
    [0.3, 1.9],
    [2, 5.5],
  ] as const) {
    const theirs = a({ innerRadius: 40, outerRadius: 90, startAngle: a0, endAngle: a1 })!;
    const ours = sectorPath(0, 0, 40, 90, a0, a1);
    const first = (p: string) => p.slice(1).split(/[A-Z]/)[0]!.split(',').map(Number);
    const [x0, y0] = first(theirs);
    const [x1, y1] = first(ours);
    assert.ok(Math.abs(x0! - x1!) < 0.01 && Math.abs(y0! - y1!) < 0.01, `${theirs} vs ${ours}`);
  }
});

test('donutLayout: at most 240 px, ring at 62 %, zero slices dropped, anchors mid-ring', () => {
  const d = donutLayout([1, 0, 1], (v) => v, 400);
  assert.equal(d.size, 240);
  assert.equal(d.outer, 120);
  assert.equal(d.inner, 74.4);
  assert.deepEqual(
    d.arcs.map((a) => a.index),
    [0, 2],
  );
  // Middle of the first half (3 o'clock) and of the second (9 o'clock), at radius (120 + 74.4) / 2 = 97.2.
  assert.deepEqual(d.arcs[0]!.anchor, [217.2, 120]);
  assert.deepEqual(d.arcs[1]!.anchor, [22.8, 120]);
  assert.equal(donutLayout([1], (v) => v, 200.7).size, 200);
});

test('stackLayout: widths proportional, no gap from rounding, zeros dropped', () => {
  assert.deepEqual(
    stackLayout([1, 1, 2], (v) => v, 300).map((b) => [b.index, b.x, b.width]),
    [
      [0, 0, 75],
      [1, 75, 75],
      [2, 150, 150],
    ],
  );
  const thirds = stackLayout([1, 0, 1, 1], (v) => v, 100);
  assert.deepEqual(
    thirds.map((b) => [b.index, b.x, b.width]),
    [
      [0, 0, 33.33],
      [2, 33.33, 33.34],
      [3, 66.67, 33.33],
    ],
  );
  assert.deepEqual(stackLayout([0], (v) => v, 100), []);
});

test('rankedFractions: relative to the largest', () => {
  assert.deepEqual(rankedFractions([50, 100, 25, 0]), [0.5, 1, 0.25, 0]);
  assert.deepEqual(rankedFractions([0, 0]), [0, 0]);
});

const ski: Action = actionSchema.parse(SKI_STAY);

test('fundingModel: the ski stay reads as the issue describes it', () => {
  const m = fundingModel([ski], 'type', 'revenues', 'fr');
  const chart = m.charts[0]!;
  assert.equal(chart.summary, 'Budget de 21\u202f280\u00a0€ : CAF 31\u00a0%, Usagers et familles 28\u00a0%, Autofinancement 21\u00a0%, Commune 19\u00a0%');
  assert.deepEqual(
    chart.segments.map((s) => [s.key, s.amount]),
    [
      ['caf', 6700],
      ['commune', 4080],
      ['usagers', 6000],
      ['autofinancement', 4500],
    ],
  );
  assert.equal(chart.total, 21280);
  assert.equal(chart.segments[0]!.color, 'var(--vitrine-funder-caf, #0072b2)');
});

test('fundingModel: an unfunded part and a total without breakdown', () => {
  const partial = actionSchema.parse({ id: 'p', structureId: 's', title: 'p', budget: { total: 20000, revenues: [{ label: 'X', funderType: 'autre', amount: 7000 }] } });
  const m = fundingModel([partial], 'type', 'revenues', 'fr');
  assert.deepEqual(
    m.charts[0]!.segments.map((s) => [s.kind, s.amount, s.share]),
    [
      ['funder', 7000, 0.35],
      ['unfunded', 13000, 0.65],
    ],
  );
  const totalOnly = fundingModel([actionSchema.parse({ id: 't', structureId: 's', title: 't', budget: { total: 6700 } })], 'type', 'both', 'fr');
  assert.equal(totalOnly.state, 'ok');
  assert.deepEqual(
    totalOnly.charts.map((c) => [c.segments.length, c.missing]),
    [
      [0, 'La répartition par financeur n’est pas renseignée.'],
      [0, 'Le détail des dépenses n’est pas renseigné.'],
    ],
  );
  const none = fundingModel([actionSchema.parse({ id: 'n', structureId: 's', title: 'n' })], 'type', 'revenues', 'en');
  assert.equal(none.state, 'no-budget');
  assert.equal(fundingModel([], 'type', 'revenues', 'fr').state, 'no-actions');
});

test('a tooltip is centred on its anchor and kept inside the viewport', async () => {
  const { tooltipLeft } = await import('../../src/shared/tooltip.js');
  // box at x=100 in a 1000 px page, tooltip 200 px wide
  assert.equal(tooltipLeft(150, 200, 100, 1000), 50);
  assert.equal(tooltipLeft(0, 200, 100, 1000), -96);
  assert.equal(tooltipLeft(880, 200, 100, 1000), 696);
});
