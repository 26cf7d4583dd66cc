#!/usr/bin/env node
// Size budgets, asserted in CI because gzip sizes are deterministic for a given build.
// Times are never asserted: `npm run bench` prints them.
import { measureSizes } from './sizes.mjs';

const ASSERTED = new Set(["CDN, a centre's page", 'map chunk']);
let over = 0;
for (const row of await measureSizes()) {
  const asserted = [...ASSERTED].some((prefix) => row.label.startsWith(prefix));
  if (asserted && !row.ok) over++;
  const mark = row.ok ? '✓' : asserted ? '✗' : '!';
  console.log(`${mark} ${row.label}: ${(row.bytes / 1024).toFixed(1)} kB gzip (budget ${row.budgetKb} kB${asserted ? '' : ', reported only'})`);
}
process.exit(over ? 1 : 0);
