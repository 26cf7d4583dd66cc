/**
 * The importer on files as centres have them: fiches written for these tests (never copied
 * from real ones) in every layout it reads, saved in every encoding and file type it reads
 * (test/fixtures/import/, made by scripts/make-import-fixtures.mjs). Each gives exactly the
 * facts its text states: title, status, département, keywords, public, partners, budget
 * total, each funder's amount, expenses, ETP, people by kind, beneficiaries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFiles, toInput, type ImportInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { facts } from './import-facts.js';
import { loadCommunes } from '../../src/import/communes.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

const dir = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

async function input(file: string): Promise<ImportInput> {
  return toInput(await readSource(file, new Uint8Array(readFileSync(dir + file))));
}

const EXPECTED: Record<string, unknown[]> = {
  'apriles-utf16.txt': [{"title":"Épicerie solidaire mobile à Montbéliard","departement":"25","keywords":["Aide alimentaire","Lien social"],"partners":["CCAS de Montbéliard (social)","Banque alimentaire du Doubs (association)"],"budget":{"total":48000,"revenues":["departement 20000","fondation 10000"]},"etp":[null,null],"people":["salarie 2","benevole 6"],"beneficiaries":["85 foyers inscrits"]}],
  'article-bom.txt': [{"title":"Un jardin partagé pousse au pied des immeubles","status":"en-cours","departement":"59","public":["familles","seniors"],"partners":["CCAS (social)","association de quartier (association)","Fondation de France (fondation)"],"budget":{"total":3500,"revenues":["commune 12000","caf 2000"]},"etp":[null,null],"people":["benevole 3","salarie 2"],"beneficiaries":["45 jardiniers","~90 personnes"]}],
  'centre-page.html': [{"title":"Accompagnement à la scolarité","departement":"80","keywords":["éducation / scolarité"],"public":["enfants"],"partners":["école Jean Moulin (education)","collège du Ponthieu (education)"],"budget":{"total":9000,"revenues":["caf 6500","commune 2500"]},"etp":[0.5,null],"people":["salarie 1","benevole 5"],"beneficiaries":["28 enfants"]}],
  'ludotheque.docx': [{"title":"Ludothèque itinérante","status":"en-cours","departement":"62","public":["familles","enfants"],"budget":{"total":21000,"revenues":["caf 9000","departement 6000","intercommunalite 4000"]},"etp":[0.8,null],"people":["salarie 1","benevole 4"],"beneficiaries":["340 personnes"]}],
  'one-line.txt': [{"title":"Troc de vêtements","status":"en-cours","departement":"02","keywords":["Solidarité","Environnement"],"public":["familles"],"budget":{"total":600,"revenues":["caf 600"]},"etp":[null,null],"people":["benevole 6"],"beneficiaries":["130 personnes"]}],
  'questions-latin1.txt': [{"title":"Atelier d'écriture intergénérationnel","departement":"54","keywords":["Intergénérationnel","Culture"],"public":["seniors"],"partners":["médiathèque municipale (culture)"],"budget":{"total":1800,"revenues":["commune 1200"]},"etp":[null,null],"people":["salarie 1","benevole 2"],"beneficiaries":["14 collégiens","9 retraités","60 personnes"]}],
  'senacs-listing.txt': [{"title":"Repair café des Tilleuls","status":"en-cours","departement":"59","keywords":["Environnement","Solidarité"],"public":["adultes","seniors"],"partners":["Commune (commune)","Association locale (association)"],"budget":{"total":4200,"revenues":["caf 1500","commune 2000"],"expenses":["Achat d'outillage 900"]},"etp":[0.1,null],"people":["benevole 8","salarie 1"],"beneficiaries":["~40 visiteurs"]},{"title":"Sorties familles d'été","status":"terminee","departement":"59","keywords":["vacances / loisirs","Parentalité"],"public":["familles"],"budget":{"total":2700,"revenues":["usagers 540","caf 2160"]},"etp":[null,null],"people":["salarie 2","benevole 4"],"beneficiaries":["22 personnes"]}],
  'senacs-quoted-cp1252.txt': [{"title":"Café des aidants","status":"en-cours","departement":"80","keywords":["Santé","Solidarité"],"public":["seniors"],"budget":{"total":3600,"revenues":["carsat 2000","departement 1600"]},"etp":[0.2,null],"people":["salarie 1","benevole 3"]}],
  'seniors-sport.pdf': [{"title":"Les seniors de Lunéville reprennent le sport","status":"en-cours","departement":"54","public":["seniors"],"partners":["CARSAT (social)"],"budget":{"revenues":["carsat 4500"]},"etp":[null,null],"people":["benevole 2"],"beneficiaries":["~20 retraités","35 personnes"]}],
  // Layouts centres type themselves: labels, headings and tables, prose with amounts in words.
  'project-sheet.txt': [{"title":"Passerelle numérique","status":"en-cours","departement":"33","keywords":["numérique","accès aux droits","insertion"],"public":["adultes","seniors","demandeurs d’emploi"],"partners":["France Services (autre)","Médiathèque de Bacalan (culture)","Emmaüs Connect (association)"],"budget":{"total":15000,"revenues":["caf 5000","commune 4000","departement 3500","autofinancement 2500"],"expenses":["Salaires 11000","Matériel informatique 4000"]},"etp":[1.5,null],"people":["salarie -","benevole 6"],"beneficiaries":["140 personnes accompagnées"]}],
  'article-words.txt': [{"title":"Le centre social des Capucins relance son épicerie solidaire","status":"en-cours","departement":"49","keywords":["Précarité"],"public":["familles","seniors"],"partners":["Secours populaire (association)","Banque alimentaire de l'Anjou (association)"],"budget":{"total":21500,"revenues":["departement 12000","caf 3500"],"expenses":["achat de denrées 8500"]},"etp":[2,null],"people":["salarie 1","salarie 2","benevole 15"],"beneficiaries":["230 foyers"]}],
  'article-project.txt': [{"title":"Mobilité solidaire : un plan pour les villages autour de Chaumont","status":"en-projet","departement":"52","keywords":["Emploi, économie"],"public":["seniors","demandeurs d’emploi"],"budget":{"total":1200000,"revenues":["region 400000","europe 250000"]},"etp":[2.5,null],"people":["salarie 2","salarie 1","benevole 20"]}],
  'centre-budget.html': [{"title":"Ateliers cuisine et santé","status":"en-cours","departement":"26","public":["familles"],"partners":["Centre communal d'action sociale de Valence (social)","Ligue contre le cancer (association)","Épicerie sociale Le Panier (social)"],"budget":{"total":6000,"revenues":["caf 3000","sante 2000","usagers 1000"],"expenses":["Denrées 2400","Intervenante 3100","Petit matériel 500"]},"etp":[0.3,null],"people":["salarie 1","prestataire 1","benevole 3"],"beneficiaries":["18 familles"]}],
  'senacs-page.html': [{"title":"Boîte à lire du square","status":"terminee","departement":"87","keywords":["Culture","Lien social"],"public":["tous publics"],"partners":["Commune (commune)","Bibliothèque (culture)"],"budget":{"total":850,"revenues":["commune 500","autofinancement 350"]},"etp":[null,null],"people":["benevole 5","salarie 1"]}],
  'senacs-fields.html': [{"title":"Accueil des jeunes le samedi","status":"en-cours","departement":"30","keywords":["Jeunesse","Loisirs"],"public":["jeunes"],"budget":{"total":7300,"revenues":["caf 3000","commune 2500","departement 1800"]},"etp":[1,null],"people":["salarie 1","benevole 3"]}],
  'chantier-jeunes.docx': [{"title":"Chantier jeunes au lavoir","status":"en-projet","departement":"22","keywords":["vacances / loisirs"],"public":["jeunes"],"partners":["Mission locale (emploi)","Guingamp-Paimpol Agglomération (intercommunalite)","Comité des fêtes (autre)"],"budget":{"total":4000,"revenues":["caf 1500","intercommunalite 1000","msa 500"]},"etp":[0.5,null],"people":["salarie 1","benevole 2"],"beneficiaries":["8 jeunes"]}],
  'bilan-velo.pdf': [{"title":"Atelier vélo solidaire","status":"terminee","departement":"29","public":["jeunes","adultes"],"budget":{"total":6200,"revenues":["region 3000","intercommunalite 2000","autofinancement 1200"]},"etp":[0.4,null],"people":["benevole 7","salarie 1"],"beneficiaries":["96 personnes"]}],
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`${file}: every fact its text states`, async () => {
    const { feed, valid, report } = importFiles([await input(file)]);
    assert.ok(valid, report.invalid.join('\n'));
    assert.deepEqual(facts(feed), expected);
  });
}

test('encodings are detected and reported: Windows-1252, ISO-8859-1, UTF-16 with and without a mark, UTF-8 with a mark', async () => {
  const seen = Object.fromEntries(await Promise.all(['senacs-quoted-cp1252.txt', 'questions-latin1.txt', 'apriles-utf16.txt', 'apriles-utf16be-nobom.txt', 'article-bom.txt', 'senacs-listing.txt'].map(async (f) => [f, (await input(f)).encoding])));
  assert.match(seen['senacs-quoted-cp1252.txt'], /^windows-1252 \(deviné par chardet/);
  assert.match(seen['questions-latin1.txt'], /^windows-1252 \(deviné par chardet/);
  assert.equal(seen['apriles-utf16.txt'], 'utf-16le (marque d’ordre des octets)');
  assert.equal(seen['apriles-utf16be-nobom.txt'], 'utf-16be (sans marque, reconnu aux octets nuls)');
  assert.equal(seen['article-bom.txt'], 'utf-8 (marque d’ordre des octets)');
  assert.equal(seen['senacs-listing.txt'], 'utf-8');
  // The single-byte files hold €, ’ and œ: read right, not as control characters.
  const cp1252 = await input('senacs-quoted-cp1252.txt');
  assert.match(cp1252.text, /Coût total : 3 600 €/);
  assert.match(cp1252.text, /un vrai cœur de réseau/);
  assert.deepEqual(facts(importFiles([await input('apriles-utf16be-nobom.txt')]).feed), EXPECTED['apriles-utf16.txt']);
});

test('binary, empty and unreadable files are named with a reason; the other files are still imported', async () => {
  const inputs = await Promise.all(['photo.png', 'empty.txt', 'senacs-quoted-cp1252.txt'].map(input));
  inputs.push({ name: 'absent.txt', text: '', error: 'fichier introuvable' }, { name: 'blank.txt', text: '  \n\n ' });
  const { feed, report } = importFiles(inputs);
  assert.equal(feed.actions?.length, 1);
  assert.deepEqual(report.files.map((f) => [f.file, f.error]), [
    ['photo.png', 'fichier binaire (ni texte, ni page web, ni Word .docx, ni PDF)'],
    ['empty.txt', 'fichier vide'],
    ['senacs-quoted-cp1252.txt', undefined],
    ['absent.txt', 'fichier introuvable'],
    ['blank.txt', 'fichier vide'],
  ]);
  const doc = await readSource('ancien.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  assert.deepEqual(doc, { name: 'ancien.doc', error: 'doc' });
  const damaged = await readSource('abime.pdf', new TextEncoder().encode('%PDF-1.4\nnot really a pdf'));
  assert.equal('error' in damaged && damaged.error, 'damaged');
  const zip = await readSource('archive.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  assert.deepEqual(zip, { name: 'archive.zip', error: 'unsupported' });
});

test('a file mixing formats is cut into fiches, each read by its own parser', async () => {
  const { feed, report } = importFiles([await input('mixed.txt')]);
  assert.deepEqual(report.fiches.map((f) => [f.format, f.title, f.line]), [
    ['senacs', 'Café des aidants', 2],
    ['senacs-questions', 'Atelier d\'écriture intergénérationnel', 23],
    ['apriles', 'Épicerie solidaire mobile à Montbéliard', 45],
    ['senacs', 'Repair café des Tilleuls', 96],
    ['senacs', 'Sorties familles d\'été', 133],
  ]);
  // Each fiche reads as it does alone.
  const alone = [
    ...facts(importFiles([await input('senacs-quoted-cp1252.txt')]).feed),
    ...facts(importFiles([await input('questions-latin1.txt')]).feed),
    ...facts(importFiles([await input('apriles-utf16.txt')]).feed),
    ...facts(importFiles([await input('senacs-listing.txt')]).feed),
  ];
  assert.deepEqual(facts(feed), alone);
  assert.equal(report.fiches.reduce((n, f) => n + f.notUnderstood.length, 0) <= 3, true);
});

test('a fiche pasted as one line is cut back at its labels, and the report says so', async () => {
  const { report } = importFiles([await input('one-line.txt')]);
  assert.equal(report.fiches[0]!.format, 'senacs');
  assert.ok(report.fiches[0]!.assumptions.some((n) => n.line === 1 && /sans retour à la ligne/.test(n.text)));
});

test('the question form reads its "Structure organisatrice" and never reports a missing structure', async () => {
  const { feed, report } = importFiles([await input('questions-latin1.txt')]);
  assert.deepEqual(feed.structures![0], { id: 'maison-pour-tous-du-champ-de-mars', name: 'Maison pour tous du Champ de Mars', kind: 'centre-social', departement: '54' });
  assert.equal(report.fiches[0]!.notUnderstood.some((n) => n.field === 'structure'), false);
});

test('free text: each guess is logged with its line, amounts without a role are reported with theirs', async () => {
  const { report } = importFiles([await input('article-bom.txt')]);
  const notes = report.fiches[0]!.assumptions.map((n) => `${n.line} ${n.field}: ${n.text}`);
  assert.ok(notes.includes('5 budget.revenues: recette lue dans le texte : 12000 € de Mairie (type commune)'), notes.join('\n'));
  assert.ok(notes.includes('7 budget.total: budget lu dans le texte : 3500 € par an (environ)'));
  assert.ok(notes.includes('5 structure.departement: département 59 d’après la commune Hazebrouck'));
  const seen = importFiles([{ name: 'note.txt', text: 'Atelier vélo\nLe vélo neuf coûte cher.\nNous avons reçu 250 € lors de la brocante.' }]).report.fiches[0]!;
  assert.deepEqual(seen.notUnderstood.filter((n) => n.field === 'budget').map((n) => n.line), [3]);
  const years = importFiles([{ name: 'ans.txt', text: 'Fête du quartier\nLe budget était de 2 000 € en 2023 et le budget est de 2 600 € en 2024.' }]);
  assert.equal(years.feed.actions![0]!.budget!.total, 2600);
  assert.ok(years.report.fiches[0]!.notUnderstood.some((n) => n.field === 'budget.total' && /2000 € \(2023\)/.test(n.text)));
});

test('names of people are removed from the feed and the report unless --keep-names', async () => {
  const article = await input('article-bom.txt');
  const fiche = { name: 'fiche.txt', text: 'Actions "Atelier couture"\n- Statut de l\'action\n- En cours\n- Résumé\nMme Lefèvre et Fatima Benali animent l\'atelier à la salle Marie Curie.\n' };
  const plain = JSON.stringify(importFiles([article, fiche]));
  for (const name of ['Julie Marchand', 'Karim Benali', 'Lefèvre', 'Fatima Benali']) assert.doesNotMatch(plain, new RegExp(name));
  assert.match(plain, /salle Marie Curie/);
  const kept = JSON.stringify(importFiles([article, fiche], { keepNames: true }).feed);
  assert.match(kept, /Karim Benali/);
  assert.match(kept, /Mme Lefèvre/);
});

test('the seeds concatenated give the same actions as the seeds one by one', { skip: !existsSync(`${dir}../../../../shared/seeds`) && 'seeds missing' }, () => {
  const seeds = `${dir}../../../../shared/seeds/`;
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(seeds + f, 'utf8'));
  const separate = importFiles(files.map((f, i) => ({ name: f, text: texts[i]! })));
  const together = importFiles([{ name: 'tout.txt', text: texts.join('\n') }]);
  // A fiche without a title is named after its file: the one file's name, or the seed's.
  const titles = (r: typeof separate) => r.feed.actions!.map((a) => a.title.replace(/\([^()]*\.txt\)$/, '(fichier)'));
  assert.deepEqual(titles(together), titles(separate));
  const unknown = (r: typeof separate) => r.report.fiches.reduce((n, f) => n + f.notUnderstood.length, 0);
  assert.ok(unknown(together) <= unknown(separate) + 5, `${unknown(together)} passages not understood together, ${unknown(separate)} apart`);
});

test('the report lists the key facts a fiche did not give', () => {
  const { report } = importFiles([{ name: 'court.txt', text: 'Atelier tricot\nStatut : en cours\nSix bénévoles tricotent pour la maternité de Dole.' }]);
  assert.deepEqual(report.fiches[0]!.missing, ['keywords', 'public', 'partners', 'budget.total', 'budget.revenues', 'budget.expenses', 'staffing.etpSalaried', 'beneficiaries']);
  assert.ok(report.fiches[0]!.found.includes('staffing.people') && report.fiches[0]!.found.includes('structure.departement'));
});

test('statuses as centres write them, in a label or in a sentence', () => {
  const state = (text: string) => importFiles([{ name: 's.txt', text: `Atelier\n${text}` }]).feed.actions?.[0]?.status?.state;
  assert.equal(state('Statut : reconduite'), 'en-cours');
  assert.equal(state('Statut : non reconduite'), 'terminee');
  assert.equal(state('État : clôturée'), 'terminee');
  assert.equal(state('Statut : en projet'), 'en-projet');
  assert.equal(state("L'atelier n'a pas été reconduit cette année."), 'terminee');
  assert.equal(state('Action en cours depuis la rentrée.'), 'en-cours');
  assert.equal(state('Le café des parents verra le jour au printemps.'), 'en-projet');
});

test('ISO-8859-15 is told from Windows-1252 by its € and œ; a Windows-1252 file stays one', async () => {
  // "Cœur : 40 €" in Latin-9 (œ 0xBD, € 0xA4), then in Windows-1252 (œ 0x9C, € 0x80).
  const latin9 = Uint8Array.from([...'C'].map((c) => c.charCodeAt(0)).concat([0xbd], [...'ur : 40 '].map((c) => c.charCodeAt(0)), [0xa4]));
  const cp1252 = Uint8Array.from([...'C'].map((c) => c.charCodeAt(0)).concat([0x9c], [...'ur : 40 '].map((c) => c.charCodeAt(0)), [0x80]));
  const a = await readSource('a.txt', latin9);
  const b = await readSource('b.txt', cp1252);
  assert.deepEqual(['text' in a && a.text, 'text' in b && b.text], ['Cœur : 40 €', 'Cœur : 40 €']);
  assert.match('encoding' in a ? String(a.encoding) : '', /^iso-8859-15/);
  assert.match('encoding' in b ? String(b.encoding) : '', /^windows-1252/);
});
