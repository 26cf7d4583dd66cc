/** Budget sections → Budget, on texts written for these tests (expected values checked by hand). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBudget } from '../../src/import/budget.js';
import { findAmounts, findEtp, wordsToNumber } from '../../src/import/french-numbers.js';
import { Recorder } from '../../src/import/report.js';
import { toLines } from '../../src/import/text.js';
import { loadCommunes } from '../../src/import/communes.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

function budget(text: string) {
  const rec = new Recorder();
  return { b: parseBudget(toLines(text), rec)!, rec };
}

test('a total and funders listed amount first', () => {
  const { b } = budget('12 500 euros\n- 500 euros: participation des familles\n- 3 000 euros: Conseil Départemental\n- 9 000 euros: la commune');
  assert.equal(b.total, 12500);
  assert.deepEqual(
    b.revenues.map((r) => [r.funderType, r.amount]),
    [['usagers', 500], ['departement', 3000], ['commune', 9000]],
  );
  assert.equal(b.text, '12 500 euros\n- 500 euros: participation des familles\n- 3 000 euros: Conseil Départemental\n- 9 000 euros: la commune');
});

test('a labelled total and labelled funders, decimals with a dot', () => {
  const { b } = budget('Coût du projet : 10 450.00€\nAutofinancement : 1 000€\nParticipation des jeunes : 2 450€\nCAF : 4 000€\nVille : 3 000€');
  assert.equal(b.total, 10450);
  assert.deepEqual(
    b.revenues.map((r) => `${r.label}|${r.funderType}|${r.amount}`),
    ['Autofinancement|autofinancement|1000', 'Participation des jeunes|usagers|2450', 'CAF|caf|4000', 'Ville|commune|3000'],
  );
});

test('expenses and revenues on one line each, split at " - "', () => {
  const { b, rec } = budget('Dépenses de location : 2 000 € - salaire animatrice : 5 000 €\nRecettes : participation des usagers : 300 € - Participation MSA et CAF : 6 700 €');
  assert.deepEqual(b.expenses.map((e) => [e.label, e.amount]), [['location', 2000], ['salaire animatrice', 5000]]);
  assert.deepEqual(b.revenues.map((r) => [r.funderType, r.amount]), [['usagers', 300], ['msa', 6700]]);
  // No total is invented; the sum is only reported.
  assert.equal(b.total, undefined);
  assert.ok(rec.assumptions.some((a) => a.text.includes('7000')));
  assert.ok(rec.assumptions.some((a) => a.text.includes('plusieurs financeurs')));
});

test('"Dépenses" / "Recettes" headings set the side of the lines below', () => {
  const { b } = budget('Dépenses\nImpression = 2 100 €\nRecettes\nParticipation Fondation de France = 600 €\nParticipation MSA = 1 500 €');
  assert.deepEqual(b.expenses.map((e) => e.amount), [2100]);
  assert.deepEqual(b.revenues.map((r) => [r.funderType, r.amount]), [['fondation', 600], ['msa', 1500]]);
});

test('approximate figures, a duration that is not money, a forecast', () => {
  const { b, rec } = budget('3*2 jours de formation\nIntervenant : 4000€ (env.)\nRepas : 300€ (env.)');
  assert.deepEqual(b.expenses.map((e) => [e.amount, e.approximate]), [[4000, true], [300, true]]);
  assert.equal(b.approximate, true);
  assert.ok(rec.assumptions.some((a) => a.line === 1 && a.text.includes('6 jours')));
  const forecast = budget('EN CONSTRUCTION\nInvestissement : 30000 €').b;
  assert.equal(forecast.basis, 'forecast');
  assert.deepEqual(forecast.expenses.map((e) => e.amount), [30000]);
});

test('bare numbers: a total without currency, a grant without funder', () => {
  const single = budget('4300');
  assert.equal(single.b.total, 4300);
  assert.ok(single.rec.assumptions.some((a) => a.text.includes('sans devise')));
  const { b } = budget('cout total : 15 000 €\nsubvention 5000');
  assert.equal(b.total, 15000);
  assert.deepEqual(b.revenues.map((r) => [r.label, r.funderType, r.amount]), [['subvention', 'autre', 5000]]);
});

test('annual budgets, ranges and sentences', () => {
  const annual = budget('Le budget de l’action est de 40 000 € annuels en fonctionnement').b;
  assert.equal(annual.total, 40000);
  assert.equal(annual.period, 'annual');
  const range = budget('3 000 à 5 000 €').b;
  assert.equal(range.total, 4000);
  assert.equal(range.approximate, true);
});

test('lines without amounts: cost items kept, funders in brackets typed, the rest reported', () => {
  const costs = budget('Le coût des salaires (SMIC, aidé) + coût de formation (OPCO ou fonds propres du centre)');
  assert.deepEqual(costs.b.expenses.map((e) => e.label), ['Salaires', 'Formation']);
  assert.deepEqual(costs.b.revenues.map((r) => r.funderType), ['autre', 'autofinancement']);
  const items = budget('Achats de fournitures\nLocation de salle').b;
  assert.deepEqual(items.expenses.map((e) => [e.label, e.amount]), [['Achats de fournitures', undefined], ['Location de salle', undefined]]);
  const odd = budget('voir le dossier joint');
  assert.deepEqual(odd.rec.notUnderstood, [{ line: 1, field: 'budget', text: 'voir le dossier joint' }]);
});

test('an empty section gives no budget', () => {
  assert.equal(parseBudget(toLines('\n-\n'), new Recorder()), undefined);
});

test('amounts in words, in k€ and M€, and staff at full or half time', () => {
  assert.deepEqual(findAmounts('une aide de douze mille euros, puis 3,5 k€ et 1,2 M€').map((a) => a.value), [12000, 3500, 1200000]);
  assert.equal(wordsToNumber('trois mille cinq cents'), 3500);
  assert.equal(wordsToNumber('quatre-vingt-dix'), 90);
  assert.equal(wordsToNumber('deux cent cinquante mille'), 250000);
  assert.equal(wordsToNumber('bonjour'), undefined);
  // "deux euros" is not a budget: word amounts start at ten.
  assert.deepEqual(findAmounts('un ticket à deux euros'), []);
  assert.deepEqual(findEtp('Deux équivalents temps plein').map((e) => e.value), [2]);
  assert.deepEqual(findEtp('deux conseillers à temps plein et une coordinatrice à mi-temps').map((e) => e.value), [2, 0.5]);
});

test('a table headed "Financeur | Montant" lists revenues, even a funder whose name says no type', () => {
  const { b } = budget('Financeur : Montant\nVille de Brest : 3 000 €\nArmorique Logis : 1 200 €\nTotal : 4 200 €');
  assert.deepEqual(b.revenues.map((r) => [r.label, r.funderType, r.amount]), [['Ville de Brest', 'commune', 3000], ['Armorique Logis', 'autre', 1200]]);
  assert.equal(b.total, 4200);
});
