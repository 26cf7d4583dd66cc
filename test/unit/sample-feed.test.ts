/**
 * The bundled sample feed against the seeds it was written from. Expectations are read
 * from the seed texts at test time (never from the feed), so a fact changed on either
 * side makes a test fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { validateFeed } from '../../src/feed/validate.js';
import type { Action, Feed } from '../../src/feed/schema.js';

const root = new URL('../../', import.meta.url);
// SEEDS_DIR lets a git worktree (whose ../shared is elsewhere) run the comparison too.
const seedsDir = process.env.SEEDS_DIR ? pathToFileURL(`${process.env.SEEDS_DIR.replace(/\/?$/, '/')}`) : new URL('../shared/seeds/', root);
const raw: unknown = JSON.parse(readFileSync(new URL('demo/sample-feed.json', root), 'utf8'));
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
const readSeed = (file: string) => readFileSync(new URL(file, seedsDir), 'utf8');

const SENACS_FILE = seedFiles.find((f) => f.startsWith('001_'))!;
/** One block per fiche of the SENACS export; the text before the first fiche is a page header. */
const fiches = readSeed(SENACS_FILE).split(/^(?=Actions ")/m).filter((b) => b.startsWith('Actions "'));
const titleOf = (fiche: string) => /^Actions "(.*)"\s*$/m.exec(fiche)![1]!;

/** Lines of a fiche between a heading and the next one. */
function section(fiche: string, heading: string, next: string): string[] {
  const start = fiche.indexOf(heading);
  const end = fiche.indexOf(next, start);
  assert.ok(start >= 0 && end > start, `${titleOf(fiche)}: no "${heading}" section`);
  return fiche.slice(start + heading.length, end).split('\n').map((l) => l.trim()).filter(Boolean);
}
const budgetLines = (fiche: string) => section(fiche, 'Ressources financières mobilisées pour cette action', '- Nombre de personnes');
const staffingLines = (fiche: string) => section(fiche, 'Nombre de personnes mobilisés pour cette action', 'AUTO-EVALUATION');

/** Amounts written in a line, French style (`21 280.00€`, `4 000 euros`, `9300`); small numbers are counts, not money. */
function amountsIn(line: string): number[] {
  const tokens = line.match(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g) ?? [];
  return tokens.map((t) => Number(t.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'))).filter((n) => n >= 100);
}

const { feed, issues, actionCount } = validateFeed(raw);
const fromSenacs = feed.actions.filter((a) => a.source?.file === SENACS_FILE);
const actionFor = (fiche: string): Action => {
  const found = fromSenacs.filter((a) => a.title === titleOf(fiche));
  assert.equal(found.length, 1, `one action titled ${titleOf(fiche)}`);
  return found[0]!;
};
const structureOf = (a: Action) => feed.structures.find((s) => s.id === a.structureId);

/** Every string value of the raw feed with the key it sits under. */
function strings(value: unknown, key = ''): [key: string, text: string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

test('the sample feed validates without any issue', () => {
  assert.deepEqual(issues, []);
  assert.equal(feed.actions.length, actionCount);
  assert.equal((raw as Feed).version, '1.0');
});

test('every fiche of the SENACS export is an action, under its own title', () => {
  assert.equal(fiches.length, 25);
  assert.equal(fromSenacs.length, fiches.length);
  for (const fiche of fiches) actionFor(fiche);
});

test('every seed file contributes at least one action', () => {
  for (const file of seedFiles) assert.ok(feed.actions.some((a) => a.source?.file === file), file);
});

test('structure, département, status and keywords follow each fiche', () => {
  for (const fiche of fiches) {
    const action = actionFor(fiche);
    const [, name, dep] = /Structure organisatrice\n- (.+) - (Pas-de-Calais)\s*$/m.exec(fiche)!;
    assert.equal(structureOf(action)?.name, name, action.title);
    assert.equal(dep === 'Pas-de-Calais' ? '62' : dep, structureOf(action)?.departement);
    const status = /Statut de l'action\n- (.+)/.exec(fiche)![1]!.trim();
    assert.equal(action.status?.state, status === 'En cours' ? 'en-cours' : status === 'Terminée' ? 'terminee' : status);
    const keywords = section(fiche, "Mots clés associés à l'action\n-", '- Résumé').map((l) => l.replace(/^- /, ''));
    assert.deepEqual(action.keywords, keywords, action.title);
  }
});

test('every amount of a fiche’s financial resources is in its action’s budget', () => {
  let checked = 0;
  for (const fiche of fiches) {
    const action = actionFor(fiche);
    const budget = action.budget;
    const inFeed = new Set([budget?.total, ...(budget?.revenues ?? []).map((r) => r.amount), ...(budget?.expenses ?? []).map((e) => e.amount)]);
    for (const amount of budgetLines(fiche).flatMap(amountsIn)) {
      assert.ok(inFeed.has(amount), `${action.title}: ${amount} € missing`);
      checked++;
    }
  }
  assert.ok(checked >= 30, `only ${checked} amounts found in the seed`);
});

test('budget.text restates, in our own words, only amounts of the fiche’s own financial section', () => {
  let checked = 0;
  for (const fiche of fiches) {
    const action = actionFor(fiche);
    const amounts = new Set(budgetLines(fiche).flatMap(amountsIn));
    for (const amount of amountsIn(action.budget?.text ?? '')) {
      assert.ok(amounts.has(amount), `${action.title}: ${amount} € is not in the fiche's financial section`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `only ${checked} amounts found in the budget texts`);
});

test('revenues never exceed the total, and ETP totals match the people listed', () => {
  for (const a of feed.actions) {
    const revenues = (a.budget?.revenues ?? []).reduce((sum, r) => sum + (r.amount ?? 0), 0);
    if (a.budget?.total !== undefined) assert.ok(revenues <= a.budget.total, a.title);
    const people = a.staffing?.people ?? [];
    for (const [field, volunteer] of [['etpSalaried', false], ['etpVolunteer', true]] as const) {
      const mine = people.filter((p) => (p.kind === 'benevole') === volunteer);
      if (mine.length === 0 || mine.some((p) => p.etp === undefined) || a.staffing?.[field] === undefined) continue;
      const sum = mine.reduce((s, p) => s + p.etp! * (p.count ?? 1), 0);
      assert.ok(Math.abs(sum - a.staffing[field]!) < 1e-9, `${a.title}: ${field}`);
    }
  }
});

test('no first name from the staffing lines appears anywhere in the feed', () => {
  const names = new Set<string>();
  for (const fiche of fiches) {
    for (const line of staffingLines(fiche)) {
      const m = /^(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)(?: \p{Lu})? : [\d,]+ ?(?:ETP|H\/semaine)/u.exec(line);
      if (m) names.add(m[1]!);
    }
  }
  // Émilie, Judicaël, Jean Claude (twice in the seed), Clément, Marie Paule … Dany: counted by hand.
  assert.equal(names.size, 18);
  const texts = strings(raw).map(([, text]) => text);
  for (const name of names) {
    const pattern = new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu');
    assert.deepEqual(texts.filter((t) => pattern.test(t)), [], name);
  }
});

test('no text of the feed copies 70 characters of a seed', () => {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const WINDOW = 70;
  const seedWindows = new Set<string>();
  for (const file of seedFiles) {
    const text = norm(readSeed(file));
    for (let i = 0; i + WINDOW <= text.length; i++) seedWindows.add(text.slice(i, i + WINDOW));
  }
  // Titles are names, and budget/staffing texts are the fiche's own data lines kept for audit.
  const exempt = new Set(['title', 'text']);
  const copies = strings(raw).filter(([key, text]) => {
    if (exempt.has(key)) return false;
    const s = norm(text);
    for (let i = 0; i + WINDOW <= s.length; i++) if (seedWindows.has(s.slice(i, i + WINDOW))) return true;
    return false;
  });
  assert.deepEqual(copies, []);
});

test('INSEE codes name the right commune in the right département', () => {
  const communes = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as {
    code: string;
    nom: string;
    departement: string;
    type: string;
  }[];
  const byCode = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  for (const s of feed.structures) {
    if (!s.commune?.insee) continue;
    const c = byCode.get(s.commune.insee);
    assert.equal(c?.nom, s.commune.name, s.name);
    assert.equal(c?.departement, s.departement, s.name);
  }
});

test('the demo has a spread of actions with and without budgets and staffing', () => {
  const withAmounts = feed.actions.filter((a) => a.budget?.total !== undefined || a.budget?.revenues.some((r) => r.amount !== undefined));
  const withRevenues = feed.actions.filter((a) => a.budget?.revenues.some((r) => r.amount !== undefined));
  const withoutBudget = feed.actions.filter((a) => !a.budget);
  const withEtp = feed.actions.filter((a) => a.staffing?.etpSalaried !== undefined || a.staffing?.people.some((p) => p.etp !== undefined));
  assert.ok(withAmounts.length >= 15, `${withAmounts.length} actions with amounts`);
  assert.ok(withRevenues.length >= 5, `${withRevenues.length} actions with revenues`);
  assert.ok(withoutBudget.length >= 5, `${withoutBudget.length} actions without budget`);
  assert.ok(withEtp.length >= 3, `${withEtp.length} actions with ETP`);
  assert.ok(new Set(feed.structures.map((s) => s.departement)).size >= 5);
});
