/**
 * Layouts the seeds do not show, as centres really have them — a Word table flattened to
 * tabs, PDF text with page headers and cut words, a saved web page with its menus and cookie
 * banner, a CAF bilan form, a press article, bullet lists, a newsletter, a subsidy dossier, a
 * social-network post, a senacs.fr page copied with the site around it, an annual report in
 * numbered sections, an Apriles-like sheet with other labels, the minutes of a steering
 * committee — each written for this test (test/fixtures/import/unseen/, facts in
 * expected.json). Prints the share of the facts their text states that the importer reads,
 * field by field, and asserts a floor; IMPORT_MISSES=1 lists what it got wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFiles, toInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { loadCommunes } from '../../src/import/communes.js';
import type { Action, FeedInput } from '../../src/feed/schema.js';

await loadCommunes();

const dir = fileURLToPath(new URL('../fixtures/import/unseen/', import.meta.url));

interface Expected {
  title: string;
  status?: string;
  departement?: string;
  keywords?: string[];
  public?: string[];
  /** "Name (type)". */
  partners?: string[];
  total?: number;
  /** "funderType amount". */
  revenues?: string[];
  expenses?: number[];
  etp?: [number | null, number | null];
  people?: Record<string, number>;
  /** Counts only: labels are written every way ("96 foyers orientés"). */
  beneficiaries?: number[];
}

/** Batch 6's floor, a little under what it measures once its rules are in (86.1%, 192/223). */
const FLOOR_BATCH6 = 83;
/** Batch 7's floor, a little under what it measures once its rules are in (93.2%, 177/190; first sight 70.1%, 136/194). */
const FLOOR_BATCH7 = 90;
/** Batch 7 (72–81, layouts: a saved senacs.fr listing, a Word fiche as a table, PDFs in columns or wrapped, CMS pages, a Markdown export, a form, a bilan of several years). */
const BATCH7 = /^(?:7[2-9]|8[01])-/;
/** Batch 8 (82–90, prose-heavy: press, blog, e-mail to a funder, council minutes, posts, a volunteer's account). */
const BATCH8 = /^(?:8[2-9]|9[01])-/;
/**
 * Batch 9 (93–98): written by the lead while batches 7 and 8 were being fixed and kept out of the
 * helpers' sight, then scored once on main 9c07a67 before any rule made for it: 76/94 (80.9%).
 * A printed senacs.fr fiche, an association's "activités" page, a WordPress page with a funding
 * table, a Windows-1252 bilan, a newspaper brief, a Joomla page holding two actions.
 */
const BATCH9 = /^9[3-8]-/;
/** Batch 9's floor, a little under what it measures once the rules it led to are in (99.0 %, 95/96). */
const FLOOR_BATCH9 = 95;
/**
 * Batch 10 (99–103): written by the lead late in stop 25 and kept out of the helpers' sight, scored at first
 * sight on main f6634c5 before any rule made for it: 72/89 (80.9 %); 89.7 % (78/87) once its rules were in.
 * Two current senacs.fr fiches copied from one listing, a UTF-16 bilan, a Drupal page with labelled fields, a
 * centre's report exported to PDF, a Latin-1 article from a newspaper's site.
 */
const BATCH10 = /^(?:99|10[0-3])-/;
const FLOOR_BATCH10 = 86;
/**
 * Batch 11 (104–112): written by helper h13c in stop 26, scored at first sight on main before any rule made for it
 * 8e0a959: 153/193 (79.3 %); people's names: one leaked (a given name missing from the list). A Word table exported with pipes, a bilan whose budget table writes "24,6 k€" and "3.450,00 €",
 * an appel à projets answered question by question (the town only as a postal code), a CAF form of ☒ boxes, a
 * municipal magazine's paragraph, a senacs.fr listing of three fiches, a WordPress page with its funding in a
 * <table>, an e-mail hard-wrapped at 72 columns, a Word report of one pole holding two actions.
 */
const BATCH11 = /^(?:10[4-9]|11[0-2])-/;
/**
 * Batch 12 (113–117): written by h13c after the rules batch 11 led to had landed, scored at first sight on main
 * 09b4979 before any rule made for it 09b4979: 63/75 (84.0 %), every person named removed: an e-mail reply quoting the message it answers, a page whose
 * fields are a <dl> of questions ("Pour qui ?", "Avec qui ?") and its funding a <ul>, a bilan with a plan/done
 * table of objectives and dotted thousands ("8.500 €"), a social-network post about an event (a ticket price that
 * is no revenue), a Word fiche whose staffing and budget are tables in ETP and k€.
 */
const BATCH12 = /^11[3-7]-/;
/**
 * Batch 13 (118–127): written by h13d in stop 27 after batch 12's rules had landed, scored at first sight on main
 * 074cbcc before any rule made for it: 128/173 (74.0 %). A Latin-1 press article whose headline does not name the action, a centre's
 * page with a key-figures <table>, a short e-mail hard-wrapped at 70 columns, a senacs.fr fiche with a BOM and CRLF,
 * a PDF's text pasted with its hyphenated line ends, a Word bilan with asked and obtained columns, a Markdown
 * projet social holding three actions, a site builder's page of <div>s, a Windows-1252 subsidy form with tabs, an
 * older SENACS question form.
 */
const BATCH13 = /^(?:11[89]|12[0-7])-/;
/** First sight 128/173 (74.0 %) on 074cbcc; 157/165 (95.2 %) once the rules it led to are in. */
const FLOOR_BATCH13 = 93;
/**
 * Batch 14 (128–137): written by h13e in stop 28 after batch 13's rules had landed, scored at first sight on main
 * 8361987 before any rule made for it: 98/146 (67.1 %). An espace de vie sociale's Word table with merged cells flattened to
 * tabs, a PDF's budget table in columns of spaces, a federation's newsletter holding two centres' actions, an
 * Instagram post of emojis and hashtags, an older SENACS form (`Actions "TITLE"`, "Structure organisatrice :"), a
 * Windows-1252 compte rendu with "œ" and "€", a bilan in "k€" / "K euros" with a "mi-temps", a letter whose town
 * is only its postal code, a CAF bilan with a two-year table, a SPIP article with its chapo and author.
 */
const BATCH14 = /^(?:12[89]|13[0-7])-/;
/**
 * First sight 98/146 (67.1 %) on 8361987; 140/140 (100 %) once its rules are in (79527ba). One expectation was
 * changed after first sight, to the project's convention: plain "ventes" are autofinancement (vocab.ts), not usagers.
 */
const FLOOR_BATCH14 = 97;
/**
 * Batch 15 (138–145): written by h13f in stop 31 after batch 14's rules had landed. Today's senacs.fr fiche saved as
 * a page (`Actions`, then the title in an <h1>; fields as <h3>/<p> and lists), a senacs.fr listing of two fiches
 * copied from the browser with its menus (labels on their own lines, no dashes), a fiche pasted as one long line, a
 * regional daily's article (amounts, funders, "en partenariat avec", "+ de 60"), a centre's "nos actions" page of
 * three short blocks, an espace de vie sociale's report in numbered paragraphs, a CAF bilan exported from Word with
 * tab-separated tables and CRLF, a municipal bulletin's paragraph ("subvention … accordée par la mairie").
 * First sight 116/145 (80.0 %) on main b1fa3ea, before any rule made for it.
 * One expectation was changed after first sight, to the project's convention: an activity said to recur ("chaque
 * mercredi", "deux matinées par semaine") is en cours (prose.ts RECURS), so 142's first and third blocks are.
 */
const BATCH15 = /^(?:13[89]|14[0-5])-/;
/** First sight 116/145 (80.0 %) on b1fa3ea; 128/143 (89.5 %) once its rules are in. */
const FLOOR_BATCH15 = 87;
const FLOOR_BATCH12 = 92;
const FLOOR_BATCH11 = 97;
/** Batch 8's floor: 58.5 % (76/130) at first sight, 94.1 % (112/119) once the prose rules it led to are in. */
const FLOOR_BATCH8 = 91;

const EXPECTED: Record<string, Expected[]> = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8'));

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[«»"“”]/g, '').replace(/\p{Extended_Pictographic}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s: string) => new Set(fold(s).split(/[^a-z0-9]+/).filter((w) => w.length > 2));

/** The same title, or the expected one's words all in a title at most three words longer. */
function sameTitle(expected: string, actual: string): boolean {
  if (fold(expected) === fold(actual)) return true;
  const e = words(expected);
  const a = words(actual);
  return e.size > 0 && [...e].every((w) => a.has(w)) && a.size <= e.size + 3;
}

class Score {
  correct = 0;
  total = 0;
  misses: string[] = [];
  /** Field → [correct, total], for IMPORT_FIELDS=1 ("people.salarie" counts as people). */
  fields = new Map<string, [number, number]>();
  private count(where: string, ok: boolean): void {
    this.total++;
    if (ok) this.correct++;
    const field = /#\d+\.(\w+(?:\.(?:total|revenues|expenses))?)/.exec(where)?.[1] ?? 'action';
    const f = this.fields.get(field) ?? [0, 0];
    this.fields.set(field, [f[0] + (ok ? 1 : 0), f[1] + 1]);
  }
  scalar(where: string, expected: unknown, actual: unknown, equal = (x: unknown, y: unknown) => x === y): void {
    if ((expected === undefined || expected === null) && (actual === undefined || actual === null)) return;
    const ok = expected != null && actual != null && equal(expected, actual);
    this.count(where, ok);
    if (!ok) this.misses.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  /** An expected action not read, or an action read that the fiche does not hold. */
  absent(miss: string): void {
    this.count(miss, false);
    this.misses.push(miss);
  }
  /** Each item of either list is one fact; `same` pairs an actual item with an expected one. */
  multiset<T>(where: string, expected: readonly T[], actual: readonly T[], same = (x: T, y: T) => x === y): void {
    const left = [...actual];
    for (const e of expected) {
      const i = left.findIndex((a) => same(e, a));
      this.count(where, i !== -1);
      if (i === -1) this.misses.push(`${where}: missing ${JSON.stringify(e)}`);
      else left.splice(i, 1);
    }
    for (const extra of left) {
      this.count(where, false);
      this.misses.push(`${where}: unexpected ${JSON.stringify(extra)}`);
    }
  }
}

/** A partner is the expected one when its type is and its name shares half the shorter name's words. */
function samePartner(e: string, a: string): boolean {
  const [, en, et] = /^(.*) \((\w+)\)$/.exec(e)!;
  const [, an, at] = /^(.*) \((\w+)\)$/.exec(a)!;
  if (et !== at) return false;
  if (fold(en!) === fold(an!)) return true;
  const we = words(en!);
  const wa = words(an!);
  const [small, big] = we.size <= wa.size ? [we, wa] : [wa, we];
  return small.size > 0 && [...small].filter((w) => big.has(w)).length / small.size >= 0.5;
}

function compare(score: Score, where: string, e: Expected, a: Action, feed: FeedInput): void {
  score.scalar(`${where}.title`, e.title, a.title, (x, y) => sameTitle(String(x), String(y)));
  score.scalar(`${where}.status`, e.status, a.status?.state);
  score.scalar(`${where}.departement`, e.departement, feed.structures!.find((s) => s.id === a.structureId)?.departement);
  if (e.keywords) score.multiset(`${where}.keywords`, e.keywords.map(fold), (a.keywords ?? []).map(fold));
  score.multiset(`${where}.public`, e.public ?? [], a.public ?? []);
  score.multiset(`${where}.partners`, e.partners ?? [], (a.partners ?? []).map((p) => `${p.name} (${p.type})`), samePartner);
  score.scalar(`${where}.budget.total`, e.total, a.budget?.total);
  score.multiset(`${where}.budget.revenues`, e.revenues ?? [], (a.budget?.revenues ?? []).map((r) => `${r.funderType} ${r.amount ?? '-'}`));
  score.multiset(`${where}.budget.expenses`, e.expenses ?? [], (a.budget?.expenses ?? []).flatMap((x) => (x.amount === undefined ? [] : [x.amount])));
  const near = (x: unknown, y: unknown) => Math.abs(Number(x) - Number(y)) < 0.011;
  score.scalar(`${where}.etpSalaried`, e.etp?.[0], a.staffing?.etpSalaried, near);
  score.scalar(`${where}.etpVolunteer`, e.etp?.[1], a.staffing?.etpVolunteer, near);
  const people = new Map<string, number>();
  for (const p of a.staffing?.people ?? []) if (p.count) people.set(p.kind, (people.get(p.kind) ?? 0) + p.count);
  for (const kind of new Set([...Object.keys(e.people ?? {}), ...people.keys()])) score.scalar(`${where}.people.${kind}`, e.people?.[kind], people.get(kind));
  score.multiset(`${where}.beneficiaries`, e.beneficiaries ?? [], (a.beneficiaries ?? []).map((b) => b.count));
}

test('fiches in layouts the seeds do not show: the facts their text states', async () => {
  // Batch 6 (62–71) was written after the rest and measured at first sight before any rule made
  // for it: its own floor, so the earlier fixtures' floor still catches their regressions.
  const earlier = new Score();
  const batch6 = new Score();
  const batch8 = new Score();
  // Batch 7 (72–81): saved senacs.fr listings, Word fiches in a table, PDFs in columns or with wrapped lines, CMS pages…
  const batch7 = new Score();
  const batch9 = new Score();
  const batch10 = new Score();
  const batch11 = new Score();
  const batch12 = new Score();
  const batch13 = new Score();
  const batch14 = new Score();
  const batch15 = new Score();
  const files = readdirSync(dir).filter((f) => f !== 'expected.json').sort();
  assert.deepEqual(files, Object.keys(EXPECTED).sort(), 'every fixture has its expected facts');
  // IMPORT_ONLY=^4[0-4] scores one batch (a held-out set measured before any change made for it).
  const only = process.env.IMPORT_ONLY ? new RegExp(process.env.IMPORT_ONLY) : undefined;
  for (const file of files.filter((f) => !only || only.test(f))) {
    const score = /^(?:6[2-9]|7[01])-/.test(file) ? batch6 : BATCH7.test(file) ? batch7 : BATCH8.test(file) ? batch8 : BATCH9.test(file) ? batch9 : BATCH10.test(file) ? batch10 : BATCH11.test(file) ? batch11 : BATCH12.test(file) ? batch12 : BATCH13.test(file) ? batch13 : BATCH14.test(file) ? batch14 : BATCH15.test(file) ? batch15 : earlier;
    const input = toInput(await readSource(file, new Uint8Array(readFileSync(dir + file))));
    const { feed, report, valid } = importFiles([input]);
    assert.ok(valid, `${file}: ${report.invalid.join('\n')}`);
    const actions = feed.actions ?? [];
    // People these fiches name (a page's author, a quoted resident, an e-mail's sender) are in no field and no note.
    assert.doesNotMatch(JSON.stringify({ feed, report }), /Sophie Garnier|Garnier|Jeannine|Benali|BENALI|(?<!Clermont-)Ferrand|Viguier|Ferhat|Josiane|Karima|Fatou|Yannick|Delattre|Le Goff|Thiébaut|Girard|Marchetti|Colombani|Nadège|Fauconnier|Perrichon|Ravanel|Mabille|Solène|Gaëtan|Lemercier|Morvan|Jean-Baptiste|Lebrun|Amandine|(?<!Saint-)Gilles|Pascal dit|(?<!Charles-)Perrault|Nathalie|Quémeneur|Vasseur|Corentin/, file);
    // Never a fiche dropped silently: every action read is in the report.
    assert.equal(report.fiches.length, actions.length, file);
    const expected = EXPECTED[file]!;
    expected.forEach((e, i) => {
      const a = actions.find((x) => sameTitle(e.title, x.title)) ?? actions[i];
      if (a) compare(score, `${file}#${i + 1}`, e, a as Action, feed);
      else score.absent(`${file}#${i + 1}: no action`);
    });
    for (const extra of actions.slice(expected.length)) score.absent(`${file}: extra action ${extra.title}`);
  }
  const pct = (x: Score) => (100 * x.correct) / Math.max(1, x.total);
  const batches = [earlier, batch6, batch7, batch8, batch9, batch10, batch11, batch12, batch13, batch14, batch15];
  const all = { correct: batches.reduce((n, b) => n + b.correct, 0), total: batches.reduce((n, b) => n + b.total, 0) };
  const share = (x: Score) => `${x.correct}/${x.total} (${pct(x).toFixed(1)}%)`;
  console.log(`unseen layouts: ${all.correct}/${all.total} facts (${((100 * all.correct) / Math.max(1, all.total)).toFixed(1)}%); fixtures 01–61 ${share(earlier)}, batch 6 (62–71) ${share(batch6)}, batch 7 (72–81) ${share(batch7)}, batch 8 (82–91) ${share(batch8)}, batch 9 (93–98) ${share(batch9)}, batch 10 (99–103) ${share(batch10)}, batch 11 (104–112) ${share(batch11)}, batch 12 (113–117) ${share(batch12)}, batch 13 (118–127) ${share(batch13)}, batch 14 (128–137) ${share(batch14)}, batch 15 (138–145) ${share(batch15)}`);
  if (process.env.IMPORT_MISSES) console.log(batches.flatMap((b) => b.misses).join('\n'));
  if (process.env.IMPORT_FIELDS) for (const [name, b] of [['01–61', earlier], ['batch 6', batch6], ['batch 7', batch7], ['batch 8', batch8], ['batch 9', batch9], ['batch 10', batch10], ['batch 11', batch11], ['batch 12', batch12], ['batch 13', batch13], ['batch 14', batch14], ['batch 15', batch15]] as const) console.log(`${name}: ${[...b.fields].map(([f, [c, t]]) => `${f} ${c}/${t}`).join(', ')}`);
  if (only) return;
  assert.ok(earlier.total > 200 && batch6.total > 200, 'the comparison covers the fixtures');
  // Measured 97.4% (686/704, 46 fiches), then 96.7% (862/891, 59 fiches); the floor leaves room for harmless changes, not for regressions.
  assert.ok(pct(earlier) >= 96.5, `accuracy ${pct(earlier).toFixed(1)}% under the floor`);
  // Batch 6: 44.5% (94/211) at first sight; FLOOR_BATCH6 after the rules it led to.
  assert.ok(pct(batch6) >= FLOOR_BATCH6, `batch 6 accuracy ${pct(batch6).toFixed(1)}% under the floor`);
  // Batch 7: 70.1% (136/194) at first sight; FLOOR_BATCH7 after the rules it led to.
  assert.ok(batch7.total > 150, 'batch 7 is scored');
  assert.ok(pct(batch7) >= FLOOR_BATCH7, `batch 7 accuracy ${pct(batch7).toFixed(1)}% under the floor`);
  assert.ok(batch9.total > 80, 'batch 9 is scored');
  assert.ok(pct(batch9) >= FLOOR_BATCH9, `batch 9 accuracy ${pct(batch9).toFixed(1)}% under the floor`);
  assert.ok(batch10.total > 70, 'batch 10 is scored');
  assert.ok(pct(batch10) >= FLOOR_BATCH10, `batch 10 accuracy ${pct(batch10).toFixed(1)}% under the floor`);
  assert.ok(batch11.total > 120, 'batch 11 is scored');
  assert.ok(pct(batch11) >= FLOOR_BATCH11, `batch 11 accuracy ${pct(batch11).toFixed(1)}% under the floor`);
  assert.ok(batch12.total > 50, 'batch 12 is scored');
  assert.ok(pct(batch12) >= FLOOR_BATCH12, `batch 12 accuracy ${pct(batch12).toFixed(1)}% under the floor`);
  assert.ok(batch13.total > 150, 'batch 13 is scored');
  assert.ok(pct(batch13) >= FLOOR_BATCH13, `batch 13 accuracy ${pct(batch13).toFixed(1)}% under the floor`);
  assert.ok(batch14.total > 120, 'batch 14 is scored');
  assert.ok(pct(batch14) >= FLOOR_BATCH14, `batch 14 accuracy ${pct(batch14).toFixed(1)}% under the floor`);
  assert.ok(batch15.total > 120, 'batch 15 is scored');
  assert.ok(pct(batch15) >= FLOOR_BATCH15, `batch 15 accuracy ${pct(batch15).toFixed(1)}% under the floor`);
  assert.ok(batch8.total > 100 && pct(batch8) >= FLOOR_BATCH8, `batch 8 accuracy ${pct(batch8).toFixed(1)}% under the floor`);
});
