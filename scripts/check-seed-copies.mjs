/**
 * The project never copies sentences from the seed fiches (../shared/seeds): fixtures, demo
 * data, docs and comments are written in our own words. This check lists every line of the
 * repository that shares a run of 8 words or more with a seed (case, accents' composition,
 * apostrophes and punctuation ignored). Short form labels ("Statut de l'action") are fine;
 * a sentence is not. Run: node scripts/check-seed-copies.mjs [--all] — exits 1 on a copy.
 * Without the seeds (they are not published with the repository) it says so and passes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUN = 8;
const ROOTS = ['src', 'test', 'scripts', 'demo', 'docs', 'stories', 'bench', 'wordpress', 'README.md', 'CHANGELOG.md', 'CONTRIBUTING.md'];
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf', '.docx', '.woff', '.woff2', '.gz', '.br', '.zip', '.ico']);
const SKIP_DIRS = /(?:^|\/)(?:node_modules|\.git|baselines|dist|storybook-static)(?:\/|$)/;

const words = (s) => s.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim().split(' ').filter(Boolean);

/** Every run of RUN words of the seeds, joined by spaces. */
export function seedRuns(seedsDir) {
  const runs = new Set();
  for (const f of readdirSync(seedsDir)) {
    const w = words(readFileSync(join(seedsDir, f), 'utf8'));
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  return runs;
}

/** Text of a file in the encodings our fixtures use (UTF-8, UTF-16 with or without a mark, Windows-1252). */
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.length > 1 && bytes[0] === 0) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\ufffd') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

/** Lines of `text` that hold a run of the seeds: [line number, line]. */
export function copiedLines(text, runs) {
  const out = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const w = words(line);
    for (let k = 0; k + RUN <= w.length; k++) {
      if (runs.has(w.slice(k, k + RUN).join(' '))) {
        out.push([i + 1, line.trim()]);
        return;
      }
    }
  });
  return out;
}

function* files(path) {
  if (!existsSync(path) || SKIP_DIRS.test(path)) return;
  if (statSync(path).isDirectory()) for (const f of readdirSync(path).sort()) yield* files(join(path, f));
  else if (!BINARY.has(extname(path).toLowerCase())) yield path;
}

/** Every copied line under the repository's roots, as "path:line: text". */
export function findCopies(root, seedsDir, roots = ROOTS) {
  const runs = seedRuns(seedsDir);
  const out = [];
  for (const r of roots) {
    for (const f of files(join(root, r))) {
      for (const [n, line] of copiedLines(decode(readFileSync(f)), runs)) out.push(`${relative(root, f)}:${n}: ${line.slice(0, 140)}`);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const seeds = join(root, '../shared/seeds');
  if (!existsSync(seeds)) {
    console.log('check-seed-copies: no ../shared/seeds here, nothing to compare');
  } else {
    const copies = findCopies(root, seeds);
    console.log(copies.length ? copies.join('\n') : `check-seed-copies: no line shares ${RUN} words with the seeds`);
    if (copies.length) process.exitCode = 1;
  }
}
