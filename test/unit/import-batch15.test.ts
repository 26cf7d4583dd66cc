/**
 * Rules batch 15 of the held-out fixtures led to (test/fixtures/import/unseen/138–145), each on a
 * short text written for this test. Exact facts for each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCommunes } from '../../src/import/communes.js';
import { readFacts as read } from './import-facts.js';

await loadCommunes();

test('today\'s senacs.fr fiche pasted on one line, its labels bare (no dash): each label and its answer back on their own lines, keywords split at their capitals', () => {
  const f = read(`Actions Troc de graines Statut de l'action En cours Dimension Environnement Mots clés associés à l'action Environnement Lien social Résumé Au printemps, les jardiniers du quartier échangent les graines qu'ils ont gardées de leurs récoltes et se donnent des conseils. Structure organisatrice CENTRE SOCIAL DES GENÊTS - Sarthe RAISON D'ETRE DE L' ACTION Public Habitants Partenaires Médiathèque de Coulaines METHODOLOGIE DE L' ACTION Description générale Le troc se tient un samedi matin dans le hall du centre. Nombre de personnes mobilisés pour cette action Une animatrice et 4 bénévoles Partager Imprimer`);
  assert.equal(f.length, 1);
  const [a] = f;
  assert.equal(a!.title, 'Troc de graines');
  assert.equal(a!.status, 'en-cours');
  assert.equal(a!.departement, '72');
  assert.deepEqual(a!.keywords, ['Environnement', 'Lien social']);
  assert.deepEqual(a!.public, ['habitants']);
  assert.deepEqual(a!.partners, ['Médiathèque de Coulaines (culture)']);
  assert.deepEqual(a!.people, ['salarie 1', 'benevole 4']);
});

test('a senacs.fr listing copied from the browser: the menu (tabs), the search form\'s bare words and "2 résultats" above the first fiche are the page\'s furniture, not an action', () => {
  const f = read(`Aller au contenu principal
Accueil\tLes centres\tLes actions\tContact
Rechercher une action
Mot-clé
Département
2 résultats

Actions
Soirée jeux
Description de l'action
Statut de l'action
Terminé
Structure organisatrice
CENTRE SOCIAL DES GENÊTS - Sarthe

Actions
Marche du lundi
Description de l'action
Statut de l'action
En cours
Structure organisatrice
CENTRE SOCIAL DES GENÊTS - Sarthe`);
  assert.deepEqual(f.map((a) => [a.title, a.status, a.departement]), [['Soirée jeux', 'terminee', '72'], ['Marche du lundi', 'en-cours', '72']]);
});

test('a bulletin\'s rubric in capitals ("VIE ASSOCIATIVE") over its article\'s headline: the headline titles it; "la MSA complétant avec 1 500 €" is a funder\'s share; "Depuis le mois de mars" runs', () => {
  const [a] = read(`VIE ASSOCIATIVE

Des paniers de légumes pour les familles
Depuis le mois de mars, le centre social du Val propose chaque semaine des paniers de légumes à Aurillac. Une subvention de 2 000 € a été accordée par la mairie, la Caf complétant avec 1 500 €.`);
  assert.equal(a!.title, 'Des paniers de légumes pour les familles');
  assert.equal(a!.status, 'en-cours');
  assert.deepEqual(a!.budget!.revenues, ['commune 2000', 'caf 1500']);
});

test('a Word table of partners exported with tabs ("Partenaires⇥Rôle", then one partner and its part a row): each row one partner, "et" inside a name kept', () => {
  const [a] = read(`Intitulé de l'action :\tSorties nature
Action reconduite :\tOui

Partenaires\tRôle
Secours populaire\tOrientation des familles
Vacances et Familles Somme\tPrêt du minibus
PMI d'Amiens\tInformation des parents`);
  assert.equal(a!.title, 'Sorties nature');
  assert.deepEqual(a!.partners, ['Secours populaire (association)', 'Vacances et Familles Somme (association)', "PMI d'Amiens (sante)"]);
});
