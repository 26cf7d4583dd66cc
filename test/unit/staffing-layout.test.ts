import { before, test } from 'node:test';
import { loadLang } from '../../src/shared/i18n.js';
import assert from 'node:assert/strict';
import { staffingTotals } from '../../src/feed/aggregate.js';
import { actionSchema, type Action, type ActionInput } from '../../src/feed/schema.js';
import { kindValues, pickMeasure, staffingLayout } from '../../src/staffing-chart/layout.js';
import { MAX_ROLE_ROWS, staffingModel } from '../../src/staffing-chart/model.js';

// English strings are a chunk of their own, loaded on first use.
before(() => loadLang('en'));

const action = (id: string, staffing: ActionInput['staffing']): Action => actionSchema.parse({ id, structureId: 's', title: id, staffing });

// The "innovation sociale" fiche: two professionals at 0,4 and 0,1 ETP, seventeen volunteers
// between 3 and 11 h a week, written down with their ETP (nine at 0,2, one at 0,4, seven at 0,1).
const volunteers = [...Array(9).fill(0.2), 0.4, ...Array(7).fill(0.1)].map((etp: number) => ({ role: 'bénévole', kind: 'benevole' as const, etp }));
const innovation = action('innovation', {
  etpSalaried: 0.5,
  etpVolunteer: 2.9,
  people: [{ role: 'professionnelle', kind: 'salarie', etp: 0.4 }, { role: 'professionnel', kind: 'salarie', etp: 0.1 }, ...volunteers],
});
// The ski stay: head counts only (3 + 2 + 2 animateurs).
const ski = action('ski', {
  people: [
    { role: 'animateur (centre social Centre)', kind: 'salarie', count: 3 },
    { role: 'animateur (centre social Marlborough)', kind: 'salarie', count: 2 },
    { role: "animateur (centre social d'Ostrohove)", kind: 'salarie', count: 2 },
  ],
});

test('pickMeasure: ETP when any is known, else head counts', () => {
  assert.equal(pickMeasure(staffingTotals([innovation])), 'etp');
  assert.equal(pickMeasure(staffingTotals([ski])), 'count');
  assert.equal(pickMeasure(staffingTotals([action('declared', { etpSalaried: 1 })])), 'etp');
});

test('kindValues: salaried and volunteer ETP include declared totals', () => {
  const totals = staffingTotals([action('x', { etpSalaried: 2, people: [{ role: 'r', kind: 'salarie', etp: 0.5 }, { role: 'c', kind: 'service-civique', etp: 0.8 }] })]);
  assert.deepEqual(kindValues(totals, 'etp'), [
    { kind: 'salarie', value: 2 },
    { kind: 'service-civique', value: 0.8 },
  ]);
  assert.deepEqual(kindValues(totals, 'count'), []);
});

test('staffingLayout: a stacked bar by kind and role bars relative to the largest', () => {
  const totals = staffingTotals([innovation]);
  const layout = staffingLayout(totals, [{ etp: 0.4 }, { etp: 0.1 }, { etp: 2.9 }, { count: 3 }], 340);
  assert.equal(layout.measure, 'etp');
  // 0,5 and 2,9 of 3,4 ETP over 340 px.
  assert.deepEqual(
    layout.kinds.map((b) => [b.datum.kind, b.x, b.width]),
    [
      ['salarie', 0, 50],
      ['benevole', 50, 290],
    ],
  );
  assert.deepEqual(layout.rowFractions, [0.4 / 2.9, 0.1 / 2.9, 1, 0]);
  const counts = staffingLayout(staffingTotals([ski]), [{ count: 3 }, { count: 2 }], 70);
  assert.equal(counts.measure, 'count');
  assert.deepEqual(counts.kinds.map((b) => [b.datum.kind, b.width]), [['salarie', 70]]);
  assert.deepEqual(counts.rowFractions, [1, 2 / 3]);
});

test('staffingModel: summary, lines and the value of volunteer time', () => {
  const m = staffingModel([innovation], 12, 'fr');
  assert.equal(m.summary, 'Moyens humains : 3,4\u00a0ETP au total — Salariés 0,5\u00a0ETP (15\u00a0%), Bénévoles 2,9\u00a0ETP (85\u00a0%)');
  assert.equal(m.etpLine, 'Salariés : 0,5\u00a0ETP · Bénévoles : 2,9\u00a0ETP');
  // The fiche lists "bénévole : 6H/semaine" once per volunteer, 17 times: one role of 17 people.
  assert.equal(m.countLine, '17 bénévoles');
  assert.deepEqual(
    m.rows.map((r) => [r.label, r.kind, r.etp, r.count, r.countComplete]),
    [
      ['Professionnelle', 'salarie', 0.4, undefined, false],
      ['Professionnel', 'salarie', 0.1, undefined, false],
      ['Bénévole', 'benevole', 2.9, 17, true],
    ],
  );
  // 2,9 × 1607 × 12 = 55 923,6
  assert.equal(m.valuation!.value, 55923.6);
  assert.equal(m.valuation!.text, '2,9\u00a0ETP × 1 607 h × 12\u00a0€ de l’heure = 55\u202f923,60\u00a0€ par an');
  assert.deepEqual(m.tables[1]!.rows, [
    ['ETP bénévoles', 2.9],
    ['Heures par an (1 ETP = 1 607 h)', 4660.3],
    ['Valeur d’une heure (€)', 12],
    ['Valorisation annuelle (€)', 55923.6],
  ]);
  assert.equal(staffingModel([innovation], undefined, 'fr').valuation, undefined);
});

test('staffingModel: head counts when no ETP is given', () => {
  const m = staffingModel([ski], undefined, 'en');
  assert.equal(m.measure, 'count');
  assert.equal(m.countLine, '7 staff members');
  assert.equal(m.summary, 'Head count: 7 people — Staff 7 (100%)');
  assert.deepEqual(m.notes, ['No FTE given: the chart counts people.']);
});

test('staffingModel: hours converted at 35 h, declared ETP without a role, long lists capped', () => {
  const hours = staffingModel([action('h', { etpSalaried: 1, people: [{ role: 'animatrice', kind: 'salarie', hoursPerWeek: 17.5 }] })], undefined, 'fr');
  assert.deepEqual(
    hours.rows.map((r) => [r.label, r.etp, r.fromHours]),
    [
      ['Animatrice', 0.5, true],
      ['Salariés (rôle non précisé)', 0.5, false],
    ],
  );
  assert.ok(hours.notes.includes('Heures hebdomadaires converties en ETP à raison de 35 h par semaine = 1 ETP.'));
  const many = staffingModel(
    [action('m', { people: Array.from({ length: 12 }, (_, i) => ({ role: `rôle ${i}`, kind: 'salarie' as const, count: i + 1 })) })],
    undefined,
    'fr',
  );
  assert.equal(many.shownRows.length, MAX_ROLE_ROWS);
  assert.equal(many.otherRoles, 12 - MAX_ROLE_ROWS);
  assert.equal(many.shownRows[0]!.label, 'Rôle 11');
  assert.equal(many.rows.length, 12);
  // Print: the eight roles drawn, in table order, then one line for the four others (counts 1 to 4).
  assert.equal(many.tables[0]!.rows.length, 12);
  assert.deepEqual(
    many.printTables[0]!.rows.map((r) => r[0]),
    ['Rôle 11', 'Rôle 10', 'Rôle 9', 'Rôle 8', 'Rôle 7', 'Rôle 6', 'Rôle 5', 'Rôle 4', '4 autres rôles'],
  );
  assert.deepEqual(many.printTables[0]!.rows.at(-1), ['4 autres rôles', '', null, 10, 'détail à l’écran et dans l’export CSV']);
  assert.deepEqual(many.printTables[0]!.foot, many.tables[0]!.foot);
});

test('staffingModel: a table short enough to print whole prints whole', () => {
  const m = staffingModel([innovation], 12, 'fr');
  assert.deepEqual(m.printTables, m.tables);
});

test('staffingModel: nothing to show', () => {
  assert.equal(staffingModel([action('e', {})], 10, 'fr').state, 'no-staffing');
  assert.equal(staffingModel([], 10, 'fr').state, 'no-actions');
});
