/**
 * Layouts of real public fiches the seeds do not show, each on a text written for this test:
 * a press article that ends on a contact line, a centre's page naming a school after a person,
 * a label/value table. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles } from '../../src/import/import.js';
import { loadCommunes } from '../../src/import/communes.js';
import { facts } from './import-facts.js';

await loadCommunes();

const ARTICLE_WITH_CONTACT = `Hesdin : la bricothèque du centre social prête ses outils depuis un an
Publié par Claire Dubois le 4 février 2025
Installée dans l'ancienne cure, la bricothèque du centre social La Canche a reçu une subvention de 8 000 € accordée par la mairie. Son budget annuel est d'environ 2 900 euros.
Quatre bénévoles et un salarié tiennent les permanences, en partenariat avec le CCAS et un bailleur, Pas-de-Calais Habitat. Elle s'adresse aux familles du quartier.
Depuis l'ouverture, plus de 120 personnes ont emprunté une perceuse ou une échelle.
Contact : 62140 Hesdin, 03 21 00 11 22.`;

test('a press article ending on a contact line is read as free text: staffing, partners and the structure the prose names', () => {
  const { feed, report, valid } = importFiles([{ name: 'article.txt', text: ARTICLE_WITH_CONTACT }]);
  assert.ok(valid, report.invalid.join('\n'));
  assert.deepEqual(facts(feed), [{
    title: 'Hesdin : la bricothèque du centre social prête ses outils depuis un an',
    departement: '62',
    public: ['familles'],
    partners: ['CCAS (social)', 'Pas-de-Calais Habitat (bailleur)'],
    budget: { total: 2900, revenues: ['commune 8000'] },
    etp: [null, null],
    people: ['benevole 4', 'salarie 1'],
    beneficiaries: ['~120 personnes'],
  }]);
  assert.equal(feed.structures![0]!.name, 'Centre social La Canche');
  // The byline's author is neither in the feed nor in the report.
  assert.doesNotMatch(JSON.stringify({ feed, report }), /Dubois|Claire/);
});

test('a school named after a person keeps its name; "y" does not end a count\'s label', () => {
  const text = `Café des parents
Un vendredi sur deux, les parents du quartier se retrouvent à l'école. En 2024, 41 familles y ont participé, en partenariat avec l'école maternelle Jules Ferry et la PMI.`;
  const { feed } = importFiles([{ name: 'cafe.txt', text }]);
  assert.deepEqual(facts(feed)[0].partners, ['école maternelle Jules Ferry (education)', 'PMI (sante)']);
  assert.deepEqual(facts(feed)[0].beneficiaries, ['41 familles']);
});
