/**
 * Rules batch 11 of the held-out fixtures led to (test/fixtures/import/unseen/104–112), each
 * on a short text written for this test: what office tools and mail clients make of a fiche
 * when they export it as text. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles } from '../../src/import/import.js';
import { loadCommunes } from '../../src/import/communes.js';
import { facts } from './import-facts.js';

await loadCommunes();

const read = (text: string, name = 'fiche.txt') => {
  const { feed, report, valid } = importFiles([{ name, text }]);
  assert.ok(valid, report.invalid.join('\n'));
  return facts(feed)[0]!;
};

test('a table exported with bars between its cells but none at the ends is read as a table; a lone menu line is not', () => {
  const f = read(`Atelier tricot du lundi
Accueil | Nos actions | Contact
Le centre social des Aubépines, à Vesoul, réunit chaque lundi des tricoteuses du quartier.

Financeur | Montant
Caf | 1 200 €
Ville de Vesoul | 800 €
Total | 2 000 €`);
  assert.deepEqual(f.budget, { total: 2000, revenues: ['caf 1200', 'commune 800'] });
});

test('a budget label may end on its year, which is no amount', () => {
  const table = read(`Jardin des Lilas
Chaque mercredi, des familles jardinent au pied des immeubles.

Budget réalisé 2024
Charges : Graines et outils : 1.250,50 €
Produits : Ville : 1 250,50 €`);
  assert.deepEqual(table.budget, { revenues: ['commune 1250.5'], expenses: ['Graines et outils 1250.5'] });
  const line = read(`Jardin des Lilas
Chaque mercredi, des familles jardinent au pied des immeubles.
Budget 2025 : 1 400 € – Ville : 900 € – Caf : 500 €`);
  assert.deepEqual(line.budget, { total: 1400, revenues: ['commune 900', 'caf 500'] });
});

test('a centre’s name alone over a bilan’s heading, a magazine’s masthead over its issue line: the action is titled below them', () => {
  const bilan = read(`Centre socioculturel des Tanneurs
Bilan 2024 — Action « Troc de graines »

Chaque printemps, des jardiniers échangent leurs graines au centre, à Aurillac.`);
  assert.equal(bilan.title, 'Troc de graines');
  const magazine = read(`ICI QUIMPERLÉ
Le journal de la ville — n° 42 — Hiver 2025

VIE DES QUARTIERS

La Malle aux jeux ouvre ses portes aux familles

Le centre social Kerbertrand prête désormais des jeux de société aux familles du quartier, chaque mercredi.`);
  assert.equal(magazine.title, 'La Malle aux jeux');
});

test('a commune’s name heading a longer proper name (“au Jardin des Quatre Vents”) is no town', () => {
  const f = read(`Fête des voisins
Derrière la maison de quartier, les familles se retrouvent au Jardin des Quatre Vents chaque été.`);
  assert.equal(f.departement, undefined);
});

test('a Word report of one pole: each action under its own heading, the report’s heading no action', async () => {
  const text = `Centre social du Moulin – Dole (Jura)

Rapport d’activité 2024 – Pôle enfance

L’équipe du pôle a changé de locaux cette année.

Accueil du mercredi

Chaque mercredi, 24 enfants de 6 à 11 ans sont accueillis au centre pour des jeux et des sorties.

Club lecture

Une fois par mois, des enfants et leurs parents lisent ensemble à la médiathèque, avec une bénévole.`;
  const { feed } = importFiles([{ name: 'rapport.docx', text, heading: 'Rapport d’activité 2024 – Pôle enfance', kind: 'docx' }]);
  assert.deepEqual(facts(feed).map((f) => [f.title, f.departement]), [['Accueil du mercredi', '39'], ['Club lecture', '39']]);
});

test('a dossier answered question by question: the town by the postal code of its address, partners and public under their questions', () => {
  const f = read(`Appel à projets 2025

1. Nom de la structure
Espace de vie sociale Les Hirondelles

2. Adresse
4 rue du Moulin – 71100

3. Intitulé du projet
Goûters contés

4. Quel public visez-vous, et combien de personnes ?
Des parents et leurs enfants de 3 à 6 ans ; une vingtaine de familles.

5. Quels partenaires sont associés ?
La médiathèque municipale (prêt des albums) et l'association Lire ensemble (formation des conteurs).

6. Comment évaluerez-vous le projet ?
Un bilan avec la médiathèque en juin.`);
  assert.deepEqual([f.departement, f.public, f.partners], ['71', ['parents', 'enfants', 'familles'], ['médiathèque municipale (culture)', "association Lire ensemble (association)"]]);
});

test('ticked boxes: "Autre (préciser) : X" is X; "les mairies" keeps its name whole', () => {
  const f = read(`Fiche projet
Intitulé de l'action : Sorties au lac
État de l'action :   ☐ En projet   ☒ En cours
Partenaires :   ☒ Ville   ☐ Éducation nationale   ☒ Autre (préciser) : association Les Randonneurs du Morvan
Un samedi par mois, des familles partent en sortie avec le centre social de Clamecy.`);
  assert.deepEqual([f.status, f.partners], ['en-cours', ['Ville (commune)', 'association Les Randonneurs du Morvan (association)']]);
  const mairies = read(`Chantier jeunes
Partenaires : les mairies des villages et le foyer rural de Semur.
Chaque été, des jeunes repeignent les lavoirs avec les mairies des villages.`);
  assert.deepEqual(mairies.partners, ['mairies des villages (commune)', 'foyer rural de Semur (association)']);
});

test('the public an offer names after "s’adressent" and the one singled out after a comma; a buvette is the centre’s own money; "le reste (X €) est couvert par"', () => {
  const f = read(`Cafés du jeudi
Les cafés du jeudi s'adressent aux habitants du quartier, en particulier aux seniors isolés.
Le budget est de 2 000 €. La Ville apporte 1 200 euros, la buvette et la tombola 300 €. Le reste (500 euros) est couvert par nos fonds propres.`);
  assert.deepEqual([f.public, f.budget], [['habitants', 'seniors'], { total: 2000, revenues: ['commune 1200', 'autofinancement 300', 'autofinancement 500'] }]);
});

test('an e-mail hard-wrapped at 72 columns is read in whole sentences: an amount that opens a line, teachers who name their school', () => {
  const f = read(`De : Maison de quartier des Sablons <contact@mq-sablons.fr>
Objet : Bilan de l'atelier d'écriture

Bonjour,

Voici le bilan de l'atelier d'écriture que nous animons aux Sablons, à
Mâcon. Cette année, 18 collégiens étaient inscrits, tous orientés par
les professeurs du collège Pierre-Leroux ; les séances ont lieu chaque
mardi de 17 h à 18 h 30 dans la salle du premier étage de la maison.

L'atelier a coûté 3 200 € sur l'année. Il est financé par la Ville de
Mâcon pour 2 000 € et par le Conseil départemental de Saône-et-Loire pour
1 200 €, comme l'an dernier.

Bien cordialement,
La coordinatrice`);
  assert.deepEqual([f.departement, f.partners, f.budget], ['71', ['collège Pierre-Leroux (education)'], { total: 3200, revenues: ['commune 2000', 'departement 1200'] }]);
});

test('a total ETP shared out in brackets counts the people who share it; the driver of the centre is staff', () => {
  const shared = read(`Petits travaux à domicile
Moyens humains : 1,5 ETP (un agent technique à temps plein, une animatrice à mi-temps) et 4 bénévoles
Chaque semaine, l'équipe se rend chez des locataires âgés de Gien.`);
  assert.deepEqual([shared.etp, shared.people], [[1.5, null], ['salarie 1', 'salarie 1', 'benevole 4']]);
  const driver = read(`Épicerie mobile
L'équipe : une animatrice (0,5 ETP), le chauffeur du centre le mardi, et 5 bénévoles.
Chaque mardi, l'épicerie s'arrête dans trois villages autour de Nolay.`);
  assert.deepEqual(driver.people, ['salarie 1', 'salarie 1', 'benevole 5']);
});

test('titles of press and official documents: a kicker naming the action, a masthead with its edition, a deliberation’s project, a meeting’s quoted subject', () => {
  const press = read(`L'ÉCHO DU BOCAGE – Édition de Bressuire
Jeudi 6 mars 2025

Bric à Brac : au centre social du Pont, les objets cassés retrouvent une vie

Au Bric à Brac, chaque samedi, des bénévoles réparent les objets des habitants de Bressuire.`);
  const rubric = read(`Vie associative : les bénévoles du centre social recrutent des jeunes
Le centre social du Pont, à Bressuire, cherche des bénévoles pour l'aide aux devoirs.`);
  assert.equal(rubric.title, 'Vie associative : les bénévoles du centre social recrutent des jeunes');
  const town = read(`Hesdin : la bricothèque du centre social prête ses outils depuis un an
Installée dans l'ancienne cure, la bricothèque a reçu 8 000 € de la mairie.`);
  const deliberation = read(`COMMUNE DE LODÈVE
Extrait du registre des délibérations du conseil municipal
Séance du 4 mars 2025

Le conseil municipal, réuni sous la présidence du maire, a examiné les points suivants.
Délibération n° 2025-12 – Subvention au centre social pour le projet « Cuisine partagée »

Le conseil accorde 2 500 € au centre social.`);
  const minutes = read(`Compte rendu – Comité de pilotage « Jardin des Lilas »
Centre social des Cèdres – Millau
Réunion du 2 juin 2025

Le jardin accueille chaque mercredi une dizaine de familles.`);
  assert.deepEqual([press.title, town.title, deliberation.title, minutes.title], ['Bric à Brac', 'Hesdin : la bricothèque du centre social prête ses outils depuis un an', 'Cuisine partagée', 'Jardin des Lilas']);
});

test('the staff of a listed partner named in prose are that partner, not another one', () => {
  const f = read(`Aide aux devoirs
Partenaires : Collège Jean Moulin
Chaque trimestre, les parents sont reçus au centre social de Privas avec les professeurs principaux du collège Jean Moulin.`);
  assert.deepEqual(f.partners, ['Collège Jean Moulin (education)']);
});

test('prose the lead’s batch 10 missed: a public by apposition, as a passive subject, after "apporte … aux"; a supplier in the present; roles listed after a head count', () => {
  const f = read(`Atelier tricot
Il a réuni cette année 18 participantes, majoritairement des femmes isolées du quartier.`);
  const g = read(`Épicerie solidaire
Les familles y sont orientées par le CCAS de Dole. Le camion apporte fruits et légumes à petits prix aux habitants des villages.
L'épicerie solidaire La Grange fournit une partie des denrées.
Deux salariés, un chauffeur et une conseillère, se relaient à bord avec quatre bénévoles.`);
  assert.deepEqual([f.public, g.public, g.partners, g.people], [['femmes'], ['familles', 'habitants'], ['CCAS de Dole (social)', 'épicerie solidaire La Grange (social)'], ['salarie 2', 'benevole 4']]);
});

test('batch 12’s rules: a sum under a list of funders, a price per head, an age from which on, an ETP table written label : value, partners in apposition', () => {
  const page = read(`Les Samedis sportifs
Chaque samedi, des jeunes du quartier font du sport au gymnase de Vannes.
Financement
- Ville de Vannes : 3 000 €
- CAF du Morbihan : 1 500 €
Soit un budget de 4 500 €.
Participation : 2 € par enfant.`);
  assert.deepEqual(page.budget, { total: 4500, revenues: ['commune 3000', 'caf 1500'] });
  const seniors = read(`Gym douce
Des ateliers chaque lundi pour les plus de 60 ans du quartier, à Pessac.`);
  assert.deepEqual(seniors.public, ['seniors']);
  const table = read(`Jeunes vers l'emploi
Moyens humains
Fonction : ETP
Conseillère en insertion : 0,8
Animateur jeunesse : 0,3
Le projet démarre en septembre à Tulle.`);
  assert.deepEqual([table.etp, table.people], [[1.1, null], ['salarie 1', 'salarie 1']]);
  const post = read(`Repas de quartier
Merci à nos partenaires, le CCAS de Niort et l'association Les Amis du Breuil, qui ont tout préparé avec nous.`);
  assert.deepEqual(post.partners, ['CCAS de Niort (social)', "association Les Amis du Breuil (association)"]);
});

test('a given name alone beside a verb of speech is a person quoted: removed from the feed and the report', () => {
  const { feed, report } = importFiles([{ name: 'article.txt', text: `Le Repair café de Quimperlé fête ses trois ans
« On a réparé plus de 500 objets », se félicite Gwenaëlle, l'une des bénévoles. Martin dit toujours que chaque objet a une histoire.
Le Repair café a lieu chaque samedi au centre social de Quimperlé.` }]);
  assert.doesNotMatch(JSON.stringify({ feed, report }), /Gwenaëlle|Martin dit/);
  assert.match(JSON.stringify(feed), /se félicite \(nom retiré\)/);
});

test('amounts given in the order of the funders named before them; two bodies joined by "et"; a shop is a business; "Bénévoles : 15 visés"', () => {
  const f = read(`Fête du quartier
Merci à nos partenaires, la Ville de Parthenay et Parthenay Habitat, qui financent la fête (1 200 € et 600 €). La Caf et le Département apportent respectivement 900 € et 400 €.
Partenaires : Biocoop Parthenay
Bénévoles : 15 visés`);
  assert.deepEqual([f.partners, f.budget?.revenues, f.people], [['Biocoop Parthenay (entreprise)', 'Ville de Parthenay (commune)', 'Parthenay Habitat (bailleur)'], ['commune 1200', 'bailleur 600', 'caf 900', 'departement 400'], ['benevole 15']]);
});

test('a plan/done table of objectives: every head count of the done column is read, whatever its label says beside the noun', () => {
  const f = read(`Bien vieillir
Des ateliers chaque mardi pour les seniors de Talence.
Objectif	Prévu	Réalisé
Nombre de participants	40	52
Nombre de séances	60	66
Participants nouveaux	15	21`);
  assert.deepEqual(f.beneficiaries?.map((b: string) => b.replace(/^~/, '').split(' ')[0]), ['52', '21']);
});

test('a Word report on one action keeps its parts together and is titled by the action its heading names', () => {
  const text = `Rapport d’activité 2024 – Lieu d’accueil enfants-parents

Le contexte

Le quartier compte beaucoup de jeunes familles isolées, arrivées récemment dans la ville de Dole, sans proches à qui confier leurs questions.

Ce que nous avons fait

Deux matinées par semaine, deux accueillantes reçoivent les parents et leurs enfants de moins de quatre ans, sans inscription.

Les chiffres

En 2024, 64 enfants et 51 parents sont venus au moins une fois ; le budget de 12 000 € est couvert par la CAF du Jura.`;
  const { feed } = importFiles([{ name: 'rapport.docx', text, heading: 'Rapport d’activité 2024 – Lieu d’accueil enfants-parents', kind: 'docx' }]);
  assert.deepEqual(facts(feed).map((f) => f.title), ['Lieu d’accueil enfants-parents']);
});

test('guards on this batch’s rules: an action’s number is no magazine’s issue; a five-digit count is no postal code', () => {
  const numbered = read(`FICHE ACTION 2025
Action n° 2 – Vacances en famille
Chaque été, des familles partent une semaine à la mer avec le centre social de Dole.`);
  const count = read(`Marché des producteurs
La place du marché accueille 35000 visiteurs l'été, à Pontarlier.`);
  assert.deepEqual([numbered.title, count.departement], ['Vacances en famille', '25']);
});

test('amounts in turn only when the bracket holds nothing but the amounts; "Grand X Habitat" is a landlord', () => {
  const split = read(`Atelier bois
La Caf et la Ville financent l'atelier (dont 5 000 € de fonctionnement et 3 000 € d'investissement) au centre social de Dole.`);
  const inTurn = read(`Fête du quartier
Merci à la Ville de Dole et à Grand Dole Habitat (1 200 € et 600 €).`);
  assert.ok(!split.budget?.revenues?.includes('caf 3000'));
  assert.deepEqual(inTurn.budget?.revenues, ['commune 1200', 'bailleur 600']);
});

test('an e-mail answer drops the message it quotes after "a écrit :"; a Markdown quotation stays', () => {
  const { feed, report } = importFiles([{ name: 'mail.txt', text: `Objet : RE: Bilan du Ludobus
Le Ludobus passe chaque mercredi dans quatre hameaux de Saint-Flour ; 146 enfants sont venus en 2024.

> Le 10 janv. 2025 à 16:02, service enfance a écrit :
> Pourriez-vous aussi nous dire combien de 2023 dossiers sont ouverts ?` }]);
  assert.doesNotMatch(JSON.stringify({ feed, report }), /dossiers sont ouverts/);
  const md = read(`# Jardin partagé
> « Ici, on se sent chez soi », disent les jardiniers du quartier de Millau.`);
  assert.equal(md.title, 'Jardin partagé');
});

test('a price per head is no amount of the budget, and the report names it as a figure not used', () => {
  const { feed, report } = importFiles([{ name: 'post.txt', text: `Repas de quartier
Chaque année, la maison de quartier de Niort organise son repas. Participation : 3 € par adulte.` }]);
  assert.equal(feed.actions![0]!.budget, undefined);
  assert.ok(report.fiches[0]!.notUnderstood.some((n) => n.field === 'budget' && /3 € par adulte/.test(n.text)));
});
