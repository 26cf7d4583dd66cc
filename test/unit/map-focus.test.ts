import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departementsOfRegion, parseFocus } from '../../src/territory-map/focus.js';

test('a bare code is read at the map’s level', () => {
  assert.deepEqual(parseFocus('32', 'departement'), { departements: ['32'], targets: [{ level: 'departement', code: '32' }] });
  // Hauts-de-France: Aisne, Nord, Oise, Pas-de-Calais, Somme.
  assert.deepEqual(parseFocus('32', 'region'), { departements: ['02', '59', '60', '62', '80'], targets: [{ level: 'region', code: '32' }] });
});

test('a prefix chooses the level', () => {
  assert.deepEqual(parseFocus('region:32', 'departement')?.departements, ['02', '59', '60', '62', '80']);
  assert.deepEqual(parseFocus('departement:75', 'region')?.departements, ['75']);
  assert.deepEqual(parseFocus('REGION:94', 'departement')?.departements, ['2A', '2B']);
});

test('several codes, Corsica in lower case, overseas', () => {
  assert.deepEqual(parseFocus('62, 59', 'departement')?.departements, ['59', '62']);
  assert.deepEqual(parseFocus('2a 2B', 'departement')?.departements, ['2A', '2B']);
  assert.deepEqual(parseFocus('971,972;973 974 976', 'departement')?.departements, ['971', '972', '973', '974', '976']);
  assert.deepEqual(parseFocus('region:11 62', 'departement')?.targets, [
    { level: 'region', code: '11' },
    { level: 'departement', code: '62' },
  ]);
});

test('unknown or empty focus shows the whole map', () => {
  assert.equal(parseFocus(undefined, 'departement'), null);
  assert.equal(parseFocus('', 'departement'), null);
  assert.equal(parseFocus('96', 'departement'), null);
  assert.equal(parseFocus('975', 'departement'), null);
  assert.equal(parseFocus('region:62', 'departement'), null);
  assert.equal(parseFocus('Paris', 'departement'), null);
  assert.deepEqual(parseFocus('Paris 75', 'departement')?.departements, ['75']);
});

test('départements of a région', () => {
  assert.deepEqual(departementsOfRegion('94'), ['2A', '2B']);
  assert.deepEqual(departementsOfRegion('04'), ['974']);
  assert.deepEqual(departementsOfRegion('11'), ['75', '77', '78', '91', '92', '93', '94', '95']);
  assert.deepEqual(departementsOfRegion('99'), []);
});
