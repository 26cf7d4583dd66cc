/**
 * Rules batch 13 of the held-out fixtures led to (test/fixtures/import/unseen/118–127), each on a
 * short text written for this test. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCommunes } from '../../src/import/communes.js';
import { readFacts } from './import-facts.js';

await loadCommunes();

const read = readFacts;

test('a Markdown projet social: each "### Action n – X" over its bold labels is one fiche titled X; "à créer" is a project', () => {
  const f = read(`# Projet social – Centre social Les Aulnes (Vierzon)

### Action 1 – Marche du mardi
- **Statut** : en cours
- **Public** : seniors
- **Budget** : 900 € (Carsat 900 €)

### Action 2 – Troc de graines
- **Statut** : à créer en 2026
- **Public** : familles
- **Budget** : 300 €`, 'projet.md');
  assert.deepEqual(f.map((a) => [a.title, a.status]), [['Marche du mardi', 'en-cours'], ['Troc de graines', 'en-projet']]);
});

test('a town called by the head of its name is French ("Ville de Saint-Dié"); the charities "France X" and a régie de quartier are associations; caregivers pay as users', () => {
  const [a] = read(`Fiche : Halte répit
Lieu : 88100 Saint-Dié-des-Vosges
Partenaires : France Alzheimer Vosges ; Régie de quartier de Kellermann
Financements : Ville de Saint-Dié 1 000 € ; participation des aidants 200 €`);
  assert.deepEqual(a!.budget!.revenues, ['commune 1000', 'usagers 200']);
  assert.deepEqual(a!.partners, ['France Alzheimer Vosges (association)', 'Régie de quartier de Kellermann (association)']);
});

test('"avec l\'appui de l\'association X" names a partner', () => {
  const [a] = read(`Jardins au balcon
Des ateliers mensuels au centre social d'Étouvie, à Amiens, avec l'appui de l'association Les Pousses Vertes.`);
  assert.deepEqual(a!.partners, ['association Les Pousses Vertes (association)']);
});

test('a funding table "Sollicité | Obtenu" reads the sums obtained; a funder that gave 0 € is none; members\' fees (adhérentes) are users\' money', () => {
  const [a] = read(`Atelier tricot
Financeur\tSollicité\tObtenu
Ville de Vichy\t1 000 €\t800 €
Vichy Communauté\t500 €\t0 €
Participation des adhérentes\t100 €\t120 €
Total\t1 600 €\t920 €`);
  assert.deepEqual(a!.budget, { total: 920, revenues: ['commune 800', 'usagers 120'] });
});

test('a page\'s question heading "Qui finance ?" heads its list of funders; "Ils nous accompagnent" its partners', () => {
  const [a] = read(`Jardin des Buttes
Des familles du quartier cultivent leurs parcelles, à Poitiers.

Qui finance ?

- Caf de la Vienne : 1 000 €
- Ville de Poitiers : 500 €

Ils nous accompagnent

L'association Graines de Vienne.`);
  assert.deepEqual(a!.budget!.revenues, ['caf 1000', 'commune 500']);
  assert.deepEqual(a!.partners, ['association Graines de Vienne (association)']);
});

test('a subsidy form: "Nouvelle action : [ ] oui [X] non" runs already; a subsidy asked of a funder is its revenue, its "(dont …)" bracket no more amounts; a clause after the public is none', () => {
  const [a] = read(`Intitulé de l’action :\tVestiaire solidaire
Nouvelle action :\t[ ] oui   [X] non
Public concerné :\tfamilles du quartier, orientées par les assistantes sociales
Subvention sollicitée auprès du Département :\t4 000 € (dont 3 000 € de fonctionnement et 1 000 € d’investissement)
Autres financements :\tCaf 2 000 €`);
  assert.equal(a!.status, 'en-cours');
  assert.deepEqual(a!.public, ['familles']);
  assert.deepEqual(a!.budget, { revenues: ['departement 4000', 'caf 2000'] });
  const [b] = read(`Intitulé de l’action :\tVestiaire solidaire
Nouvelle action :\t[X] oui   [ ] non`);
  assert.equal(b!.status, 'en-projet');
});

test('"les 800 euros restants viennent des fonds propres": the rest of a stated cost, and who pays it', () => {
  const [a] = read(`Jardins au balcon
Le bailleur Amiens Habitat a financé les kits à hauteur de 2 600 euros ; sur un coût total de 3 400 euros, les 800 euros restants viennent des fonds propres.`);
  assert.deepEqual(a!.budget!.revenues, ['bailleur 2600', 'autofinancement 800']);
  const [b] = read(`Chantier fresque
Le projet coûte 5 000 euros. La Ville de Vendôme a donné 4 000 euros ; les 1 000 euros restants sont pris sur les fonds propres du centre.`);
  assert.deepEqual(b!.budget!.revenues, ['commune 4000', 'autofinancement 1000']);
});

test('what an action holds "aujourd\'hui" says it runs', () => {
  const [a] = read(`Jardin partagé des Coteaux
Le jardin compte aujourd'hui 28 parcelles cultivées par des familles de Poitiers.`);
  assert.equal(a!.status, 'en-cours');
});

test('a mail wrapped at 70 columns: its header lines stay apart, and "Coût total" goes on onto "7 300 €" on the next line', () => {
  const [a] = read(`De: Maison de quartier des Sablons <accueil@mq-sablons.fr>
À: Service politique de la ville de la commune
Date: 12/02/2025 09:14
Objet: Bilan rapide - sorties familles 2024

Pour les sorties familles 2024 : 6 sorties à la journée (mer, zoo,
château), 41 familles différentes, soit 128 personnes. Coût total
7 300 €, financé par le contrat de ville (3 000 €), la Caf (2 500 €)
et la participation des familles (1 800 €). Encadrement : la référente
familles et 4 bénévoles de la maison de quartier. On reconduit en 2025.`);
  assert.equal(a!.budget!.total, 7300);
  assert.deepEqual(a!.budget!.revenues, ['etat 3000', 'caf 2500', 'usagers 1800']);
});

test('"ouvert à tous" makes everyone the public only when the text names no other', () => {
  const [a] = read(`Repair Café
Un samedi par mois, à Montbard, on répare ensemble vélos et jouets. C'est ouvert à tous et gratuit.`);
  assert.deepEqual(a!.public, ['tous publics']);
  const [b] = read(`Café des aidants
Chaque mois, à Arras, un café pour les aidants ; il est ouvert à tous, adhérents ou non.`);
  assert.deepEqual(b!.public, ['aidants']);
});

test('a funder the vocabulary does not know is typed by the kind in its bracket ("Ekidom (bailleur) : 1 200 €")', () => {
  const [a] = read(`Jardin des Coteaux
Qui finance ?

- Grand Poitiers : 2 400 €
- Ekidom (bailleur) : 1 200 €
- Cotisations : 340 €`);
  assert.deepEqual(a!.budget, { revenues: ['intercommunalite 2400', 'bailleur 1200', 'usagers 340'] });
});

test('"Budget : 2 500 € demandés à la Conférence des financeurs du Cher": the whole sum, and the funder asked', () => {
  const [a] = read(`Visites à domicile
- **Budget** : 2 500 € demandés à la Conférence des financeurs du Cher`, 'fiche.md');
  assert.deepEqual(a!.budget, { total: 2500, revenues: ['departement 2500'] });
});

test('"des ateliers apprennent aux habitants des tours à cultiver…": who learns is the public', () => {
  const [a] = read(`Jardins au balcon
Des ateliers mensuels apprennent aux habitants des tours d’Amiens à cultiver leur balcon.`);
  assert.deepEqual(a!.public, ['habitants']);
});

test('"une douzaine de bricoleurs bénévoles": an approximate count before a noun and its kind', () => {
  const [a] = read(`Repair Café
À Montbard, une douzaine de bricoleurs bénévoles tiennent les tables chaque mois.`);
  assert.deepEqual(a!.people, ['benevole 12']);
});

test('"10 bénévoles formés, suivis par la coordinatrice (0,1 ETP)": the coordinator is one person', () => {
  const [a] = read(`Visites à domicile
Équipe : 10 bénévoles formés, suivis par la coordinatrice (0,1 ETP)`);
  assert.deepEqual(a!.people, ['benevole 10', 'salarie 1']);
});
