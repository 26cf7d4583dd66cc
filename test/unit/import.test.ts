/**
 * The importer end to end: on every seed (read from ../shared/seeds at run time) and on
 * fiches written for these tests in each format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectFormat, importFiles } from '../../src/import/import.js';
import { mergeFeeds } from '../../src/import/merge.js';
import { feedStats } from '../../src/import/stats.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Action, Feed } from '../../src/feed/schema.js';
import { loadCommunes } from '../../src/import/communes.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

const seeds = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const haveSeeds = existsSync(seeds);
const seedFiles = haveSeeds ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort() : [];
const seed = (prefix: string) => {
  const name = seedFiles.find((f) => f.startsWith(prefix))!;
  return { name, text: readFileSync(`${seeds}/${name}`, 'utf8') };
};
const all = () => seedFiles.map((f) => ({ name: f, text: readFileSync(`${seeds}/${f}`, 'utf8') }));

test('each seed is recognised in its format', { skip: !haveSeeds }, () => {
  assert.deepEqual(
    ['000', '001', '002', '003', '004'].map((p) => detectFormat(seed(p).text)),
    ['page', 'senacs', 'senacs-questions', 'senacs-questions', 'apriles'],
  );
});

test('no fiche is dropped: one action per "Actions" block of the SENACS file, one per other fiche', { skip: !haveSeeds }, () => {
  const senacs = seed('001');
  const blocks = senacs.text.split('\n').filter((l) => /^Actions "/.test(l)).length;
  const { feed, report, valid } = importFiles([senacs]);
  assert.ok(valid);
  assert.equal(feed.actions!.length, blocks);
  assert.equal(report.fiches.length, blocks);
  const rest = importFiles([seed('002'), seed('003'), seed('004')]);
  assert.equal(rest.feed.actions!.length, 3);
});

test('the feed of all seeds validates without a single issue', { skip: !haveSeeds }, () => {
  const { feed, valid, report } = importFiles(all());
  assert.ok(valid, report.invalid.join('\n'));
  assert.deepEqual(validateFeed(feed).issues, []);
});

test('two imports of the same input give the same bytes; a fiche keeps its id alone or among others', { skip: !haveSeeds }, () => {
  const a = JSON.stringify(importFiles(all()));
  const b = JSON.stringify(importFiles(all()));
  assert.equal(a, b);
  const full = importFiles(all()).feed.actions as Action[];
  const senacs = seed('001').text;
  // The third block alone, as if the fiche were exported again on its own.
  const starts = [...senacs.matchAll(/^Actions "/gm)].map((m) => m.index);
  const alone = importFiles([{ name: '001.txt', text: senacs.slice(starts[2], starts[3]) }]).feed.actions as Action[];
  assert.equal(alone.length, 1);
  assert.ok(full.some((x) => x.id === alone[0]!.id && x.title === alone[0]!.title));
});

test('staff names of the seeds are dropped by default and kept with keepNames', { skip: !haveSeeds }, () => {
  const text = seed('001').text;
  // "Prénom [Prénom] [Initiale] : 6H/semaine (0,2 ETP)" lines, found here independently of the parser.
  const names = [...text.matchAll(/^(\p{Lu}[\p{Ll}é]+(?: \p{Lu}[\p{Ll}é]*)*) : [\d,]+ ?(?:ETP|H\/semaine)/gmu)].map((m) => m[1]!);
  assert.ok(names.length >= 10, `found ${names.length} named lines`);
  const staffingOf = (keepNames: boolean) =>
    JSON.stringify((importFiles([seed('001')], { keepNames }).feed.actions as Action[]).map((a) => a.staffing ?? null));
  const dropped = staffingOf(false);
  for (const n of names) assert.ok(!dropped.includes(n), `${n} left in the staffing`);
  const kept = staffingOf(true);
  for (const n of names) assert.ok(kept.includes(`"name":"${n}"`), `${n} not kept`);
});

test('every note of the report points at a line of its file', { skip: !haveSeeds }, () => {
  const inputs = all();
  const { report } = importFiles(inputs);
  for (const f of report.fiches) {
    const lines = inputs.find((i) => i.name === f.file)!.text.split('\n').length;
    assert.ok(f.found.includes('title'));
    for (const n of [...f.notUnderstood, ...f.assumptions]) if (n.line !== undefined) assert.ok(n.line >= 1 && n.line <= lines, `${f.file}:${n.line}`);
  }
});

const SENACS = `Les actions des centres sociaux
Actions "Jardin des voisins"
DESCRIPTION DE L'ACTION
- Statut
- Terminée
- Raison de l'arrêt
Fin de financement
- Dimension
- Citoyenneté
- Mots-clés
-
- Solidarité
- Santé
- En bref
Un potager partagé au pied des immeubles.
- Centre social Les Tilleuls - Moselle
RAISON D'ETRE
- Qui est à l'initiative ?
-
- Un groupe d'habitants
- Description de l'expérience
Les habitants voulaient cultiver ensemble- Territoire concerné
- Un quartier
METHODOLOGIE
- Publics
- Familles
- Avec qui l'action est-elle menée ?
-
Partenaires de l'action :
- Bailleur social
- Caf
- Territoire visé
- Un quartier
- Description générale
L'action a débuté en avril 2017.
- Ressources financières du projet
Coût total : 3 200 €
CAF : 2 000 €
Bailleur : 1 200 €
- Personnes mobilisées
1 animatrice
5 bénévoles
AUTO-EVALUATION
- Résultats sur le territoire
Des voisins qui se parlent.
- Limites
- Perspectives
- Fichiers associés
`;

test('a SENACS fiche written for the test, with a glued label and no structure label', () => {
  const { feed, report } = importFiles([{ name: 'jardin.txt', text: SENACS }]);
  const [a] = feed.actions as Action[];
  assert.equal(a!.id, 'jardin-des-voisins');
  assert.deepEqual(a!.status, { state: 'terminee', reason: 'Fin de financement' });
  assert.deepEqual(a!.keywords, ['Solidarité', 'Santé']);
  assert.equal(a!.rationale, 'Les habitants voulaient cultiver ensemble');
  assert.deepEqual(a!.territory, { scale: 'quartier' });
  assert.deepEqual(a!.public, ['familles']);
  assert.deepEqual(a!.partners, [{ name: 'Bailleur social', type: 'bailleur' }, { name: 'Caf', type: 'caf' }]);
  assert.deepEqual(a!.period, { start: '2017-04' });
  assert.equal(a!.budget!.total, 3200);
  assert.deepEqual(a!.budget!.revenues!.map((r) => [r.funderType, r.amount]), [['caf', 2000], ['bailleur', 1200]]);
  assert.deepEqual(a!.staffing!.people!.map((p) => [p.kind, p.count]), [['salarie', 1], ['benevole', 5]]);
  assert.deepEqual(a!.evaluation, { territory: 'Des voisins qui se parlent.' });
  assert.deepEqual(feed.structures, [{ id: 'centre-social-les-tilleuls', name: 'Centre social Les Tilleuls', kind: 'centre-social', departement: '57' }]);
  assert.ok(report.fiches[0]!.assumptions.some((n) => n.field === 'structure'));
});

const PAGE = `Les Amis du Quartier

Pour nous écrire :
Les Amis du Quartier
12 rue des Lilas
69003 LYON

Téléphone : 04 78 00 00 01
Fax : 04 78 00 00 02
Courriel : contact@amis-quartier.example

Horaires d'ouverture
Du mardi au samedi
De 10 heures à 17 heures

L'association a pour objet de rompre l'isolement des habitants du quartier en proposant des rencontres, des ateliers et de l'entraide entre voisins, en lien étroit avec les services sociaux de la ville et les autres associations du secteur, depuis plus de vingt ans maintenant.
Le projet "Repas partagés", soutenu par la Ville de Lyon et la CAF, a réuni plus de 120 habitants en 2019 grâce à une dizaine de bénévoles.

Accueil | Contact | Mentions légales | Plan du site
Site réalisé par : http://agence.example`;

test('an association page written for the test: structure, contacts, one named project', () => {
  const { feed } = importFiles([{ name: 'page.txt', text: PAGE }]);
  assert.deepEqual(feed.structures![0], {
    id: 'les-amis-du-quartier',
    name: 'Les Amis du Quartier',
    kind: 'association',
    departement: '69',
    commune: { name: 'Lyon', postcode: '69003' },
    address: '12 rue des Lilas, 69003 Lyon',
    phones: ['04 78 00 00 01'],
    email: 'contact@amis-quartier.example',
    openingHours: ['Du mardi au samedi de 10 h à 17 h'],
    summary: feed.structures![0]!.summary,
  });
  const [a] = feed.actions as Action[];
  assert.equal(a!.title, 'Repas partagés');
  assert.deepEqual(a!.budget!.revenues, [
    { label: 'Ville de Lyon', funderType: 'commune' },
    { label: 'CAF', funderType: 'caf' },
  ]);
  assert.deepEqual(a!.beneficiaries, [{ label: 'habitants', count: 120, approximate: true, year: 2019 }]);
  assert.deepEqual(a!.staffing!.people, [{ role: 'bénévoles', kind: 'benevole', count: 10 }]);
});

test('text in no known format becomes one flagged action', () => {
  const { feed, report, valid } = importFiles([{ name: 'notes.txt', text: 'Atelier tricot du jeudi\nUne dizaine de personnes, budget 300 €.' }]);
  assert.ok(valid);
  assert.equal(feed.actions![0]!.title, 'Atelier tricot du jeudi');
  assert.equal(report.fiches[0]!.format, 'unknown');
  assert.equal(report.fiches[0]!.flagged, true);
  // The free-text reader takes the budget and the count, and says what it expected.
  assert.equal(feed.actions![0]!.budget!.total, 300);
  assert.deepEqual(feed.actions![0]!.beneficiaries, [{ label: 'personnes', count: 10, approximate: true }]);
  assert.deepEqual(report.fiches[0]!.notUnderstood.map((n) => n.field), ['format']);
  assert.ok(report.fiches[0]!.assumptions.some((n) => n.field === 'budget.total' && n.line === 2));
});

test('a re-import replaces actions by id and keeps the others', () => {
  const first = importFiles([{ name: 'jardin.txt', text: SENACS }]).feed;
  const other = importFiles([{ name: 'notes.txt', text: 'Atelier tricot du jeudi' }]).feed;
  const changed = importFiles([{ name: 'jardin.txt', text: SENACS.replace('Coût total : 3 200 €', 'Coût total : 3 400 €') }]).feed;
  const merged = mergeFeeds(mergeFeeds(first, other), changed);
  assert.deepEqual(merged.actions!.map((a) => a.id), ['jardin-des-voisins', 'atelier-tricot-du-jeudi']);
  assert.equal(merged.actions![0]!.budget!.total, 3400);
});

test('stats count actions, totals and completeness', () => {
  const feed: Feed = validateFeed(importFiles([{ name: 'jardin.txt', text: SENACS }, { name: 'notes.txt', text: 'Atelier tricot du jeudi' }]).feed).feed;
  const s = feedStats(feed);
  assert.equal(s.actions, 2);
  assert.equal(s.structures, 2);
  assert.deepEqual(s.byStatus, { terminee: 1, inconnu: 1 });
  assert.equal(s.budgetTotal, 3200);
  assert.deepEqual(s.revenuesByFunder, { caf: 2000, bailleur: 1200 });
  assert.equal(s.people, 6);
  assert.equal(s.completeness.budgetTotal, 1);
  assert.equal(s.completeness.keywords, 1);
  assert.equal(s.completeness.departement, 1);
});
