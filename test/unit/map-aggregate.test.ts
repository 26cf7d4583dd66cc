import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed } from '../../src/feed/validate.js';
import { budgetTotals, staffingTotals } from '../../src/feed/aggregate.js';
import type { Action, Feed, FeedInput } from '../../src/feed/schema.js';
import { compareCodes, structureDepartement, territoryFigures } from '../../src/territory-map/aggregate-territory.js';

const sample = validateFeed(JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8'))).feed;

test('sample feed: actions per département and région, counted by hand from the feed file', () => {
  // 25 fiches of Pas-de-Calais centres, 10 of the Dunkerque association, one each in Homécourt, Thionville, Danjoutin.
  const figures = territoryFigures(sample);
  const count = (m: ReadonlyMap<string, { actions: number }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.actions]));
  assert.deepEqual(count(figures.departements), { '54': 1, '57': 1, '59': 10, '62': 25, '90': 1 });
  assert.deepEqual([...figures.departements.keys()], ['54', '57', '59', '62', '90']);
  // Hauts-de-France (32) = 59 + 62; Grand Est (44) = 54 + 57; Bourgogne-Franche-Comté (27) = 90.
  assert.deepEqual(count(figures.regions), { '27': 1, '32': 35, '44': 2 });
  assert.equal(figures.departements.get('62')!.structures, 17);
  assert.equal(figures.total.actions, 38);
  assert.equal(figures.unplaced, 0);
});

test('sample feed: budget and ETP of each area are what the charts’ aggregation gives for its actions', () => {
  const figures = territoryFigures(sample);
  const departementOf = new Map(sample.structures.map((s) => [s.id, s.departement]));
  for (const [code, area] of figures.departements) {
    const actions = sample.actions.filter((a) => departementOf.get(a.structureId) === code);
    const budget = budgetTotals(actions);
    const staffing = staffingTotals(actions);
    assert.equal(area.budget, budget.cost, `budget of ${code}`);
    assert.equal(area.budgetActions, budget.completeness.withBudget, `actions with a budget in ${code}`);
    assert.equal(area.etp, staffing.etp, `ETP of ${code}`);
    assert.equal(area.etpActions, staffing.completeness.withEtp, `actions with ETP in ${code}`);
  }
  assert.ok(figures.departements.get('62')!.budget > 0, 'Pas-de-Calais fiches give budgets');
});

function feed(input: FeedInput): Feed {
  return validateFeed(input).feed;
}

test('budget and ETP rules, on figures worked out by hand', () => {
  const f = feed({
    version: '1.0',
    structures: [
      { id: 'a', name: 'A', departement: '13' },
      { id: 'b', name: 'B', commune: { name: 'Ajaccio', insee: '2A004' } },
      { id: 'c', name: 'C' },
    ],
    actions: [
      { id: 'total', structureId: 'a', title: 'T', budget: { total: 1000 } },
      // No total: the larger of revenues (300 + 200) and expenses (450).
      { id: 'lines', structureId: 'a', title: 'L', budget: { revenues: [{ label: 'CAF', funderType: 'caf', amount: 300 }, { label: 'Ville', funderType: 'commune', amount: 200 }], expenses: [{ label: 'Car', amount: 450 }] } },
      // A lone zero total gives no figure.
      { id: 'zero', structureId: 'a', title: 'Z', budget: { total: 0 } },
      // Salaried: declared 0.5 beats roles 0.3. Volunteers: two roles of 7 h a week = 0.2 + 0.2.
      {
        id: 'staff',
        structureId: 'b',
        title: 'S',
        staffing: {
          etpSalaried: 0.5,
          people: [
            { role: 'animatrice', kind: 'salarie', etp: 0.3 },
            { role: 'accueil', kind: 'benevole', hoursPerWeek: 7 },
            { role: 'cuisine', kind: 'benevole', hoursPerWeek: 7 },
            { role: 'jeune', kind: 'service-civique', etp: 1 },
          ],
        },
      },
      { id: 'counts', structureId: 'b', title: 'C', staffing: { people: [{ role: 'bénévoles', kind: 'benevole', count: 12 }] } },
      { id: 'lost', structureId: 'c', title: 'Nowhere' },
      { id: 'unknown-structure', structureId: 'nobody', title: 'Nobody' },
    ],
  });
  const figures = territoryFigures(f);
  assert.deepEqual(figures.departements.get('13'), { code: '13', actions: 3, structures: 1, budget: 1500, budgetActions: 2, etp: 0, etpActions: 0 });
  // Corsica-du-Sud from the commune's INSEE code; 0.5 + 0.4 + 1 ETP (every kind of people counts in the total).
  assert.deepEqual(figures.departements.get('2A'), { code: '2A', actions: 2, structures: 1, budget: 0, budgetActions: 0, etp: 1.9, etpActions: 1 });
  assert.deepEqual([...figures.regions.keys()], ['93', '94']);
  assert.equal(figures.unplaced, 2);
  assert.equal(figures.total.actions, 7);
  assert.equal(figures.total.budget, 1500);
});

test('département of a structure: declared, else from the commune code', () => {
  assert.equal(structureDepartement({ id: 's', name: 'S', departement: '974' }), '974');
  assert.equal(structureDepartement({ id: 's', name: 'S', commune: { name: 'Bastia', insee: '2B033' } }), '2B');
  assert.equal(structureDepartement({ id: 's', name: 'S', commune: { name: 'Lens' } }), undefined);
  assert.equal(structureDepartement(undefined), undefined);
});

test('INSEE order puts Corsica between 19 and 21 and overseas last', () => {
  assert.deepEqual(['971', '2B', '21', '01', '95', '2A', '19', '976'].sort(compareCodes), ['01', '19', '2A', '2B', '21', '95', '971', '976']);
});

test('100,000 actions add up exactly', () => {
  const actions: Action[] = [];
  for (let i = 0; i < 100_000; i++) actions.push({ ...sample.actions[i % sample.actions.length]!, id: `a${i}` });
  const figures = territoryFigures({ structures: sample.structures, actions });
  assert.equal(figures.total.actions, 100_000);
  assert.equal([...figures.departements.values()].reduce((s, a) => s + a.actions, 0), 100_000);
  // Times belong to npm run bench (a loaded machine made a bound here fail); the sums must be exact.
  assert.equal(figures.total.budget, budgetTotals(actions).cost);
  assert.equal(figures.total.etp, staffingTotals(actions).etp);
});
