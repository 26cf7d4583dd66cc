/** Partner rules of the importer, on sentences written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePartners, organisationsOfPartners } from '../../src/import/draft.js';
import { partnersIn } from '../../src/import/mentions.js';
import { staffIn } from '../../src/import/staffing.js';
import { Recorder } from '../../src/import/report.js';
import { funderTypeOf, funderTypesIn, partnerTypeOf } from '../../src/import/vocab.js';
import { inferKeywords } from '../../src/import/keywords.js';
import { loadCommunes } from '../../src/import/communes.js';
import { importFiles } from '../../src/import/import.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

test('a partner name is typed by its head before the service or town that follows', () => {
  assert.equal(partnerTypeOf('Ateliers Santé Ville, CCAS de Metz'), 'sante');
  assert.equal(partnerTypeOf('CCAS de Metz, service logement'), 'social');
  // No known word in the head: the whole name decides.
  assert.equal(partnerTypeOf('Les Passeurs – service de médiation'), 'social');
  assert.equal(partnerTypeOf('CLCV – Nancy'), 'association');
  assert.equal(partnerTypeOf("Conseil départemental de l'insertion par l'activité économique"), 'etat');
  assert.equal(partnerTypeOf('Groupe scolaire Jean Jaurès'), 'education');
  assert.equal(partnerTypeOf('Association de la fondation étudiante pour la ville (AFEV)'), 'association');
  assert.equal(partnerTypeOf('Fondation de France'), 'fondation');
  // The Collectivité européenne d'Alsace is the two Alsatian départements merged, not Europe.
  assert.equal(partnerTypeOf("Collectivité européenne d'Alsace"), 'departement');
  assert.equal(funderTypeOf("Collectivité européenne d'Alsace"), 'departement');
  assert.equal(funderTypeOf('Fonds social européen'), 'europe');
});

test('an acronym spelt out after "avec" is a partner; a bare "AS" in a list is expanded', () => {
  assert.deepEqual(partnersIn("Des séances avec l'ESAT (établissement d'aide par le travail) de Lunel."), ['ESAT de Lunel']);
  assert.deepEqual(partnersIn("Un contrat avec l'ADAPA pour deux personnes."), []);
  assert.deepEqual(partnersIn('Réunion des acteurs du quartier (CCAS, AS, école)'), ['CCAS', 'Assistantes sociales', 'école']);
});

test('a named body joins the only ticked category of its type', () => {
  assert.deepEqual(mergePartners(['Caf', 'Regroupement de communes'], ['CCVL']), [
    { name: 'Caf', type: 'caf' },
    { name: 'Regroupement de communes (CCVL)', type: 'intercommunalite' },
  ]);
  // Two ticked categories of the same type: which one is meant is unknown.
  assert.deepEqual(mergePartners(['Association locale', 'Association nationale'], ['Ligue des droits']), [
    { name: 'Association locale', type: 'association' },
    { name: 'Association nationale', type: 'association' },
    { name: 'Ligue des droits', type: 'association' },
  ]);
});

test('the body a partner person comes from becomes a partner', () => {
  assert.deepEqual(
    organisationsOfPartners([
      { role: 'conseillère Mission Locale', kind: 'partenaire' },
      { role: 'animatrice Centre Social', kind: 'salarie' },
      { role: 'Représentant', kind: 'partenaire' },
    ]),
    ['Mission Locale'],
  );
});

test('staff in prose: the first "… par" that names someone', () => {
  const people = staffIn("L'action menée par notre maison depuis 2001 ; le suivi est réalisé par la coordinatrice.", new Recorder(), 1);
  assert.deepEqual(people, [{ role: 'coordinatrice', kind: 'salarie', count: 1 }]);
});

test('an "et" inside a name does not cut it; "et la CAF" does; adverbs and referrals', () => {
  assert.deepEqual(partnersIn("En partenariat avec le Comité Local pour l'Accès et l'Emploi et la Mission locale."), ["Comité Local pour l'Accès et l'Emploi", 'Mission locale']);
  assert.deepEqual(partnersIn('En partenariat avec la Maison des Jeunes et de la Culture de Liévin.'), ['Maison des Jeunes et de la Culture de Liévin']);
  assert.deepEqual(partnersIn('Avec le soutien du Conseil départemental du Nord et de la CAF.'), ['Conseil départemental du Nord', 'CAF']);
  assert.deepEqual(partnersIn('En partenariat avec des associations pour les jeunes.'), ['associations']);
  // The bodies that send the public, when named; "plus particulièrement" is not part of the name.
  assert.deepEqual(partnersIn('Les familles sont orientées par les travailleurs sociaux, plus particulièrement les CCAS des communes de Marck et Calais.'), ['CCAS des communes de Marck et Calais']);
  // "un bailleur, Pas-de-Calais Habitat": the name in apposition replaces the kind of body.
  assert.deepEqual(partnersIn('En partenariat avec le CCAS et un bailleur, Pas-de-Calais Habitat.'), ['CCAS', 'Pas-de-Calais Habitat']);
  assert.deepEqual(partnersIn('Ouvert grâce au soutien de la Fondation Abbé Pierre et grâce à la participation des bénévoles.'), ['Fondation Abbé Pierre']);
});

test('a town abroad is no commune; a nature body is no music school', () => {
  assert.deepEqual(funderTypesIn('le fonds culturel de la Ville de Lausanne'), ['autre']);
  assert.deepEqual(funderTypesIn('la Ville de Besançon'), ['commune']);
  assert.equal(funderTypeOf('Ville de Liège'), 'autre');
  assert.equal(funderTypeOf('Fondation de la Ville de Liège'), 'fondation');
  assert.equal(partnerTypeOf("Conservatoire d'espaces naturels de Normandie"), 'association');
  assert.equal(partnerTypeOf('CPIE du Cotentin'), 'association');
  assert.equal(partnerTypeOf('Conservatoire à rayonnement communal'), 'culture');
});

test('a theme named once in a text about another one is not a keyword', () => {
  const text = 'Un forum santé : dépistages, prévention et bilans de santé, ouvert au public de la distribution alimentaire.';
  assert.deepEqual(inferKeywords(text), ['Santé']);
  // Two themes each named once: both are kept.
  assert.deepEqual(inferKeywords('Une sortie au musée pour les familles en grande difficulté.'), ['Précarité', 'Culture']);
});

test('a theme the text singles out is no passing mention', () => {
  const text = 'Le club des jeunes monte des expositions, un atelier théâtre et des visites de musées avec des artistes du quartier ; il mène plusieurs projets, en particulier des séjours de vacances, et fait vivre la culture.';
  assert.deepEqual(inferKeywords(text), ['Culture', 'vacances / loisirs']);
  // Named once without being singled out, the same theme is a passing mention.
  assert.deepEqual(inferKeywords(text.replace('en particulier des séjours de vacances', 'et des séjours de vacances')), ['Culture']);
  // What follows the comma is no longer singled out.
  assert.deepEqual(inferKeywords('Des expositions, du théâtre, un musée, surtout le samedi, puis des vacances au camping.'), ['Culture']);
});

test('a body whose frame the action works in is a partner, a programme is not', () => {
  assert.deepEqual(partnersIn('Depuis 2012, le centre est opérateur du PLIE de la métropole pour les allocataires.'), ['PLIE de la métropole']);
  assert.deepEqual(partnersIn("Notre chantier s'inscrit dans le cadre du Plan Local d'Insertion de Cornouaille."), ["Plan Local d'Insertion de Cornouaille"]);
  assert.equal(partnerTypeOf("Plan local d'insertion de Cornouaille"), 'emploi');
  // A programme or the centre's own project frames the action without being a body.
  assert.deepEqual(partnersIn("L'action s'inscrit dans le Contrat de ville et dans le Projet social du centre."), []);
  assert.deepEqual(partnersIn("Les ateliers s'inscrivent dans le cadre de la Semaine bleue."), []);
});

test('a "Partenaires :" line joined by "et" before an article gives each partner once, without the sentence’s article', () => {
  const text = "Atelier couture\n\nL'atelier réunit 24 participantes chaque lundi.\n\nPartenaires : le CCAS de Tours et l'association Tissons des liens.\n";
  const { feed } = importFiles([{ name: 'couture.txt', text }]);
  assert.deepEqual(feed.actions![0]!.partners!.map((p) => `${p.name} (${p.type})`), ['CCAS de Tours (social)', 'association Tissons des liens (association)']);
});
