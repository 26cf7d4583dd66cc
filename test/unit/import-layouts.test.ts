/**
 * Layouts of real public fiches the seeds do not show, each on a text written for this test:
 * a press article that ends on a contact line, a centre's page naming a school after a person,
 * a label/value table. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles, toInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { loadCommunes } from '../../src/import/communes.js';
import { facts } from './import-facts.js';
import { tidyLayout } from '../../src/import/layout.js';
import { htmlToText } from '../../src/import/html.js';
import { toLines } from '../../src/import/text.js';

await loadCommunes();

const ARTICLE_WITH_CONTACT = `Hesdin : la bricothèque du centre social prête ses outils depuis un an
Publié par Claire Dubois le 4 février 2025
Installée dans l'ancienne cure, la bricothèque du centre social La Canche a reçu une subvention de 8 000 € accordée par la mairie. Son budget annuel est d'environ 2 900 euros.
Quatre bénévoles et un salarié tiennent les permanences, en partenariat avec le CCAS et un bailleur, Pas-de-Calais Habitat. Elle s'adresse aux familles du quartier.
Depuis l'ouverture, plus de 120 personnes ont emprunté une perceuse ou une échelle.
Contact : 62140 Hesdin, 03 21 00 11 22.`;

test('a press article ending on a contact line is read as free text: staffing, partners and the structure the prose names', () => {
  const { feed, report, valid } = importFiles([{ name: 'article.txt', text: ARTICLE_WITH_CONTACT }]);
  assert.ok(valid, report.invalid.join('\n'));
  assert.deepEqual(facts(feed), [{
    title: 'Hesdin : la bricothèque du centre social prête ses outils depuis un an',
    departement: '62',
    public: ['familles'],
    partners: ['CCAS (social)', 'Pas-de-Calais Habitat (bailleur)'],
    budget: { total: 2900, revenues: ['commune 8000'] },
    etp: [null, null],
    people: ['benevole 4', 'salarie 1'],
    beneficiaries: ['~120 personnes'],
  }]);
  assert.equal(feed.structures![0]!.name, 'Centre social La Canche');
  // The byline's author is neither in the feed nor in the report.
  assert.doesNotMatch(JSON.stringify({ feed, report }), /Dubois|Claire/);
});

test('a school named after a person keeps its name; "y" does not end a count\'s label', () => {
  const text = `Café des parents
Un vendredi sur deux, les parents du quartier se retrouvent à l'école. En 2024, 41 familles y ont participé, en partenariat avec l'école maternelle Jules Ferry et la PMI.`;
  const { feed } = importFiles([{ name: 'cafe.txt', text }]);
  assert.deepEqual(facts(feed)[0].partners, ['école maternelle Jules Ferry (education)', 'PMI (sante)']);
  assert.deepEqual(facts(feed)[0].beneficiaries, ['41 familles']);
});

const ACTIVITIES_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Nos activités – Centre social Les Glycines</title></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li></ul></nav>
<main><h1>Nos activités</h1>
<p>Le centre social Les Glycines, 4 place du Marché, 71100 Chalon-sur-Saône, propose tout au long de l'année des activités pour tous les âges.</p>
<h2>Aide aux devoirs</h2>
<p>Du lundi au jeudi après l'école, 25 enfants du CP au CM2 sont accompagnés par une animatrice et six bénévoles. Action soutenue par la CAF de Saône-et-Loire à hauteur de 4 000 €.</p>
<h2>Objectifs</h2>
<p>Redonner confiance aux enfants dans leur travail scolaire et faire le lien avec les enseignants de l'école.</p>
<h2>Café des parents</h2>
<p>Un vendredi sur deux, les parents se retrouvent autour d'un café pour échanger. En 2024, 38 familles ont participé, en partenariat avec la PMI.</p>
<h2>Sorties seniors</h2>
<p>Chaque mois, une sortie culturelle pour les retraités du quartier : 15 participants en moyenne. Budget : 2 400 € par an, dont 1 000 € de la Ville et 600 € de participation des usagers.</p>
</main></body></html>`;

test('a centre page presenting its activities under headings gives one action per activity, the intro giving the structure', async () => {
  const source = await readSource('activites.html', new TextEncoder().encode(ACTIVITIES_PAGE));
  const { feed, report, valid } = importFiles([toInput(source)]);
  assert.ok(valid, report.invalid.join('\n'));
  assert.deepEqual(facts(feed), [
    { title: 'Aide aux devoirs', status: 'en-cours', departement: '71', keywords: ['éducation / scolarité'], public: ['enfants'], partners: ["enseignants de l'école (education)"], budget: { revenues: ['caf 4000'] }, etp: [null, null], people: ['salarie 1', 'benevole 6'], beneficiaries: ['25 enfants'] },
    { title: 'Café des parents', status: 'en-cours', departement: '71', public: ['parents', 'familles'], partners: ['PMI (sante)'], beneficiaries: ['38 familles'] },
    { title: 'Sorties seniors', status: 'en-cours', departement: '71', keywords: ['Culture'], public: ['seniors'], budget: { total: 2400, revenues: ['commune 1000', 'usagers 600'] }, beneficiaries: ['15 participants'] },
  ]);
  assert.deepEqual(feed.structures!.map((s) => s.name), ['Centre social Les Glycines']);
  // The intro is named in the report, not dropped.
  assert.match(JSON.stringify(report.fiches[0]!.notUnderstood), /introduction de la page/);
});

test('an article about one action keeps its sub-headings inside that action', () => {
  const text = `Le jardin partagé de la Roseraie a un an

Lancé au printemps, le jardin réunit aujourd'hui 30 habitants de la résidence autour de douze parcelles.

Un succès grandissant

Les bénévoles, au nombre de huit, organisent aussi des ateliers compost pour les écoles voisines du quartier.`;
  const { feed } = importFiles([{ name: 'jardin.txt', text }]);
  assert.deepEqual(facts(feed).map((f) => f.title), ['Le jardin partagé de la Roseraie a un an']);
});

test('fiches typed one after the other with the same labels are cut where the labels come back', () => {
  const text = `Fiche 1 : Gym douce pour les aînés
Porteur : Centre social Les Marronniers, Bruay-la-Buissière (62)
Statut : en cours
Public : seniors
Budget : 1 800 €
Financeurs : CARSAT 1 000 € ; Ville 800 €
Équipe : 2 bénévoles
Participants : 22 retraités

Fiche 2 : Repas partagés du jeudi
Porteur : Centre social Les Marronniers, Bruay-la-Buissière (62)
Statut : terminée
Public : tous publics
Budget : 950 €
Financeurs : CAF 600 € ; participation des familles 350 €
Équipe : 1 animatrice (0,1 ETP), 5 bénévoles
Participants : 40 personnes`;
  const { feed, report } = importFiles([{ name: 'fiches.txt', text }]);
  assert.deepEqual(facts(feed), [
    { title: 'Gym douce pour les aînés', status: 'en-cours', departement: '62', public: ['seniors'], budget: { total: 1800, revenues: ['carsat 1000', 'commune 800'] }, etp: [null, null], people: ['benevole 2'], beneficiaries: ['22 retraités'] },
    { title: 'Repas partagés du jeudi', status: 'terminee', departement: '62', public: ['tous publics'], budget: { total: 950, revenues: ['caf 600', 'usagers 350'] }, etp: [0.1, null], people: ['salarie 1', 'benevole 5'], beneficiaries: ['40 personnes'] },
  ]);
  assert.deepEqual(report.fiches.map((f) => f.line), [1, 10]);
});

test('a budget given by the one funder in brackets; a verb ends a count\'s label', async () => {
  const page = `<html><head><meta charset="windows-1252"></head><body><h1>Les actions des centres sociaux</h1>
<h2>Actions</h2><h3>Permanence écrivain public</h3>
<p>- Statut de l'action</p><p>- Terminée</p>
<p>- Mots clés</p><ul><li>Accès aux droits</li></ul>
<p>- Résumé</p><p>Le mardi, 16 habitants viennent faire relire un courrier.</p>
<p>- Structure organisatrice</p><p>- CENTRE SOCIAL DU VAL - Oise</p>
<p>- Ressources financières mobilisées pour cette action</p><p>1 500 euros (Département)</p>
<p>- Nombre de personnes mobilisés pour cette action</p><p>3 bénévoles</p></body></html>`;
  const bytes = Uint8Array.from(page, (c) => (c === 'é' ? 0xe9 : c.charCodeAt(0)));
  const { feed } = importFiles([toInput(await readSource('val.html', bytes))]);
  assert.deepEqual(facts(feed), [{ title: 'Permanence écrivain public', status: 'terminee', departement: '60', keywords: ['Accès aux droits'], budget: { total: 1500, revenues: ['departement 1500'] }, etp: [null, null], people: ['benevole 3'], beneficiaries: ['16 habitants'] }]);
});

test('what a document\'s making leaves in its text is undone: page numbers and running headers, cut words, table cells, leaders, Markdown, emoji', () => {
  const text = [
    'Centre social des Roches — Bilan 2024',
    'Les ateliers d\'alphabé-',
    'tisation ont lieu le mardi.',
    'Page 2 / 9',
    'Centre social des Roches — Bilan 2024',
    'Recettes\tMontant',
    'CAF\t4 500 €',
    'Ville ............ 1 200 €',
    '## Équipe',
    '**Porteur :** le centre 🎉',
    'Elle m\'a dit...',
    '- Jean-',
    '- Marie',
  ].join('\n');
  assert.deepEqual(tidyLayout(toLines(text)).map((l) => `${l.n} ${l.text}`), [
    '2 Les ateliers d\'alphabétisation ont lieu le mardi.',
    '6 Recettes',
    '7 CAF : 4 500 €',
    '8 Ville : 1 200 €',
    '9 Équipe',
    '10 Porteur : le centre ',
    '11 Elle m\'a dit...',
    '12 - Jean-',
    '13 - Marie',
  ]);
});

test('an article pasted as one long line: titled from its first sentence, flagged, and every fact still read', () => {
  const line = 'Le centre social des Acacias ouvre un atelier de réparation de vélos. Trois bénévoles et une salariée accueillent les habitants chaque samedi matin à Arras. Le projet coûte 6 400 € par an, dont 3 000 € de la CAF et 2 000 € de la Ville, et il est mené en partenariat avec la Mission locale. Depuis mars, 58 personnes sont venues faire réparer leur vélo ou apprendre à le faire.';
  const { feed, report } = importFiles([{ name: 'article-une-ligne.txt', text: line }]);
  const fiche = report.fiches[0]!;
  assert.equal(feed.actions![0]!.title, 'Le centre social des Acacias ouvre un atelier de réparation de vélos.');
  assert.equal(fiche.flagged, true);
  assert.ok(fiche.assumptions.some((n) => /première ligne de \d+ caractères : titre tiré de sa première phrase/.test(n.text)));
  assert.deepEqual(facts(feed)[0], {
    title: 'Le centre social des Acacias ouvre un atelier de réparation de vélos.',
    status: 'en-cours',
    departement: '62',
    public: ['habitants'],
    partners: ['Mission locale (emploi)'],
    budget: { total: 6400, revenues: ['caf 3000', 'commune 2000'] },
    etp: [null, null],
    people: ['benevole 3', 'salarie 1'],
    beneficiaries: ['58 personnes'],
  });
});

test('tick boxes keep the ticked answers; shares of a budget become amounts; a meeting’s attendance counts no one', () => {
  const form = 'Fiche : Marche nordique\nStatut :  [ ] En projet   [X] En cours   [ ] Terminée\nPublic : ☐ Jeunes ☑ Seniors ☑ Adultes\nStructure : Centre social du Lac, Annecy\nBudget total : 2 000 €';
  const one = facts(importFiles([{ name: 'cases.txt', text: form }]).feed)[0]!;
  assert.equal(one.status, 'en-cours');
  assert.deepEqual(one.public, ['seniors', 'adultes']);
  const shares = 'Atelier cuisine\nL’atelier coûte 5 000 € par an : la CAF en finance 40 %, la Ville 30 % et le centre le reste sur ses fonds propres.';
  assert.deepEqual(facts(importFiles([{ name: 'parts.txt', text: shares }]).feed)[0]!.budget, { total: 5000, revenues: ['caf 2000', 'commune 1500', 'autofinancement 1500'] });
  const minutes = 'Réunion du 3 mars\nPrésents : 7 habitants, 2 salariés du centre.\nLa fête de quartier aura lieu en juin avec 4 bénévoles.';
  const met = facts(importFiles([{ name: 'cr.txt', text: minutes }]).feed)[0]!;
  assert.deepEqual([met.people, met.beneficiaries], [['benevole 4'], undefined]);
});

test('an age range names the public; a funder named without an amount is kept; staff counted as gardeners are not the public', () => {
  const flyer = 'Stage cirque\nPour les 6-11 ans, cinq matinées en juillet.\nLe stage est soutenu par la MSA.';
  const one = facts(importFiles([{ name: 'flyer.txt', text: flyer }]).feed)[0]!;
  assert.deepEqual([one.public, one.budget], [['enfants'], { revenues: ['msa -'] }]);
  const team = facts(importFiles([{ name: 'jardin.txt', text: 'Jardin partagé\nÉquipe : 4 jardiniers bénévoles et 1 animateur.' }]).feed)[0]!;
  assert.deepEqual([team.people, team.beneficiaries], [['benevole 4', 'salarie 1'], undefined]);
});

test('the report names the layout it recognised; only text in no known layout says what was expected', () => {
  const formatNotes = (name: string, text: string) =>
    importFiles([{ name, text }]).report.fiches.map((f) => ({
      known: f.assumptions.filter((n) => n.field === 'format').map((n) => n.text),
      unknown: f.notUnderstood.filter((n) => n.field === 'format').map((n) => n.text.slice(0, 18)),
    }));
  const table = `Bilan des actions 2025\n\nAction\tPublic\tParticipants\tBudget\nJeux du mardi\tFamilles\t18\t900 €\nMarche nordique\tSeniors\t11\t300 €`;
  assert.deepEqual(formatNotes('tableau.txt', table), [
    { known: ['mise en page reconnue : tableau d’actions, une par ligne (en-tête ligne 3) ; aucun format de fiche nommé, à vérifier'], unknown: [] },
    { known: ['mise en page reconnue : tableau d’actions, une par ligne (en-tête ligne 3) ; aucun format de fiche nommé, à vérifier'], unknown: [] },
  ]);
  const sheet = `Vélo-école des mamans\nPublic : femmes du quartier\nPartenaires : CCAS, club cycliste\nBudget : 1 500 €\nParticipants : 9`;
  assert.deepEqual(formatNotes('fiche.txt', sheet)[0]!.unknown, []);
  assert.match(formatNotes('fiche.txt', sheet)[0]!.known[0]!, /^mise en page reconnue : fiche à rubriques \(\d rubriques « Libellé : valeur » lues\)/);
  // Two labelled lines are not a sheet, and a note is no layout at all: what was expected is said.
  assert.deepEqual(formatNotes('note.txt', 'Goûter de Noël\nPublic : enfants\nBudget : 200 €\nLes enfants ont décoré la salle.'), [{ known: [], unknown: ['aucun format connu'] }]);
  assert.deepEqual(formatNotes('note.txt', 'Goûter de Noël\nLes enfants ont décoré la salle avec leurs parents.'), [{ known: [], unknown: ['aucun format connu'] }]);
});

test('a weekly slot says the action runs, unless the sentence sets a run of sessions that may be over', () => {
  const status = (text: string) => importFiles([{ name: 'n.txt', text: `Atelier équilibre\n${text}` }]).feed.actions![0]!.status?.state;
  assert.equal(status('Chaque mardi après-midi, les aînés du quartier retrouvent un animateur pour des exercices contre les chutes.'), 'en-cours');
  assert.equal(status('Chaque mardi, un kinésithérapeute anime un cycle de huit séances contre les chutes pour 10 aînés.'), undefined);
  assert.equal(status('Un atelier de 6 séances a réuni chaque vendredi les aidants du quartier.'), undefined);
});

test('a headline whose subject is a named action is titled by that name; other headlines stay whole', () => {
  const title = (headline: string) => importFiles([{ name: 'a.txt', text: `${headline}\nDepuis trois ans, les familles du quartier s'y retrouvent le samedi autour de jeux de société prêtés par les bénévoles.` }]).feed.actions![0]!.title;
  assert.equal(title('La Ruche aux jeux rouvre ses portes après travaux'), 'La Ruche aux jeux');
  assert.equal(title("Bricol'âge cherche des bénévoles pour la rentrée"), "Bricol'âge");
  // No named subject, or the subject is who acts: the headline is kept.
  assert.equal(title('À Dinan, les familles retrouvent leur ludothèque'), 'À Dinan, les familles retrouvent leur ludothèque');
  assert.equal(title('Le centre social des Alizés lance une ludothèque'), 'Le centre social des Alizés lance une ludothèque');
  assert.equal(title('La Mairie de Dinan ouvre une ludothèque'), 'La Mairie de Dinan ouvre une ludothèque');
  assert.equal(title('Elle a changé la vie du quartier'), 'Elle a changé la vie du quartier');
});

const texts = (s: string) => tidyLayout(toLines(s)).map((l) => l.text);

test('a budget side by side under "Poste de dépense" and "Financement", with an empty spacer column, keeps each amount on its side', () => {
  assert.deepEqual(texts('Poste de dépense\tMontant\t\tFinancement\tMontant\nGoûters\t900 €\t\tCaf du Rhône\t2 000 €\n\t\t\tAutofinancement\t600 €'), [
    'Dépenses : Goûters : 900 €',
    'Recettes : Caf du Rhône : 2 000 €',
    'Recettes : Autofinancement : 600 €',
  ]);
});

test('a Markdown export: front matter as labelled lines under the heading, pipe tables as rows, a staffing table by head count', () => {
  const md = '---\ntitle: "Fiche – Atelier"\nstatut: en cours\n---\n# Atelier\n| Financeur | Montant |\n|:--|--:|\n| MSA | 1 500 € |\n| Participants différents | 36 |\n\n| Qui | Nombre | Temps |\n|---|---|---|\n| Animatrice | 1 | 0,3 ETP |\n| Bénévoles | 5 | — |';
  assert.deepEqual(texts(md), ['Atelier', 'Statut : en cours', 'Financeur', 'MSA : 1 500 €', '36 participants', '', '1 Animatrice (0,3 ETP)', '5 Bénévoles']);
  // Without a heading of its own, the front matter's title opens the text.
  assert.deepEqual(texts('---\ntitre: Jardin partagé\ncommune: Albi\n---\nUn jardin.'), ['Jardin partagé', 'Commune : Albi', 'Un jardin.']);
  // A field's list, one item a line or in brackets, is one labelled line; tags are keywords.
  const listed = '---\ntitle: "Jardin partagé"\ntags:\n  - Environnement\n  - Lien social\npublic: [Familles, Seniors]\n---\n\nUn jardin au pied des immeubles, ouvert le samedi à tous les habitants du quartier.';
  assert.deepEqual(texts(listed).slice(0, 3), ['Jardin partagé', 'Tags : Environnement, Lien social', 'Public : Familles, Seniors']);
  const garden = importFiles([{ name: 'jardin.md', text: listed }]).feed.actions![0]!;
  assert.deepEqual([garden.title, garden.keywords, garden.public], ['Jardin partagé', ['Environnement', 'Lien social'], ['familles', 'seniors']]);
});

test('a bilan of several years side by side keeps the latest year: its amounts in euros and its head counts', () => {
  const bilan = 'Fréquentation      2022     2023     2024\nFoyers inscrits    112      134      151\nAteliers           18       22       25\n\nBudget (en €)      2022     2023     2024\nCaf de la Somme    9 000    9 500    10 000';
  assert.deepEqual(texts(bilan), ['Fréquentation 2024', '151 foyers', 'Ateliers : 25', '', 'Budget 2024', 'Caf de la Somme : 10 000 €']);
});

test('a PDF’s prose wrapped wherever its line was full is joined back into sentences; headings, items and amount lines stay whole', () => {
  const page = [
    'BILAN 2024',
    'Le budget de l’année s’élève à 21 400 €. Il est couvert par la Caf des',
    'Bouches-du-Rhône pour 14 200 €, et le reste par la commune d’Istres.',
    'Deux accueillantes formées, salariées du centre (0,6 ETP à elles',
    'deux) et une bénévole.',
    'Le financement',
    'Cotisations des participants, saison complète : 1 300 €',
    'L’action est reconduite en 2025, aux mêmes horaires et dans la salle.',
  ].join('\n');
  assert.deepEqual(tidyLayout(toLines(page), { wrapped: true }).map((l) => `${l.n} ${l.text}`), [
    '1 BILAN 2024',
    '2 Le budget de l’année s’élève à 21 400 €. Il est couvert par la Caf des Bouches-du-Rhône pour 14 200 €, et le reste par la commune d’Istres.',
    '4 Deux accueillantes formées, salariées du centre (0,6 ETP à elles deux) et une bénévole.',
    '6 Le financement',
    '7 Cotisations des participants, saison complète : 1 300 €',
    '8 L’action est reconduite en 2025, aux mêmes horaires et dans la salle.',
  ]);
  // A printed form's short lines stay apart: its header, "Actions" and the title, an item and the prose under it.
  const form = ['Les actions des centres sociaux', 'Actions', 'Repair café des Tilleuls', '- Description générale', 'Chaque premier samedi, l’atelier accueille une quarantaine de', 'visiteurs. En 2024, 310 objets ont été présentés et 62 % réparés.', '- Ressources financières engagées', 'Coût total : 4 200 €', 'Les habitants apportent leurs objets et repartent avec eux réparés'];
  assert.deepEqual(tidyLayout(toLines(form.join('\n')), { wrapped: true }).map((l) => l.text), [...form.slice(0, 4), `${form[4]} ${form[5]}`, ...form.slice(6)]);
  // Text that was not printed keeps its lines as typed (only a line ending on "des", "la"… goes on).
  assert.ok(tidyLayout(toLines(page)).some((l) => l.text === 'deux) et une bénévole.'));
});

test('a call-for-projects form: an instruction beside a label, the answer on the next line, a ticked "nouveau", partners listed with their part', () => {
  const form = 'Titre du projet (10 mots maximum) :\nUn voisin, un coup de main\nLe projet est : ☒ nouveau   ☐ en cours\nPartenaires mobilisés (nom et rôle) :\n– CLIC du Pays de Redon : repérage des personnes isolées\n– Mairies des communes concernées : prêt de salles\n';
  const { feed } = importFiles([{ name: 'formulaire.txt', text: form }]);
  const a = feed.actions![0]!;
  assert.equal(a.title, 'Un voisin, un coup de main');
  assert.equal(a.status?.state, 'en-projet');
  assert.deepEqual(a.partners, [{ name: 'CLIC du Pays de Redon', type: 'social' }, { name: 'Mairies des communes concernées', type: 'commune' }]);
});

test('a title under a letterhead or a newspaper’s masthead and dateline is the action’s; a quoted subject names it; other articles’ links go', () => {
  const note = 'Centre social Les Tilleuls – 21000 Dijon\nNote de présentation – Action « Goûters du mercredi »\n\nChaque mercredi, 25 enfants goûtent ensemble.';
  assert.equal(importFiles([{ name: 'note.txt', text: note }]).feed.actions![0]!.title, 'Goûters du mercredi');
  const paper = 'LE COURRIER DU PLATEAU\nÉdition de Dole | Jeudi 5 juin 2025\nVIE LOCALE › DOLE\nAbonnez-vous dès 1 € le premier mois\n\nLe « Troc des jardiniers » attire les curieux\n\nLe centre social organise le troc ; 30 habitants sont venus.\n\nLire aussi : Brocante, 800 visiteurs\nLes plus lus\n1. Travaux : 400 foyers privés d’eau\n';
  const a = importFiles([{ name: 'journal.txt', text: paper }]).feed.actions![0]!;
  assert.equal(a.title, 'Troc des jardiniers');
  assert.deepEqual(a.beneficiaries?.map((b) => b.count), [30]);
});

test('a dated article whose footer gives the centre’s address and phone is one action, not the centre’s page', () => {
  const { text, heading } = htmlToText('<html><body><main><h1>Chantier jeunes de l’été</h1><p>jeudi 21 août 2025</p><p>Huit jeunes ont repeint l’aire de jeux avec deux animateurs du centre.</p></main><footer>Centre social de Bellevue – 29200 Brest – 02 98 00 00 00</footer></body></html>');
  const a = importFiles([{ name: 'article.html', text, heading, kind: 'html' }]).feed.actions!;
  assert.deepEqual(a.map((x) => [x.title, x.source?.format]), [['Chantier jeunes de l’été', 'unknown']]);
});

test('a Word table’s label beside a cell of one item a paragraph gives a list under that label', () => {
  const { text } = htmlToText('<table><tr><td><p>Partenaires</p></td><td><p>Médiathèque</p><p>Collège Anatole France</p><p>Limoges Habitat</p></td></tr><tr><td><p>Public</p></td><td><p>Seniors</p></td></tr></table>');
  assert.deepEqual(text.split('\n'), ['Partenaires :', '- Médiathèque', '- Collège Anatole France', '- Limoges Habitat', '', 'Public : Seniors']);
});

test('a budget side by side typed with spaces for its columns keeps each amount on its side, as with tabs', () => {
  const spaced = 'Dépenses              Montant      Recettes                     Montant\nActivités               900 €      Participation des familles   2 800 €\nTotal                 8 900 €      Total                        8 900 €';
  assert.deepEqual(texts(spaced), ['Dépenses : Activités : 900 €', 'Recettes : Participation des familles : 2 800 €', 'Dépenses : Total : 8 900 €', 'Recettes : Total : 8 900 €']);
  // A running header spaced out to its page number is still the page margins' to drop.
  assert.deepEqual(texts('Bilan 2024 – Centre social        2\nLe jardin.\nBilan 2024 – Centre social        3\nLa cuisine.'), ['Le jardin.', 'La cuisine.']);
});

test('a web page’s table of several years side by side is read at its latest year, as a text’s is', () => {
  const { text, heading } = htmlToText('<html><body><main><h1>Épicerie solidaire</h1><p>Au centre social du Parc, à Amiens, pour les familles à petit budget.</p><table><thead><tr><th>Budget (en €)</th><th>2022</th><th>2023</th><th>2024</th></tr></thead><tbody><tr><td>Caf de la Somme</td><td>9 000</td><td>9 500</td><td>10 000</td></tr><tr><td>Ville d’Amiens</td><td>12 000</td><td>12 000</td><td>12 500</td></tr><tr><td>Total</td><td>21 000</td><td>21 500</td><td>22 500</td></tr></tbody></table></main></body></html>');
  const [one] = facts(importFiles([{ name: 'epicerie.html', text, heading, kind: 'html' }]).feed);
  assert.deepEqual(one!.budget, { total: 22500, revenues: ['caf 10000', 'commune 12500'] });
});

test('a Word or web table of a budget side by side under "Poste de dépense" and "Financement", a spacer column between, keeps each side (one rule with text tables)', () => {
  const { text } = htmlToText('<table><tr><td>Poste de dépense</td><td>Montant</td><td></td><td>Financement</td><td>Montant</td></tr><tr><td>Goûters</td><td>900 €</td><td></td><td>Caf du Rhône</td><td>2 000 €</td></tr><tr><td>Personnel</td><td>1 100 €</td><td></td><td></td><td></td></tr></table>');
  assert.deepEqual(text.split('\n'), ['Dépenses', 'Goûters : 900 €', 'Personnel : 1 100 €', 'Recettes', 'Caf du Rhône : 2 000 €']);
});

test('a report headed by its author and kind, then a rubric, is titled by the action under them', () => {
  const text = "Maison pour tous des Tilleuls – Rapport d'activité 2024\nSecteur familles\nLe jardin des parents\nChaque mardi, des parents cultivent un potager au pied de l'école avec deux bénévoles ; 21 familles y ont participé.\n";
  const { feed } = importFiles([{ name: 'rapport.txt', text }]);
  assert.deepEqual((feed.actions ?? []).map((a) => a.title), ['Le jardin des parents']);
});

test("a newspaper's name over its website's rubric trail is no title: the headline under them is", () => {
  const text = "LA GAZETTE DES DEUX RIVES\nActualités > Solidarité\n\nÀ Vierzon, un atelier vélo pour tous\n\nDepuis janvier, l'atelier vélo du centre social répare les vélos des habitants chaque samedi ; 64 vélos ont été remis en état.\n";
  const { feed } = importFiles([{ name: 'article.txt', text }]);
  assert.deepEqual((feed.actions ?? []).map((a) => a.title), ['À Vierzon, un atelier vélo pour tous']);
});
