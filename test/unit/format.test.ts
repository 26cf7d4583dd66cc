import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEtp, formatMoney, formatNumber, formatPercent } from '../../src/shared/format.js';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
const formatters = new Map<string, Intl.NumberFormat>();
function intl(lang: 'fr' | 'en', options: Intl.NumberFormatOptions, value: number): string {
  const key = lang + JSON.stringify(options);
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(LOCALES[lang], options));
  return formatters.get(key)!.format(value);
}

test('money, shares and numbers as the elements print them', () => {
  assert.equal(formatMoney(21280, 'fr'), '21\u202f280\u00a0€');
  assert.equal(formatMoney(21280, 'en'), '€21,280');
  assert.equal(formatMoney(1234.5, 'fr'), '1\u202f234,50\u00a0€');
  assert.equal(formatMoney(-6700, 'en'), '-€6,700');
  assert.equal(formatMoney(999, 'fr'), '999\u00a0€');
  assert.equal(formatPercent(6700 / 21280, 'fr'), '31\u00a0%');
  assert.equal(formatPercent(0.0425, 'en'), '4.3%');
  assert.equal(formatPercent(0.145, 'fr'), '15\u00a0%');
  assert.equal(formatPercent(0.0995, 'fr'), '10\u00a0%');
  assert.equal(formatPercent(0, 'fr'), '0\u00a0%');
  assert.equal(formatPercent(1, 'en'), '100%');
  assert.equal(formatNumber(1234.005, 'fr'), '1\u202f234,01');
  assert.equal(formatNumber(9.999, 'en'), '10');
  assert.equal(formatNumber(0.5, 'fr', 0), '1');
  assert.equal(formatNumber(-0.4, 'fr', 0), '-0');
  assert.equal(formatNumber(100000, 'en'), '100,000');
  assert.equal(formatEtp(0.4, 'fr'), '0,4\u00a0ETP');
  assert.equal(formatMoney(1e12, 'fr'), '1\u202f000\u202f000\u202f000\u202f000\u00a0€');
  assert.equal(formatPercent(1e-7, 'fr'), '0\u00a0%');
});

test('every figure is written as Intl.NumberFormat writes it', () => {
  // Ties of every kind (x.5, x.005, shares whose binary value is just below the tie), powers of ten, carries,
  // negatives, numbers String() writes with an exponent, a feed's largest amount and sums beyond it.
  const fixed = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.005, 1.005, 1.015, 2.675, 0.145, 0.0995, 0.095, 0.999, 9.995, 99.995, 999.5];
  const edges = [1e-7, -5e-7, 1e12, 999_999_999_999.99, 1e12 - 0.005, 4_321_987_654_321.5, NaN];
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const drawn = Array.from({ length: 3000 }, (_, i) => {
    const scale = 10 ** ((i % 9) - 3);
    const value = Math.round(random() * 1e6) / 1e3;
    return (i % 5 === 0 ? -1 : 1) * value * scale;
  });
  const values = [...fixed, ...edges, ...drawn, ...drawn.map((v) => v / 100)];
  for (const lang of ['fr', 'en'] as const) {
    for (const value of values) {
      const cents = Math.round(value * 100) % 100 !== 0 ? 2 : 0;
      const money = intl(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: cents, maximumFractionDigits: cents }, value);
      assert.equal(formatMoney(value, lang), money, `money ${value} ${lang}`);
      for (const digits of [0, 1, 2] as const) assert.equal(formatNumber(value, lang, digits), intl(lang, { maximumFractionDigits: digits }, value), `number ${value} ${digits} ${lang}`);
      const share = value / 1000;
      const percentDigits = share > 0 && share < 0.1 ? 1 : 0;
      assert.equal(formatPercent(share, lang), intl(lang, { style: 'percent', maximumFractionDigits: percentDigits }, share), `percent ${share} ${lang}`);
    }
  }
});
