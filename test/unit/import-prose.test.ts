/**
 * The free-text reader (src/import/prose.ts) on sentences written for these tests: each rule
 * with the exact facts it gives, and the sentence next to it that it must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProse, type ProseFacts } from '../../src/import/prose.js';
import { removeNames } from '../../src/import/names.js';
import { Recorder } from '../../src/import/report.js';
import { toLines } from '../../src/import/text.js';
import { loadCommunes } from '../../src/import/communes.js';

await loadCommunes();

const read = (text: string): ProseFacts => readProse(toLines(text), new Recorder());
const money = (f: ProseFacts) => ({ total: f.total?.amount, revenues: f.revenues.map((r) => `${r.funderType} ${r.amount}`), expenses: f.expenses.map((e) => e.amount) });

test('a recurring slot in the present says the action runs; in a past year, or a run with an end, it says nothing', () => {
  for (const text of [
    "Tous les samedis matin, l'atelier ouvre ses portes.",
    'Un vendredi sur deux, les parents se retrouvent au centre.',
    'La permanence a lieu tous les mardis et jeudis après-midi.',
    'Un samedi par mois, des bénévoles réparent les appareils des habitants.',
    'Le local accueille les 12-17 ans deux soirs par semaine.',
    'Lundis et jeudis, 16 h 30 – 18 h',
  ]) assert.equal(read(text).state?.state, 'en-cours', text);
  for (const text of [
    'Chaque mercredi, 48 enfants ont été accueillis en moyenne.',
    "Le lieu d'accueil a ouvert deux matinées par semaine toute l'année.",
    'Chaque jeudi, une psychologue anime un atelier de 10 séances.',
  ]) assert.equal(read(text).state, undefined, text);
});

test('an edition that ended, then a renewal: the action goes on', () => {
  assert.equal(read("Cette première année s'est terminée en décembre, et nous reconduisons les cafés en 2025.").state?.state, 'en-cours');
  assert.equal(read("L'action s'est terminée en juin.\nElle n'a pas été reconduite.").state?.state, 'terminee');
});

test('funders with a bracketed budget line, a dash, a leading list item, "pour", and "le reste … vient de"', () => {
  assert.deepEqual(money(read("L'atelier est soutenu par l'État (BOP 147) à hauteur de 4 000 € et par la Métropole européenne de Lille pour 3 000 € ; le reste, 2 600 €, vient de la vente de vélos reconditionnés.")), {
    total: undefined,
    revenues: ['etat 4000', 'intercommunalite 3000', 'autofinancement 2600'],
    expenses: [],
  });
  assert.deepEqual(money(read('La CAF (prestation de service) : 8 200 € ; Ville de Lorient : 2 000 € ; participation des familles : 1 300 €.')).revenues, ['caf 8200', 'commune 2000', 'usagers 1300']);
  assert.deepEqual(money(read('Département de la Meuse – 2 000 €')).revenues, ['departement 2000']);
  assert.deepEqual(money(read('Elle a été financée par la Carsat (6 000 €), le Département du Pas-de-Calais – 2 500 € – et la conférence des financeurs pour 1 800 €.')).revenues, ['carsat 6000', 'departement 2500', 'departement 1800']);
  assert.deepEqual(money(read('Un immense merci à la Fondation Transmettre pour son soutien de 1 500 € cette année.')).revenues, ['fondation 1500']);
});

test('what is spent: the whole as the total, then each part of a "dont … et …" chain', () => {
  assert.deepEqual(money(read("Les dépenses de l'année s'élèvent à 9 600 €, dont 5 400 € pour rémunérer le mécanicien et 2 100 € de pièces détachées.")), { total: 9600, revenues: [], expenses: [5400, 2100] });
  // Spending on one item is an expense, not the budget.
  assert.deepEqual(money(read("Les dépenses d'achat de denrées représentent 3 000 €.")), { total: undefined, revenues: [], expenses: [3000] });
});

test('a given name that is also a surname or a saint ("Pascal") is a person only before a surname, never after "Saint"', () => {
  assert.equal(removeNames('Je travaille en binôme avec Pascal Girard, ancien cheminot.').text, 'Je travaille en binôme avec (nom retiré), ancien cheminot.');
  assert.equal(removeNames('« Venez ! », insiste Yannick Delattre.').text, '« Venez ! », insiste (nom retiré).');
  for (const kept of ['Deux élèves du lycée Blaise Pascal viennent.', 'Avec Saint Martin Habitat et St Étienne Métropole.', 'Le lycée Blaise-Pascal aide.']) assert.equal(removeNames(kept).text, kept);
});
