/**
 * Fuzzing (issue 16): FUZZ_FEEDS generated-then-mutated feeds (10,000 by default, in batches of 1,000) through
 * validation and every figure and view model the elements render (figures.ts, aggregate.ts, the dashboard's
 * headline, distributions and facets, the funding and staffing models, the map's sums, the list's sorts, the
 * CSV). Properties: nothing throws but FeedEnvelopeError for a document that is not a feed; no NaN or ±∞ in
 * any figure and no "NaN", "Infinity", "∞" or "undefined" in any text built from it; every action no mutation
 * touched is kept; every action left out is reported (rejected, with its index); nothing reaches
 * Object.prototype. Seeded (FUZZ_SEED, else a fixed seed): fast-check prints the seed, the path and the
 * shrunk counterexample of a failure, which `FUZZ_SEED=… FUZZ_PATH=…` replays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadInputs } from '../../scripts/make-feed.mjs';
import { FeedEnvelopeError, validateFeed } from '../../src/feed/validate.js';
import { actionFigures } from '../../src/feed/figures.js';
import { budgetTotals, expensesByLine, fundingByFunder, fundingByType, staffingTotals } from '../../src/feed/aggregate.js';
import { applyFilters, distributions, facets, headline } from '../../src/feed/dashboard.js';
import { fundingModel } from '../../src/funding-breakdown/model.js';
import { staffingModel } from '../../src/staffing-chart/model.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';
import { sortActions } from '../../src/action-list/sort.js';
import { actionsTable } from '../../src/impact-dashboard/csv.js';
import { toCsv } from '../../src/shared/export.js';
import { badNumbers, buildCase, fuzzInput, type FuzzCase } from '../fuzz/feeds.js';

const { sample } = await loadInputs();
const TOTAL = Number(process.env.FUZZ_FEEDS ?? 10_000);
const BATCH = 1_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
const PROTOTYPE = prototypeKeys();

/** What the elements compute from a feed: every number and text must be finite and readable. */
function views(feed: ReturnType<typeof validateFeed>['feed']) {
  const structureById = new Map(feed.structures.map((s) => [s.id, s]));
  const actions = feed.actions;
  const firstKeyword = actions.find((a) => a.keywords.length)?.keywords[0];
  return {
    figures: actions.map(actionFigures),
    budget: budgetTotals(actions),
    staffing: staffingTotals(actions),
    lines: [fundingByType(actions), fundingByFunder(actions), expensesByLine(actions)],
    headline: headline(actions, structureById),
    distributions: distributions(actions, structureById),
    facets: facets(feed, structureById),
    filtered: firstKeyword ? headline(applyFilters(feed, { keyword: firstKeyword }), structureById) : undefined,
    funding: [fundingModel(actions, 'type', 'both', 'fr'), fundingModel(actions, 'funder', 'revenues', 'en')],
    staff: [staffingModel(actions, undefined, 'fr'), staffingModel(actions, 12, 'fr')],
    territory: territoryFigures(feed),
    sorted: (['title', 'budget', 'etp', 'date'] as const).map((k) => sortActions(actions, k).map((a) => a.id)),
    csv: toCsv([actionsTable(actions, structureById, 'fr', 'Export')]),
  };
}

/** Checks one case; returns the number of actions rejected (for the counts printed at the end). */
function check(c: FuzzCase): { kept: number; rejected: number; envelopeRejected: boolean } {
  let result;
  try {
    result = validateFeed(c.feed);
  } catch (e) {
    // Only a document that is not a feed may be refused whole, and only when a mutation hit the feed itself.
    assert.ok(e instanceof FeedEnvelopeError, `threw ${String(e)}`);
    assert.ok(c.envelope, 'a feed whose envelope was not mutated was refused');
    return { kept: 0, rejected: 0, envelopeRejected: true };
  }
  const { feed, issues, actionCount } = result;
  const rawActions = Array.isArray(c.feed.actions) ? (c.feed.actions as unknown[]) : [];
  const rejected = new Set(issues.filter((i) => i.rejected && i.path[0] === 'actions').map((i) => i.path[1] as number));
  // Every action is either kept or reported as rejected, never both, never neither.
  assert.equal(feed.actions.length + rejected.size, actionCount, 'kept + rejected ≠ actions in the input');
  assert.equal(actionCount, rawActions.length);
  const keptIds = new Set(feed.actions.map((a) => a.id));
  for (let i = 0; i < rawActions.length; i++) {
    if (c.touched.has(i)) continue;
    const id = (rawActions[i] as { id: string }).id;
    // An untouched action is kept, unless a touched one copied its id first (then it is the reported duplicate).
    if (rejected.has(i)) {
      assert.ok(
        issues.some((x) => x.path[1] === i && x.code === 'duplicate-id'),
        `untouched action ${i} rejected: ${JSON.stringify(issues.filter((x) => x.path[1] === i))}`,
      );
    } else assert.ok(keptIds.has(id), `untouched action ${i} (${id}) is missing`);
    // Its only possible warnings concern others: its structure mutated away, or its id taken.
    const own = issues.filter((x) => x.path[0] === 'actions' && x.path[1] === i && x.code !== 'unknown-structure' && x.code !== 'duplicate-id');
    assert.deepEqual(own, [], `untouched action ${i} has issues`);
  }
  const bad = badNumbers(views(feed));
  assert.deepEqual(bad, [], 'NaN, ∞ or undefined in what the elements show');
  return { kept: feed.actions.length, rejected: rejected.size, envelopeRejected: false };
}

const counts = { feeds: 0, kept: 0, rejected: 0, envelopes: 0, mutations: 0 };
for (let batch = 0; batch * BATCH < TOTAL; batch++) {
  const runs = Math.min(BATCH, TOTAL - batch * BATCH);
  test(`fuzzed feeds ${batch * BATCH + 1}–${batch * BATCH + runs}: no throw, no NaN/∞, every valid action kept, every other reported`, () => {
    fc.assert(
      fc.property(fuzzInput, (input) => {
        const c = buildCase(input, sample);
        const r = check(c);
        assert.equal(prototypeKeys(), PROTOTYPE, 'Object.prototype changed');
        assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype polluted');
        counts.feeds++;
        counts.kept += r.kept;
        counts.rejected += r.rejected;
        counts.mutations += input.mutations.length;
        if (r.envelopeRejected) counts.envelopes++;
      }),
      { seed: SEED + batch, numRuns: runs, path: process.env.FUZZ_PATH, includeErrorInReport: true },
    );
  });
}

test('fuzzing counts', () => {
  console.log(`# fuzzed ${counts.feeds} feeds (${counts.mutations} mutations, seed ${SEED}): ${counts.kept} actions kept, ${counts.rejected} rejected and reported, ${counts.envelopes} documents refused as not a feed`);
  assert.ok(counts.feeds >= Math.min(TOTAL, 10_000) || TOTAL < 10_000);
  assert.ok(counts.rejected > 0 && counts.kept > 0, 'the generator makes both valid and invalid actions');
});
