/**
 * Gzip sizes of what a page downloads, from the CDN build in dist/cdn (run
 * `npm run build:cdn` first) plus <action-card> built alone in memory.
 * Shared by check-size.mjs (asserts budgets) and bench.ts (prints them).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';
import { build } from 'vite';
import { minifyLitTemplates } from './minify-lit-templates.mjs';

const KB = 1024;
const gzip = (data) => gzipSync(data, { level: 9 }).length;

/**
 * Builds one entry in memory. Returns the gzip size of the entry with its static
 * imports (fetched before anything runs) and with its dynamic imports too, but the
 * English strings (the validator comes with the first feed; English only on English pages).
 */
async function bundleAlone(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLitTemplates()],
    build: { write: false, minify: true, target: 'es2022', rolldownOptions: { input: entry, preserveEntrySignatures: 'exports-only' } },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (follow) => {
    const seen = new Set();
    const visit = (c) => {
      if (!c || seen.has(c)) return;
      seen.add(c);
      for (const name of follow(c)) visit(byName.get(name));
    };
    visit(chunks.find((c) => c.isEntry));
    return [...seen].reduce((sum, c) => sum + gzip(c.code), 0);
  };
  return {
    upFront: closure((c) => c.imports),
    withData: closure((c) => [...c.imports, ...c.dynamicImports.filter((n) => !/english/.test(n))]),
  };
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
  const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).map((f) => join(chunksDir, f)) : [];
  const sizeOf = (files) => [...files].reduce((s, f) => s + gzip(readFileSync(f)), 0);
  const union = (...sets) => new Set(sets.flatMap((set) => [...set]));
  const upFront = withStaticImports(join(cdn, 'vitrine.js'));
  /** Chunks whose name matches, with their static imports, less what `loaded` already has. */
  const load = (pattern, loaded) => {
    const files = new Set();
    for (const f of chunks.filter((c) => pattern.test(c))) for (const g of withStaticImports(f)) if (!loaded.has(g)) files.add(g);
    return files;
  };
  const embeds = union(upFront, load(/\/(parse|validate)-/, upFront));
  const tools = load(/action-list|impact-dashboard/, embeds);
  const card = await bundleAlone('scripts/size/action-card.ts');
  return [
    { label: "CDN, a centre's page: cards and charts, with the validator fetched alongside the feed", bytes: sizeOf(embeds), budgetKb: 40 },
    { label: '  of which vitrine.js and its static imports, before any feed', bytes: sizeOf(upFront), budgetKb: 40 },
    { label: 'CDN, every element but the map (adds the list and dashboard chunks)', bytes: sizeOf(union(embeds, tools)), budgetKb: 40 },
    { label: 'map chunk, code and geometry (lazy)', bytes: sizeOf(load(/territory-map/, embeds)), budgetKb: 25 },
    { label: 'commune coordinates chunk (lazy, only with points)', bytes: sizeOf(load(/communes/, embeds)), budgetKb: 40 },
    { label: 'English strings chunk (lazy, only on English pages)', bytes: sizeOf(load(/english/, embeds)), budgetKb: 5 },
    { label: '<action-card> alone, before data (Lit and the card)', bytes: card.upFront, budgetKb: 12 },
    { label: '<action-card> alone, with its validator (zod/mini)', bytes: card.withData, budgetKb: 12 },
  ].map((row) => ({ ...row, ok: row.bytes <= row.budgetKb * KB }));
}
