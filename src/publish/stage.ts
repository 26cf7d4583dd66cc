/**
 * Many centres' feeds as one collection, ready for `publish` and `export`. Each feed is
 * streamed once and validated item by item with the feed's own validator (src/feed/validate.ts),
 * exactly as a page would read it: the same fiches are kept, repaired or rejected. What each
 * source lost is counted in its report; nothing is dropped without a line there.
 *
 * The kept actions are written to one JSON Lines file per source in a scratch folder: a source
 * that breaks halfway (truncated download, invalid JSON) is then discarded whole, as a page
 * discards a feed it cannot parse, and the later passes read small lines with JSON.parse
 * instead of a second streaming parse.
 */
import { createReadStream, rmSync } from 'node:fs';
import { BufferedFile } from './buffered-file.js';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { validateAction, validateStructure, type FeedIssue } from '../feed/validate.js';
import type { Action, Structure } from '../feed/schema.js';
import { fileSlug } from '../shared/export.js';
import type { SourceReport } from '../feed/observatory-format.js';
import { readSource, SourceError, type SourceInput, type SourceMeta } from './read-source.js';
import { CrossSourceIndex, type ActionKeyParts } from './cross-duplicates.js';

export type { SourceInput } from './read-source.js';
export type { SourceReport } from '../feed/observatory-format.js';

/** Issues kept per source in the report; the rest are counted. */
const MAX_ISSUES = 1000;

export interface StagedCollection {
  sources: SourceReport[];
  /** Structures of every readable source, ids prefixed when there are several sources. */
  structures: Structure[];
  /** The source id of each structure (same order). */
  structureSources: string[];
  /** JSON Lines of the kept actions, one file per readable source, in source order; `skip`: lines left out afterwards. */
  files: { source: string; path: string; skip?: ReadonlySet<number> }[];
  actions: number;
  /** Ids carry the source's prefix (`centre-a-…`). */
  prefixed: boolean;
}

/**
 * `name=path-or-url` names a source; otherwise its name comes from the file name
 * (`feeds/centre-a.json` → `centre-a`). Names are made unique (`centre-a-2`).
 */
export function sourceInputs(args: readonly string[]): SourceInput[] {
  const taken = new Set<string>();
  return args.map((arg) => {
    const named = /^([a-z0-9][a-z0-9-]*)=(.+)$/i.exec(arg);
    const location = named ? named[2]! : arg;
    const base = named ? named[1]! : basename(location.replace(/[?#].*$/, '').replace(/\/+$/, '')).replace(/\.[a-z0-9]+$/i, '');
    const stem = fileSlug(base, 'source');
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return { id, location };
  });
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

function newReport(input: SourceInput): SourceReport {
  return {
    id: input.id,
    location: input.location,
    status: 'ok',
    structures: { read: 0, kept: 0, rejected: 0 },
    actions: { read: 0, kept: 0, rejected: 0, repaired: 0, duplicates: 0, crossSource: 0, unknownStructure: 0 },
    issues: [],
    issuesOmitted: 0,
  };
}

function note(report: SourceReport, issues: readonly FeedIssue[]): void {
  for (const issue of issues) {
    if (report.issues.length < MAX_ISSUES) report.issues.push(issue);
    else report.issuesOmitted++;
  }
}

interface StagedSource {
  /** Prefixed ids. */
  structures: Structure[];
  /** Unprefixed ids, and the kept actions' keys: what cross-source duplicates are found by (several sources only). */
  byId: Map<string, Structure>;
  keys: ActionKeyParts[];
}

/** Reads, validates and stages one source; its structures are returned only if it was read to the end. */
async function stageOne(input: SourceInput, prefix: string, file: string, report: SourceReport): Promise<StagedSource> {
  const structures: Structure[] = [];
  const byId = new Map<string, Structure>();
  const keys: ActionKeyParts[] = [];
  const structureIds = new Set<string>();
  const actionIds = new Set<string>();
  // Actions may come before their structures in a document: the check waits for the end.
  const unresolved: { index: number; structureId: string }[] = [];
  const out = new BufferedFile(file);
  let meta: SourceMeta;
  try {
    meta = await readSource(input.location, {
      structure(raw, index) {
        report.structures.read++;
        const r = validateStructure(raw, ['structures', index]);
        note(report, r.issues);
        if (!r.structure) return void report.structures.rejected++;
        if (structureIds.has(r.structure.id)) {
          report.structures.rejected++;
          return note(report, [{ path: ['structures', index, 'id'], code: 'duplicate-id', rejected: true }]);
        }
        structureIds.add(r.structure.id);
        if (prefix) byId.set(r.structure.id, r.structure);
        report.structures.kept++;
        structures.push(prefix ? { ...r.structure, id: prefix + r.structure.id } : r.structure);
      },
      action(raw, index) {
        report.actions.read++;
        const r = validateAction(raw, ['actions', index]);
        note(report, r.issues);
        const a = r.action;
        if (!a) return void report.actions.rejected++;
        if (actionIds.has(a.id)) {
          report.actions.duplicates++;
          return note(report, [{ path: ['actions', index, 'id'], code: 'duplicate-id', rejected: true }]);
        }
        actionIds.add(a.id);
        if (r.issues.length) report.actions.repaired++;
        if (!structureIds.has(a.structureId)) unresolved.push({ index, structureId: a.structureId });
        if (prefix) keys.push({ index, line: report.actions.kept, id: a.id, structureId: a.structureId, title: a.title, year: a.year });
        report.actions.kept++;
        out.line(JSON.stringify(prefix ? { ...a, id: prefix + a.id, structureId: prefix + a.structureId } : a));
      },
    });
  } finally {
    out.close();
  }
  for (const u of unresolved) {
    if (structureIds.has(u.structureId)) continue;
    report.actions.unknownStructure++;
    note(report, [{ path: ['actions', u.index, 'structureId'], code: 'unknown-structure', rejected: false }]);
  }
  report.title = text(meta.title);
  report.generated = text(meta.generated);
  const publisher = meta.source as { name?: unknown } | undefined;
  report.publisher = text(publisher?.name);
  return { structures, byId, keys };
}

/** Leaves out a later source's copies of actions an earlier source gave, and says so in both reports. */
function dropCrossSourceCopies(
  index: CrossSourceIndex,
  report: SourceReport,
  prefix: string,
  source: StagedSource,
  reports: ReadonlyMap<string, SourceReport>,
): Set<number> | undefined {
  const copies = index.check(report.id, prefix, source.keys, source.byId);
  if (!copies.length) return undefined;
  for (const c of copies) {
    report.actions.kept--;
    report.actions.crossSource++;
    note(report, [{ path: ['actions', c.index, 'id'], code: 'duplicate-across-sources', expected: `${c.keptSource} : ${c.keptId}`, rejected: true }]);
    const kept = reports.get(c.keptSource);
    if (kept) note(kept, [{ path: ['actions', c.keptIndex, 'id'], code: 'duplicate-across-sources', expected: `${report.id} : ${prefix}${c.id}`, rejected: false, itemId: c.keptId }]);
  }
  return new Set(copies.map((c) => c.line));
}

/** Reads every source into `dir` (which must exist). A source that fails is reported and left out whole. */
export async function stageSources(inputs: readonly SourceInput[], dir: string): Promise<StagedCollection> {
  const prefixed = inputs.length > 1;
  const staged: StagedCollection = { sources: [], structures: [], structureSources: [], files: [], actions: 0, prefixed };
  const crossSource = new CrossSourceIndex();
  const reports = new Map<string, SourceReport>();
  for (const input of inputs) {
    const report = newReport(input);
    staged.sources.push(report);
    const file = join(dir, `${input.id}.actions.jsonl`);
    const prefix = prefixed ? `${input.id}-` : '';
    try {
      const source = await stageOne(input, prefix, file, report);
      for (const s of source.structures) {
        staged.structures.push(s);
        staged.structureSources.push(input.id);
      }
      const skip = prefixed ? dropCrossSourceCopies(crossSource, report, prefix, source, reports) : undefined;
      reports.set(input.id, report);
      staged.files.push({ source: input.id, path: file, ...(skip ? { skip } : {}) });
      staged.actions += report.actions.kept;
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      rmSync(file, { force: true });
      report.status = 'failed';
      report.error = { kind: e.kind, detail: e.detail };
    }
  }
  return staged;
}

/** The staged actions, in source then document order, one at a time. */
export async function* stagedActions(staged: StagedCollection): AsyncGenerator<{ action: Action; json: string; source: string }> {
  for (const { source, path, skip } of staged.files) {
    const lines = createInterface({ input: createReadStream(path, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
    let line = 0;
    for await (const json of lines) {
      if (!json || skip?.has(line++)) continue;
      yield { action: JSON.parse(json) as Action, json, source };
    }
  }
}
