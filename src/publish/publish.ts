/**
 * `vitrine publish`: a static observatory any web host serves, from many centres' feeds.
 *
 *   DIR/manifest.json                 entry point: versions, sources and their dates, files
 *   DIR/summary.<hash>.json           every figure of the dashboard, per filter value
 *   DIR/search.<hash>.json            which shard parts hold which words
 *   DIR/report.<hash>.json            per source: what was rejected, repaired or duplicated
 *   DIR/shards/<dep>-<n>.<hash>.json  the actions, as feeds of at most `partSize` actions
 *   DIR/shards/<dep>-first.<hash>.json the list's first page of each département (first-pages.ts)
 *
 * Every file but the manifest is named by its content hash: it can be cached for ever,
 * and a new publication never changes a file a browser may still be reading. Files of the
 * publication before the previous one are removed, so a page opened just before a
 * nightly run still finds what its manifest names.
 *
 * Memory stays well under the input's size: feeds are streamed, actions go to disk as
 * they arrive, and the summary is added up as they pass (see summary.ts): no action is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEED_VERSION } from '../feed/schema.js';
import { SearchIndexBuilder } from './search-index.js';
import { OBSERVATORY_VERSION, type FileEntry, type ObservatoryManifest } from '../feed/observatory-format.js';
import { HASH_LENGTH, ShardWriter } from './shards.js';
import { stageSources, stagedActions, type SourceInput, type StagedCollection } from './stage.js';
import { summaryOf } from './summary-worker.js';
import { FirstPages } from './first-pages.js';

export const MANIFEST = 'manifest.json';
export const DEFAULT_PART_SIZE = 5000;

export interface PublishOptions {
  title?: string;
  partSize?: number;
  /** Date written in the manifest (tests and reproducible builds); now by default. */
  published?: string;
  /** Add up the summary in a worker thread (the default), on the other core; false: on this thread. */
  worker?: boolean;
}

export interface PublishResult {
  manifest: ObservatoryManifest;
  staged: StagedCollection;
}

function writeHashed(root: string, stem: string, text: string): FileEntry {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const path = `${stem}.${sha256.slice(0, HASH_LENGTH)}.json`;
  writeFileSync(join(root, path), text);
  return { path, bytes: Buffer.byteLength(text), sha256 };
}

function filesOf(m: ObservatoryManifest): string[] {
  return [m.files.summary.path, m.files.search.path, m.files.report.path, ...m.shards.map((s) => s.path), ...Object.values(m.firstPages ?? {}).map((f) => f.path)];
}

function readManifest(root: string): ObservatoryManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as ObservatoryManifest;
    return m.format === 'vitrine-observatory' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Removes what the publication before the previous one named, unless a newer one names it too. */
function prune(root: string, previous: ObservatoryManifest | undefined, current: ObservatoryManifest): void {
  if (!previous) return;
  const keep = new Set([...filesOf(current), ...filesOf(previous)]);
  for (const path of previous.previous ?? []) {
    // Only names this command writes, inside the folder: a hand-edited manifest cannot delete anything else.
    if (keep.has(path) || !/^(shards\/)?[\w-]+\.[0-9a-f]+\.json$/.test(path)) continue;
    const file = join(root, path);
    if (existsSync(file)) unlinkSync(file);
  }
}

export async function publish(inputs: readonly SourceInput[], root: string, options: PublishOptions = {}): Promise<PublishResult> {
  mkdirSync(root, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'vitrine-publish-'));
  let summary: ReturnType<typeof summaryOf> | undefined;
  try {
    const staged = await stageSources(inputs, scratch);
    const structureById = new Map(staged.structures.map((s) => [s.id, s]));
    const shards = new ShardWriter(root, structureById, options.partSize ?? DEFAULT_PART_SIZE);
    const search = new SearchIndexBuilder();
    // The summary is added up by a worker on the other core while this thread writes the shards.
    summary = summaryOf(staged, options.worker ?? true);
    const firstPages = new FirstPages();
    let ordinal = 0;
    for await (const { action, json } of stagedActions(staged)) {
      const part = shards.add(action, json);
      firstPages.add(part.key, action, ordinal++);
      search.add(`${part.key}-${part.part}`, action, structureById.get(action.structureId));
    }
    const parts = shards.close();
    const first: NonNullable<ObservatoryManifest['firstPages']> = {};
    for (const page of firstPages.documents(structureById)) first[page.key] = { ...writeHashed(root, `shards/${page.key}-first`, page.text), actions: page.actions };
    const previous = readManifest(root);
    const manifest: ObservatoryManifest = {
      format: 'vitrine-observatory',
      version: OBSERVATORY_VERSION,
      feedVersion: FEED_VERSION,
      ...(options.title ? { title: options.title } : staged.sources.length === 1 && staged.sources[0]!.title ? { title: staged.sources[0]!.title } : {}),
      published: options.published ?? new Date().toISOString(),
      counts: {
        sources: staged.sources.length,
        failedSources: staged.sources.filter((s) => s.status === 'failed').length,
        structures: staged.structures.length,
        actions: staged.actions,
      },
      sources: staged.sources.map(({ issues: _issues, issuesOmitted: _omitted, ...source }) => source),
      prefixed: staged.prefixed,
      files: {
        summary: writeHashed(root, 'summary', await summary.text),
        search: writeHashed(root, 'search', JSON.stringify(search.build(parts))),
        report: writeHashed(root, 'report', JSON.stringify({ sources: staged.sources })),
      },
      shards: parts,
      firstPages: first,
      previous: previous ? filesOf(previous) : [],
    };
    const manifestPath = join(root, MANIFEST);
    // Written last: until then, readers keep seeing the previous publication whole.
    writeFileSync(`${manifestPath}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(`${manifestPath}.tmp`, manifestPath);
    prune(root, previous, manifest);
    return { manifest, staged };
  } finally {
    summary?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
