/**
 * The summary added up on the second core: `publish` starts this worker once the feeds are
 * staged, and while the main thread writes the shards and the search index, the worker reads
 * the same staged files, in the same order, and adds up the same summary (summary.ts). It
 * posts back the summary's JSON text. When the worker file cannot be found, `summaryOf`
 * does the same work on the calling thread: the same code, the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Structure } from '../feed/schema.js';
import { stagedActions, type StagedCollection } from './stage.js';
import { SummaryBuilder } from './summary.js';

/** What the worker needs of the staged collection (Sets do not cross threads as such). */
interface SummaryJob {
  files: { source: string; path: string; skip?: number[] }[];
  structures: Structure[];
}

async function summaryText(job: SummaryJob): Promise<string> {
  const summary = new SummaryBuilder(job.structures);
  const staged = { files: job.files.map((f) => ({ ...f, skip: f.skip ? new Set(f.skip) : undefined })) } as StagedCollection;
  for await (const { action } of stagedActions(staged)) summary.add(action);
  return JSON.stringify(summary.result());
}

function jobOf(staged: StagedCollection): SummaryJob {
  return { files: staged.files.map((f) => ({ source: f.source, path: f.path, ...(f.skip ? { skip: [...f.skip] } : {}) })), structures: staged.structures };
}

/**
 * The worker's entry: publish-worker.ts beside this file in a checkout, started through
 * tsx (a devDependency there); the built dist/cli/publish-worker.js in the package.
 */
function workerOf(job: SummaryJob): Worker | undefined {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./publish-worker.ts', here).href;
    const boot = `const { workerData } = require('node:worker_threads'); import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));`;
    return new Worker(boot, { eval: true, workerData: { job, entry } });
  }
  for (const candidate of ['./publish-worker.js', '../publish-worker.js']) {
    const file = new URL(candidate, here);
    if (existsSync(fileURLToPath(file))) return new Worker(file, { workerData: { job } });
  }
  return undefined;
}

/**
 * The summary's JSON text, added up in a worker thread when one can start, else on this
 * thread; `stop` ends the worker when the publication fails before it is needed.
 */
export function summaryOf(staged: StagedCollection, inWorker = true): { text: Promise<string>; stop(): void } {
  const job = jobOf(staged);
  const worker = inWorker ? workerOf(job) : undefined;
  if (!worker) return { text: summaryText(job), stop() {} };
  const text = new Promise<string>((resolve, reject) => {
    worker.once('message', (t: string) => resolve(t));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`summary worker exited with code ${code}`)));
  });
  // Awaited once the shards are written; until then a failure must not count as unhandled.
  text.catch(() => {});
  return { text, stop: () => void worker.terminate() };
}

/** The worker's body (publish-worker.ts runs it). */
export async function runSummaryWorker(): Promise<void> {
  parentPort!.postMessage(await summaryText((workerData as { job: SummaryJob }).job));
}
