/**
 * The dashboard's pure aggregation on a small hand-made feed. Every expected value
 * below was worked out by hand from the fixture (comments show the sums).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFilters, distributions, facets, feedView, headline, mergeFeeds, activeFilters } from '../../src/feed/dashboard.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Bar } from '../../src/feed/dashboard.js';

const { feed } = validateFeed({
  version: '1.0',
  structures: [
    { id: 's1', name: 'Centre des Dunes', departement: '62' },
    { id: 's2', name: 'EVS du Port', departement: '59' },
    { id: 's3', name: 'Maison de Corse', departement: '2A' },
    { id: 's4', name: 'Association sans département' },
  ],
  actions: [
    {
      id: 'a1', structureId: 's1', title: 'Séjour ski', status: { state: 'en-cours' }, year: 2018, dimension: 'Citoyenneté',
      keywords: ['Santé', 'santé', 'Mobilité'], public: ['Jeunesse'],
      budget: { total: 1000, revenues: [{ label: 'CAF', funderType: 'caf', amount: 600 }, { label: 'Ville', funderType: 'commune', amount: 400 }] },
      staffing: { etpSalaried: 0.5, etpVolunteer: 0.2 },
      beneficiaries: [{ label: 'jeunes', count: 12 }, { label: 'familles', count: 30, approximate: true }],
    },
    {
      id: 'a2', structureId: 's1', title: 'Atelier cuisine', status: { state: 'terminee' }, year: 2017, dimension: 'citoyenneté',
      keywords: ['santé'], public: ['familles', 'Familles'],
      budget: { revenues: [{ label: 'CAF', funderType: 'caf', amount: 300 }, { label: 'Familles', funderType: 'usagers', amount: 200, approximate: true }] },
      staffing: { people: [{ role: 'animatrice', kind: 'salarie', hoursPerWeek: 17.5 }] },
      beneficiaries: [{ label: 'personnes' }],
    },
    {
      id: 'a3', structureId: 's2', title: 'Café des parents', year: 2018, public: ['Familles'],
      budget: { total: 0 }, staffing: { people: [{ role: 'bénévole', kind: 'benevole', count: 3 }] },
    },
    {
      id: 'a4', structureId: 's3', title: 'Jardin partagé', status: { state: 'en-projet' }, dimension: 'Services', keywords: ['Mobilité'],
      budget: { revenues: [{ label: 'Département', funderType: 'departement' }] },
      beneficiaries: [{ label: 'habitants', count: 40 }],
    },
    { id: 'a5', structureId: 's4', title: 'Fête de quartier', keywords: ['Culture'], staffing: { etpSalaried: 1 } },
    { id: 'a6', structureId: 'inconnue', title: 'Action orpheline', year: 2017 },
  ],
});
const structureById = new Map(feed.structures.map((s) => [s.id, s]));
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);
const bars = (list: Bar[]) => list.map((b) => `${b.label}:${b.count}`);

test('headline figures and what each leaves out', () => {
  assert.deepEqual(headline(feed.actions, structureById), {
    actions: 6,
    structures: 4, // s1–s4; the unknown structure of a6 is not counted
    budget: 1500, // a1 total 1000 + a2 revenues 300 + 200; a3's lone 0 and a4's amountless revenue give nothing
    budgetApproximate: true, // a2's 200 is approximate
    withoutBudget: 4, // a3, a4, a5, a6
    etpSalaried: 2, // a1 0.5 + a2 17.5 h / 35 + a5 1
    etpVolunteer: 0.2, // a1; a3 gives a head count only
    etp: 2.2,
    withoutEtp: 3, // a3, a4, a6
    beneficiaries: 70, // a1's largest figure 30 + a4's 40
    withoutBeneficiaries: 4, // a2 (no count), a3, a5, a6
  });
  assert.deepEqual(headline([], structureById), {
    actions: 0, structures: 0, budget: 0, budgetApproximate: false, withoutBudget: 0, etpSalaried: 0, etpVolunteer: 0, etp: 0,
    withoutEtp: 0, beneficiaries: 0, withoutBeneficiaries: 0,
  });
});

test('distributions count each action once per value, labels as written', () => {
  const d = distributions(feed.actions, structureById);
  assert.deepEqual(bars(d.keyword), ['Mobilité:2', 'Santé:2', 'Culture:1']);
  assert.deepEqual(d.keyword.map((b) => b.key), ['mobilite', 'sante', 'culture']);
  assert.deepEqual(bars(d.public), ['Familles:2', 'Jeunesse:1']);
  assert.deepEqual(bars(d.dimension), ['Citoyenneté:2', 'Services:1']);
  assert.deepEqual(bars(d.status), ['en-cours:1', 'en-projet:1', 'terminee:1']);
  assert.deepEqual(bars(d.year), ['2017:2', '2018:2']);
  assert.deepEqual(bars(d.departement), ['62:2', '2A:1', '59:1']);
  assert.deepEqual(bars(d.funder), ['caf:2', 'commune:1', 'departement:1', 'usagers:1']);
  assert.deepEqual(d.missing, { keyword: 2, public: 3, dimension: 3, status: 3, year: 2, departement: 2, funder: 3 });
});

test('filters combine, compare without case or accents, and leave the feed alone when empty', () => {
  assert.equal(applyFilters(feed, {}), feed.actions);
  assert.deepEqual(ids(applyFilters(feed, { departement: '62' })), ['a1', 'a2']);
  assert.deepEqual(ids(applyFilters(feed, { departement: '2a', q: 'partage' })), ['a4']);
  assert.deepEqual(ids(applyFilters(feed, { keyword: 'SANTE' })), ['a1', 'a2']);
  assert.deepEqual(ids(applyFilters(feed, { dimension: 'CITOYENNETÉ' })), ['a1', 'a2']);
  assert.deepEqual(ids(applyFilters(feed, { funder: 'departement' })), ['a4']);
  assert.deepEqual(ids(applyFilters(feed, { funder: 'caf', year: 2017 })), ['a2']);
  assert.deepEqual(ids(applyFilters(feed, { status: 'terminee' })), ['a2']);
  assert.deepEqual(ids(applyFilters(feed, { public: 'familles', q: 'atelier' })), ['a2']);
  assert.deepEqual(ids(applyFilters(feed, { q: 'cafe' })), ['a3']);
  assert.deepEqual(ids(applyFilters(feed, { keyword: 'Mobilité', status: 'terminee' })), []);
  assert.deepEqual(activeFilters({ year: 2017, q: '', keyword: 'x' }), ['keyword', 'year']);
});

test('a view keeps the selected actions and their structures only', () => {
  const view = feedView(feed, [feed.actions[0]!, feed.actions[2]!]);
  assert.deepEqual(ids(view.actions), ['a1', 'a3']);
  assert.deepEqual(ids(view.structures), ['s1', 's2']);
  assert.equal(feedView(feed, feed.actions), feed);
});

test('facets list every value of the whole feed in reading order', () => {
  const f = facets(feed, structureById);
  assert.deepEqual(bars(f.keyword), ['Culture:1', 'Mobilité:2', 'Santé:2']);
  assert.deepEqual(bars(f.year), ['2018:2', '2017:2']);
  assert.equal(facets(feed, structureById), f);
  const codes = ['21', '2B', '19', '974', '2A', '01'];
  const other = validateFeed({
    version: '1.0',
    structures: codes.map((departement) => ({ id: departement, name: departement, departement })),
    actions: codes.map((c) => ({ id: `a${c.toLowerCase()}`, structureId: c, title: c })),
  }).feed;
  assert.deepEqual(
    facets(other, new Map(other.structures.map((s) => [s.id, s]))).departement.map((b) => b.key),
    ['01', '19', '2A', '2B', '21', '974'],
  );
});

test('merging feeds prefixes colliding ids and shifts issue paths', () => {
  const a = validateFeed({ version: '1.0', structures: [{ id: 'x', name: 'X' }], actions: [
    { id: 'p', structureId: 'x', title: 'P' }, { id: 'q', structureId: 'x', title: 'Q' }] });
  const b = validateFeed({ version: '1.0', structures: [{ id: 'x', name: 'X bis' }, { id: 'y', name: 'Y' }], actions: [
    { id: 'p', structureId: 'x', title: 'P bis' }, { id: 'BAD ID', structureId: 'y', title: 'Rejetée' }, { id: 'r', structureId: 'y', title: 'R' }] });
  const c = validateFeed({ version: '1.0', structures: [{ id: 'f2-x', name: 'Z' }], actions: [{ id: 'p', structureId: 'f2-x', title: 'P ter' }] });
  const merged = mergeFeeds([a, b, c]);
  assert.deepEqual(ids(merged.feed.structures), ['x', 'f2-x', 'y', 'f3-f2-x']);
  assert.deepEqual(merged.feed.actions.map((x) => `${x.id}@${x.structureId}:${x.title}`), [
    'p@x:P', 'q@x:Q', 'f2-p@f2-x:P bis', 'r@y:R', 'f3-p@f3-f2-x:P ter',
  ]);
  assert.equal(merged.feed.actions[0], a.feed.actions[0]);
  assert.equal(merged.actionCount, 6);
  assert.deepEqual(merged.issues.map((i) => i.path), [['actions', 3, 'id']]);
  assert.deepEqual(b.issues.map((i) => i.path), [['actions', 1, 'id']]);
  assert.equal(mergeFeeds([a]), a);
});
