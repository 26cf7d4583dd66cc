// The funder palette against WCAG 1.4.11 (3:1 for graphical objects) on the light and the dark surface, and
// its neighbours' distance under simulated protanopia and deuteranopia (Machado, Oliveira & Fernandes 2009,
// severity 1, applied in linear RGB), measured as ΔE (CIE 1976) in CIELAB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FUNDER_COLORS, NOT_DETAILED_HEX, SERIES } from '../../src/shared/palette.js';
import { FUNDER_TYPES } from '../../src/feed/funders.js';

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

const LIGHT_SURFACE = '#ffffff';
const DARK_SURFACE = '#1d1b26';

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [channel(((n >> 16) & 255) / 255), channel(((n >> 8) & 255) / 255), channel((n & 255) / 255)];
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [lo, hi] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => x - y) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const PROTANOPIA: Matrix = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: Matrix = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const clamp = (x: number) => Math.min(1, Math.max(0, x));
const simulate = (c: Rgb, m: Matrix): Rgb => m.map((row) => clamp(row[0] * c[0] + row[1] * c[1] + row[2] * c[2])) as unknown as Rgb;

const lab = ([r, g, b]: Rgb): Rgb => {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

test('the contrast formula gives WCAG’s reference values', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  // The old palette's faults, as the issue measured them.
  assert.equal(contrast('#ddcc77', '#ffffff').toFixed(2), '1.62');
  assert.equal(contrast('#009e73', '#117733').toFixed(2), '1.65');
});

test('every funder colour, expense colour and the not-detailed grey has at least 3:1 against the light and the dark surface', () => {
  const rows = [...Object.entries(FUNDER_COLORS), ...SERIES.map((c, i) => [`series-${i}`, c] as const), ['not-detailed', NOT_DETAILED_HEX] as const];
  const below = rows.flatMap(([name, color]) =>
    [LIGHT_SURFACE, DARK_SURFACE].filter((bg) => contrast(color, bg) < 3).map((bg) => `${name} ${color} on ${bg}: ${contrast(color, bg).toFixed(2)}`),
  );
  assert.deepEqual(below, []);
});

const MIN_NEIGHBOUR_DELTA_E = 15;

for (const [name, palette] of [
  ['funder types (FUNDER_TYPES order)', FUNDER_TYPES.map((t) => FUNDER_COLORS[t])],
  ['expense lines', SERIES],
] as const) {
  test(`neighbouring ${name} stay ${MIN_NEIGHBOUR_DELTA_E} ΔE apart in normal vision, protanopia and deuteranopia`, () => {
    const close: string[] = [];
    palette.forEach((color, i) => {
      const next = palette[(i + 1) % palette.length]!;
      for (const [vision, m] of [['normal', undefined], ['protanopia', PROTANOPIA], ['deuteranopia', DEUTERANOPIA]] as const) {
        const see = (c: string) => (m ? simulate(linear(c), m) : linear(c));
        const d = deltaE(see(color), see(next));
        if (d < MIN_NEIGHBOUR_DELTA_E) close.push(`${color}–${next} ${vision}: ΔE ${d.toFixed(1)}`);
      }
    });
    assert.deepEqual(close, []);
  });
}

test('the département and MSA greens of the issue are now far apart, in every vision', () => {
  for (const m of [undefined, PROTANOPIA, DEUTERANOPIA]) {
    const see = (c: string) => (m ? simulate(linear(c), m) : linear(c));
    assert.ok(deltaE(see(FUNDER_COLORS.departement), see(FUNDER_COLORS.msa)) > 30);
  }
});

test('the not-detailed grey is now 3:1 on both surfaces (it was 2.14 on white) and apart from the "autre" grey', () => {
  assert.equal(contrast('#aab2bd', LIGHT_SURFACE).toFixed(2), '2.14');
  assert.equal(contrast(NOT_DETAILED_HEX, LIGHT_SURFACE).toFixed(2), '3.15');
  assert.equal(contrast(NOT_DETAILED_HEX, DARK_SURFACE).toFixed(2), '5.38');
  assert.ok(deltaE(linear(NOT_DETAILED_HEX), linear(FUNDER_COLORS.autre)) > 5);
});

test('no two funder colours are the same', () => {
  assert.equal(new Set(Object.values(FUNDER_COLORS)).size, FUNDER_TYPES.length);
});
