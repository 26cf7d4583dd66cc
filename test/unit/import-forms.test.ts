/**
 * Documents centres file with funders and federations, each on a text written for this test:
 * a spreadsheet saved as CSV, a projet social holding numbered fiches, the Cerfa 12156 budget
 * with charges and products side by side, a bilan form whose sections are not activities, a
 * budget table closed by its two totals. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles, toInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { loadCommunes } from '../../src/import/communes.js';
import { csvToTabs, isCsv } from '../../src/import/csv.js';
import { findEtp } from '../../src/import/french-numbers.js';
import { columnText, tableText } from '../../src/import/pdf-columns.js';
import { facts } from './import-facts.js';

await loadCommunes();

function read(name: string, text: string) {
  const { feed, report, valid } = importFiles([{ name, text }]);
  assert.ok(valid, report.invalid.join('\n'));
  return facts(feed);
}

test('a CSV export: semicolons or commas, quoted cells, "" for a quote, empty cells kept in place', () => {
  assert.equal(csvToTabs('"Nom";"Note ""A""";"";"3"\nTitre;;;\n'), 'Nom\tNote "A"\t-\t3\nTitre\n');
  assert.equal(csvToTabs('Nom,"Lieu, salle",2\n'), 'Nom\tLieu, salle\t2\n');
  // A multi-line cell (a description typed with line breaks) stays in its row; later rows keep their line numbers.
  assert.equal(
    csvToTabs('Action;Description;Budget\r\nJardin;"Mardi\r\net jeudi; au square";1 200\r\nCuisine;Atelier;800\r\n'),
    'Action\tDescription\tBudget\nJardin\tMardi et jeudi; au square\t1 200\n\nCuisine\tAtelier\t800\n',
  );
  assert.ok(isCsv('suivi.CSV', 'a;b'));
  assert.ok(isCsv('x.txt', '"a";"b"\n"c";"d"\n"e";"f"'));
  assert.ok(!isCsv('x.txt', 'Public : familles ; jeunes\nBudget : 3 000 €'));
});

test('a table of actions from a spreadsheet: money columns by their unit, an ETP column, a funder per column', () => {
  const csv = [
    'Bilan des actions 2024 – Maison de quartier Les Glycines, 86000 Poitiers;;;;;;',
    '"Action";"Public";"Inscrits";"ETP";"Coût (€)";"Caf (€)";"Département (€)";"Partenaires"',
    '"Marche nordique";"Seniors";"16";"0,2";"2 100";"";"1 500";"Club de randonnée"',
    '"Soirées jeux";"Familles";"40";"";"900";"900";"";""',
  ].join('\n');
  assert.deepEqual(read('glycines.csv', csv), [
    { title: 'Marche nordique', departement: '86', public: ['seniors'], partners: ['Club de randonnée (culture)'], budget: { total: 2100, revenues: ['departement 1500'] }, etp: [0.2, null], beneficiaries: ['16 inscrits'] },
    { title: 'Soirées jeux', departement: '86', public: ['familles'], budget: { total: 900, revenues: ['caf 900'] }, beneficiaries: ['40 inscrits'] },
  ]);
});

test('a projet social holding numbered fiches: one action per "Fiche action N : title", budget sides set by its totals', () => {
  const text = [
    'Centre social de la Vallée, 24100 Bergerac – projet social 2025-2028',
    '',
    'Fiche action 1 : Jardin des quatre saisons',
    'Public : familles',
    'Budget prévisionnel annuel',
    '  Graines et outils          700 €',
    '  Animation                1 300 €',
    '  Total charges            2 000 €',
    '  Caf du secteur familles  1 200 €',
    '  Fonds propres              800 €',
    '  Total produits           2 000 €',
    '',
    'Fiche action 2 : Permanence emploi',
    'Public : demandeurs d’emploi',
    'Partenaires : Mission locale',
  ].join('\n');
  assert.deepEqual(read('projet.txt', text), [
    { title: 'Jardin des quatre saisons', departement: '24', public: ['familles'], budget: { total: 2000, revenues: ['caf 1200', 'autofinancement 800'], expenses: ['Graines et outils 700', 'Animation 1300'] } },
    { title: 'Permanence emploi', departement: '24', keywords: ['Emploi, économie'], public: ['demandeurs d’emploi'], partners: ['Mission locale (emploi)'] },
  ]);
});

test('the Cerfa budget: charges and products side by side, account numbers dropped, in-kind contributions outside the money', () => {
  const text = [
    'Intitulé : Fête des voisins solidaire',
    'Code postal : 71100    Commune : Chalon-sur-Saône',
    '☐ Première demande  ☒ Renouvellement',
    'Budget du projet',
    'CHARGES\tMontant\tPRODUITS\tMontant',
    '60 – Achats\t800\t74 – Subventions d’exploitation\t',
    '61 – Services extérieurs\t\tCommune(s) : Chalon-sur-Saône\t1 000',
    '62 – Autres services extérieurs\t400\tFonds propres\t200',
    'TOTAL DES CHARGES\t1 200\tTOTAL DES PRODUITS\t1 200',
    '86 – Emplois des contributions volontaires en nature\t500\t87 – Contributions volontaires en nature\t500',
    'Moyens humains : 6 bénévoles, 1 salariée (0,1 ETPT)',
  ].join('\n');
  assert.deepEqual(read('cerfa.txt', text), [{
    title: 'Fête des voisins solidaire',
    status: 'en-cours',
    departement: '71',
    budget: { total: 1200, revenues: ['commune 1000', 'autofinancement 200'], expenses: ['Achats 800', 'Autres services extérieurs 400'] },
    etp: [0.1, null],
    people: ['benevole 6', 'salarie 1'],
  }]);
  assert.deepEqual(findEtp('un poste à 0,8 ETPT').map((e) => e.value), [0.8]);
});

test('a bilan form: "Rappel des objectifs", "Réalisation", "Moyens mobilisés", "Financement réalisé" are its own sections, not activities', () => {
  const text = [
    'Fiche bilan 2024',
    'Intitulé de l’action : Vélo-école',
    'Porteur : Centre social du Lac, 73100 Aix-les-Bains',
    '',
    'Rappel des objectifs',
    'Apprendre à des adultes à faire du vélo pour aller au travail ou faire leurs courses.',
    '',
    'Réalisation',
    'Trois sessions de huit séances ont réuni 21 stagiaires, encadrés par deux bénévoles.',
    '',
    'Moyens mobilisés',
    'Un moniteur diplômé prestataire, les vélos prêtés par le club cycliste de la ville.',
    '',
    'Financement réalisé',
    'Grand Lac : 1 500 € ; fonds propres : 300 €',
  ].join('\n');
  const [one, ...more] = read('bilan.txt', text);
  assert.equal(more.length, 0);
  assert.equal(one.title, 'Vélo-école');
  assert.deepEqual(one.budget.revenues, ['intercommunalite 1500', 'autofinancement 300']);
});

test('a person given by first name and role is one member of the team, and the name is not published', () => {
  const text = 'Atelier tricot du jeudi au centre social Les Mûriers, 37000 Tours.\nLe groupe est animé par Odette, bénévole, et par Thierry, animateur du centre.';
  const { feed, report } = importFiles([{ name: 'tricot.txt', text }]);
  assert.deepEqual(facts(feed)[0]!.people, ['benevole 1', 'salarie 1']);
  assert.doesNotMatch(JSON.stringify({ feed, report }), /Odette|Thierry/);
  // A form's name fields: "Nom : X   Prénom : Y".
  const form = importFiles([{ name: 'form.txt', text: 'Intitulé : Ciné-débat\nNom : LEROUX    Prénom : Ginette\nQualité : trésorière\nPublic : adultes' }]);
  assert.doesNotMatch(JSON.stringify(form), /LEROUX|Ginette/);
});

test('prose: the public as the subject, bodies after a plain "avec", a part of a count, own funds with no amount', () => {
  const text = [
    'Les seniors de la résidence Bellevue jouent aux cartes chaque mardi au centre social Arc-en-Ciel, 59300 Valenciennes.',
    'Depuis septembre, 26 personnes sont venues, dont 19 femmes.',
    'Des après-midi sont préparés avec la ludothèque et le lycée Watteau, avec la référente familles.',
    'Le projet coûte 1 200 € ; la Carsat en finance 800 €, le reste est pris sur les fonds propres du centre.',
  ].join('\n');
  const [one] = read('cartes.txt', text);
  assert.deepEqual(one.public, ['seniors']);
  assert.deepEqual(one.partners, ['ludothèque (culture)', 'lycée Watteau (education)']);
  assert.deepEqual(one.beneficiaries, ['26 personnes']);
  assert.deepEqual(one.budget, { total: 1200, revenues: ['carsat 800', 'autofinancement -'] });
});

test('a web page listing events: each card titled by its heading (not its date or room), the footer’s address giving the département', async () => {
  const html = `<html><body><header><nav><a href="/">Accueil</a></nav></header><main><h1>Nos rendez-vous</h1>
<p>Voici les activités de la saison, ouvertes à tous les adhérents de la maison.</p>
<ul class="events">
<li><span class="date">Chaque jeudi, 10 h</span><h2>Marche du jeudi</h2><p class="lieu">Parking du stade</p><p>Une boucle de six kilomètres, à allure douce, pour les retraités du quartier ; 14 marcheurs fidèles cette année.</p></li>
<li><span class="date">Samedi 12 avril</span><h2>Troc de graines</h2><p class="lieu">Jardin du centre</p><p>Chacun apporte les graines de son potager et repart avec d'autres, avec la ludothèque de la ville et ses jeux sur le jardin.</p></li>
</ul></main>
<footer><p>Maison pour tous du Ried – 3 place du Marché, 67600 Sélestat – 03 88 00 00 00 – contact@exemple.fr</p></footer></body></html>`;
  const input = toInput(await readSource('rdv.html', new TextEncoder().encode(html)));
  const { feed } = importFiles([input]);
  assert.deepEqual(facts(feed).map((f) => [f.title, f.departement]), [['Marche du jeudi', '67'], ['Troc de graines', '67']]);
  assert.deepEqual(facts(feed)[1]!.partners, ['ludothèque de la ville (culture)']);
});

test('a PDF page in two columns drawn row by row is read column by column; one column, or a line across the gutter, is left alone', () => {
  const at = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5 });
  const items = [
    at('LA GAZETTE DU JARDIN – PRINTEMPS 2025 – NUMÉRO 4', 50, 800),
    at('Le jardin', 50, 770), at('Les comptes', 300, 770),
    at('ouvre le samedi', 50, 756), at('Budget : 900 €', 300, 756),
    at('avec 12 familles.', 50, 742), at('Caf : 600 €', 300, 742),
    at('Mairie : 300 €', 300, 728),
  ];
  assert.equal(columnText(items), 'LA GAZETTE DU JARDIN – PRINTEMPS 2025 – NUMÉRO 4\n\nLe jardin\nouvre le samedi\navec 12 familles.\n\nLes comptes\nBudget : 900 €\nCaf : 600 €\nMairie : 300 €');
  assert.equal(columnText(items.filter((i) => i.x === 50)), undefined);
  assert.equal(columnText([...items, at('Une ligne qui court sur toute la largeur de la page', 50, 749)]), undefined);
});

test('a PDF page holding a budget table is no page in two columns: its rows keep their cells, tab-separated', () => {
  const at = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5 });
  const sides = [
    at('Dépenses', 50, 770), at('Montant', 200, 770), at('Recettes', 300, 770), at('Montant', 450, 770),
    at('Hébergement', 50, 756), at('6 200 €', 200, 756), at('Caf', 300, 756), at('4 100 €', 450, 756),
    at('Transport', 50, 742), at('1 800 €', 200, 742), at('Ville de', 300, 742), at('Calais', 345, 742), at('3 900 €', 450, 742),
  ];
  assert.equal(columnText(sides), undefined);
  assert.equal(tableText(sides), 'Dépenses\tMontant\tRecettes\tMontant\nHébergement\t6 200 €\tCaf\t4 100 €\nTransport\t1 800 €\tVille de Calais\t3 900 €');
  // Labels and their amounts in two columns: a table too, not a column of labels then one of amounts.
  const funders = [at('Financement 2024', 50, 800), at('MSA', 50, 786), at('2 000 €', 250, 786), at('Département du Jura', 50, 772), at('1 500 €', 250, 772), at('Total', 50, 758), at('3 500 €', 250, 758)];
  assert.equal(columnText(funders), undefined);
  assert.equal(tableText(funders), 'Financement 2024\nMSA\t2 000 €\nDépartement du Jura\t1 500 €\nTotal\t3 500 €');
  // Prose alone is no table: pdf.js's text is kept.
  assert.equal(tableText([at('Le jardin ouvre le samedi', 50, 800), at('avec 12 familles.', 50, 786)]), undefined);
});

test('a half-time post after another count, customers paying, a funder after "une", an HTML table with shares and a head count', async () => {
  assert.deepEqual(findEtp('Elle tourne avec 9 bénévoles et une salariée à mi-temps.').map((e) => e.value), [0.5]);
  assert.deepEqual(findEtp('Une conseillère en économie sociale et familiale à temps plein.').map((e) => e.value), [1]);
  const [shop] = read('boutique.txt', 'Boutique solidaire du centre social Les Lilas, 44000 Nantes.\nCoût : 10 000 €, financé par la participation des clients (6 000 €) et une fondation régionale (4 000 €).');
  assert.deepEqual(shop!.budget.revenues, ['usagers 6000', 'fondation 4000']);
  const html = `<html><body><main><h1>Ateliers tablette</h1><p>Au centre social du Port, 29200 Brest, pour les retraités qui découvrent les écrans.</p>
<table><tr><th>Participants en 2024</th><td>31</td></tr></table>
<table><thead><tr><th>Financeur</th><th>Montant</th><th>Part</th></tr></thead><tbody>
<tr><td>Carsat</td><td>2 000 €</td><td>80 %</td></tr><tr><td>Fonds propres</td><td>500 €</td><td>20 %</td></tr></tbody>
<tfoot><tr><th>Total</th><th>2 500 €</th><th>100 %</th></tr></tfoot></table></main></body></html>`;
  const { feed } = importFiles([toInput(await readSource('tablette.html', new TextEncoder().encode(html)))]);
  const [one] = facts(feed);
  assert.deepEqual(one!.budget, { total: 2500, revenues: ['carsat 2000', 'autofinancement 500'] });
  assert.deepEqual(one!.beneficiaries, ['31 participants']);
});

test('a budget label over one long line of "funder : amount ;" items keeps every item', () => {
  const [one] = read('bilan-long.txt', 'Intitulé de l’action : Jardin des Cèdres\nPorteur : Centre social des Cèdres, 21000 Dijon\n\nFinancement réalisé\nÉtat (politique de la ville) : 2 500 € ; Dijon Métropole : 1 500 € ; Caf de la Côte-d’Or : 1 000 € ; fonds propres : 400 €');
  assert.deepEqual(one!.budget.revenues, ['etat 2500', 'intercommunalite 1500', 'caf 1000', 'autofinancement 400']);
});

test('a plan’s line beside its outcome’s ("Prévu :" then "Réalisé :") is not read as more people; a plan alone still is', () => {
  const base = 'Intitulé de l’action : Marche bleue\nPorteur : Centre social du Parc, 25000 Besançon\n';
  assert.deepEqual(read('bilan.txt', `${base}Prévu : 30 participants\nRéalisé : 41 participants`)[0]!.beneficiaries, ['41 participants']);
  assert.deepEqual(read('projet.txt', `${base}Prévu : 30 participants`)[0]!.beneficiaries, ['30 participants']);
});

test("a Cerfa's 'Bénéficiaires (…) :' line gives the public and its count; 'Nombre d'adhérents' counts members, not the public", () => {
  const text = `Intitulé : Atelier de réparation
Nombre d'adhérents au 31/12 de l'année écoulée : 230
Description : un samedi par mois, des bénévoles aident à réparer des appareils.
Bénéficiaires (caractéristiques sociales, nombre, etc.) : habitants du quartier prioritaire, environ 180 passages par an`;
  const { feed } = importFiles([{ name: 'cerfa.txt', text }]);
  assert.deepEqual(facts(feed)[0].public, ['habitants']);
  assert.deepEqual(facts(feed)[0].beneficiaries, ['~180 passages']);
});
