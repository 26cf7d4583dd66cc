/**
 * The project never copies sentences from the seed fiches (../shared/seeds): fixtures, demo
 * data, docs and comments are written in our own words. This check lists every line of the
 * repository that shares a run of 8 words or more with a seed (case, accents' composition,
 * apostrophes and punctuation ignored). Short form labels ("Statut de l'action") are fine;
 * a sentence is not. Names are facts, not sentences: in JSON (feeds, observatory files) the
 * values of NAME_KEYS (an action's title, a structure's or funder's name, a role, an id) are
 * kept from the fiche as they are and not compared; elsewhere an id slug
 * (`mise-en-place-sejour-au-ski`) counts as one word. Run: node scripts/check-seed-copies.mjs [--all] — exits 1 on a copy.
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

/** Keys whose values are names or identifiers of the fiche (facts), not its prose. */
export const NAME_KEYS = new Set(['id', 'structureId', 'title', 'name', 'label', 'role', 'file', 'partner', 'funder', '$schema']);

/** A lowercase id slug of four parts or more ("action-innovation-sociale-et-solidaire"), read as one word. */
const SLUG = /\b[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}\b/gu;
const unslug = (line) => line.replace(SLUG, (slug) => slug.replace(/-/g, ''));

/** True when one line of `text` holds a run of RUN words of the seeds (as the line-by-line check reads it). */
function holdsRun(text, runs) {
  return copiedLines(text, runs).length > 0;
}

/** JSON values under `key` that are prose (names and ids are skipped): [path, text]. */
function* proseValues(value, path = '$', key = '') {
  if (typeof value === 'string') {
    if (!NAME_KEYS.has(key)) yield [path, value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* proseValues(value[i], `${path}[${i}]`, key);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* proseValues(v, `${path}.${k}`, k);
  }
}

/**
 * Copied prose of a JSON document (or of NDJSON, one document per line): [line number, "path: text"].
 * Returns undefined when `text` is not JSON, so the caller reads it line by line.
 */
export function copiedJsonValues(text, runs) {
  const docs = [];
  try {
    docs.push([1, JSON.parse(text)]);
  } catch {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim().replace(/,$/, '');
      if (!line || line === '[' || line === ']') continue;
      try {
        docs.push([i + 1, JSON.parse(line)]);
      } catch {
        return undefined;
      }
    }
  }
  const out = [];
  for (const [n, doc] of docs) for (const [path, value] of proseValues(doc)) if (holdsRun(value, runs)) out.push([n, `${path}: ${value}`]);
  return out;
}

/** Lines of `text` that hold a run of the seeds: [line number, line]. */
export function copiedLines(text, runs) {
  const out = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const w = words(unslug(line));
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
      const text = decode(readFileSync(f));
      const copies = (extname(f) === '.json' && copiedJsonValues(text, runs)) || copiedLines(text, runs);
      for (const [n, line] of copies) out.push(`${relative(root, f)}:${n}: ${line.slice(0, 140)}`);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  // SEEDS_DIR lets a git worktree (whose ../shared is elsewhere) run the check too.
  const seeds = process.env.SEEDS_DIR ?? join(root, '../shared/seeds');
  if (!existsSync(seeds)) {
    console.log('check-seed-copies: no ../shared/seeds here, nothing to compare');
  } else {
    const copies = findCopies(root, seeds);
    console.log(copies.length ? copies.join('\n') : `check-seed-copies: no line shares ${RUN} words with the seeds`);
    if (copies.length) process.exitCode = 1;
  }
}
