/**
 * The département table against the official list (COG, from @etalab/decoupage-administratif,
 * an independent source), and the ways a fiche names a département.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  DEPARTEMENTS,
  departementFromCode,
  departementFromLabel,
  departementFromName,
  departementFromPostcode,
} from '../../src/import/departements.js';
import { communesIn, loadCommunes } from '../../src/import/communes.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

const official = (createRequire(import.meta.url)('@etalab/decoupage-administratif/data/departements.json') as {
  code: string;
  nom: string;
  zone: string;
}[]).filter((d) => d.zone === 'metro' || d.zone === 'drom');

test('the table holds the 101 départements with their official names', () => {
  assert.equal(official.length, 101);
  assert.equal(Object.keys(DEPARTEMENTS).length, 101);
  for (const d of official) assert.equal(DEPARTEMENTS[d.code], d.nom, d.code);
});

test('every official name (and its plain-ASCII, lower-case form) finds its code', () => {
  for (const d of official) {
    assert.equal(departementFromName(d.nom), d.code, d.nom);
    const plain = d.nom.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/-/g, ' ');
    assert.equal(departementFromName(plain), d.code, plain);
  }
  assert.equal(departementFromName('Pas de Calais'), '62');
  assert.equal(departementFromName('Nordd'), undefined);
});

test('codes, labels and postal codes', () => {
  assert.equal(departementFromCode('9'), '09');
  assert.equal(departementFromCode('2a'), '2A');
  assert.equal(departementFromCode('975'), undefined);
  assert.equal(departementFromCode('96'), undefined);
  assert.equal(departementFromLabel('Territoire de Belfort (90)'), '90');
  assert.equal(departementFromLabel('Pas-de-Calais'), '62');
  assert.equal(departementFromLabel('Moselle (57)'), '57');
  assert.equal(departementFromLabel('62'), '62');
  assert.equal(departementFromPostcode('59640'), '59');
  assert.equal(departementFromPostcode('57100'), '57');
  assert.equal(departementFromPostcode('01000'), '01');
  assert.equal(departementFromPostcode('20000'), '2A');
  assert.equal(departementFromPostcode('20200'), '2B');
  assert.equal(departementFromPostcode('97400'), '974');
  assert.equal(departementFromPostcode('5964'), undefined);
});

test('a town after "au" or "aux" is looked up with the article the preposition holds', () => {
  const found = (text: string) => communesIn(text).map((c) => `${c.name} ${c.departement}`);
  assert.deepEqual(found('Au Puy-en-Velay, une épicerie qui roule'), ['Le Puy-en-Velay 43']);
  assert.deepEqual(found("un séjour aux Sables-d'Olonne"), ["Les Sables-d'Olonne 85"]);
  assert.deepEqual(found('au Mans et à Tours'), ['Le Mans 72', 'Tours 37']);
  // "au Portugal" names no commune: nothing is made up.
  assert.deepEqual(found('un échange au Portugal'), []);
});
