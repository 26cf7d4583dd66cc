/**
 * Rules batch 14 of the held-out fixtures led to (test/fixtures/import/unseen/128–137), each on a
 * short text written for this test. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCommunes } from '../../src/import/communes.js';
import { importFiles, toInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { facts, readFacts } from './import-facts.js';

await loadCommunes();

const read = readFacts;

test('the older question form opened by `Actions "TITLE"` is one fiche: its title, its "en cours ? Oui", the partners it answers with, one employee counted by her article', () => {
  const f = read(`Actions "Troc de livres"
Structure organisatrice : Centre social des Aubiers - Gironde
Thèmes
  - Culture
Quel diagnostic a fait naître cette expérience ?
Beaucoup de livres dormaient dans les caves du quartier.
Description de l'expérience : buts, participants, étapes.
Chaque trimestre, six bénévoles tiennent un troc au pied des immeubles. Une salariée du centre prépare les affiches.
L'action est-elle toujours en cours ? Oui
Avec quels partenaires ?
La médiathèque de Bordeaux-Lac et l'association Lire ensemble.`);
  assert.equal(f.length, 1);
  const [a] = f;
  assert.equal(a!.title, 'Troc de livres');
  assert.equal(a!.status, 'en-cours');
  assert.equal(a!.departement, '33');
  assert.deepEqual(a!.partners, ['Médiathèque de Bordeaux-Lac (culture)', 'Association Lire ensemble (association)']);
  assert.deepEqual(a!.people, ['benevole 6', 'salarie 1']);
});

test('"Les ventes (620 euros) couvrent les frais ; la Caf …": takings named before their bracket are the action\'s own money, not the next clause\'s funder', () => {
  const [a] = read(`Bourse aux vêtements
Les ventes (620 euros) couvrent les frais ; la Caf du Loiret a apporté 400 euros pour le matériel.`);
  assert.deepEqual(a!.budget!.revenues, ['autofinancement 620', 'caf 400']);
});

test('"le reste, soit 4,5 k€, sur fonds propres": own funds said with no verb; "le coordinateur, à 0,5 ETP" is one person, his time after a comma', () => {
  const [a] = read(`Point accueil jeunes
Équipe : un animateur à temps plein et le coordinateur jeunesse, à 0,5 ETP sur l'action.
Budget : 30 k€, couverts par la Ville de Vierzon (25,5 k€) ; le reste, soit 4,5 k€, sur fonds propres.`);
  assert.deepEqual(a!.budget!.revenues, ['commune 25500', 'autofinancement 4500']);
  assert.deepEqual(a!.etp, [1.5, null]);
  assert.deepEqual(a!.people, ['salarie 1', 'salarie 1']);
});

test('a funder\'s bilan: "Action : X" under "Structure :" titles it; years side by side go on past a blank line into the budget rows in (€); "Nombre de sorties" counts no one; "Action poursuivie en 2025 : oui" runs; "Référente familles : 0,5 ETP" is one employee', () => {
  const [a] = read(`BILAN D'ACTIVITÉ — ANIMATION COLLECTIVE FAMILLES
Structure : Centre social du Val de l'Aurence, Limoges
Action : Sorties en famille

Indicateurs                        2023       2024
Nombre de familles touchées          38         45
Nombre de sorties                     6          8
Nombre de bénévoles mobilisés         5          7

Budget de l'action (€)            9 800     11 200
  dont CAF                        4 000      4 500
  dont Ville de Limoges           5 800      6 700

Référente familles : 0,5 ETP
Action poursuivie en 2025 : oui`);
  assert.equal(a!.title, 'Sorties en famille');
  assert.equal(a!.status, 'en-cours');
  assert.deepEqual(a!.budget, { total: 11200, revenues: ['caf 4500', 'commune 6700'] });
  assert.deepEqual(a!.people, ['salarie 1', 'benevole 7']);
  assert.deepEqual(a!.etp, [0.5, null]);
  assert.deepEqual(a!.beneficiaries, ['45 familles']);
});

test('"Action : ☐ nouvelle ☒ reconduite" is a status, never the title; a signature\'s "Directeur" alone is no staffing', () => {
  const [a] = read(`Intitulé de l'action : Marche nordique
Action : ☐ nouvelle ☒ reconduite
Encadrement : 6 bénévoles.

Bien cordialement,
Directeur
Centre social des Prés`);
  assert.equal(a!.title, 'Marche nordique');
  assert.equal(a!.status, 'en-cours');
  assert.deepEqual(a!.people, ['benevole 6']);
});

test('"Centre social du Faubourg d\'Isle, Saint-Quentin (Aisne)": the département named in brackets wins over a town hidden in a name', () => {
  const [a] = read(`Compte rendu
Centre social du Faubourg d’Isle, Saint-Quentin (Aisne)
Les ateliers couture réunissent 18 retraités chaque lundi.`);
  assert.equal(a!.departement, '02');
});

test('"… et de la Communauté des communes du Diois (1 700 €)": an intercommunality written "des communes" pays as one', () => {
  const [a] = read(`Mobil'Aînés
Le projet reçoit le soutien de la Carsat Rhône-Alpes (4 000 €) et de la Communauté des communes du Diois (1 700 €).`);
  assert.deepEqual(a!.budget!.revenues, ['carsat 4000', 'intercommunalite 1700']);
});

test('a Word table with merged cells, flattened: "Moyens humains⇥Salariés⇥…" and "⇥⇥Bénévoles⇥…" give the team; "Budget prévisionnel⇥Dépenses⇥Recettes" then one "label : amount" cell a side; a row with its own heading ends the budget', () => {
  const [a] = read(`Intitulé de l'action\tCafé des aidants\t\t
Moyens humains\tSalariés\tUne animatrice (0,2 ETP)\t
\t\tBénévoles\t3 bénévoles formés
Budget prévisionnel\tDépenses\tRecettes\t
\tAnimation : 2 100 €\tCAF d'Indre-et-Loire : 1 500 €\t
\tGoûters : 300 €\tDépartement d'Indre-et-Loire : 900 €\t
\tTotal : 2 400 €\tTotal : 2 400 €\t
Résultats 2024\t14 aidants venus au moins une fois\t\t`);
  assert.deepEqual(a!.budget, { total: 2400, revenues: ['caf 1500', 'departement 900'], expenses: ['Animation 2100', 'Goûters 300'] });
  assert.deepEqual(a!.people, ['salarie 1', 'benevole 3']);
  assert.deepEqual(a!.etp, [0.2, null]);
  assert.deepEqual(a!.beneficiaries, ['14 aidants venus']);
});

test('a PDF report\'s page: "… Page 3/8" headers go, "3.2   Title" is the title without its number, a budget in columns of spaces keeps its products, even one indented alone or wrapped under its name; "aidée de 5 bénévoles" counts five', () => {
  const [a] = read(`Centre social du Val                                          Page 3/8
Rapport d'activité 2024

3.2   Ateliers de français

Les ateliers accueillent 37 adultes à Maubeuge.
Encadrement : une formatrice salariée à 0,6 ETP, aidée de 5 bénévoles.

Charges                         Montant        Produits                          Montant
Salaire                        9 000 €          Communauté d'agglomération        3 500 €
                                                Maubeuge Val de Sambre
                                                Fonds propres                     5 500 €
Total des charges              9 000 €          Total des produits                9 000 €

CSC du Val – Rapport 2024                                      Page 4/8`);
  assert.equal(a!.title, 'Ateliers de français');
  assert.deepEqual(a!.budget!.revenues, ['intercommunalite 3500', 'autofinancement 5500']);
  assert.deepEqual(a!.people, ['salarie 1', 'benevole 5']);
});

test('a letter under its letterhead: "Objet : présentation de notre action « Laverie solidaire »" titles it; its postal code alone places it', () => {
  const [a] = read(`CS LA SABLIÈRE
12 rue des Écoles — 33600

Objet : présentation de notre action « Laverie solidaire »

Madame, Monsieur,
Depuis mars 2024, notre centre social ouvre une laverie trois matinées par semaine.`);
  assert.equal(a!.title, 'Laverie solidaire');
  assert.equal(a!.departement, '33');
});

test('"Partenaires : Plateforme de répit du Lochois" is a social partner', () => {
  const [a] = read(`Café des aidants
Partenaires : Plateforme de répit du Lochois`);
  assert.deepEqual(a!.partners, ['Plateforme de répit du Lochois (social)']);
});

test('"ouvre ses portes aux habitants", "met à disposition des habitants": the public; "depuis deux ans": it runs', () => {
  const [a] = read(`Les P'tits Déj'
Chaque jeudi, le centre social ouvre ses portes aux habitants du quartier autour d'un petit déjeuner.`);
  assert.deepEqual(a!.public, ['habitants']);
  const [b] = read(`Laverie solidaire
Le centre met à disposition des habitants deux machines à laver.`);
  assert.deepEqual(b!.public, ['habitants']);
  const [c] = read(`Mobil'Aînés
Le centre social fait rouler depuis deux ans un transport solidaire pour les personnes âgées isolées.`);
  assert.equal(c!.status, 'en-cours');
});

test('"Merci à nos 6 bénévoles et à Lyon Métropole Habitat qui nous prête la parcelle": a partner after the team; "… et à la CAF qui a financé le séjour" a funder, no partner', () => {
  const [a] = read(`Jardin des copains
Merci à nos 6 bénévoles et à Lyon Métropole Habitat qui nous prête la parcelle.`);
  assert.deepEqual(a!.partners, ['Lyon Métropole Habitat (bailleur)']);
  const [b] = read(`Séjour familles
Merci à nos 4 bénévoles et à la CAF du Gard qui a financé le séjour à hauteur de 5 200 €.`);
  assert.equal(b!.partners, undefined);
});

test('a newsletter\'s "▶ À Die : « Mobil\'Aînés »" titles its section by the quoted name; an Instagram post "account • Suivre" by the hashtag that names the action', () => {
  const f = read(`LA LETTRE DU RÉSEAU – Fédération des centres sociaux de la Drôme – n° 42

Édito
Ce numéro met à l'honneur les projets de nos adhérents.

▶ À Romans-sur-Isère : « Les P'tits Déj' »
Chaque jeudi, le centre social Saint-Nicolas ouvre ses portes aux habitants ; la Ville de Romans finance 2 000 €.

▶ À Die : « Mobil'Aînés »
Le centre social du Diois fait rouler un transport solidaire pour les personnes âgées ; la Carsat verse 4 000 €.`);
  assert.deepEqual(f.map((a) => a.title), ["Les P'tits Déj'", "Mobil'Aînés"]);
  const [p] = read(`centresocial.lesgenets • Suivre
Vénissieux

C'EST REPARTI !!
Le #RepairCafeDuPlateau rouvre ce samedi au centre social Les Genêts.
#centresocial #repaircafe`);
  assert.equal(p!.title, 'Repair Cafe du Plateau');
});

test('a question form\'s description "Une animatrice et 4 bénévoles du centre les suivent" counts one employee by her article; "un animateur de la MJC" is not the centre\'s', () => {
  const [a] = read(`Actions
Jardins au balcon
Thèmes
  - Environnement
Structure organisatrice : Centre social Les Hirondelles - Somme
Quel diagnostic a fait naître cette expérience ?
Les locataires n'ont aucun extérieur.
Description de l'expérience : buts, participants, étapes.
Des ateliers mensuels ; 26 foyers ont reçu un kit. Une animatrice et 4 bénévoles du centre les suivent, avec un animateur de la MJC voisine.`);
  assert.deepEqual(a!.people, ['salarie 1', 'benevole 4']);
});

test('a letter\'s "Objet : demande de subvention pour le projet « Parents en jeu »" titles it, not the letterhead', () => {
  const [a] = read(`Centre social Les Marronniers
3 place de la Mairie
71100 Chalon-sur-Saône

Objet : demande de subvention pour le projet « Parents en jeu »

Madame la Présidente,
Nous sollicitons 3 000 € de la CAF de Saône-et-Loire pour des soirées jeux destinées aux familles.`);
  assert.equal(a!.title, 'Parents en jeu');
});

test('a web page\'s table of years whose corner cell is empty ("<th></th><th>2023</th><th>2024</th>") counts the latest year', async () => {
  const page = await readSource('page.html', new TextEncoder().encode(`<html><body><h1>Atelier vélo</h1>
<p>Chaque mercredi, le centre social de Saint-Nazaire répare les vélos des habitants avec deux bénévoles.</p>
<table><tr><th></th><th>2023</th><th>2024</th></tr><tr><td>Participants</td><td>58</td><td>73</td></tr></table></body></html>`));
  const [a] = facts(importFiles([toInput(page)]).feed);
  assert.deepEqual(a!.beneficiaries, ['73 participants']);
});

test('a publication\'s masthead with its date ("Gazette de la vallée — mars 2025") names no action: the headline below does', () => {
  const [a] = read(`Gazette de la vallée — mars 2025

Le Tricot du jeudi fait des émules

Depuis l'automne, des tricoteuses se retrouvent chaque jeudi à la maison des habitants, encadrées par deux bénévoles.`);
  assert.equal(a!.title, 'Le Tricot du jeudi');
});

test('counts of people written in the feminine or by family role ("12 habitantes", "une vingtaine de mamans", "35 retraitées") are beneficiaries', () => {
  const [a] = read(`Café des habitantes
En 2024, 12 habitantes ont lancé le café ; une vingtaine de mamans y passent chaque semaine.`);
  assert.deepEqual(a!.beneficiaries, ['12 habitantes', '~20 mamans']);
  const [b] = read(`Gym douce
Le cours réunit 35 retraitées chaque mardi.`);
  assert.deepEqual(b!.beneficiaries, ['35 retraitées']);
});

test('"grâce à la communauté urbaine Caen la mer, qui a apporté 1 800 €": a body named for the sum it gives is a funder, not a partner', () => {
  const [a] = read(`Repair Café
L'action se poursuit grâce à la communauté urbaine Caen la mer, qui a apporté 1 800 €, et à la Ville d'Hérouville-Saint-Clair (700 €). Elle est menée en partenariat avec l'association Les Bricoleurs.`);
  assert.deepEqual(a!.partners, ["association Les Bricoleurs (association)"]);
  assert.deepEqual(a!.budget!.revenues, ['intercommunalite 1800', 'commune 700']);
});

test('a web page\'s (or Word\'s) budget table "Budget | Dépenses | Recettes", the first cell merged down, each side one "label : amount" cell', async () => {
  const page = await readSource('cafe.html', new TextEncoder().encode(`<html><body><h1>Café des aidants</h1>
<p>Chaque mois, à Loches, le centre social accueille les aidants familiaux.</p>
<table><tr><td rowspan="4">Budget prévisionnel</td><td>Dépenses</td><td>Recettes</td></tr>
<tr><td>Animation : 2 100 €</td><td>CAF d'Indre-et-Loire : 1 500 €</td></tr>
<tr><td>Goûters : 300 €</td><td>Département d'Indre-et-Loire : 900 €</td></tr>
<tr><td>Total : 2 400 €</td><td>Total : 2 400 €</td></tr>
<tr><td>Résultats 2024</td><td colspan="2">14 aidants venus au moins une fois</td></tr></table></body></html>`));
  const [a] = facts(importFiles([toInput(page)]).feed);
  assert.deepEqual(a!.budget, { total: 2400, revenues: ['caf 1500', 'departement 900'], expenses: ['Animation 2100', 'Goûters 300'] });
  assert.deepEqual(a!.beneficiaries, ['14 aidants venus']);
});
