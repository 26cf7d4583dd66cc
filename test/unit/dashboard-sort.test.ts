import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionDate, sortActions } from '../../src/action-list/sort.js';
import { actionEtp } from '../../src/feed/figures.js';
import { validateFeed } from '../../src/feed/validate.js';

const { feed } = validateFeed({
  version: '1.0',
  structures: [{ id: 's', name: 'S' }],
  actions: [
    { id: 'ete', structureId: 's', title: 'Été solidaire', year: 2016, budget: { total: 500 }, staffing: { etpSalaried: 0.5 } },
    { id: 'zebre', structureId: 's', title: 'Zèbre', period: { start: '2019-03' }, staffing: { people: [{ role: 'r', kind: 'benevole', hoursPerWeek: 7 }] } },
    { id: 'atelier-10', structureId: 's', title: 'Atelier 10', year: 2018, period: { start: '1994', end: '2018-06-30' }, budget: { revenues: [{ label: 'CAF', funderType: 'caf', amount: 900 }] } },
    { id: 'ecoute', structureId: 's', title: 'Écoute', budget: { total: 500 }, staffing: { etpSalaried: 0.1, etpVolunteer: 0.1, people: [{ role: 'r', kind: 'salarie', etp: 0.5 }] } },
    { id: 'atelier', structureId: 's', title: 'atelier', period: { start: 'printemps' } },
    { id: 'atelier-9', structureId: 's', title: 'Atelier 9', year: 2018 },
    { id: 'ecole', structureId: 's', title: 'ecole' },
  ],
});
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);
const byId = (id: string) => feed.actions.find((a) => a.id === id)!;

test('titles sort in French order, numbers by value', () => {
  assert.deepEqual(ids(sortActions(feed.actions, 'title')), ['atelier', 'atelier-9', 'atelier-10', 'ecole', 'ecoute', 'ete', 'zebre']);
});

test('a subset sorts the same way as the whole set it was ranked in', () => {
  sortActions(feed.actions, 'title');
  const subset = [byId('zebre'), byId('ecole'), byId('atelier-10')];
  assert.deepEqual(ids(sortActions(subset, 'title')), ['atelier-10', 'ecole', 'zebre']);
  // A new action without a rank makes the whole selection sort again.
  const extra = validateFeed({ version: '1.0', structures: [], actions: [{ id: 'b', structureId: 's', title: 'Bal' }] }).feed.actions[0]!;
  assert.deepEqual(ids(sortActions([...subset, extra], 'title')), ['atelier-10', 'b', 'ecole', 'zebre']);
});

test('budgets, ETP and dates sort largest first, actions without one last, ties in given order', () => {
  assert.deepEqual(ids(sortActions(feed.actions, 'budget')), ['atelier-10', 'ete', 'ecoute', 'zebre', 'atelier', 'atelier-9', 'ecole']);
  // ecoute max(0.1, 0.5) + 0.1 = 0.6 before ete 0.5.
  assert.deepEqual(ids(sortActions(feed.actions, 'etp')), ['ecoute', 'ete', 'zebre', 'atelier-10', 'atelier', 'atelier-9', 'ecole']);
  assert.deepEqual(ids(sortActions(feed.actions, 'date')), ['zebre', 'atelier-10', 'atelier-9', 'ete', 'ecoute', 'atelier', 'ecole']);
});

test('an action’s ETP and date', () => {
  assert.equal(actionEtp(byId('ecoute')), 0.6); // salaried: roles 0.5 > declared 0.1; volunteers: declared 0.1
  assert.equal(actionEtp(byId('zebre')), 0.2); // 7 h / 35 h
  assert.equal(actionEtp(byId('atelier')), undefined);
  assert.equal(actionDate(byId('atelier-10')), '2018-06-30');
  assert.equal(actionDate(byId('zebre')), '2019-03');
  assert.equal(actionDate(byId('atelier')), undefined);
});

test('firstActions gives the first cards of sortActions without sorting them all, ties and missing figures included', async () => {
  const { default: fc } = await import('fast-check');
  const { firstActions } = await import('../../src/action-list/sort.js');
  const titles = ['Atelier 2', 'atelier 2', 'Atelier 10', '« Été »', 'ete', 'Zèbre', 'École'];
  fc.assert(
    fc.property(
      fc.array(fc.record({ t: fc.nat(titles.length - 1), budget: fc.option(fc.nat(4), { nil: undefined }), year: fc.option(fc.integer({ min: 2018, max: 2020 }), { nil: undefined }) }), { maxLength: 60 }),
      fc.nat(70),
      (rows, count) => {
        const { feed: f } = validateFeed({
          version: '1.0',
          structures: [{ id: 's', name: 'S' }],
          actions: rows.map((r, i) => ({ id: `a${i}`, structureId: 's', title: titles[r.t], ...(r.year ? { year: r.year } : {}), ...(r.budget !== undefined ? { budget: { total: r.budget * 100 } } : {}) })),
        });
        for (const key of ['title', 'date', 'budget', 'etp'] as const) {
          assert.deepEqual(ids(firstActions(f.actions, key, count)), ids(sortActions(f.actions, key).slice(0, count)), `${key}, first ${count}`);
        }
      },
    ),
    { numRuns: 200, seed: 11 },
  );
});
