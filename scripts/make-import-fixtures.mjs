/**
 * Writes the importer's test fixtures (test/fixtures/import/): fiches written for the tests
 * in every layout the importer reads, saved in the encodings and file types centres use —
 * Windows-1252, ISO-8859-1, UTF-16 with and without a byte-order mark, UTF-8 with a mark, a
 * saved web page, a Word .docx (zipped by hand: no library needed to make one) and a PDF
 * (written by hand with the standard Helvetica font). The texts are invented; no sentence
 * comes from a real fiche. Run: node scripts/make-import-fixtures.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../test/fixtures/import/', import.meta.url);
mkdirSync(dir, { recursive: true });
const write = (name, data) => writeFileSync(new URL(name, dir), data);

// --- Texts ---------------------------------------------------------------------------------

/**
 * Today's senacs.fr listing: "Actions" and the title on two lines, several fiches. The form's
 * labels are worded differently in each fiche (centres retype them): the reader goes by their
 * key words, never by one exact phrasing.
 */
export const SENACS_LISTING = `Accueil
Les actions des centres sociaux
Actions
Repair café des Tilleuls
DESCRIPTION DE L'ACTION
- Statut
- En cours
- Dimension de l'action
- Développement durable
- Mots-clés
-
- Environnement
- Solidarité
- En bref
Une fois par mois, des habitants bricoleurs réparent avec leurs voisins les objets du quotidien au lieu de les jeter.
- Structure porteuse
- CENTRE SOCIAL LES TILLEULS - Nord
RAISON D'ETRE DU PROJET
- Territoire visé
- Un quartier
- Publics concernés
- Adultes
- Seniors
- Partenaires :
- Commune
- Association locale
METHODOLOGIE
- Description générale
Chaque premier samedi, l'atelier accueille une quarantaine de visiteurs. En 2024, 310 objets ont été présentés et 62 % réparés.
- Ressources financières engagées
Coût total : 4 200 €
CAF : 1 500 €
Ville : 2 000 €
Achat d'outillage : 900 €
- Personnes mobilisées sur le projet
Bénévoles
Huit bénévoles réparateurs
Professionnels
Référente famille : 0,1 ETP
Actions
Sorties familles d'été
- Statut du projet
- Terminée
- Dimension
- Loisirs
- Mots clés
- vacances / loisirs
- Parentalité
- Résumé
Trois sorties à la mer organisées avec les parents du comité d'usagers pour 22 personnes à chaque fois.
- Structure organisatrice
- CENTRE SOCIAL LES TILLEULS - Nord
- Public
- Familles
- Financements
Budget : 2 700 €
Participation des familles : 540 €
CAF : 2 160 €
- Moyens humains
2 animateurs
4 bénévoles
`;

/** The older export: Actions "TITLE" (saved in Windows-1252: €, ’ and œ are single bytes there). */
export const SENACS_QUOTED = `Les actions des centres sociaux
Actions "Café des aidants"
DESCRIPTION DE L'ACTION
- État d'avancement
- En cours
- Mots clés de l'action
- Santé
- Solidarité
- Résumé
Un temps d’échange mensuel pour les proches qui s’occupent d’un parent âgé, avec une psychologue ; un vrai cœur de réseau.
- Structure organisatrice
- ESPACE DE VIE SOCIALE LE PRÉ VERT - Somme
- Public visé
- Seniors
- Ressources financières de l’action
Coût total : 3 600 €
CARSAT : 2 000 €
Conseil départemental : 1 600 €
- Nombre de personnes sur le projet
Animatrice : 0,2 ETP
3 bénévoles
`;

/** The SENACS question form, with its "Structure organisatrice" line (saved in ISO-8859-1: no €); questions in our own words. */
export const QUESTIONS = `Actions
Atelier d'écriture intergénérationnel
Thèmes
  - Seniors
  - Lien social
Structure organisatrice : Maison pour tous du Champ de Mars - Meurthe-et-Moselle
Quel diagnostic a fait naître cette expérience ?
Des retraités isolés du quartier et des collégiens en difficulté avec l'écrit se croisaient sans se parler.
Mots-clés
Intergénérationnel
Culture
Description générale
Un atelier hebdomadaire où anciens et collégiens écrivent ensemble des récits du quartier, publiés en fin d'année.
Description de l'expérience : buts, participants, étapes.
L'atelier réunit 14 collégiens et 9 retraités, encadrés par une animatrice et deux bénévoles, avec le soutien de la médiathèque municipale. Le livret a été lu lors d'un après-midi pour 60 personnes. Le budget de l'action est de 1 800 euros, dont 1 200 euros de subvention de la Ville.
Quelles limites avez-vous rencontrées ?
Pendant les examens, les collégiens viennent moins souvent.
`;

/** An Apriles fiche (saved as UTF-16 with a byte-order mark, as some Windows tools do). */
export const APRILES = `Panneau de gestion des cookies
Aller au contenu principal
Alimentation

Épicerie solidaire mobile à Montbéliard

Type d'action

  • Aide alimentaire
  - Lien social

Département

Doubs (25)

Porteur(s) de l'action

L'association Panier Voisin

Objectif(s) et bref descriptif

Un camion aménagé apporte chaque semaine des produits à petit prix dans trois quartiers éloignés des commerces.

Description détaillée

Le camion s'arrête deux heures dans chaque quartier. Les bénéficiaires paient 30 % du prix.

Bilan

  • 85 foyers inscrits
  • 2 emplois créés

Partenaire(s)

  • CCAS de Montbéliard
  • Banque alimentaire du Doubs

Moyens

Humains

2 salariés en insertion et 6 bénévoles

Financiers

Budget annuel : 48 000 €
Conseil départemental : 20 000 €
Fondation de France : 10 000 €

Contact

03 81 00 00 00
`;

/** A press article in prose (UTF-8 with a byte-order mark). */
export const ARTICLE = `Un jardin partagé pousse au pied des immeubles

Publié par Julie Marchand le 12 mai 2025

À Hazebrouck, le centre social Mosaïque a inauguré samedi son jardin partagé. Grâce à une subvention de 12 000 € accordée par la mairie, les habitants ont pu construire douze bacs et un abri.

Le projet dispose d'un budget annuel d'environ 3 500 euros. La CAF finance à hauteur de 2 000 €, le reste vient des adhésions.

Trois bénévoles et deux salariés accompagnent les 45 jardiniers. « On apprend beaucoup des anciens », sourit Karim Benali, l'un d'eux.

L'action est menée en partenariat avec le CCAS et une association de quartier, avec le soutien de la Fondation de France.

Les ateliers sont ouverts aux familles du quartier et aux seniors. Un premier week-end de plantation a réuni plus de 90 personnes. L'action se poursuivra en 2026.
`;

/** A centre's web page, saved from the browser (menus, scripts, styles, a cookie banner). */
export const PAGE_HTML = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Accompagnement à la scolarité | Centre social Arc-en-ciel</title>
<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];function track(){}</script></head>
<body><div class="cookie-banner">Ce site utilise des cookies. <button>Accepter</button></div>
<header><a href="/">Centre social Arc-en-ciel</a><nav><ul><li><a href="/">Accueil</a></li><li><a href="/actions">Nos actions</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><article>
<h1>Accompagnement à la scolarité</h1>
<p>Le centre social Arc-en-ciel, 4 place du Marché, 80100 Abbeville, propose chaque soir de la semaine un accompagnement à la scolarité pour les enfants du CP au CM2.</p>
<h2>Qui encadre ?</h2>
<ul><li>Une coordinatrice à mi-temps</li><li>Cinq bénévoles, souvent d'anciens enseignants</li></ul>
<p>L'accueil se fait en partenariat avec l'école Jean Moulin et le collège du Ponthieu. Cette année, 28 enfants sont inscrits.</p>
<h2>Financement</h2>
<table><tr><th>Financeur</th><th>Montant</th></tr><tr><td>CAF de la Somme</td><td>6 500 €</td></tr><tr><td>Ville d'Abbeville</td><td>2 500 €</td></tr></table>
<p>Le budget total de l'action est de 9 000 € par an.</p>
</article></main>
<footer><p>Mentions légales | Plan du site | Nous écrire</p></footer></body></html>
`;

/** A fiche typed in Word: a heading, paragraphs and a budget table. */
export const DOCX_PARAGRAPHS = [
  ['Heading1', 'Ludothèque itinérante'],
  ['', 'Depuis 2021, la ludothèque du centre social La Passerelle se déplace dans les villages de la communauté de communes, à Frévent et alentour.'],
  ['', 'Elle s’adresse aux familles et aux enfants de moins de 12 ans. L’an dernier, 340 personnes ont joué avec nous.'],
  ['', 'Une ludothécaire salariée (0,8 ETP) et quatre bénévoles animent les séances.'],
  ['Heading2', 'Budget'],
];
export const DOCX_TABLE = [['Coût total', '21 000 €'], ['CAF', '9 000 €'], ['Conseil départemental', '6 000 €'], ['Communauté de communes', '4 000 €']];

/** A short article saved as PDF. */
export const PDF_LINES = [
  'Les seniors de Lunéville reprennent le sport',
  '',
  'Le centre social Pablo Picasso propose depuis janvier des séances de gym douce',
  'pour les seniors du quartier, avec le soutien de la CARSAT.',
  'Une subvention de 4 500 € accordée par la CARSAT couvre le salaire de l’éducateur sportif.',
  'Chaque mardi, une vingtaine de retraités participent ; 35 personnes sont inscrites.',
  'Deux bénévoles accueillent les participants.',
];

/** A SENACS fiche pasted as one line (a web form that dropped the line breaks). */
export const ONE_LINE = `Actions "Troc de vêtements" DESCRIPTION DE L'ACTION - Statut - En cours - Mots-clés - Solidarité - Environnement - Résumé Deux fois par an, les familles échangent les vêtements devenus trop petits de leurs enfants, sans argent : chacun apporte, chacun repart avec ce qui lui convient, et ce qui reste est donné à une association caritative du secteur qui le redistribue aux familles qui en ont le plus besoin. L'idée est née d'un groupe de parents du conseil de maison qui voulaient agir contre le gaspillage textile tout en allégeant le budget des familles du quartier ; le centre prête ses salles, les parents trient, rangent et tiennent les stands, et les enfants s'occupent du coin jouets. - Structure organisatrice - CENTRE SOCIAL DU MOULIN - Aisne - Public - Familles - Ressources financières du projet Coût total : 600 € CAF : 600 € - Nombre de personnes sur le projet 6 bénévoles - Résultat sur le territoire Lors de la dernière édition, 130 personnes ont participé et près de 800 vêtements ont changé de main ; les familles demandent une troisième date, au printemps, et d'autres centres du département veulent reprendre l'idée avec leurs propres parents bénévoles, ce que le centre accompagnera volontiers.`;

/** A project sheet typed by a centre: "Label : value" lines, lists after a label (UTF-8). */
export const PROJECT_SHEET = `Fiche projet 2025

Titre : Passerelle numérique
Structure : Centre social Le Phare, 12 rue des Écluses, 33300 Bordeaux
Statut : reconduite
Mots-clés : numérique, accès aux droits, insertion
Public : adultes, seniors, demandeurs d'emploi
Partenaires : France Services, Médiathèque de Bacalan, Emmaüs Connect

Objectifs
Aider les habitants à faire leurs démarches en ligne et à utiliser un ordinateur sans appréhension.

Budget total : 15 000 €
Financeurs :
- CAF de la Gironde : 5 000 €
- Ville de Bordeaux : 4 000 €
- Conseil départemental : 3 500 €
- Fonds propres : 2 500 €
Dépenses :
- Salaires : 11 000 €
- Matériel informatique : 4 000 €

Moyens humains : 1,5 ETP salariés, 6 bénévoles
Bénéficiaires : 140 personnes accompagnées en 2024
`;

/** A press article: amounts in words and in k€, budgets of two years, a range, staff at full and half time. */
export const ARTICLE_WORDS = `Le centre social des Capucins relance son épicerie solidaire

Par la rédaction, 3 mars 2025

Angers. Fermée depuis l'été, l'épicerie solidaire du centre social des Capucins rouvre ses portes lundi, reconduite pour trois ans. Le conseil départemental de Maine-et-Loire lui a accordé douze mille euros pour rénover le local, et la CAF apporte 3,5 k€ pour le fonctionnement.

Le budget de l'épicerie était de 18 000 € en 2023 ; il atteint 21 500 € en 2024. Les dépenses d'achat de denrées représentent entre 8 000 et 9 000 euros par an.

Une conseillère en économie sociale et familiale à temps plein et deux agents d'accueil à mi-temps tiennent l'épicerie avec une quinzaine de bénévoles.

L'épicerie est destinée aux familles monoparentales et aux personnes âgées du quartier. L'an dernier, 230 foyers en ont bénéficié. Elle travaille avec le Secours populaire et la Banque alimentaire de l'Anjou.
`;

/** An article on a project that starts next year: 1,2 M€ over three years, FSE+, a share of ETP. */
export const ARTICLE_PROJECT = `Mobilité solidaire : un plan pour les villages autour de Chaumont

Le plan mobilité solidaire verra le jour en janvier 2026. Porté par le centre social Rochotte, il dispose d'un budget de 1,2 M€ sur trois ans, dont 400 000 € du conseil régional et 250 000 € de l'Europe (fonds FSE+).

Deux conseillers mobilité à temps plein et une coordinatrice à mi-temps seront recrutés. Une vingtaine de bénévoles chauffeurs assureront les trajets.

Le service s'adresse aux personnes âgées et aux demandeurs d'emploi des villages sans transport.
`;

/** A centre's page with its partners in a list, a staffing table and a two-sided budget table. */
export const PAGE_BUDGET_HTML = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Ateliers cuisine | Maison de quartier des Sources</title></head>
<body><nav><a href="/">Accueil</a> <a href="/agenda">Agenda</a></nav>
<main>
<h1>Ateliers cuisine et santé</h1>
<p class="statut">Action en cours depuis septembre 2022</p>
<p>La maison de quartier des Sources (26000 Valence) réunit chaque jeudi des parents et leurs enfants autour d'un atelier cuisine animé par une diététicienne.</p>
<h2>Nos partenaires</h2>
<ul><li>Centre communal d'action sociale de Valence</li><li>Ligue contre le cancer</li><li>Épicerie sociale Le Panier</li></ul>
<h2>Équipe</h2>
<table><thead><tr><th>Fonction</th><th>Temps de travail</th></tr></thead>
<tbody><tr><td>Référente familles</td><td>0,3 ETP</td></tr><tr><td>Diététicienne (prestataire)</td><td>4 h par semaine</td></tr><tr><td>Bénévoles</td><td>3</td></tr></tbody></table>
<h2>Budget 2024</h2>
<table><thead><tr><th>Dépenses</th><th>Montant</th><th>Recettes</th><th>Montant</th></tr></thead>
<tbody>
<tr><td>Denrées</td><td>2 400 €</td><td>CAF de la Drôme</td><td>3 000 €</td></tr>
<tr><td>Intervenante</td><td>3 100 €</td><td>ARS Auvergne-Rhône-Alpes</td><td>2 000 €</td></tr>
<tr><td>Petit matériel</td><td>500 €</td><td>Participation des familles</td><td>1 000 €</td></tr>
<tr><td><strong>Total</strong></td><td><strong>6 000 €</strong></td><td><strong>Total</strong></td><td><strong>6 000 €</strong></td></tr>
</tbody></table>
<p>Contact : 04 75 00 00 00, accueil@example.org</p>
<p>En 2024, 18 familles ont participé aux ateliers.</p>
</main>
<footer>Maison de quartier des Sources — 04 75 00 00 00 — contact@example.org</footer>
</body></html>
`;

/** A senacs.fr fiche page saved from the browser: the form as a definition list, labels without dashes. */
export const SENACS_PAGE_HTML = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche action | SENACS</title></head>
<body><header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/actions">Les actions</a></li></ul></nav></header>
<main>
<p>Les actions des centres sociaux</p>
<h2>Actions</h2>
<h3>Boîte à lire du square</h3>
<h4>DESCRIPTION DE L'ACTION</h4>
<dl>
<dt>Statut</dt><dd>Terminée</dd>
<dt>Mots-clés</dt><dd><ul><li>Culture</li><li>Lien social</li></ul></dd>
<dt>Résumé</dt><dd>Une armoire à livres posée au square par les habitants, entretenue par un groupe de lecteurs bénévoles.</dd>
<dt>Structure organisatrice</dt><dd>CENTRE SOCIAL DU SQUARE - Haute-Vienne</dd>
<dt>Public</dt><dd><ul><li>Tous publics</li></ul></dd>
<dt>Partenaires</dt><dd><ul><li>Commune</li><li>Bibliothèque</li></ul></dd>
<dt>Ressources financières du projet</dt><dd>Coût total : 850 €<br>Ville : 500 €<br>Autofinancement : 350 €</dd>
<dt>Personnes mobilisées</dt><dd>5 bénévoles<br>1 animatrice</dd>
</dl>
</main>
<footer><p>Mentions légales | Contact | Plan du site</p></footer></body></html>
`;

/** A senacs.fr page saved from another theme: each field a label and its value, some on one line. */
export const SENACS_FIELDS_HTML = `<html lang="fr"><head><meta charset="utf-8"><title>Accueil des jeunes le samedi</title></head><body><main>
<h1>Les actions des centres sociaux</h1>
<div class="node"><h2>Actions</h2><h2 class="title">Accueil des jeunes le samedi</h2>
<div class="field"><div class="field-label">Statut de l'action&nbsp;:</div><div class="field-item">En cours</div></div>
<div class="field field-inline"><span class="field-label">Dimension : </span><span>Jeunesse</span></div>
<div class="field"><div class="field-label">Mots clés :</div><div class="field-items"><div>Jeunesse</div><div>Loisirs</div></div></div>
<div class="field field-inline"><span class="field-label">Structure organisatrice : </span><span>MAISON POUR TOUS DES OISEAUX - Gard</span></div>
<div class="field field-inline"><span class="field-label">Public : </span><span>Jeunes</span></div>
<div class="field"><div class="field-label">Ressources financières :</div><div>Coût total : 7 300 € dont CAF : 3 000 €, Ville : 2 500 €, Département : 1 800 €</div></div>
<div class="field"><div class="field-label">Nombre de personnes mobilisées :</div><div>1 animateur à temps plein, 3 bénévoles</div></div>
</div></main></body></html>
`;

/** A Word fiche with headings (Statut, Public, Partenaires, Équipe, Budget, Financeurs) and a funders' table. */
export const DOCX_SECTIONS = [
  ['Heading1', 'Chantier jeunes au lavoir'],
  ['', 'Statut : en projet'],
  ['', 'Porté par l’espace de vie sociale Les Coquelicots à Guingamp, ce chantier permettra à huit jeunes de rénover le lavoir du bourg pendant les vacances.'],
  ['Heading2', 'Public'],
  ['', 'Jeunes de 16 à 18 ans'],
  ['Heading2', 'Partenaires'],
  ['', 'Mission locale, Guingamp-Paimpol Agglomération, Comité des fêtes'],
  ['Heading2', 'Équipe'],
  ['', 'Un animateur jeunesse à 0,5 ETP et deux bénévoles du comité des fêtes.'],
  ['Heading2', 'Budget'],
  ['', 'Budget prévisionnel : de 3 000 à 5 000 € selon les matériaux'],
  ['Heading2', 'Financeurs'],
  ['TABLE', [['Financeur', 'Montant'], ['CAF des Côtes-d’Armor', '1 500 €'], ['Guingamp-Paimpol Agglomération', '1 000 €'], ['MSA', '500 €']]],
];

/** A year's report saved as PDF: label lines, amounts separated by semicolons. */
export const PDF_REPORT_LINES = [
  'Bilan 2024 - Atelier vélo solidaire',
  '',
  'Statut : terminée',
  'Lieu : Quimperlé (29)',
  'Porteur : Centre social Kerlaouen',
  'Public : jeunes, adultes',
  'Bénévoles : 7',
  'Salariés : 1 (0,4 ETP)',
  'Budget : 6 200 €',
  'Financeurs : Région Bretagne 3 000 € ; Quimperlé Communauté 2 000 € ; vente de vélos 1 200 €',
  'Participants : 96 personnes dont 40 jeunes',
];

// --- Encoders ------------------------------------------------------------------------------

/** Windows-1252 bytes 0x80–0x9F (WHATWG index). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function singleByte(text, latin1Only) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (!latin1Only && CP1252.indexOf(ch) !== -1) out.push(0x80 + CP1252.indexOf(ch));
    else throw new Error(`${ch} cannot be written in ${latin1Only ? 'ISO-8859-1' : 'Windows-1252'}`);
  }
  return Uint8Array.from(out);
}
function utf16le(text, bom) {
  const out = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(c & 0xff, c >> 8);
  }
  return Uint8Array.from(out);
}
function utf16be(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}
const utf8 = (text, bom) => {
  const b = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...b]) : b;
};

// --- A zip (stored, no compression) for the .docx ------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function zip(files) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = new TextEncoder().encode(text);
    const nameBytes = new TextEncoder().encode(name);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, data);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function docx(paragraphs, table) {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = ([style, text]) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const rows = (table ?? []).map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t>${esc(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('');
  // A cell's line breaks are paragraphs of the cell, as Word keeps a list typed in a table.
  const cell = (c) => `<w:tc>${c.split('\n').map((line) => `<w:p><w:r><w:t>${esc(line)}</w:t></w:r></w:p>`).join('')}</w:tc>`;
  const tbl = (t) => `<w:tbl>${t.map((cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = `${paragraphs.map((x) => (x[0] === 'TABLE' ? tbl(x[1]) : p(x))).join('')}${table ? `<w:tbl>${rows}</w:tbl>` : ''}`;
  const heading = (id, name) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${heading('Heading1', 'heading 1')}${heading('Heading2', 'heading 2')}${paragraphs.some((x) => x[0] === 'Heading3') ? heading('Heading3', 'heading 3') : ''}</w:styles>`],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`],
  ]);
}

// --- A one-page PDF with the standard Helvetica font (WinAnsi encoding) ----------------------

/** A PDF string literal of a line, in WinAnsi bytes. */
const str = (s) => `(${Array.from(singleByte(s, false), (b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b > 126 ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b))).join('')})`;

function pdf(lines) {
  return pdfOf(`BT /F1 11 Tf 14 TL 50 800 Td ${lines.map((l) => `${str(l)} Tj T*`).join(' ')} ET`);
}

function pdfOf(content) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** Batch 10 (102): a centre's annual report exported to PDF, its prose wrapped at the page's width. */
const PDF_RAPPORT_CUISINE = [
  'CENTRE SOCIAL LA MOSAÏQUE – RAPPORT D’ACTIVITÉ 2024',
  'Pôle adultes-familles',
  '',
  'Les ateliers cuisine du jeudi',
  '',
  'Chaque jeudi matin, des habitantes du quartier de la Croix-Rouge à Reims cuisinent',
  'ensemble un repas équilibré avec un petit budget, puis le partagent avec leurs enfants',
  'à midi. En 2024, 42 personnes ont participé au moins une fois, et chaque atelier a',
  'réuni en moyenne 12 participantes.',
  '',
  'Une conseillère en économie sociale et familiale (0,3 ETP) anime les ateliers avec',
  'deux bénévoles. L’épicerie solidaire La Cagette fournit une partie des denrées.',
  '',
  'Ressources 2024 : 7 800 €',
  'CAF de la Marne : 3 500 €',
  'Ville de Reims : 2 300 €',
  'Participation des familles : 600 €',
  'Fonds propres : 1 400 €',
];

// --- Files ---------------------------------------------------------------------------------

write('senacs-listing.txt', utf8(SENACS_LISTING));
write('senacs-quoted-cp1252.txt', singleByte(SENACS_QUOTED, false));
write('questions-latin1.txt', singleByte(QUESTIONS, true));
write('apriles-utf16.txt', utf16le(APRILES, true));
write('apriles-utf16be-nobom.txt', utf16be(APRILES));
write('article-bom.txt', utf8(ARTICLE, true));
write('centre-page.html', utf8(PAGE_HTML));
write('ludotheque.docx', docx(DOCX_PARAGRAPHS, DOCX_TABLE));
write('seniors-sport.pdf', pdf(PDF_LINES));
write('one-line.txt', utf8(ONE_LINE));
write('project-sheet.txt', utf8(PROJECT_SHEET));
write('article-words.txt', utf8(ARTICLE_WORDS));
write('article-project.txt', utf8(ARTICLE_PROJECT));
write('centre-budget.html', utf8(PAGE_BUDGET_HTML));
write('senacs-page.html', utf8(SENACS_PAGE_HTML));
write('senacs-fields.html', utf8(SENACS_FIELDS_HTML));
write('chantier-jeunes.docx', docx(DOCX_SECTIONS));
write('bilan-velo.pdf', pdf(PDF_REPORT_LINES));
write('mixed.txt', utf8([SENACS_QUOTED, QUESTIONS, APRILES, SENACS_LISTING].join('\n')));
write('empty.txt', new Uint8Array());
write('photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));

// --- Layouts the seeds do not show (test/unit/import-unseen.test.ts) --------------------------

/** A centre's Word report: headings, a paragraph per part, a two-column budget table. */
export const DOCX_REPORT = [
  ['Heading1', 'Rapport 2024 – Point écoute parents'],
  ['', 'Association Trait d’Union, centre social de Vierzon (Cher)'],
  ['Heading2', 'Présentation'],
  ['', 'Une psychologue reçoit sans rendez-vous les parents qui s’inquiètent pour leur enfant, deux après-midi par mois. L’action continue en 2025.'],
  ['Heading2', 'Les personnes accueillies'],
  ['', 'En 2024, 57 parents ont été reçus, dont une majorité de mères seules.'],
  ['Heading2', 'L’équipe'],
  ['', 'Une psychologue vacataire (4 heures par mois) et la référente familles à 0,2 ETP.'],
  ['Heading2', 'Partenaires'],
  ['', 'Maison des adolescents du Cher, PMI, collège Édouard Vaillant'],
  ['Heading2', 'Plan de financement'],
  ['TABLE', [['Financeur', 'Montant'], ['CAF du Cher (REAAP)', '2 800 €'], ['Ville de Vierzon', '1 000 €'], ['Fonds propres', '400 €'], ['Total', '4 200 €']]],
];

/** A printed flyer saved as PDF: a title, short lines, the money at the bottom. */
export const PDF_FLYER_LINES = [
  'REPAS PARTAGÉS DU JEUDI',
  'Espace de vie sociale Le Trait d’Union – Lons-le-Saunier',
  '',
  'Chaque jeudi midi, habitants et bénévoles cuisinent ensemble',
  'et partagent le repas. En 2024 : 38 repas, 420 couverts,',
  'une vingtaine de convives par semaine.',
  '',
  'Animé par 6 bénévoles et une animatrice (0,3 ETP).',
  'Avec le soutien de la MSA Franche-Comté et du Département du Jura.',
  '',
  'Budget 2024 : 5 600 € – MSA : 2 000 € – Département : 1 500 € – participation des convives : 2 100 €',
];
/** A Word project file: a few paragraphs, then the budget as a four-column Charges | Produits table. */
export const DOCX_BUDGET = [
  ['Heading1', 'Départs en vacances des familles – été 2025'],
  ['', 'Centre social La Chamberlière, 26000 Valence'],
  ['Heading2', 'Le projet'],
  ['', 'Huit familles qui ne partent jamais préparent ensemble, de janvier à juin, une semaine dans un village vacances d’Ardèche : choix du lieu, budget, activités. Le séjour a lieu fin août ; 29 personnes sont inscrites, dont 17 enfants.'],
  ['', 'La référente familles les accompagne (0,3 ETP sur l’année), aidée de deux bénévoles. Partenaire : Vacances et Familles Drôme.'],
  ['Heading2', 'Budget prévisionnel'],
  ['TABLE', [
    ['Charges', 'Montant', 'Produits', 'Montant'],
    ['Hébergement', '6 200 €', 'Caf – aide aux vacances familles', '4 100 €'],
    ['Transport', '1 800 €', 'Département de la Drôme', '2 000 €'],
    ['Activités sur place', '900 €', 'Participation des familles', '2 300 €'],
    ['Frais de personnel', '1 500 €', 'Fonds propres', '2 000 €'],
    ['Total', '10 400 €', 'Total', '10 400 €'],
  ]],
];
/** A Word annual report: a heading per pole, a heading per action under it, then the next year's plans. */
export const DOCX_POLES = [
  ['Heading1', 'Rapport d’activité 2024'],
  ['', 'Centre social Mosaïque – 44600 Saint-Nazaire'],
  ['Heading2', 'Pôle enfance-jeunesse'],
  ['Heading3', 'Accueil de loisirs du mercredi'],
  ['', 'Chaque mercredi, 48 enfants de 6 à 11 ans ont été accueillis en moyenne. L’équipe : une directrice et quatre animateurs, renforcée l’été par deux jeunes en service civique.'],
  ['', 'Financement : prestation de service Caf 21 000 €, Ville de Saint-Nazaire 15 000 €, participation des familles 9 000 €. Coût total : 45 000 €.'],
  ['Heading3', 'Ados : le local du soir'],
  ['', 'Le local accueille les 12-17 ans deux soirs par semaine ; 35 jeunes différents sont venus cette année. Un animateur à temps plein (1 ETP). Partenaires : club de prévention, collège Jean-Moulin.'],
  ['Heading2', 'Pôle adultes-familles'],
  ['Heading3', 'Ateliers sociolinguistiques'],
  ['', 'Cette année, 22 apprenants, 5 bénévoles formateurs et la coordinatrice (0,3 ETP). Soutenu par l’État (BOP 104) à hauteur de 4 000 €.'],
  ['Heading2', 'Perspectives 2025'],
  ['', 'Nous souhaitons ouvrir un second groupe de français le samedi matin.'],
];

/**
 * A two-column PDF page whose lines are drawn row by row, left then right, as many layout
 * tools write them: pdf.js hands the text back with each left line glued to its right neighbour.
 */
function pdfColumns(head, left, right) {
  let y = 800;
  let content = 'BT /F1 11 Tf ';
  for (const l of head) content += `1 0 0 1 50 ${(y -= 14)} Tm ${str(l)} Tj `;
  y -= 14;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    y -= 14;
    if (left[i]) content += `1 0 0 1 50 ${y} Tm ${str(left[i])} Tj `;
    if (right[i]) content += `1 0 0 1 310 ${y} Tm ${str(right[i])} Tj `;
  }
  return pdfOf(`${content}ET`);
}
export const PDF_COLUMNS = {
  head: ['BILAN 2024 – BOUGER ENSEMBLE APRÈS 60 ANS', 'Centre social Europe, 51100 Reims'],
  left: [
    'Le projet',
    'Depuis septembre 2023, le centre propose',
    'aux retraités du quartier deux séances',
    'de gym douce par semaine et une marche',
    'le vendredi, pour rompre l’isolement',
    'et garder la forme.',
    '',
    'Les participants',
    '52 personnes inscrites cette saison,',
    'dont 38 femmes. La moyenne d’âge est',
    'de 71 ans.',
  ],
  right: [
    'L’équipe',
    'Une éducatrice sportive diplômée',
    '(prestataire, 4 h par semaine) et',
    '3 bénévoles qui encadrent la marche.',
    '',
    'Le financement',
    'Coût total : 7 800 €',
    'Conférence des financeurs : 4 500 €',
    'Ville de Reims : 2 000 €',
    'Cotisations des participants : 1 300 €',
    'L’action est reconduite en 2025.',
  ],
};
/** A projet social's fiche action in Word: the whole fiche is a two-column table (label | answer), a cell may hold a list. */
export const DOCX_FICHE_TABLE = [
  ['', 'Projet social 2024-2027'],
  ['Heading2', 'Fiche action n° 3'],
  ['TABLE', [
    ['Axe du projet', 'Axe 2 : Favoriser les liens entre les générations'],
    ['Intitulé de l’action', 'Mémoires de quartier'],
    ['Pilote', 'Centre social L’Escale, 87100 Limoges'],
    ['État d’avancement', 'Action en cours depuis septembre 2024'],
    ['Constats', 'Les habitants les plus âgés du quartier ont vu sa construction et sa transformation, les plus jeunes n’en savent presque rien. Les uns et les autres se croisent sans se parler.'],
    ['Objectifs', 'Recueillir les souvenirs des anciens\nFaire se rencontrer retraités et collégiens\nPublier un recueil et monter une exposition'],
    ['Public visé', 'Seniors et jeunes de 11 à 15 ans'],
    ['Partenaires', 'Médiathèque francophone\nCollège Anatole France\nLimoges Habitat'],
    ['Moyens humains', 'Animatrice seniors (0,5 ETP)\n6 bénévoles'],
    ['Indicateurs', 'Nombre de participants attendus : 40\nUne exposition à la médiathèque'],
  ]],
  ['Heading3', 'Plan de financement prévisionnel'],
  ['TABLE', [
    ['Financeur', 'Montant', 'Part'],
    ['Carsat Centre-Ouest', '3 000 €', '37,5 %'],
    ['Ville de Limoges', '2 500 €', '31,25 %'],
    ['Fonds propres', '2 500 €', '31,25 %'],
    ['Total', '8 000 €', '100 %'],
  ]],
];

/** A two-column leaflet drawn column after column (the whole left one, then the right one), its title in a larger size. */
function pdfColumnAfterColumn(head, left, right) {
  let content = `BT /F1 18 Tf 1 0 0 1 50 790 Tm ${str(head[0])} Tj /F1 11 Tf `;
  head.slice(1).forEach((l, i) => (content += `1 0 0 1 50 ${770 - 14 * i} Tm ${str(l)} Tj `));
  const top = 770 - 14 * head.length - 14;
  left.forEach((l, i) => l && (content += `1 0 0 1 50 ${top - 14 * i} Tm ${str(l)} Tj `));
  right.forEach((l, i) => l && (content += `1 0 0 1 320 ${top - 14 * i} Tm ${str(l)} Tj `));
  return pdfOf(`${content}ET`);
}
export const PDF_LEAFLET = {
  head: ['ATELIERS NUMÉRIQUES POUR TOUS', 'Centre social L’Échappée – 35200 Rennes'],
  left: [
    'Pourquoi ?',
    'Beaucoup d’habitants du Blosne n’ont ni',
    'ordinateur ni aide pour leurs démarches.',
    'Depuis mars 2025, deux ateliers par',
    'semaine les accompagnent pas à pas.',
    '',
    'Pour qui ?',
    'Les adultes et les seniors du quartier.',
    '',
    'Qui anime ?',
    'Un conseiller numérique salarié (1 ETP)',
    'et 4 bénévoles.',
    '',
    'Avec qui ?',
    'La médiathèque des Champs Manceaux et',
    'l’association Défis Numériques.',
  ],
  right: [
    'En chiffres',
    '87 personnes accompagnées',
    'dont 52 seniors',
    '2 ateliers par semaine',
    '',
    'Le budget 2025',
    'Total : 38 500 €',
    'État (conseiller numérique) : 25 000 €',
    'Rennes Métropole : 8 000 €',
    'Fonds propres : 5 500 €',
    '',
    'Les ateliers continuent en 2026.',
  ],
};

/** A bilan typed in a word processor and printed to PDF: its prose wraps wherever the line is full, mid-sentence and mid-name. */
export const PDF_WRAPPED_LINES = [
  'LES P’TITS PAS – LIEU D’ACCUEIL ENFANTS-PARENTS',
  'Bilan 2024',
  '',
  'Le lieu d’accueil enfants-parents du centre social Marcel-Pagnol, à',
  'Istres, est ouvert deux matinées par semaine aux enfants de moins de',
  'quatre ans accompagnés d’un parent ou d’un grand-parent. En 2024,',
  'nous avons accueilli 73 enfants et 61 adultes différents, venus pour',
  'la plupart des quartiers du Prépaou et des Échoppes.',
  '',
  'Deux accueillantes formées, salariées du centre (0,6 ETP à elles',
  'deux), assurent chaque séance avec une bénévole. Le LAEP travaille',
  'en partenariat avec la PMI d’Istres, le relais petite enfance et la',
  'médiathèque intercommunale.',
  '',
  'Le budget de l’année s’élève à 21 400 €. Il est couvert par la Caf des',
  'Bouches-du-Rhône (prestation de service LAEP) pour 14 200 €, par la',
  'Ville d’Istres pour 4 000 € et par la Métropole Aix-Marseille-Provence',
  'pour 3 200 €.',
  '',
  'L’accueil reprend en janvier 2025, aux mêmes horaires.',
  '',
  'Centre social Marcel-Pagnol – 13800 Istres – page 1/1',
];
/** Batch 11 (112): a centre's Word report of one pole, two actions under their headings, a funding table under the first. */
export const DOCX_POLE_FAMILLES = [
  ['', 'Centre social des Champs-Plaisants – Sens (Yonne)'],
  ['Heading1', 'Rapport d’activité 2024 – Pôle familles'],
  ['', 'Le pôle est coordonné par Gaëtan Lemercier, avec l’appui de deux bénévoles administrateurs.'],
  ['Heading2', 'Lieu d’accueil enfants-parents « Les P’tits Pas »'],
  ['', 'Le LAEP ouvre deux matinées par semaine pour les enfants de moins de quatre ans venus avec un parent ou un grand-parent. En 2024, il a reçu 58 enfants et 49 parents différents.'],
  ['', 'Deux accueillantes salariées se partagent 0,7 ETP ; une psychologue rémunérée à la vacation anime une fois par mois un temps d’échange entre parents.'],
  ['', 'Nous travaillons avec la PMI du Département et le relais petite enfance de la ville.'],
  ['TABLE', [['Financeur', 'Montant'], ['CAF de l’Yonne (prestation de service LAEP)', '11 200 €'], ['Ville de Sens', '3 000 €'], ['MSA Bourgogne', '800 €'], ['Total', '15 000 €']]],
  ['Heading2', 'Vacances en famille'],
  ['', 'En juillet, onze familles sont parties une semaine au bord du lac de Vassivière, après quatre réunions de préparation au centre pour bâtir le budget et le programme.'],
  ['', 'Le séjour a coûté 9 600 €, dont 5 800 € d’aides aux vacances de la CAF, 2 100 € de participation des familles et 1 700 € de l’ANCV.'],
  ['', 'La référente familles (0,2 ETP) et deux bénévoles ont accompagné le groupe.'],
];

/** Batch 12 (117): a centre's fiche in Word with its staffing and its budget as tables, figures in k€. */
export const DOCX_FICHE_KEUROS = [
  ['Heading1', 'Fiche action 2025 – Accompagnement des jeunes vers l’emploi'],
  ['', 'Centre socioculturel La Passerelle, 87000 Limoges'],
  ['', 'Statut : en projet, démarrage prévu en septembre 2025.'],
  ['', 'Le centre veut accompagner une vingtaine de jeunes de 16 à 25 ans sortis de l’école sans diplôme vers un premier emploi, avec la Mission locale de Limoges et des entreprises du quartier. Mme Lebrun, conseillère de la Mission locale, viendra chaque semaine.'],
  ['Heading2', 'Moyens humains'],
  ['TABLE', [['Fonction', 'ETP'], ['Conseillère en insertion', '0,8'], ['Animateur jeunesse', '0,3']]],
  ['Heading2', 'Budget prévisionnel'],
  ['TABLE', [['Financeur', 'Montant'], ['Fonds social européen', '12 k€'], ['Région Nouvelle-Aquitaine', '8 k€'], ['Ville de Limoges', '4,5 k€'], ['Total', '24,5 k€']]],
];

/** Batch 13 (123): a bilan typed in Word as a label | answer table, its funding table with asked and obtained columns. */
export const DOCX_BILAN_SOLLICITE = [
  ['Heading1', 'Bilan de l’action 2024'],
  ['TABLE', [
    ['Nom de l’action', 'Atelier couture solidaire'],
    ['Structure', 'Centre social des Marais, 03100 Montluçon'],
    ['Période', 'De janvier à décembre 2024 ; l’atelier est reconduit en 2025'],
    ['Public touché', '19 femmes, dont 12 habitent le quartier prioritaire'],
    ['Encadrement', '1 couturière salariée à mi-temps ; 2 bénévoles'],
    ['Partenaires', 'Régie de quartier des Marais\nSecours populaire (dons de tissus)'],
  ]],
  ['Heading2', 'Financement'],
  ['TABLE', [
    ['Financeur', 'Sollicité', 'Obtenu'],
    ['État – politique de la ville', '3 000 €', '2 500 €'],
    ['Ville de Montluçon', '1 500 €', '1 500 €'],
    ['Montluçon Communauté', '1 000 €', '0 €'],
    ['Participation des adhérentes', '400 €', '460 €'],
    ['Total', '5 900 €', '4 460 €'],
  ]],
];

write('unseen/17-rapport-word.docx', docx(DOCX_REPORT));
write('unseen/102-rapport-ateliers-cuisine.pdf', pdf(PDF_RAPPORT_CUISINE));
write('unseen/18-flyer.pdf', pdf(PDF_FLYER_LINES));
write('unseen/58-budget-tableau.docx', docx(DOCX_BUDGET));
write('unseen/67-pdf-colonnes.pdf', pdfColumns(PDF_COLUMNS.head, PDF_COLUMNS.left, PDF_COLUMNS.right));
write('unseen/69-rapport-poles.docx', docx(DOCX_POLES));
write('unseen/73-fiche-tableau.docx', docx(DOCX_FICHE_TABLE));
write('unseen/74-depliant-colonnes.pdf', pdfColumnAfterColumn(PDF_LEAFLET.head, PDF_LEAFLET.left, PDF_LEAFLET.right));
write('unseen/78-pdf-lignes-coupees.pdf', pdf(PDF_WRAPPED_LINES));
write('unseen/112-rapport-pole-familles.docx', docx(DOCX_POLE_FAMILLES));
write('unseen/117-fiche-word-keuros.docx', docx(DOCX_FICHE_KEUROS));
write('unseen/123-bilan-word-sollicite.docx', docx(DOCX_BILAN_SOLLICITE));
console.log('fixtures written to test/fixtures/import/');
