/**
 * The columnar index (src/feed/feed-index.ts) answers exactly what the plain functions
 * answer (issue 11). Over generated feeds (scripts/make-feed.mjs) with mutations that
 * reach the rules' corners (no budget, total 0, weekly hours, roles above the declared
 * ETP, a keyword spelled in several cases in one feed or twice in one action, a
 * structure without département, a missing status or year, two keywords the French
 * collator finds equal) and random filter
 * combinations (values of the feed, values in other cases, unknown values, blank text,
 * free-text queries), the selected actions, the headline and every distribution with
 * its labels, order and missing counts are deep-equal to applyFilters, headline and
 * distributions. Seeded: fast-check prints the seed and the shrunk case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';
import { budgetTotals, fundingByType, staffingTotals } from '../../src/feed/aggregate.js';
import { applyFilters, distributions, facets, headline, type DashboardFilters } from '../../src/feed/dashboard.js';
import { knownSums } from '../../src/feed/selection-sums.js';
import { PERSON_KINDS } from '../../src/feed/funders.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';
import { sortActions } from '../../src/action-list/sort.js';
import { FeedIndex, buildIndex } from '../../src/feed/feed-index.js';
import { partsBuffers, partsSteps, runSteps } from '../../src/feed/index-build.js';
import { indexFeed } from '../../src/feed/loaded.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Action, FeedInput } from '../../src/feed/schema.js';

const { sample } = await loadInputs();
const RUNS = Math.max(20, Math.min(200, Number(process.env.FUZZ_FEEDS ?? 100)));

const MUTATIONS = ['no-budget', 'zero-total', 'hours', 'roles-above', 'no-staffing', 'case', 'twice', 'no-status', 'no-year', 'no-departement', 'no-keywords', 'dimension-case', 'ignorable'] as const;
type Mutation = (typeof MUTATIONS)[number];

/* eslint-disable @typescript-eslint/no-explicit-any -- the raw JSON before validation */
function mutate(input: any, a: any, m: Mutation, k: number): void {
  switch (m) {
    case 'no-budget':
      delete a.budget;
      break;
    case 'zero-total':
      if (a.budget) a.budget.total = 0;
      break;
    case 'hours':
      a.staffing = { ...(a.staffing ?? {}), people: [...(a.staffing?.people ?? []), { role: 'Accueil', kind: 'benevole', hoursPerWeek: 2 + (k % 9) }] };
      break;
    case 'roles-above':
      a.staffing = { ...(a.staffing ?? {}), etpSalaried: 0.5, people: [{ role: 'animatrice', kind: 'salarie', etp: 0.8 + (k % 3) / 10 }] };
      break;
    case 'no-staffing':
      delete a.staffing;
      break;
    case 'case':
      // "famille" and "Famille" in one feed: the label rule (first capitalized spelling met) is exercised.
      a.keywords = (a.keywords ?? []).map((w: string) => (k % 2 ? w.toLowerCase() : w.toUpperCase()));
      a.public = (a.public ?? []).map((w: string) => (k % 3 ? w[0]!.toUpperCase() + w.slice(1) : w.toLowerCase()));
      break;
    case 'twice':
      if (a.keywords?.length) a.keywords = [...a.keywords, a.keywords[0].toUpperCase()];
      break;
    case 'no-status':
      delete a.status;
      break;
    case 'no-year':
      delete a.year;
      break;
    case 'no-departement': {
      const s = input.structures.find((x: any) => x.id === a.structureId);
      if (s) delete s.departement;
      break;
    }
    case 'no-keywords':
      a.keywords = [];
      break;
    case 'ignorable':
      // Two keys whose labels the French collator finds equal (a zero-width space): equal bars keep the order they are met in.
      if (a.keywords?.length) a.keywords = [`${a.keywords[0][0]}\u200b${a.keywords[0].slice(1)}`, ...a.keywords];
      break;
    case 'dimension-case':
      if (a.dimension) a.dimension = k % 2 ? a.dimension.toLowerCase() : ` ${a.dimension} `;
      break;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function generate(size: number, seed: number, mutations: readonly [number, Mutation][]) {
  const input = makeFeed(size, seed, sample) as FeedInput & { actions: object[]; structures: object[] };
  for (const [i, m] of mutations) mutate(input, input.actions[i % input.actions.length], m, i);
  const result = validateFeed(input);
  assert.deepEqual(result.issues, [], 'the mutated feed is valid');
  return indexFeed(result);
}

const pickArb = fc.option(fc.nat(1000), { nil: undefined });
interface Picks {
  [k: string]: number | undefined;
  variant: number;
}
const filterArb: fc.Arbitrary<Picks> = fc.record({
  departement: pickArb,
  keyword: pickArb,
  public: pickArb,
  dimension: pickArb,
  status: pickArb,
  funder: pickArb,
  year: pickArb,
  q: pickArb,
  /** 0: the value as the facet gives it, 1: another case, 2: unknown, 3: blank. */
  variant: fc.nat(3),
});

function filtersOf(loaded: ReturnType<typeof generate>, picks: Picks): DashboardFilters {
  const f = facets(loaded.feed, loaded.structureById);
  const vary = (value: string) => [value, value.toUpperCase(), `${value}-inconnu`, '  '][picks.variant]!;
  const pick = (values: readonly string[], i: number | undefined) => (i === undefined || !values.length ? undefined : vary(values[i % values.length]!));
  const filters: DashboardFilters = {
    departement: pick(f.departement.map((b) => b.key), picks.departement),
    keyword: pick(f.keyword.map((b) => b.label), picks.keyword),
    public: pick(f.public.map((b) => b.label), picks.public),
    dimension: pick(f.dimension.map((b) => b.label), picks.dimension),
    q: pick(['atelier', 'famille', 'jeunes', 'séjour', 'caf'], picks.q),
  };
  if (picks.status !== undefined) filters.status = (['en-cours', 'terminee', 'en-projet'] as const)[picks.status % 3];
  if (picks.funder !== undefined && f.funder.length) filters.funder = f.funder[picks.funder % f.funder.length]!.key as DashboardFilters['funder'];
  if (picks.year !== undefined && f.year.length) filters.year = Number(f.year[picks.year % f.year.length]!.key) + (picks.variant === 2 ? 1000 : 0);
  for (const k of Object.keys(filters) as (keyof DashboardFilters)[]) if (filters[k] === undefined) delete filters[k];
  return filters;
}

test('the index selects, adds up and counts exactly as applyFilters, headline and distributions', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 240 }),
      fc.nat(1_000_000),
      fc.array(fc.tuple(fc.nat(500), fc.constantFrom(...MUTATIONS)), { maxLength: 60 }),
      fc.array(filterArb, { minLength: 1, maxLength: 6 }),
      (size, seed, mutations, picks) => {
        const loaded = generate(size, seed, mutations);
        const index = buildIndex(loaded.feed, loaded.structureById);
        for (const p of [{ variant: 0 }, ...picks]) {
          const filters = filtersOf(loaded, p as Picks);
          const plain = applyFilters(loaded.feed, filters);
          const selection = index.select(filters);
          const ids = index.actionsOf(selection).map((a) => a.id);
          assert.deepEqual(ids, plain.map((a) => a.id), `selection for ${JSON.stringify(filters)}`);
          assert.equal(index.count(selection), plain.length);
          assert.deepEqual(index.headline(selection), headline(plain, loaded.structureById), `headline for ${JSON.stringify(filters)}`);
          assert.deepEqual(index.distributions(selection), distributions(plain, loaded.structureById), `distributions for ${JSON.stringify(filters)}`);
          // The charts' and the list's sums, read from the columns for the registered array, against a copy nobody registered.
          const viewed = index.actionsOf(selection);
          const copy = [...plain];
          assert.ok(knownSums(viewed), 'the selection handed out is registered');
          assert.equal(knownSums(copy), undefined);
          assert.deepEqual(budgetTotals(viewed), budgetTotals(copy), `budget totals for ${JSON.stringify(filters)}`);
          assert.deepEqual(fundingByType(viewed), fundingByType(copy), `funding by type for ${JSON.stringify(filters)}`);
          assert.deepEqual(staffingTotals(viewed), staffingTotals(copy), `staffing totals for ${JSON.stringify(filters)}`);
          const structures = loaded.feed.structures;
          assert.deepEqual(territoryFigures({ actions: viewed as Action[], structures }), territoryFigures({ actions: copy, structures }), `map figures for ${JSON.stringify(filters)}`);
          const byTitle = sortActions(copy, 'title').map((a) => a.id);
          assert.deepEqual(knownSums(viewed)!.byTitle().map((a) => a.id), byTitle, `title order for ${JSON.stringify(filters)}`);
          assert.deepEqual(knownSums(viewed)!.byTitle(7).map((a) => a.id), byTitle.slice(0, 7), `first titles for ${JSON.stringify(filters)}`);
        }
      },
    ),
    { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 11) },
  );
});

test('the title order is the list’s, equal titles in feed order, over more titles than one sorting run', () => {
  const input = makeFeed(300, 8, sample) as FeedInput & { actions: { title: string }[] };
  // Equal for the collator (case, punctuation, numbers as numbers) so that stability is seen, and runs of 32 get merged.
  input.actions.forEach((a, i) => (a.title = [`Atelier ${i % 7}`, `« atelier ${i % 7} »`, `ATELIER ${(i % 7) + 10}`, `Été ${i % 3}`][i % 4]!));
  const loaded = indexFeed(validateFeed(input));
  const index = buildIndex(loaded.feed, loaded.structureById);
  const all = index.select({});
  assert.deepEqual(index.byTitle(all).map((a) => a.id), sortActions(loaded.feed.actions, 'title').map((a) => a.id));
});

test('the kinds of people are the five that the adders write out by name (aggregate.ts addByKind, FigureColumns.staffing)', () => {
  assert.deepEqual(PERSON_KINDS, ['salarie', 'benevole', 'service-civique', 'prestataire', 'partenaire']);
});

test('the whole feed selected gives the feed’s own array (elements keep their caches)', () => {
  const loaded = generate(50, 3, []);
  const index = buildIndex(loaded.feed, loaded.structureById);
  assert.equal(index.actionsOf(index.select({})), loaded.feed.actions);
  assert.equal(index.count(index.select({ keyword: 'pas un mot de ce flux' })), 0);
});

test('a facet\'s keys are its values in the order the feed meets them, what its filter takes', () => {
  const input = makeFeed(3, 5, sample) as FeedInput & { actions: { status?: unknown }[] };
  input.actions[0]!.status = { state: 'terminee' as const };
  input.actions[1]!.status = { state: 'en-cours' as const };
  input.actions[2]!.status = { state: 'terminee' as const };
  const loaded = indexFeed(validateFeed(input));
  const index = buildIndex(loaded.feed, loaded.structureById);
  assert.deepEqual(index.facetKeys('status'), ['terminee', 'en-cours']);
  const first = index.facetKeys('departement')[0]!;
  const rows = index.select({ departement: first });
  assert.equal(index.count(rows), applyFilters(loaded.feed, { departement: first }).length);
});

test('equal bars keep the order their values are met in within the selection, not in the whole feed', () => {
  const input = makeFeed(2, 5, sample) as FeedInput & { actions: { keywords: string[]; status?: unknown }[] };
  // "ab" and "a\u200bb" are two keys the French collator finds equal: Tally lists them in the order the selection meets them.
  input.actions[0]!.keywords = ['ab'];
  input.actions[0]!.status = { state: 'terminee' as const };
  input.actions[1]!.keywords = ['a\u200bb', 'ab'];
  input.actions[1]!.status = { state: 'en-cours' as const };
  const loaded = indexFeed(validateFeed(input));
  const index = buildIndex(loaded.feed, loaded.structureById);
  const filters: DashboardFilters = { status: 'en-cours' };
  const plain = distributions(applyFilters(loaded.feed, filters), loaded.structureById).keyword;
  assert.deepEqual(plain.map((b) => b.key), ['a\u200bb', 'ab']);
  assert.deepEqual(index.distributions(index.select(filters)).keyword, plain);
});

test('an index handed over by a worker (a structured clone, its typed arrays transferred) answers as the plain functions', () => {
  const loaded = generate(400, 17, [[3, 'case'], [9, 'hours'], [20, 'no-departement'], [31, 'twice']]);
  const parts = runSteps(partsSteps(loaded.feed, loaded.structureById));
  const clone = structuredClone(parts, { transfer: partsBuffers(parts) });
  // Every typed array went with the message: none is left readable on the sending side.
  const left: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (!value || typeof value !== 'object') return;
    if (ArrayBuffer.isView(value)) return void (value.byteLength && left.push(path));
    for (const [k, v] of value instanceof Map ? value : Object.entries(value)) visit(v, `${path}.${String(k)}`);
  };
  visit(parts, 'parts');
  assert.deepEqual(left, []);
  const index = new FeedIndex(loaded.feed, clone);
  const f = facets(loaded.feed, loaded.structureById);
  for (const filters of [{}, { departement: f.departement[0]!.key }, { keyword: f.keyword[1]!.key.toUpperCase() }, { funder: f.funder[0]!.key, q: 'atelier' }] as DashboardFilters[]) {
    const plain = applyFilters(loaded.feed, filters);
    const selection = index.select(filters);
    const viewed = index.actionsOf(selection);
    assert.deepEqual(viewed.map((a) => a.id), plain.map((a) => a.id), JSON.stringify(filters));
    assert.deepEqual(index.headline(selection), headline(plain, loaded.structureById), JSON.stringify(filters));
    assert.deepEqual(index.distributions(selection), distributions(plain, loaded.structureById), JSON.stringify(filters));
    assert.deepEqual(budgetTotals(viewed), budgetTotals([...plain]));
    assert.deepEqual(staffingTotals(viewed), staffingTotals([...plain]));
    assert.deepEqual(knownSums(viewed)!.byTitle(5).map((a) => a.id), sortActions([...plain], 'title').slice(0, 5).map((a) => a.id));
  }
});
