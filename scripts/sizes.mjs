/**
 * Gzip sizes of what a page downloads, from the CDN build in dist/cdn (run
 * `npm run build:cdn` first) plus <action-card> built alone in memory.
 * Shared by check-size.mjs (asserts budgets) and bench.ts (prints them).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';
import { build } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const KB = 1024;
const gzip = (data) => gzipSync(data, { level: 9 }).length;

/** Builds one entry into a single minified ES module, in memory, and returns its gzip size. */
async function bundleAlone(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyCssLiterals()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { input: entry, preserveEntrySignatures: 'exports-only' },
    },
  });
  // The entry and its static imports: what a page fetches (the English chunk waits for an English page).
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const needed = new Set();
  const visit = (c) => {
    if (!c || needed.has(c)) return;
    needed.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  return [...needed].reduce((sum, c) => sum + gzip(c.code), 0);
}

/** A chunk and every chunk it imports statically (what the browser fetches before running it). */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    if (spec.startsWith('.')) withStaticImports(normalize(join(dirname(file), spec)), seen);
  }
  return seen;
}

export async function measureSizes(cdn = 'dist/cdn') {
  const chunksDir = join(cdn, 'chunks');
  const entry = join(cdn, 'vitrine.js');
  const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).map((f) => join(chunksDir, f)) : [];
  const sizeOf = (files) => [...files].reduce((s, f) => s + gzip(readFileSync(f)), 0);
  const upFront = withStaticImports(entry);
  const load = (pattern) => {
    const files = new Set();
    for (const f of chunks.filter((c) => pattern.test(c))) for (const g of withStaticImports(f)) if (!upFront.has(g)) files.add(g);
    return files;
  };
  const map = load(/territory-map/);
  const communes = load(/communes/);
  const tools = load(/action-list|impact-dashboard/);
  return [
    { label: 'CDN bundle up front: vitrine.js and its static imports (cards, charts)', bytes: sizeOf(upFront), budgetKb: 40 },
    { label: 'CDN, every element but the map: up front + list and dashboard chunks', bytes: sizeOf(new Set([...upFront, ...tools])), budgetKb: 40 },
    { label: 'map chunk, code and geometry (lazy)', bytes: sizeOf(map), budgetKb: 25 },
    { label: 'commune coordinates chunk (lazy, only with points)', bytes: sizeOf(communes), budgetKb: 40 },
    { label: '<action-card> alone, with Lit and zod/mini', bytes: await bundleAlone('scripts/size/action-card.ts'), budgetKb: 12 },
  ].map((row) => ({ ...row, ok: row.bytes <= row.budgetKb * KB }));
}
