/**
 * The free-text reader (src/import/prose.ts) on sentences written for these tests: each rule
 * with the exact facts it gives, and the sentence next to it that it must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProse, type ProseFacts } from '../../src/import/prose.js';
import { removeNames } from '../../src/import/names.js';
import { partnerTypeOf } from '../../src/import/vocab.js';
import { Recorder } from '../../src/import/report.js';
import { toLines } from '../../src/import/text.js';
import { loadCommunes } from '../../src/import/communes.js';

await loadCommunes();

const read = (text: string): ProseFacts => readProse(toLines(text), new Recorder());
const money = (f: ProseFacts) => ({ total: f.total?.amount, revenues: f.revenues.map((r) => `${r.funderType} ${r.amount}`), expenses: f.expenses.map((e) => e.amount) });

test('a recurring slot in the present says the action runs; in a past year, or a run with an end, it says nothing', () => {
  for (const text of [
    "Tous les samedis matin, l'atelier ouvre ses portes.",
    'Un vendredi sur deux, les parents se retrouvent au centre.',
    'La permanence a lieu tous les mardis et jeudis après-midi.',
    'Un samedi par mois, des bénévoles réparent les appareils des habitants.',
    'Le local accueille les 12-17 ans deux soirs par semaine.',
    'Lundis et jeudis, 16 h 30 – 18 h',
    'Ouverte le mercredi et le samedi, la ludothèque prête des jeux aux familles.',
  ]) assert.equal(read(text).state?.state, 'en-cours', text);
  for (const text of [
    'Chaque mercredi, 48 enfants ont été accueillis en moyenne.',
    "Le lieu d'accueil a ouvert deux matinées par semaine toute l'année.",
    'Chaque jeudi, une psychologue anime un atelier de 10 séances.',
  ]) assert.equal(read(text).state, undefined, text);
});

test('an edition that ended, then a renewal: the action goes on', () => {
  assert.equal(read("Cette première année s'est terminée en décembre, et nous reconduisons les cafés en 2025.").state?.state, 'en-cours');
  assert.equal(read("L'action s'est terminée en juin.\nElle n'a pas été reconduite.").state?.state, 'terminee');
});

test('funders with a bracketed budget line, a dash, a leading list item, "pour", and "le reste … vient de"', () => {
  assert.deepEqual(money(read("L'atelier est soutenu par l'État (BOP 147) à hauteur de 4 000 € et par la Métropole européenne de Lille pour 3 000 € ; le reste, 2 600 €, vient de la vente de vélos reconditionnés.")), {
    total: undefined,
    revenues: ['etat 4000', 'intercommunalite 3000', 'autofinancement 2600'],
    expenses: [],
  });
  assert.deepEqual(money(read('La CAF (prestation de service) : 8 200 € ; Ville de Lorient : 2 000 € ; participation des familles : 1 300 €.')).revenues, ['caf 8200', 'commune 2000', 'usagers 1300']);
  assert.deepEqual(money(read('Département de la Meuse – 2 000 €')).revenues, ['departement 2000']);
  assert.deepEqual(money(read('Elle a été financée par la Carsat (6 000 €), le Département du Pas-de-Calais – 2 500 € – et la conférence des financeurs pour 1 800 €.')).revenues, ['carsat 6000', 'departement 2500', 'departement 1800']);
  assert.deepEqual(money(read('Un immense merci à la Fondation Transmettre pour son soutien de 1 500 € cette année.')).revenues, ['fondation 1500']);
});

test('a line opening on a side of the budget and its amount ("Ressources 2024 : 18 500 €") is the total, the lines under it the funders', () => {
  assert.deepEqual(money(read('Ressources 2024 : 18 500 €\nCAF de la Marne : 9 000 €\nVille de Reims : 6 000 €\nFonds propres : 3 500 €')), { total: 18500, revenues: ['caf 9000', 'commune 6000', 'autofinancement 3500'], expenses: [] });
  // After "dont", each amount is a part of the total, its funder named after it; money "issue de" a sale is the centre's own.
  assert.deepEqual(money(read("Financement : 11 200 € au total, dont 5 000 € de la Ville de Tours, 2 000 € de la Fondation Raja et 1 000 € issus de la vente des sacs.")), { total: 11200, revenues: ['commune 5000', 'fondation 2000', 'autofinancement 1000'], expenses: [] });
  // Own resources are a funder, not the total.
  assert.deepEqual(money(read('Ressources propres : 1 200 €')).total, undefined);
});

test('what is spent: the whole as the total, then each part of a "dont … et …" chain', () => {
  assert.deepEqual(money(read("Les dépenses de l'année s'élèvent à 9 600 €, dont 5 400 € pour rémunérer le mécanicien et 2 100 € de pièces détachées.")), { total: 9600, revenues: [], expenses: [5400, 2100] });
  // Spending on one item is an expense, not the budget.
  assert.deepEqual(money(read("Les dépenses d'achat de denrées représentent 3 000 €.")), { total: undefined, revenues: [], expenses: [3000] });
});

test('a given name that is also a surname or a saint ("Pascal") is a person only before a surname, never after "Saint"', () => {
  assert.equal(removeNames('Je travaille en binôme avec Pascal Girard, ancien cheminot.').text, 'Je travaille en binôme avec (nom retiré), ancien cheminot.');
  assert.equal(removeNames('« Venez ! », insiste Yannick Delattre.').text, '« Venez ! », insiste (nom retiré).');
  // A byline's name ends with its line: the next paragraph's first word stays.
  assert.equal(removeNames('Publié le 12 mars par Hélène Marchetti\nAu pied des immeubles').text, 'Publié le 12 mars par (nom retiré)\nAu pied des immeubles');
  for (const kept of ['Deux élèves du lycée Blaise Pascal viennent.', 'Avec Saint Martin Habitat et St Étienne Métropole.', 'Le lycée Blaise-Pascal aide.']) assert.equal(removeNames(kept).text, kept);
});

const people = (text: string) => read(text).people.map((p) => `${p.kind} ${p.count} ${p.role}`);

test('staff paid per session, a director, a CESF and young people in service civique are counted; a signature is not', () => {
  assert.deepEqual(people('Un mécanicien prestataire, rémunéré à la séance, montre les gestes ; trois bénévoles du quartier l’épaulent.'), ['prestataire 1 mécanicien prestataire', 'benevole 3 bénévoles']);
  assert.deepEqual(people('Notre couturière à la séance vous apprend à réparer.'), ['prestataire 1 couturière']);
  assert.deepEqual(people("L'animatrice référente famille et la CESF du centre accueillent les familles."), ['salarie 1 animatrice référente famille', 'salarie 1 cesf du centre']);
  assert.deepEqual(people("L'équipe : une directrice et quatre animateurs, renforcée l'été par deux jeunes en service civique."), ['salarie 1 directrice', 'salarie 4 animateurs', 'service-civique 2 jeunes en service civique']);
  assert.deepEqual(people('La directrice'), []);
  assert.deepEqual(people('Équipe : une employée en contrat aidé à mi-temps (0,5 ETP) et 14 bénévoles.'), ['salarie 1 employée en contrat aidé', 'benevole 14 bénévoles']);
});

test('someone from another body is a partner, and so is the body', () => {
  const f = read("Elle est encadrée par un éducateur sportif de l'association Sport pour tous et par deux bénévoles.");
  assert.deepEqual(f.people.map((p) => `${p.kind} ${p.count}`), ['partenaire 1', 'benevole 2']);
  assert.deepEqual(f.partners, ['association Sport pour tous']);
});

test('partners introduced by a verb: sent, oriented, coming from, lending', () => {
  assert.deepEqual(read("Les familles nous sont adressées par le CCAS d'Auxerre et par les assistantes sociales du Département.").partners, ["CCAS d'Auxerre", 'assistantes sociales du Département']);
  // The teachers' employer is the partner, as fixture 87 expects it.
  assert.deepEqual(read("Les enfants nous sont envoyés par les enseignants de l'école Jules-Ferry.").partners, ['école Jules-Ferry']);
  assert.deepEqual(read('Beaucoup sont orientés par la Mission locale de Roubaix.').partners, ['Mission locale de Roubaix']);
  // A profession without its employer is no partner body.
  assert.deepEqual(read('Les bénéficiaires sont orientés par les assistantes sociales de secteur.').partners, []);
  assert.deepEqual(read("Une partie des familles viennent de l'épicerie solidaire du quartier.").partners, ['épicerie solidaire du quartier']);
  assert.deepEqual(read('Pour les histoires, la médiathèque de Lanveur a prêté deux cents albums.').partners, ['médiathèque de Lanveur']);
  // The action itself lending to its public names no partner.
  assert.deepEqual(read('La ludothèque du foyer rural prête plus de 900 jeux aux familles.').partners, []);
  // A body thanked for its money is a funder only.
  assert.deepEqual(read('Merci à la Fondation Transmettre pour son soutien de 1 500 €, et à l’association Sport pour tous qui nous prête sa salle.').partners, ['association Sport pour tous']);
});

test("a structure's members are not the action's beneficiaries, nor are helpers", () => {
  assert.deepEqual(read('Notre association compte 120 adhérents.').beneficiaries, []);
  assert.deepEqual(read('Deux lycéens du lycée Blaise-Pascal viennent en renfort le jeudi.').beneficiaries, []);
  assert.deepEqual(read('Cette année, 25 adhérents ont suivi l’atelier.').beneficiaries.map((b) => b.count), [25]);
});

test('an association is typed association whatever its field; a CLIC is social', () => {
  assert.equal(partnerTypeOf('Association Sport pour tous'), 'association');
  assert.equal(partnerTypeOf('association des parents d’élèves'), 'habitants');
  assert.equal(partnerTypeOf('club de gym'), 'culture');
  assert.equal(partnerTypeOf('CLIC du Ternois'), 'social');
});

test('the public: reserved for, "à destination des", carers, the object of a helping verb, a subject after a fronted phrase', () => {
  assert.deepEqual(read('Atelier réservé aux femmes du quartier, gratuit.').public, ['femmes']);
  assert.deepEqual(read("Elle est à destination des seniors et des demandeurs d'emploi du quartier.").public, ['seniors', 'demandeurs d’emploi']);
  assert.deepEqual(read("L'action est destinée aux proches aidants de personnes âgées.").public, ['aidants']);
  assert.deepEqual(read('Une conseillère numérique aide les habitants à faire leurs démarches.').public, ['habitants']);
  assert.deepEqual(read('Permettre à des femmes isolées de sortir de chez elles.').public, ['femmes']);
  assert.deepEqual(read("Le vendredi matin, pendant l'année scolaire, les parents de jeunes enfants se retrouvent.").public, ['parents']);
});

test('a town alone in brackets gives the département', () => {
  assert.deepEqual(read("L'atelier reprend à la salle de Planoise (Besançon).").departement, { code: '25', line: 1, how: 'commune' });
});

test('more slots: "Le mercredi après-midi et pendant les vacances", "pendant les vacances scolaires"; a date is no slot', () => {
  assert.equal(read("Le mercredi après-midi et pendant les vacances, l'espace ados reçoit les 11-15 ans.").state?.state, 'en-cours');
  assert.equal(read('Pendant les vacances scolaires, des jeunes rénovent des halls.').state?.state, 'en-cours');
  assert.equal(read('Le mercredi 12 juillet, sortie à la plage.').state, undefined);
});

test('a budget line in the bracket before the amount; "les familles participent"; the Collectivité européenne d’Alsace', () => {
  assert.deepEqual(money(read("L'accueil est financé par la CAF (prestation de service, 21 000 €) et par la Ville (12 000 €) ; les familles participent à hauteur de 3 000 €.")).revenues, ['caf 21000', 'commune 12000', 'usagers 3000']);
  assert.deepEqual(money(read("Collectivité européenne d'Alsace : 1 500 €")).revenues, ['departement 1500']);
});

test('a profession is typed by the body that employs it', () => {
  assert.equal(partnerTypeOf('assistantes sociales du Département'), 'departement');
  assert.equal(partnerTypeOf('éducateurs de la Ville'), 'commune');
  assert.equal(partnerTypeOf('assistantes sociales de secteur'), 'social');
  assert.equal(partnerTypeOf('Groupe scolaire Jean Jaurès'), 'education');
});

test('a funder the budget lists by name only takes the kind the prose gives it ("le bailleur Néolia")', async () => {
  const { importFiles } = await import('../../src/import/import.js');
  const text = "Jardin partagé des Coteaux\nLe bailleur Néolia a fourni l'eau et la clôture du jardin.\nFinancements :\nVille de Mulhouse : 3 500 €\nNéolia : 2 000 €";
  const { feed } = importFiles([{ name: 'jardin.txt', text }]);
  assert.deepEqual(feed.actions![0]!.budget!.revenues!.map((r) => `${r.funderType} ${r.amount}`), ['commune 3500', 'bailleur 2000']);
  assert.deepEqual(feed.actions![0]!.partners!.map((p) => `${p.name} (${p.type})`), ['bailleur Néolia (bailleur)']);
});

test('a funder’s bracketed amount after "au total"; "19 se sont inscrites"; a label before a colon is no partner', () => {
  assert.deepEqual(money(read('Le reste du budget, 2 300 € au total, vient de la Caf de Saône-et-Loire (800 €).')), { total: 2300, revenues: ['caf 800'], expenses: [] });
  assert.deepEqual(read('Beaucoup n’avaient jamais pédalé ; 19 se sont inscrites depuis le printemps.').beneficiaries, [{ label: 'inscrites', count: 19 }]);
  assert.deepEqual(read("Elle continue en 2025 avec les mêmes partenaires : le CCAS d'Amiens et la Banque alimentaire de la Somme.").partners, ["CCAS d'Amiens", 'Banque alimentaire de la Somme']);
});

test('after a plain "avec", a residents’ body is a partner, the residents themselves are not', () => {
  assert.deepEqual(read('Fête de quartier avec la MJC du quartier et le conseil citoyen : spectacle et repas.').partners, ['MJC du quartier', 'conseil citoyen']);
  assert.deepEqual(read('Une sortie avec les parents et les enfants.').partners, []);
});
