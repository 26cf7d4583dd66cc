/**
 * The `vitrine` command: import, validate, stats. The only import module that touches the
 * file system; everything it calls is pure and also runs in the browser.
 *
 * Exit status: 0 on success; 1 when nothing could be read, when the produced feed would not
 * validate, or when `validate` finds rejected items; 2 on a usage error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FeedEnvelopeError, formatPath, validateFeed } from '../feed/validate.js';
import { toLang, type Lang } from '../shared/i18n.js';
import { formatEtp, formatMoney, formatNumber } from '../shared/format.js';
import { sharedMessages } from '../shared/messages.js';
import { loadLang } from '../shared/i18n.js';
import { FUNDER_TYPES } from '../feed/funders.js';
import type { FeedInput } from '../feed/schema.js';
import { importFiles, toInput, type ImportInput } from './import.js';
import { loadCommunes } from './communes.js';
import { readSource } from './read.js';
import { mergeFeeds } from './merge.js';
import { cliMessages } from './messages.js';
import { COMPLETENESS_FIELDS, feedStats } from './stats.js';

// The command speaks French or English (`--lang en`): its English strings are loaded up front.
await loadLang('en');

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

class UsageError extends Error {}

interface Args {
  command: string;
  files: string[];
  options: Map<string, string | true>;
}

const VALUED = new Set(['-o', '--output', '--report', '--title', '--generated', '--lang']);

function parseArgs(argv: readonly string[], lang: Lang): Args {
  const [command = '', ...rest] = argv;
  const files: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (VALUED.has(a)) {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(cliMessages(lang).missingValue(a));
      options.set(a === '--output' ? '-o' : a, v);
    } else if (a.startsWith('-') && a !== '-') options.set(a, true);
    else files.push(a);
  }
  return { command, files, options };
}

/** JSON with a final newline; key order is the order objects were built in (stable). */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function readJson(path: string, io: Io, lang: Lang): unknown | undefined {
  const t = cliMessages(lang);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.err(t.unreadable(path, (e as Error).message));
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    io.err(t.notJson(path));
    return undefined;
  }
}

async function runImport(args: Args, io: Io, lang: Lang): Promise<number> {
  const t = cliMessages(lang);
  if (args.files.length === 0) {
    io.err(t.noInput);
    return 2;
  }
  const inputs: ImportInput[] = [];
  for (const name of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(name);
    } catch (e) {
      io.err(t.unreadable(name, (e as Error).message));
      inputs.push({ name, text: '', error: (e as Error).message });
      continue;
    }
    const source = await readSource(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // A file that cannot be read is named here and in the report; the others are imported.
    if ('error' in source) io.err(t.readFailed(name, source.error, source.detail));
    inputs.push(toInput(source));
  }
  const title = args.options.get('--title');
  const generated = args.options.get('--generated');
  await loadCommunes();
  const { feed, report, valid } = importFiles(inputs, {
    keepNames: args.options.has('--keep-names'),
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof generated === 'string' ? { generated } : {}),
  });
  const fiches = report.fiches.length;
  io.err(t.importSummary(fiches, inputs.length, feed.actions?.length ?? 0, feed.structures?.length ?? 0));
  const unknown = report.fiches.reduce((s, f) => s + f.notUnderstood.length, 0);
  const assumptions = report.fiches.reduce((s, f) => s + f.assumptions.length, 0);
  io.err(t.importNotes(unknown, assumptions, report.fiches.filter((f) => f.flagged).length));

  const reportPath = args.options.get('--report');
  if (typeof reportPath === 'string') {
    writeFileSync(reportPath, toJson(report));
    io.err(t.reportWritten(reportPath));
  }
  if (fiches === 0) {
    io.err(t.nothingRead);
    return 1;
  }
  if (!valid) {
    io.err(t.invalidOutput);
    for (const line of report.invalid) io.err(`  ${line}`);
    return 1;
  }
  const output = args.options.get('-o');
  let result: FeedInput = feed;
  if (typeof output === 'string' && args.options.has('--merge') && existsSync(output)) {
    const existing = readJson(output, io, lang);
    if (existing === undefined) return 1;
    result = mergeFeeds(existing as FeedInput, feed);
  }
  if (typeof output === 'string') {
    writeFileSync(output, toJson(result));
    io.err(t.written(output));
  } else io.out(toJson(result).trimEnd());
  return 0;
}

function runValidate(args: Args, io: Io, lang: Lang): number {
  const t = cliMessages(lang);
  const path = args.files[0];
  if (!path) throw new UsageError(t.usage);
  const json = readJson(path, io, lang);
  if (json === undefined) return 1;
  const issue = sharedMessages(lang).issue;
  try {
    const { feed, issues } = validateFeed(json);
    if (issues.length === 0) {
      io.out(t.valid(feed.actions.length, feed.structures.length));
      return 0;
    }
    io.out(t.issues(issues.length));
    for (const i of issues) {
      const effect = i.rejected ? ` ${t.rejected}` : i.code === 'unknown-structure' ? '' : ` ${t.dropped}`;
      io.out(`  ${issue(formatPath(i.path), i.code, i.expected)}${effect}`);
    }
    // An action pointing at a missing structure is still shown: a warning, not an error.
    return issues.some((i) => i.code !== 'unknown-structure') ? 1 : 0;
  } catch (e) {
    if (!(e instanceof FeedEnvelopeError)) throw e;
    io.out(t.notFeed(path));
    for (const i of e.issues) io.out(`  ${issue(formatPath(i.path) || '(racine)', i.code, i.expected)}`);
    return 1;
  }
}

function runStats(args: Args, io: Io, lang: Lang): number {
  const t = cliMessages(lang);
  const path = args.files[0];
  if (!path) throw new UsageError(t.usage);
  const json = readJson(path, io, lang);
  if (json === undefined) return 1;
  let stats;
  try {
    stats = feedStats(validateFeed(json).feed);
  } catch (e) {
    if (!(e instanceof FeedEnvelopeError)) throw e;
    io.out(t.notFeed(path));
    return 1;
  }
  if (args.options.has('--json')) {
    io.out(toJson(stats).trimEnd());
    return 0;
  }
  const funder = sharedMessages(lang).funderType;
  // French puts a space before the colon.
  const c = lang === 'fr' ? ' : ' : ': ';
  const share = (n: number) => (stats.actions ? ` (${formatNumber((100 * n) / stats.actions, lang, 0)} %)` : '');
  const lines = [
    t.statsTitle(stats.actions, stats.structures),
    `${t.byStatus}${c}${Object.entries(stats.byStatus).map(([s, n]) => `${t.state(s)} ${n}`).join(', ')}`,
    `${t.byDepartement}${c}${Object.entries(stats.byDepartement)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([d, n]) => `${d === 'inconnu' ? t.unknownDepartement : d} ${n}`)
      .join(', ')}`,
    `${t.budgetTotal}${c}${stats.budgetApproximate ? '≈ ' : ''}${formatMoney(stats.budgetTotal, lang)}`,
    `${t.revenues}${c.trimEnd()}`,
    ...FUNDER_TYPES.filter((f) => stats.revenuesByFunder[f] !== undefined).map((f) => `  ${funder[f]}${c}${formatMoney(stats.revenuesByFunder[f]!, lang)}`),
    t.etp(formatEtp(stats.etp, lang), formatEtp(stats.etpSalaried, lang), formatEtp(stats.etpVolunteer, lang)),
    t.people(stats.people),
    `${t.completeness}${c.trimEnd()}`,
    ...COMPLETENESS_FIELDS.map((f) => `  ${t.field[f]}${c}${stats.completeness[f]}/${stats.actions}${share(stats.completeness[f])}`),
  ];
  io.out(lines.join('\n'));
  return 0;
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const langOption = argv.indexOf('--lang');
  // French unless asked: the output must not change with the machine's locale.
  const lang = toLang(langOption !== -1 ? argv[langOption + 1] : 'fr');
  const t = cliMessages(lang);
  try {
    const args = parseArgs(argv, lang);
    switch (args.command) {
      case 'import':
        return await runImport(args, io, lang);
      case 'validate':
        return runValidate(args, io, lang);
      case 'stats':
        return runStats(args, io, lang);
      case '':
      case 'help':
      case '--help':
      case '-h':
        io.out(t.usage);
        return args.command === '' ? 2 : 0;
      default:
        io.err(t.unknownCommand(args.command));
        io.err(t.usage);
        return 2;
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return 2;
  }
}
