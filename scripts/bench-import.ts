/**
 * Importer throughput: builds a 10,000-fiche SENACS file in memory by repeating the blocks
 * of seed 001 (read from ../shared/seeds, never copied) with varied titles and amounts, then
 * times `importFiles` on it. Run: `npx tsx scripts/bench-import.ts [fiches]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../src/import/import.js';
import { loadCommunes } from '../src/import/communes.js';

await loadCommunes();

// SEEDS_DIR lets a git worktree (whose ../shared is elsewhere) run the bench too.
const seeds = process.env.SEEDS_DIR ? `${process.env.SEEDS_DIR}/` : fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const file = readdirSync(seeds).find((f) => f.startsWith('001'));
if (!file) throw new Error(`seed 001 not found in ${seeds}`);
const text = readFileSync(seeds + file, 'utf8');
const starts = [...text.matchAll(/^Actions "/gm)].map((m) => m.index);
const blocks = starts.map((s, i) => text.slice(s, starts[i + 1]));

const wanted = Number(process.argv[2] ?? 10_000);
const parts: string[] = [];
for (let i = 0; i < wanted; i++) {
  const block = blocks[i % blocks.length]!.replace(/\n?$/, '\n');
  // A distinct title (so a distinct id) and shifted amounts, so no two fiches are the same.
  parts.push(block.replace(/^Actions "(.*)"/, `Actions "$1 n°${i + 1}"`).replace(/(\d) ?€/g, (_, d: string) => `${(Number(d) + i) % 10}€`));
}
const big = parts.join('');
const mb = (Buffer.byteLength(big) / 1e6).toFixed(1);

// One warm-up run on a slice so the timed run measures steady-state code.
importFiles([{ name: 'warmup.txt', text: parts.slice(0, 200).join('') }]);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { feed, report, valid } = importFiles([{ name: 'bench.txt', text: big }]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// CPU time too: on a shared machine the wall clock also measures the neighbours.
const cpuMs = (cpu.user + cpu.system) / 1000;
const n = report.fiches.length;
console.log(`${n} fiches (${mb} MB) in ${(ms / 1000).toFixed(2)} s: ${Math.round((n / ms) * 1000)} fiches/s`);
console.log(`CPU time ${(cpuMs / 1000).toFixed(2)} s: ${Math.round((n / cpuMs) * 1000)} fiches per CPU-second`);
console.log(`${feed.actions?.length} actions, ${feed.structures?.length} structures, valid: ${valid}`);
