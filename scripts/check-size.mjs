#!/usr/bin/env node
// Size budgets, asserted in CI because gzip sizes are deterministic for a given build.
// Times are not asserted anywhere: they are printed by `npm run bench`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const cdn = 'dist/cdn';
const chunks = existsSync(join(cdn, 'chunks')) ? readdirSync(join(cdn, 'chunks')).map((f) => join(cdn, 'chunks', f)) : [];
const mapChunks = chunks.filter((f) => /territory-map|geo|france/.test(f));

const rows = [
  ['CDN bundle, every element but the map (vitrine.js)', gz(join(cdn, 'vitrine.js')), 40 * KB],
  ['map chunk, code and geometry', mapChunks.reduce((s, f) => s + gz(f), 0), 25 * KB],
];
const cardOnly = 'dist/size/action-card.js';
if (existsSync(cardOnly)) rows.push(['<action-card> alone (with Lit and zod)', gz(cardOnly), 12 * KB]);

let over = 0;
for (const [label, size, budget] of rows) {
  const ok = size <= budget;
  if (!ok) over++;
  console.log(`${ok ? '✓' : '✗'} ${label}: ${(size / KB).toFixed(1)} kB gzip (budget ${budget / KB} kB)`);
}
process.exit(over ? 1 : 0);
