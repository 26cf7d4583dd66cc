import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findAmounts,
  findEtp,
  hoursToEtp,
  leadingCount,
  parseAmount,
  parseHoursPerWeek,
  parseNumber,
  parseQuantity,
} from '../../src/import/french-numbers.js';

const values = (text: string, bare = false) => findAmounts(text, { bare }).map((a) => a.value);

test('parseNumber reads French groupings and decimals', () => {
  assert.equal(parseNumber('21 280.00'), 21280);
  assert.equal(parseNumber('6 700'), 6700);
  assert.equal(parseNumber('100000'), 100000);
  assert.equal(parseNumber('0,4'), 0.4);
  assert.equal(parseNumber('1.500'), 1500);
  assert.equal(parseNumber('12.50'), 12.5);
  assert.equal(parseNumber('52\u202f800'), 52800);
  assert.equal(parseNumber('abc'), undefined);
});

test('amounts with a currency, as fiches write them', () => {
  assert.deepEqual(values('Coût du projet : 21 280.00€'), [21280]);
  assert.deepEqual(values('CAF : 6 700€'), [6700]);
  assert.deepEqual(values('52 800 euros'), [52800]);
  assert.deepEqual(values('Nous prévoyons un achat de matériel : 100000 €'), [100000]);
  assert.deepEqual(values('20 000€'), [20000]);
  assert.deepEqual(values('Budget annuel de 6500 euros.'), [6500]);
  assert.deepEqual(values('15 k€ et 1,5 M€'), [15000, 1500000]);
  assert.deepEqual(values('52800 Euros'), [52800]);
});

test('a list of funders on one line gives one amount each', () => {
  assert.deepEqual(values('Recettes : participation des usagers : 300 € - Participation de la MSA 16 700 €'), [300, 16700]);
  assert.deepEqual(values('- 4 000 euros: Conseil Départemental'), [4000]);
  assert.deepEqual(values('Dépenses de matériel : 8 000 € - salaire animateur : 9 000 €'), [8000, 9000]);
  assert.deepEqual(values('1 500 € et 2 000 €'), [1500, 2000]);
});

test('approximate amounts: (env.), environ, plus de', () => {
  const env = parseAmount('Prestation : 6000€ (env.)')!;
  assert.equal(env.value, 6000);
  assert.equal(env.approximate, true);
  assert.equal(parseAmount('environ 3 000 €')!.approximate, true);
  assert.equal(parseAmount('Hébergement : 720€')!.approximate, false);
});

test('ranges give their midpoint, bounds and an approximate flag', () => {
  const r = parseAmount('3 000 à 5 000 €')!;
  assert.deepEqual([r.value, r.min, r.max, r.approximate], [4000, 3000, 5000, true]);
  const e = parseAmount('entre 1 500 et 2 000 euros')!;
  assert.deepEqual([e.value, e.min, e.max], [1750, 1500, 2000]);
  const d = parseAmount('3000-5000 €')!;
  assert.deepEqual([d.min, d.max], [3000, 5000]);
});

test('bare numbers count only in budget text (bare mode)', () => {
  assert.deepEqual(values('9300'), []);
  assert.deepEqual(values('9300', true), [9300]);
  assert.deepEqual(values('subvention 7000', true), [7000]);
  const bare = parseAmount('9300', { bare: true })!;
  assert.equal(bare.currency, false);
  // A number glued to a letter is a code: a language level, a room, a budget line.
  assert.deepEqual(values('deux ont obtenu leur DELF A2.', true), []);
  assert.deepEqual(values('salle B12, 450', true), [450]);
});

test('years, postal codes, phones, dates, durations and clock times are not money', () => {
  assert.deepEqual(values('depuis 2018', true), []);
  assert.deepEqual(values('en 2018 le budget était de 2 000 €', true), [2000]);
  assert.deepEqual(values('85 depuis le début de l’année 2018.', true), []);
  assert.deepEqual(values('14 rue des Lilas 59640 DUNKERQUE', true), []);
  assert.deepEqual(values('59640 DUNKERQUE', true), []);
  assert.deepEqual(values('03 28 61 08 09 / 03 21 00 00 00', true), []);
  assert.deepEqual(values('Tél. : 03.29.00.11.22', true), []);
  assert.deepEqual(values('passant de 40 en 2015 à 52 au 15/06/2016', false), []);
  assert.deepEqual(values('le 12 mars 2016', true), []);
  assert.deepEqual(values('4*2 jours de stage', true), []);
  assert.deepEqual(values('de 9h00 à 12h00', true), []);
  assert.deepEqual(values('25 % des foyers', true), []);
  assert.deepEqual(values('le 12 mars 2016 pour 300 €'), [300]);
});

test('ETP, weekly hours and their conversion on 35 hours', () => {
  assert.deepEqual(findEtp('0,4 ETP').map((e) => e.value), [0.4]);
  assert.deepEqual(findEtp('2 ETP').map((e) => e.value), [2]);
  assert.deepEqual(findEtp('1/2 ETP').map((e) => e.value), [0.5]);
  assert.deepEqual(findEtp('un mi-temps').map((e) => e.value), [0.5]);
  assert.deepEqual(findEtp('Jean Claude P : 6H/semaine (0,2 ETP)').map((e) => e.value), [0.2]);
  assert.equal(parseHoursPerWeek('Jean Claude P : 6H/semaine (0,2 ETP)')!.value, 6);
  assert.equal(parseHoursPerWeek('10 heures par semaine')!.value, 10);
  assert.equal(parseHoursPerWeek('6 heures de stage'), undefined);
  assert.equal(hoursToEtp(6), 0.17);
  assert.equal(hoursToEtp(35), 1);
  assert.equal(hoursToEtp(17.5), 0.5);
});

test('products of durations: 4*2 jours is 8 days', () => {
  assert.deepEqual(parseQuantity('4*2 jours de stage'), { value: 8, unit: 'jours' });
  assert.deepEqual(parseQuantity('3 x 2 h'), { value: 6, unit: 'h' });
  assert.equal(parseQuantity('20 000€'), undefined);
});

test('head counts at the start of a phrase', () => {
  assert.deepEqual(leadingCount('6 bénévoles'), { value: 6, approximate: false, rest: 'bénévoles' });
  assert.deepEqual(leadingCount('deux animateurs'), { value: 2, approximate: false, rest: 'animateurs' });
  assert.deepEqual(leadingCount('une trentaine de partenaires'), { value: 30, approximate: true, rest: 'partenaires' });
  assert.deepEqual(leadingCount('environ 10 seniors'), { value: 10, approximate: true, rest: 'seniors' });
  assert.equal(leadingCount("l'animatrice jeunesse"), undefined);
});
