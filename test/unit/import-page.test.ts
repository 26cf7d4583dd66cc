/** Reading rules of the association-page format (formats/page.ts), on a page written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles } from '../../src/import/import.js';
import type { Action } from '../../src/feed/schema.js';
import { loadCommunes } from '../../src/import/communes.js';

await loadCommunes();

// A pathway told in steps, a youth sector listing more of its projects, then a service of its own.
const PATHWAY = `Association Le Fil d'Ariane
8 rue des Tanneurs
35000 RENNES
Tél. : 02 99 00 00 00
accueil@fil-ariane.example

Notre association accompagne vers l'autonomie des adultes isolés du quartier de Maurepas, en les aidant à reprendre pied pas à pas, depuis l'accueil jusqu'à un retour au travail, avec des bénévoles et une petite équipe de salariés qui les suivent chacun.

La première étape passe par un rendez-vous d'accueil où chacun signe une charte avec l'association, qui l'oriente vers des ateliers, véritables outils de remobilisation, et vers l'épicerie sociale qui sert chaque semaine 80 familles.
La seconde phase commence quand la personne le décide : après un rendez-vous avec la conseillère de l'association, elle rejoint les ateliers du mardi et du jeudi.
La deuxième mission des ateliers est de repérer ce que chacun sait faire : couture, cuisine, alphabétisation ou remise à niveau en français, prévention santé.
La dernière phase est le chantier d'insertion qui s'inscrit dans le cadre de la Mission locale de Rennes, et l'association en est opérateur depuis 2015.
Le secteur jeunesse qui accueille les 12-17 ans le mercredi mène aussi d'autres projets comme : une fête de fin d'année préparée avec les familles du quartier.
Le théâtre qui permet aux adolescents de monter un spectacle chaque printemps sur la scène de la maison de quartier.
Le Repair café qui répare chaque mois les appareils des habitants avec des bricoleurs bénévoles du quartier.

Accueil | Plan du site | Mentions légales
`;

const byTitle = (actions: Action[], title: string) => actions.find((a) => a.title === title);

test('a step of a pathway that sends people to workshops is an action, titled after what the workshops are for', () => {
  const { feed, report } = importFiles([{ name: 'parcours.txt', text: PATHWAY }]);
  const actions = feed.actions as Action[];
  assert.deepEqual(actions.map((a) => a.title), ['Épicerie sociale', 'Ateliers de remobilisation', "Chantier d'insertion", 'Secteur jeunesse', 'Repair café']);
  const workshops = byTitle(actions, 'Ateliers de remobilisation')!;
  // The mission inside the phase goes on describing it: its themes are the workshops'.
  assert.deepEqual(workshops.keywords, ['Santé', 'alphabétisation & apprentissage du français']);
  // The adviser met before joining is one staff member, named by her role alone.
  assert.deepEqual(workshops.staffing!.people, [{ role: "conseillère de l'association", kind: 'salarie', count: 1 }]);
  const fiche = report.fiches.find((f) => f.title === 'Ateliers de remobilisation')!;
  assert.ok(fiche.assumptions.some((n) => n.field === 'title' && /étape du parcours consacrée à des ateliers/.test(n.text) && n.line === 10));
});

test('a body whose frame an action works in is a partner; a project listing more of its own keeps them, a proper name stands alone', () => {
  const actions = importFiles([{ name: 'parcours.txt', text: PATHWAY }]).feed.actions as Action[];
  assert.deepEqual(byTitle(actions, "Chantier d'insertion")!.partners, [{ name: 'Mission locale de Rennes', type: 'emploi' }]);
  // "Le théâtre qui…" is one of the youth sector's projects; "Le Repair café qui…" is the centre's own.
  assert.match(byTitle(actions, 'Secteur jeunesse')!.description!, /spectacle/);
  assert.equal(byTitle(actions, 'Théâtre'), undefined);
});

test('workshops a step names without saying what for are titled "Ateliers"', () => {
  const text = PATHWAY.replace(', véritables outils de remobilisation,', '');
  const actions = importFiles([{ name: 'parcours.txt', text }]).feed.actions as Action[];
  assert.equal(actions[1]!.title, 'Ateliers');
});

test('a centre page naming no activity is read as one free text, and the report says its layout was known', () => {
  const head = PATHWAY.slice(0, PATHWAY.indexOf('\n\n') + 2);
  const text = `${head}Cette année, notre association a ouvert ses portes le samedi matin pour accueillir les voisins autour d'un café, d'un journal et de jeux de société, et plus de quarante habitants sont venus au moins une fois, souvent avec leurs enfants.\n`;
  const { report } = importFiles([{ name: 'page.txt', text }]);
  const [fiche] = report.fiches;
  assert.equal(fiche!.format, 'page');
  assert.deepEqual(fiche!.notUnderstood.filter((n) => n.field === 'format'), []);
  assert.ok(fiche!.assumptions.some((n) => n.field === 'format' && /^page de centre reconnue/.test(n.text)));
});

test('a centre page whose activities stand under headings keeps every one of them, with the head’s structure', () => {
  const head = PATHWAY.slice(0, PATHWAY.indexOf('\n\n') + 2);
  const text = `${head}Pôle familles

Sorties du samedi

Un samedi par mois, les familles du quartier partent à la journée, à la mer ou en forêt, avec deux bénévoles de l'association ; 46 personnes y ont pris part cette année.

Café des parents

Chaque jeudi matin, des parents se retrouvent autour d'un café avec la référente familles pour parler de l'école et des écrans ; 19 parents sont venus cette année.
`;
  const { feed, report } = importFiles([{ name: 'pole.txt', text }]);
  const actions = feed.actions as Action[];
  assert.deepEqual(actions.map((a) => a.title), ['Sorties du samedi', 'Café des parents']);
  assert.deepEqual(actions.map((a) => a.beneficiaries?.map((b) => b.count)), [[46], [19]]);
  assert.deepEqual(actions.map((a) => a.structureId), ['association-le-fil-d-ariane', 'association-le-fil-d-ariane']);
  assert.deepEqual(report.fiches.map((f) => f.format), ['page', 'page']);
});

test('a page of "nos activités" that gives one takes its heading as the title, not the site’s name', () => {
  const text = `Maison des Trois Ponts – association de quartier
Accueil   Nos activités   Contact
Nos activités

Maison des Trois Ponts, 3 quai Sud, 44000 Nantes, 02 40 00 00 00

Le vestiaire partagé

Depuis l'automne, le vestiaire partagé prête des vêtements d'enfants aux familles du quartier ; 73 familles l'ont utilisé en un an, grâce à six bénévoles.
`;
  const { feed } = importFiles([{ name: 'activites.txt', text }]);
  const actions = feed.actions as Action[];
  assert.deepEqual(actions.map((a) => a.title), ['Le vestiaire partagé']);
  assert.deepEqual(actions[0]!.beneficiaries?.map((b) => b.count), [73]);
  // A page titled after one kind of activity ("Ateliers cuisine…") holding one section is still one action under its own title.
  const one = importFiles([{ name: 'un.txt', text: text.replaceAll('Nos activités', 'Ateliers du samedi') }]);
  assert.notEqual((one.feed.actions as Action[])[0]!.title, 'Le vestiaire partagé');
});

test('a funder the budget names bare takes the type of the partner the prose names the same way', () => {
  const text = `Le jardin des Acacias

Depuis 2021, vingt familles cultivent le jardin au pied des tours ; le bailleur Armorique Logis a posé la clôture.

Financeur : Montant
Ville de Brest : 3 000 €
Armorique Logis : 1 200 €
Total : 4 200 €
`;
  const { feed } = importFiles([{ name: 'jardin.txt', text }]);
  const [a] = feed.actions as Action[];
  assert.deepEqual(a!.budget!.revenues.map((r) => `${r.funderType} ${r.amount}`), ['commune 3000', 'bailleur 1200']);
});
