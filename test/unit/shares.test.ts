/**
 * Shares of an aggregate funding chart (README rule "Parts d'un total"): among the detailed
 * amounts by default, of the whole budget on request. Exact values, and the sample feed read
 * as a funder reads it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { amountShares, shareBasis } from '../../src/feed/shares.js';
import { validateFeed } from '../../src/feed/validate.js';
import { actionSchema } from '../../src/feed/schema.js';
import { fundingModel } from '../../src/funding-breakdown/model.js';
import { toCsv } from '../../src/shared/export.js';

test('amountShares: among the detailed amounts, the rest stated apart', () => {
  const s = amountShares([3000, 1000], [6000, 0], 'detailed');
  assert.deepEqual(s, { basis: 'detailed', detailed: 4000, notDetailed: 6000, base: 4000, shares: [0.75, 0.25] });
});

test('amountShares: of the whole budget, the rest a share of its own (a zero rest is not a part)', () => {
  const s = amountShares([3000, 1000], [6000, 0], 'budget');
  assert.deepEqual(s, { basis: 'budget', detailed: 4000, notDetailed: 6000, base: 10000, shares: [0.3, 0.1, 0.6] });
});

test('amountShares: cents are summed exactly, nothing detailed gives no share', () => {
  const s = amountShares([0.1, 0.2], [0.3], 'detailed');
  assert.equal(s.detailed, 0.3);
  assert.equal(s.base, 0.3);
  assert.deepEqual(amountShares([], [500], 'detailed'), { basis: 'detailed', detailed: 0, notDetailed: 500, base: 0, shares: [] });
});

test('shareBasis: only "budget" switches; anything else is the default', () => {
  assert.equal(shareBasis('budget'), 'budget');
  for (const v of ['detailed', '', 'BUDGET', undefined, null, 3]) assert.equal(shareBasis(v), 'detailed');
});

/** French figures are spaced with narrow no-break spaces; the assertions are written with plain ones. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/[\u00a0\u202f]/g, ' '));

const sample = validateFeed(JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8'))).feed;

test('the sample feed: MSA 27,2 %, Commune 21,1 %, Département 12,7 % of 67 930 € detailed', () => {
  const chart = fundingModel(sample.actions, 'type', 'revenues', 'fr', 'detailed').charts[0]!;
  assert.equal(chart.total, 67930);
  assert.equal(plain(chart.restNote), '67 930 € détaillés sur 513 700 € ; 445 770 € non détaillés');
  assert.deepEqual(plain(chart.center), ['≈ 67 930 €', 'détaillés']);
  assert.ok(chart.segments.every((s) => s.kind === 'funder'), 'no "non détaillé" segment');
  const pct = Object.fromEntries(chart.segments.map((s) => [s.key, Math.round(s.share * 1000) / 10]));
  assert.deepEqual(pct, { caf: 9.9, commune: 21.1, departement: 12.7, msa: 27.2, fondation: 2.2, usagers: 10.1, autofinancement: 6.6, autre: 10.3 });
  assert.equal(pct.msa, Math.round((18450 / 67930) * 1000) / 10);
  // The table and its CSV add up to the whole budget: detailed, not detailed, total.
  assert.deepEqual((chart.table.foot ?? []).map((r) => [r[0], r[1], r[2]]), [
    ['Total détaillé', 67930, 1],
    ['Non détaillé', 445770, null],
    ['Total', 513700, null],
  ]);
  const csv = plain(toCsv([chart.table]));
  assert.match(csv, /MSA;18450;27,2\d*;/);
  assert.match(csv, /Non détaillé;445770;;/);
  assert.match(plain(chart.summary), /MSA 27 %.*\(67 930 € détaillés sur 513 700 € ; 445 770 € non détaillés\)$/);
});

test('the sample feed with shares="budget": today\'s chart, 84 % not detailed', () => {
  const chart = fundingModel(sample.actions, 'type', 'revenues', 'fr', 'budget').charts[0]!;
  assert.equal(chart.total, 513700);
  assert.equal(chart.restNote, undefined);
  const notDetailed = chart.segments.find((s) => s.kind === 'not-detailed')!;
  assert.equal(notDetailed.amount, 432770);
  assert.equal(Math.round(notDetailed.share * 1000) / 10, 84.2);
  assert.equal(chart.segments.find((s) => s.kind === 'unfunded')!.amount, 13000);
  assert.equal(Math.round(chart.segments.find((s) => s.key === 'msa')!.share * 1000) / 10, 3.6);
});

test('nothing left undetailed: no sentence beside the chart, the table ends on its total', () => {
  const a = actionSchema.parse({
    id: 'a',
    structureId: 's',
    title: 'a',
    budget: { total: 4000, revenues: [{ label: 'CAF', funderType: 'caf', amount: 3000 }, { label: 'Ville', funderType: 'commune', amount: 1000 }] },
  });
  const chart = fundingModel([a, { ...a, id: 'b' }], 'type', 'revenues', 'en', 'detailed').charts[0]!;
  assert.equal(chart.restNote, undefined);
  assert.deepEqual(chart.table.foot, [['Total', 8000, 1]]);
  assert.deepEqual(plain(chart.center), ['€8,000', 'Budget']);
});
