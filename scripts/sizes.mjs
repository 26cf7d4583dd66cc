/**
 * Gzip sizes of what a page downloads, from the CDN build in dist/cdn (run
 * `npm run build:cdn` first) plus <action-card> built alone in memory.
 * Shared by check-size.mjs (asserts budgets) and bench.ts (prints them).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
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
      rolldownOptions: { input: entry, preserveEntrySignatures: 'exports-only', output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk').reduce((sum, o) => sum + gzip(o.code), 0);
}

export async function measureSizes(cdn = 'dist/cdn') {
  const chunksDir = join(cdn, 'chunks');
  const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).map((f) => join(chunksDir, f)) : [];
  const sizeOf = (files) => files.reduce((s, f) => s + gzip(readFileSync(f)), 0);
  const mapFiles = chunks.filter((f) => /territory-map|france|geo/.test(f) && !/communes/.test(f));
  const communeFiles = chunks.filter((f) => /communes/.test(f));
  const otherChunks = chunks.filter((f) => !mapFiles.includes(f) && !communeFiles.includes(f));
  return [
    { label: 'CDN bundle, every element but the map (vitrine.js + eager chunks)', bytes: sizeOf([join(cdn, 'vitrine.js'), ...otherChunks]), budgetKb: 40 },
    { label: 'map chunk, code and geometry (lazy)', bytes: sizeOf(mapFiles), budgetKb: 25 },
    { label: 'commune coordinates chunk (lazy, only with points)', bytes: sizeOf(communeFiles), budgetKb: 40 },
    { label: '<action-card> alone, with Lit and zod/mini', bytes: await bundleAlone('scripts/size/action-card.ts'), budgetKb: 12 },
  ].map((row) => ({ ...row, ok: row.bytes <= row.budgetKb * KB }));
}
