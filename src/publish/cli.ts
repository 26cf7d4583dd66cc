/**
 * `vitrine publish` and `vitrine export` (bin/vitrine.mjs hands them over here; the other
 * commands are in src/import/cli.ts).
 *
 * Exit status: 0 when every source was read; 1 when a source could not be read at all
 * (the output is still written from the others, and the manifest or report names it);
 * 2 on a usage error.
 */
import { DuckDbMissingError, exportTables, EXPORT_FORMATS, type ExportFormat } from '../export/export.js';
import { TABLES } from '../export/dictionary.js';
import type { Io } from '../import/cli.js';
import { toLang, type Lang } from '../shared/i18n.js';
import { publishMessages } from './messages.js';
import { publish } from './publish.js';
import { sourceInputs, type SourceReport } from './stage.js';

const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

export const COMMANDS = ['publish', 'export'] as const;

const VALUED = new Set(['-o', '--output', '--title', '--part-size', '--format', '--lang', '--published']);

class UsageError extends Error {}

function parse(argv: readonly string[], lang: Lang): { feeds: string[]; options: Map<string, string> } {
  const feeds: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.has(a)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(publishMessages(lang).missingValue(a));
      options.set(a === '--output' ? '-o' : a, value);
    } else if (a === '-h' || a === '--help') options.set('--help', '');
    else feeds.push(a);
  }
  return { feeds, options };
}

function reportSources(sources: readonly SourceReport[], io: Io, lang: Lang): boolean {
  const t = publishMessages(lang);
  let allRead = true;
  for (const r of sources) {
    if (r.status === 'failed') {
      allRead = false;
      io.err(t.sourceFailed(r.id, t.sourceError(r.error!.kind, r.error!.detail)));
    } else io.err(t.sourceLine(r));
  }
  if (sources.some((r) => r.issues.length)) io.err(t.reportHint);
  return allRead;
}

/** Runs `publish` or `export` with the arguments after the command name; resolves with the exit status. */
export async function runPublishCommand(command: (typeof COMMANDS)[number], argv: readonly string[], io: Io = processIo): Promise<number> {
  const langIndex = argv.indexOf('--lang');
  const lang = toLang(langIndex >= 0 ? argv[langIndex + 1] : 'fr');
  const t = publishMessages(lang);
  let feeds: string[];
  let options: Map<string, string>;
  try {
    ({ feeds, options } = parse(argv, lang));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return 2;
  }
  if (options.has('--help')) {
    io.out(t.usage);
    return 0;
  }
  const out = options.get('-o');
  const problem = !feeds.length ? t.noInput : !out ? t.noOutput : undefined;
  if (problem) {
    io.err(`${problem}\n\n${t.usage}`);
    return 2;
  }
  const inputs = sourceInputs(feeds);
  if (command === 'publish') {
    const size = options.get('--part-size');
    const partSize = size === undefined ? undefined : Number(size);
    if (partSize !== undefined && !(Number.isInteger(partSize) && partSize > 0)) {
      io.err(t.badPartSize(size!));
      return 2;
    }
    const title = options.get('--title');
    const published = options.get('--published');
    const { manifest, staged } = await publish(inputs, out!, { ...(title ? { title } : {}), ...(partSize ? { partSize } : {}), ...(published ? { published } : {}) });
    const allRead = reportSources(staged.sources, io, lang);
    io.err(t.published(out!, manifest.counts.actions, manifest.shards.length));
    return allRead ? 0 : 1;
  }
  const format = options.get('--format') ?? 'csv';
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    io.err(t.badFormat(format));
    return 2;
  }
  let staged;
  try {
    ({ staged } = await exportTables(inputs, out!, format as ExportFormat));
  } catch (e) {
    if (!(e instanceof DuckDbMissingError)) throw e;
    io.err(t.duckdbMissing);
    return 1;
  }
  const allRead = reportSources(staged.sources, io, lang);
  io.err(t.exported(out!, TABLES.length));
  return allRead ? 0 : 1;
}
