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
import { unwrapEmptyPreloads } from './drop-empty-preload.mjs';

const KB = 1024;
const gzip = (data) => gzipSync(data, { level: 9 }).length;

/**
 * Builds one entry in memory. Returns the gzip size of the entry with its static
 * imports (fetched before anything runs) and with its dynamic imports too, but the
 * English strings, zod and the feed worker's loader (the fast validator comes with the first feed; English only
 * on English pages; zod only to explain an invalid fiche; off-thread.js only for a feed of a megabyte or more).
 */
async function bundleAlone(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLitTemplates()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        preserveEntrySignatures: 'exports-only',
        // The helper in a chunk of its own, as in the CDN build, so that it is dropped the same way.
        output: { manualChunks: (id) => (id.includes('preload-helper') ? 'preload-helper' : undefined) },
      },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const chunks = output.map(({ fileName, name, isEntry, imports, dynamicImports, code, modules }) => ({ fileName, name, isEntry, imports, dynamicImports, code, modules }));
  // What the CDN build ships (drop-empty-preload.mjs): Vite's preload helper called with an empty list becomes a
  // plain import(), and the helper is not counted once nothing needs it.
  const helper = chunks.find((c) => c.name === 'preload-helper');
  let helperUsed = false;
  for (const c of helper ? chunks : []) {
    if (c === helper || !c.imports.includes(helper.fileName)) continue;
    const unwrapped = unwrapEmptyPreloads(c.code, helper.fileName);
    helperUsed ||= !unwrapped || unwrapped.helperStillUsed;
    if (unwrapped) c.code = unwrapped.code;
  }
  if (helper && !helperUsed) for (const c of chunks) c.imports = c.imports.filter((name) => name !== helper.fileName);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (follow) => {
    const seen = new Set();
    const visit = (c) => {
      if (!c || seen.has(c)) return;
      seen.add(c);
      for (const name of follow(c)) visit(byName.get(name));
    };
    visit(chunks.find((c) => c.isEntry));
    return [...seen];
  };
  const measured = (list) => ({ bytes: list.reduce((sum, c) => sum + gzip(c.code), 0), modules: list.flatMap(moduleSizes) });
  return {
    upFront: measured(closure((c) => c.imports)),
    withData: measured(closure((c) => [...c.imports, ...c.dynamicImports.filter((n) => !/english|validate|off-thread/.test(n))])),
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
  // The validator a valid feed needs (the fast path) is in vitrine.js (src/autoload.ts says why); a parse-*.js
  // chunk, if a change made one again, is counted with the page. zod (validate-*.js) comes only to explain an
  // invalid fiche.
  const embeds = union(upFront, load(/\/parse-/, upFront));
  const zod = load(/\/validate-/, embeds);
  const tools = load(/action-list|impact-dashboard/, embeds);
  const card = await bundleAlone('scripts/size/action-card.ts');
  const files = (set) => [...set].map((f) => f.slice(cdn.length + 1));
  const everything = union(embeds, tools);
  const map = load(/territory-map/, embeds);
  const communes = load(/communes/, embeds);
  const english = load(/english/, embeds);
  return [
    { id: 'centre-page', label: "CDN, a centre's page: cards and charts, with the fast validator", bytes: sizeOf(embeds), budgetKb: 30, files: files(embeds) },
    { id: 'entry', label: '  of which vitrine.js and its static imports, before any feed', bytes: sizeOf(upFront), budgetKb: 30, files: files(upFront) },
    { id: 'all-but-map', label: 'CDN, every element but the map (adds the list and dashboard chunks)', bytes: sizeOf(everything), budgetKb: 40, files: files(everything) },
    { id: 'zod', label: 'zod and the schema (lazy, only when a fiche is invalid and must be explained)', bytes: sizeOf(zod), budgetKb: 10, files: files(zod) },
    { id: 'map', label: 'map chunk, code and geometry (lazy)', bytes: sizeOf(map), budgetKb: 25, files: files(map) },
    { id: 'communes', label: 'commune coordinates chunk (lazy, only with points)', bytes: sizeOf(communes), budgetKb: 40, files: files(communes) },
    { id: 'english', label: 'English strings chunk (lazy, only on English pages)', bytes: sizeOf(english), budgetKb: 5, files: files(english) },
    { id: 'card', label: '<action-card> alone, before data (Lit and the card)', bytes: card.upFront.bytes, budgetKb: 12, files: [], modules: card.upFront.modules },
    { id: 'card-with-validator', label: '<action-card> alone, with the fast validator of its data', bytes: card.withData.bytes, budgetKb: 12, files: [], modules: card.withData.modules },
  ].map((row) => ({ ...row, ok: row.bytes <= row.budgetKb * KB }));
}

/**
 * The modules of each CDN chunk, from an in-memory build with the project's config (the same chunk names as
 * dist/cdn).
 */
const ROOT = normalize(join(import.meta.dirname, '..')) + '/';

/** Minified bytes and gzip of each module of a chunk alone (what it adds, roughly: gzip is not additive). */
function moduleSizes(chunk) {
  return Object.entries(chunk.modules)
    .filter(([, m]) => m.renderedLength > 0)
    .map(([id, m]) => ({ module: id.replace(ROOT, '').replace(/^.*node_modules\//, ''), bytes: m.renderedLength, gzip: m.code ? gzip(m.code) : 0 }));
}

export async function modulesByChunk() {
  const result = await build({ configFile: join(import.meta.dirname, '../vite.config.ts'), mode: 'cdn', logLevel: 'silent', build: { write: false } });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  return new Map(
    chunks.map((c) => [
      c.fileName,
      moduleSizes(c),
    ]),
  );
}
