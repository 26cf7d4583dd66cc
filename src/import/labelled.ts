/**
 * Fiches a centre types itself — a Word document with headings ("Budget", "Financeurs",
 * "Équipe", "Nos partenaires"), a project sheet of "Label : value" lines, a web page with
 * a budget table — have no fixed form, but they do have labels. Each label is recognised by
 * its key words (never by one exact wording) and its lines go to the reader of that field:
 * the budget reader for money, the staffing reader for people, list splitting for keywords,
 * public and partners. What no label covers is left to the free-text reader.
 */
import { parseBudget } from './budget.js';
import { departementFromLabel, departementFromName } from './departements.js';
import { communeByName } from './communes.js';
import { toPartners, type Draft } from './draft.js';
import { findAmounts, findEtp } from './french-numbers.js';
import { parseStaffing } from './staffing.js';
import { clean, fold, isBlankItem, stripBullet, type Line } from './text.js';
import { stateOf, structureKindOf } from './vocab.js';
import { knownPublicOf, listedPublicOf, publicOf } from './prose.js';

export type LabelledField = 'title' | 'status' | 'start' | 'structure' | 'departement' | 'place' | 'keywords' | 'public' | 'partners' | 'budget' | 'staffing';

const ROLE_LABEL = /^(?:referente?|coordinat(?:eur|rice)|conseill(?:er|ere)|cesf|educat(?:eur|rice)|mediat(?:eur|rice)|directeur|directrice)(?: (?:familles?|jeunesse|enfance|seniors|adultes|sociale?|numerique|de (?:l'action|secteur|quartier)))?$/;

/** Key words of each label, on the folded text (no accents, lowercase), label alone or before ":". */
const LABELS: readonly (readonly [RegExp, LabelledField])[] = [
  [/^(?:titre|intitule|nom) (?:de l'action|du projet|de l'activite)$|^(?:titre|intitule)$/, 'title'],
  [/^(?:statut|etat d'avancement|etat|avancement)(?: de l'action| du projet)?$|^(?:le projet|l'action) est$|^(?:nouvelle action|action nouvelle|nouveau projet|projet nouveau)$/, 'status'],
  // "Action poursuivie en 2025 : ☒ oui ☐ non", "Projet reconduit : oui": the form asks whether it goes on.
  [/^(?:l'action|action|le projet|projet) (?:est )?(?:poursuivie?|reconduite?|renouvelee?|maintenue?|toujours en cours)(?: en (?:19|20)\d\d)?$/, 'status'],
  [/^(?:structure(?: porteuse| organisatrice)?|porteurs?(?: du projet| de l'action)?|organisateur|centre social|nom de la structure(?: porteuse)?|(?:nom de l')?(?:association|organisme) porteu(?:r|se))$/, 'structure'],
  [/^departements?$/, 'departement'],
  // "Date de démarrage prévue : septembre 2025": a start still to come says the action is a project.
  [/^dates? (?:de |d')(?:demarrage|debut|lancement)(?: prevue?s?)?(?: de l'action| du projet)?$/, 'start'],
  [/^(?:lieux?|commune|localisation|adresse)(?: de l'action| du projet)?$/, 'place'],
  // "Tags : Environnement, Lien social": a Markdown export's front matter or a blog's tags.
  [/^(?:mots[- ]cles|themes?|thematiques?|types? d'actions?|domaines? d'intervention|tags?|etiquettes?)(?: de l'action| du projet)?$/, 'keywords'],
  [/^(?:publics?|public vise|publics? cibles?|publics? concernes?|pour qui(?: \?)?)$/, 'public'],
  [/^(?:nos |les )?partenaires?(?: de l'action| du projet| associes| mobilises| financiers et operationnels)?$|^partenariats?$|^avec qui(?: \?)?$|^ils nous accompagnent$/, 'partners'],
  [/^(?:budget(?: total| global| previsionnel| annuel| realise){0,2}(?: (?:19|20)\d\d)?(?: de l'action| du projet)?|cout(?: total)?(?: de l'action| du projet)?|(?:autres )?(?:financements?|financeurs?)(?: (?:sollicites?|obtenus?|demandes?|accordes?|prevus?|acquis|realises?))?|plan de financement|moyens financiers|ressources financieres|bilan financier|recettes|depenses|montant (?:demande|sollicite|accorde|obtenu)\b.*|subventions? (?:demandee?s?|sollicitee?s?|accordee?s?|obtenue?s?) (?:aupres|a|de|du)\b.*)$/, 'budget'],
  [/^(?:moyens humains(?: (?:affectes|mobilises|consacres|dedies)\b.*)?|equipe(?: mobilisee| du projet)?|personnel|encadrement|ressources humaines|intervenants|qui encadre(?: \?)?|qui anime(?: \?)?|qui(?: \?)?|l'equipe|personnes mobilisees)$/, 'staffing'],
  // "Référente familles : 0,5 ETP", "Coordinatrice jeunesse : 0,2 ETP": one member's time under her role (a
  // signature's "Directeur" alone is none: see labelOf).
  [ROLE_LABEL, 'staffing'],
  // "Bénévoles : 7", "Salariés : 1 (0,4 ETP)": a count by kind is a staffing line of its own.
  [/^(?:benevoles?|salarie(?:e)?s?|professionnel(?:le)?s?|animat(?:eur|rice)s?|permanents?|services? civiques?)$/, 'staffing'],
];

/** A label line: short, the label alone or followed by ":" and a value. */
// "2.1 Intitulé : …", "3.2 Budget prévisionnel": numbered questions of a dossier.
// "Budget réalisé 2024": a label may end on its year.
const LABEL_LINE = /^\s*(?:[-•*▪◦]\s*|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+|\d{1,2}[.)]\s*)?([\p{L}'’ -]{3,60}?(?: (?:19|20)\d\d)?)\s*(?:\??\s*:\s*(.*)|\?\s+(\p{Lu}.*)|\s*\??)$/u;

export interface LabelledSection {
  field: LabelledField;
  /** The label's line. */
  line: number;
  /** The value on the label's line and the lines that belong to it. */
  lines: Line[];
}

/** "Titre du projet (10 mots maximum) :", "Partenaires (nom et rôle) :": a form's instruction beside its label. */
const INSTRUCTION = /\s*\((?:[^()]{0,30}\b(?:maximum|max\.?|caract[èe]res|mots|lignes|cochez|pr[ée]cisez|facultatif|obligatoire|nom et r[ôo]le|plusieurs r[ée]ponses possibles)\b[^()]{0,30})\)(?=\s*(?::|\?|$))/iu;

/**
 * "7. Quels partenaires sont associés ?", "Quel public visez-vous, et combien de personnes ?": a
 * dossier's question, answered on the lines below it, goes under the field its key word names.
 */
const QUESTION = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?((?:quel(?:le)?s?|qui|avec qui|avec quels?|pour qui|[àa] qui|combien|comment|de quels?)\b[^?]{3,110})\?\s*$/iu;
const QUESTION_FIELDS: readonly (readonly [RegExp, LabelledField])[] = [
  [/\bpartenaires?\b|\bavec qui\b/, 'partners'],
  [/\bpublics?\b|\bpour qui\b|\ba qui\b/, 'public'],
  [/\bmoyens humains\b|\bequipe\b|\bqui (?:anime|encadre)\b/, 'staffing'],
  // "Qui finance ?", "Comment le projet est-il financé ?": a page's heading over its list of funders.
  [/\bfinanc|\bqui paie\b|\bcombien (?:ca )?coute\b/, 'budget'],
];

function questionOf(text: string): { field: LabelledField; value: string } | undefined {
  const q = QUESTION.exec(text);
  const field = q ? QUESTION_FIELDS.find(([re]) => re.test(fold(q[1]!)))?.[1] : undefined;
  return field ? { field, value: '' } : undefined;
}

function labelOf(text: string): { field: LabelledField; value: string } | undefined {
  if (text.length > 140) return undefined;
  const m = LABEL_LINE.exec(text.includes('(') ? text.replace(INSTRUCTION, '') : text);
  if (!m) return text.endsWith('?') ? questionOf(text) : undefined;
  const label = fold(clean(m[1]!)).replace(/\s*\?$/, '');
  const field = LABELS.find(([re]) => re.test(label))?.[1];
  if (!field && text.endsWith('?')) return questionOf(text);
  const value = clean(m[2] ?? m[3] ?? '');
  // "Personnel 3 500 €" in a budget table is a cost line, not the staffing section.
  // "Département : 1 500 €" in a table of funders is the council's money, not where the action is.
  if ((field === 'staffing' || field === 'departement' || field === 'place') && /^[\d\s  ,.]+(?:€|euros?)$/iu.test(value)) return undefined;
  if (field === 'staffing' && ROLE_LABEL.test(label) && !findEtp(value).length) return undefined;
  return field ? { field, value } : undefined;
}

/** Whether a line is one of the labels a fiche's fields go under ("Budget :", "Partenaires"). */
export function isLabel(text: string): boolean {
  return labelOf(clean(text)) !== undefined;
}

const BULLET = /^\s*(?:[-•·*▪◦‣–]|\d+[.)])\s+/;
/** "• Objectif : …": a bullet that opens another field, not an item of the list above. */
const SUB_LABEL = /^\s*(?:[-•·*▪◦]\s*)?[\p{L}'’ ]{3,40}\s:\s/u;
const STAFF_WORDS = /b[ée]n[ée]vole|salari|animat|coordin|r[ée]f[ée]rent|direct|[ée]ducat|conseill|intervenant|etp|[ée]quipe/i;
/** "4. BILAN FINANCIER", "MOYENS MOBILISÉS": a form's section heading. */
const HEADING_CAPS = /^\s*(?:\d{1,2}[.)]\s*)?[\p{Lu}'’ -]{6,}$/u;
/** A bullet or a heading that starts another field ("• Objectif : …" under "• Public : …"). */
function opensAnother(field: LabelledField, text: string): boolean {
  if (field === 'budget') return false;
  // "Agent d'accueil : 0,2 ETP": a post with its time is one more member, whatever its title.
  if (field === 'staffing') return SUB_LABEL.test(text) && !STAFF_WORDS.test(text.split(':')[0]!) && findEtp(text).length === 0;
  return SUB_LABEL.test(text) || HEADING_CAPS.test(text);
}

/** "Poste", "Libellé : Montant": the header row of a budget table, whose amounts follow. */
const TABLE_HEADER = /^(?:postes?|libell[ée]s?|nature|intitul[ée]s?|financeurs?)(?:\s*[:|]\s*montants?(?: en €| \(€\))?)?$/i;

const NUMBERED_HEADING = /^\s*\d{1,2}[.)]\s+\p{Lu}[^,;:.]{0,50}$/u;

/** Does `text` still belong to a section of `field` (after its first line)? */
function continues(field: LabelledField, text: string, blankBefore: boolean): boolean {
  // "6. Évaluation" after a blank line: the dossier's next numbered section, not one more item.
  if (blankBefore && NUMBERED_HEADING.test(text)) return false;
  if (BULLET.test(text) && !opensAnother(field, text)) return true;
  switch (field) {
    case 'budget':
      // Amount lines, table rows and the budget's own sub-headings.
      // A sentence under the table ("Le budget total est de 9 000 €.") is prose, for the free-text reader.
      // A longer line of several "Funder : amount" items ("État : 3 500 € ; Caf : 1 200 € ; …") is still the table's.
      return ((text.length <= 120 || (text.length <= 400 && / : [^;]*€\s*;/.test(text))) && !/\p{Ll}{2}[.!?]$/u.test(text) && findAmounts(text, { bare: true }).length > 0) || /^(?:d[ée]penses|recettes|charges|produits|financeurs?|financements?)\s*:?$/i.test(text) || TABLE_HEADER.test(text);
    case 'staffing':
      if (opensAnother(field, text)) return false;
      // A sentence with a figure but no staff word is the prose under the list, not one more member.
      return !blankBefore && text.length < 160 && (findEtp(text).length > 0 || /b[ée]n[ée]vole|salari|animat|coordin|r[ée]f[ée]rent/i.test(text) || (/\d/.test(text) && !/\p{Ll}{2}[.!?]$/u.test(text)));
    case 'keywords':
    case 'public':
    case 'partners':
      // Short list lines (a Word list pasted without bullets), up to a blank line.
      if (SUB_LABEL.test(text) || HEADING_CAPS.test(text)) return false;
      return !blankBefore && text.length <= 80 && !/[.!?]$/.test(text) && !/\S\s*:(?:\s|$)/.test(text);
    default:
      return false;
  }
}

/** Fields that hold one value, on the label's line or the line after it. */
const SINGLE = new Set<LabelledField>(['title', 'status', 'structure', 'departement', 'place']);

/** A table's header row under a money or people heading ("Fonction : Temps de travail"). */
function firstRow(s: LabelledSection, text: string): boolean {
  return (s.field === 'budget' || s.field === 'staffing') && s.lines.every((l) => l.n === s.line) && text.length <= 120 && /\s[:|]\s/.test(text) && !opensAnother(s.field, text);
}

/** "Secours populaire : Orientation des familles": a partners' table row, its partner then its part. */
const PARTNER_ROW = /^[^:\d]{2,60}\s:\s[^:\d]{2,80}$/u;

/** A partners' table goes on row after row: a "Name : part" row under another one. */
function nextPartnerRow(s: LabelledSection, text: string, blankBefore: boolean): boolean {
  const last = s.lines[s.lines.length - 1];
  return s.field === 'partners' && !blankBefore && last !== undefined && PARTNER_ROW.test(clean(last.text)) && PARTNER_ROW.test(text);
}

/** Labelled sections of a text, in order; a line belongs to one section at most. */
export function labelledSections(lines: readonly Line[]): LabelledSection[] {
  const out: LabelledSection[] = [];
  let current: LabelledSection | undefined;
  let blank = false;
  for (const l of lines) {
    const text = clean(l.text);
    if (!text) {
      blank = true;
      continue;
    }
    const label = labelOf(text);
    if (label) {
      // Money and people keep their label line: "Budget total : 15 000 €" needs its "total",
      // "Financeurs :" and "Dépenses :" say what the amounts below are.
      const kindCount = label.field === 'staffing' && /^\s*(?:\d|une?\b|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)/i.test(label.value) && LABELS[LABELS.length - 1]![0].test(fold(clean(text.split(':')[0]!)));
      // "Référente familles : 0,5 ETP": the role is the person.
      const roleTime = label.field === 'staffing' && ROLE_LABEL.test(fold(clean(text.split(':')[0]!)));
      const keepLabel = label.field === 'budget' || kindCount || roleTime;
      const value = keepLabel ? text : label.value;
      current = { field: label.field, line: l.n, lines: value ? [{ n: l.n, text: value }] : [] };
      out.push(current);
    } else if (current && (SINGLE.has(current.field) || current.lines.length === 0 ? current.lines.length === 0 && text.length <= 300 : continues(current.field, text, blank) || firstRow(current, text) || nextPartnerRow(current, text, blank))) {
      // A label alone on its line ("Partenaires", a blank line, then the list): its first line is its value.
      current.lines.push({ n: l.n, text: l.text });
    } else current = undefined;
    blank = false;
  }
  // A label alone with nothing under it ("Financeurs :" before the next label) says nothing.
  return out.filter((s) => s.lines.some((l) => !isBlankItem(l.text) && (l.n !== s.line || !/:\s*$/.test(l.text))));
}

/** How many different fields of an action the text's labels give (a fiche has several). */
export function labelledFields(lines: readonly Line[]): number {
  return new Set(labelledSections(lines).map((s) => s.field).filter((f) => f !== 'title' && f !== 'place' && f !== 'structure')).size;
}

/** "A, B et C", "A ; B", list lines: one item each (commas inside brackets kept). */
/** "… et Emmaüs", "… et l'association Y", "… et la Mission locale": "et" opening the list's next item, a name or an article before one. */
const AND_NEXT_ITEM = /\s+et\s+(?=\p{Lu}|(?:le|la|les|l['’])\s*(?:\p{Lu}|association|mission|fondation|centre|maison|conseil|ville|mairie|commune|ccas|caf|[ée]cole|coll[èe]ge|lyc[ée]e|m[ée]diath[èe]que|biblioth[èe]que|bailleur|d[ée]partement|r[ée]gion|communaut[ée]|f[ée]d[ée]ration|r[ée]seau|club|compagnie|service|foyer|mairies?|[ée]picerie|relais|pmi))/u;

function listItems(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const t = clean(stripBullet(clean(l.text)));
    if (!t) continue;
    // "Vacances et Familles Nord : Recherche des hébergements": a table row names one body, its "et" inside the name.
    const rowName = PARTNER_ROW.test(t) ? t.replace(/\s+:\s+.*$/, '') : undefined;
    if (rowName && /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+)? et \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u.test(rowName)) {
      out.push(rowName);
      continue;
    }
    let depth = 0;
    let cur = '';
    for (const c of `${t},`) {
      if (c === '(') depth++;
      if (c === ')') depth = Math.max(0, depth - 1);
      if ((c === ',' || c === ';') && depth === 0) {
        for (const part of cur.split(AND_NEXT_ITEM)) if (clean(part)) out.push(clean(part).replace(/\.$/, ''));
        cur = '';
      } else cur += c;
    }
  }
  return out;
}

/** "(repérage des familles)", "(prêt de tablettes)": a partner's part in the action, not its name (an acronym stays). */
const ROLE_IN_BRACKETS = /\s*\((?=[^()]*\p{Ll}{3,}\s+\p{Ll})[^()]*\)\s*$/u;

/** "Adultes et jeunes de plus de 16 ans": two publics when each part is one the feed knows. */
function publicsOf(listed: string): string[] {
  // "en priorité les personnes âgées": the adverb is not the public.
  const value = listed.replace(/^(?:en priorit[ée]|prioritairement|notamment|surtout|en particulier|principalement)\s+/i, '');
  // "familles à faibles revenus, orientées par les travailleurs sociaux": a clause about the public, no public of its own.
  if (/^(?:orient|adress|envoy|suivi|accompagn|repér)\p{L}*\s+(?:par|vers)\b/iu.test(value)) return [];
  const parts = value.split(/\s+(?:et|ou)\s+/);
  const known = parts.map(knownPublicOf);
  if (parts.length > 1 && known.every((k) => k !== undefined)) return known as string[];
  // "environ 30 jeunes attendus": a count of the public (read as beneficiaries) names it, or nothing.
  // "une quarantaine de familles": an approximate count names its public as a figure does.
  const counted = /^(?:environ|pr[èe]s de|plus de|une? )?\s*\d+\s+(.+)$/iu.exec(value) ?? /^une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+(?:de\s+|d['’])(.+)$/iu.exec(value);
  if (counted) {
    const p = knownPublicOf(counted[1]!);
    return p ? [p] : [];
  }
  return [publicOf(value)];
}

/**
 * "Nombre de familles : 26", "Nombre de bénéficiaires prévus : 40": a count of the public on a
 * line of its own (never of staff: "Nombre de bénévoles" is a staffing line).
 */
const COUNT_LINE = /^\s*(?:[-•·*▪◦]\s*)?(?:nombre|nb|nbre)\.? (?:total )?(?:de |d['’])(.{3,50}?)\s*:\s*(?:environ |env\. |plus de |près de )?(\d{1,3}(?:[  ]?\d{3})*)(?:\s+(?:dont|soit)\s.*|\s*\(.*\))?\s*$/iu;

/** "Participants : 22 adultes", "Fréquentation : 180 familles": a count under a label of the public. */
const PARTICIPANTS_LINE = /^\s*(?:[-•·*▪◦]\s*)?(participants?|b[ée]n[ée]ficiaires?|fr[ée]quentation|personnes (?:accueillies|touch[ée]es)|public touch[ée])\s*:\s*(?:environ |plus de |près de )?(\d{1,3}(?:[  ]?\d{3})*)\s*([\p{L}'’ -]{0,40})$/iu;

/** The Cerfa's "Bénéficiaires (caractéristiques sociales, nombre, etc.) : habitants du quartier, environ 180 passages par an". */
const CERFA_BENEFICIARIES = /^\s*b[ée]n[ée]ficiaires?\s*\([^)]*\)\s*:\s*(.+)$/iu;
const FIRST_COUNT = /(environ |plus de |près de |env\. )?(\d{1,3}(?:[  ]?\d{3})*)\s+([\p{L}'’-]+)/iu;

/** Who the Cerfa's line says the public is, and the first count it gives. */
function cerfaBeneficiaries(d: Draft, text: string, n: number): void {
  const count = FIRST_COUNT.exec(text);
  if (count) {
    d.action.beneficiaries.push({ label: count[3]!, count: Number(count[2]!.replace(/\D/g, '')), ...(count[1] ? { approximate: true } : {}) });
    d.rec.assume('beneficiaries', `personnes comptées à la ligne « Bénéficiaires (…) » : ${count[1] ?? ''}${count[2]} ${count[3]}`, n);
  }
  const publics = text.split(/[,;]|\s+et\s+/).map((p) => listedPublicOf(p)).filter((p): p is string => p !== undefined);
  for (const p of publics) if (!d.action.public.includes(p)) d.action.public.push(p);
  if (publics.length) d.rec.assume('public', `public lu à la ligne « Bénéficiaires (…) » : ${publics.join(', ')}`, n);
}

function countLines(d: Draft, lines: readonly Line[]): void {
  for (const l of lines) {
    if (!/\d/.test(l.text)) continue;
    const p = PARTICIPANTS_LINE.exec(clean(l.text));
    if (p) {
      const label = clean(p[3]!) || p[1]!.toLowerCase();
      d.action.beneficiaries.push({ label, count: Number(p[2]!.replace(/\D/g, '')) });
      d.rec.assume('beneficiaries', `personnes comptées à la ligne « ${p[1]} » : ${p[2]} ${label}`, l.n);
      continue;
    }
    const cerfa = CERFA_BENEFICIARIES.exec(clean(l.text));
    if (cerfa) {
      cerfaBeneficiaries(d, cerfa[1]!, l.n);
      continue;
    }
    const m = COUNT_LINE.exec(clean(l.text));
    // "Nombre d'adhérents au 31/12 : 230" counts the association's members, not the action's public.
    // "Nombre de sorties : 8" counts outings, not people.
    if (!m || /b[ée]n[ée]vole|salari|professionnel|intervenant|animat|s[ée]ances?|heures?|ateliers?|jours?|rendez|adh[ée]rent|membres|sorties|visites|r[ée]unions|rencontres|trajets|repas|animations|permanences|[ée]v[ée]nements|actions|s[ée]jours|week-ends/i.test(m[1]!)) continue;
    const count = Number(m[2]!.replace(/\D/g, ''));
    const approximate = /environ|env\.|plus de|près de/i.test(l.text);
    d.action.beneficiaries.push({ label: m[1]!, count, ...(approximate ? { approximate } : {}) });
    d.rec.assume('beneficiaries', `personnes comptées à la ligne « Nombre de … » : ${count} ${m[1]}`, l.n);
  }
}

/**
 * "Structure : …" then "Action : Sorties en famille" in a funder's bilan: the bare word names the action. Never a
 * label of its own (a form's "Action : ☐ nouvelle ☒ reconduite" gives its status, and a title label opens a fiche).
 */
function bareActionTitle(d: Draft, lines: readonly Line[], set: Set<LabelledField>): void {
  for (const l of lines) {
    const m = /^\s*(?:action|projet)\s*:\s*(\p{L}.{2,80})$/iu.exec(clean(l.text));
    if (!m || stateOf(m[1]!) || /^(?:oui|non)\b|[☐☒☑□■\[]|\s:\s/iu.test(m[1]!)) continue;
    d.action.title = clean(m[1]!);
    d.rec.assume('title', `titre pris à la ligne « Action » : « ${d.action.title} »`, l.n);
    set.add('title');
    return;
  }
}

const GOES_ON_ASKED = /^(?:l'action|action|le projet|projet) (?:est )?(?:poursuivie?|reconduite?|renouvelee?|maintenue?|toujours en cours)\b/;
const NEW_ASKED = /^(?:nouvelle action|action nouvelle|nouveau projet|projet nouveau)\s*:/;

/** Fills the draft's fields from its labelled sections; the fields it sets are returned. */
export function applyLabelled(d: Draft, lines: readonly Line[], keepNames: boolean): Set<LabelledField> {
  const set = new Set<LabelledField>();
  const { action: a, rec } = d;
  const money: Line[] = [];
  const people: Line[] = [];
  for (const s of labelledSections(lines)) {
    const values = listItems(s.lines);
    const first = values[0];
    switch (s.field) {
      case 'title':
        if (first && !set.has('title')) {
          a.title = clean(stripBullet(clean(s.lines[0]!.text)));
          rec.assume('title', `titre pris à la ligne « Titre » : « ${a.title} »`, s.line);
        }
        break;
      case 'status': {
        // "Nouvelle action : ☐ oui ☒ non (3e année)": a form's yes/no says the action is new (a project) or runs already.
        const asked = NEW_ASKED.test(fold(clean(lines.find((l) => l.n === s.line)?.text ?? '')));
        const goesOn = !asked && GOES_ON_ASKED.test(fold(clean(lines.find((l) => l.n === s.line)?.text ?? '')));
        const answer = (asked || goesOn) && first ? /^(oui|non)\b/i.exec(first)?.[1]?.toLowerCase() : undefined;
        const state = answer ? (goesOn ? (answer === 'oui' ? 'en-cours' : 'terminee') : answer === 'oui' ? 'en-projet' : 'en-cours') : first ? stateOf(first) : undefined;
        if (state && !a.status) {
          a.status = { state };
          rec.assume('status', `statut « ${first} » lu comme ${state}`, s.line);
        } else if (first && !state) rec.unknown('status', first, s.line);
        break;
      }
      case 'start':
        if (!a.status && /pr[ée]vue?s?\b/i.test(clean(lines.find((l) => l.n === s.line)?.text ?? ''))) {
          a.status = { state: 'en-projet' };
          rec.assume('status', 'date de démarrage « prévue » : action en projet', s.line);
        }
        break;
      case 'structure':
        if (first && !d.structure) {
          // "Centre social Bagatelle, Toulouse", "Association X (Dole)": the town after the name.
          const town = /^(.{4,}?)(?:,\s*|\s+[–—-]\s+|\s*\()([^,()]{2,40}?)\)?$/u.exec(s.lines[0] ? clean(stripBullet(clean(s.lines[0].text))) : first);
          // "Espace de vie sociale Les Genêts, Gourdon (Lot)": the town before the département's name.
          const townAndDep = /^(.{4,}?),\s*([^,()]{2,40}?)\s*\(([^()]{2,40})\)$/u.exec(s.lines[0] ? clean(stripBullet(clean(s.lines[0].text))) : first);
          const commune = (town ? communeByName(town[2]!) : undefined) ?? (townAndDep ? communeByName(townAndDep[2]!) : undefined);
          const name = commune ? (townAndDep && communeByName(townAndDep[2]!) === commune ? townAndDep[1]! : town![1]!) : townAndDep && departementFromName(townAndDep[3]!) ? townAndDep[1]! : first;
          if (commune) d.placeHint ??= { departement: commune.departement, commune: commune.name };
          // A town several départements share ("Gourdon") is placed by the département in brackets.
          const bracketDep = !commune && townAndDep ? departementFromName(townAndDep[3]!) : undefined;
          if (bracketDep) d.placeHint ??= { departement: bracketDep };
          const kind = structureKindOf(name);
          d.structure = { name, ...(kind ? { kind } : {}) };
          rec.assume('structure', `structure lue à la ligne « Structure » : ${d.structure.name}${commune ? ` (commune ${commune.name})` : ''}`, s.line);
        }
        break;
      case 'departement': {
        const code = first && (departementFromLabel(first) ?? departementFromName(first.replace(/\s*\(.*$/, '')));
        if (code) d.placeHint = { departement: code };
        else if (first) rec.unknown('structure.departement', first, s.line);
        break;
      }
      case 'place': {
        const commune = first ? communeByName(first.replace(/\s*\(.*$/, '')) : undefined;
        if (commune && !d.placeHint) d.placeHint = { departement: commune.departement, commune: commune.name };
        break;
      }
      case 'keywords':
        if (values.length) a.keywords = values;
        break;
      case 'public':
        if (values.length && !a.public.length) a.public = [...new Set(values.flatMap(publicsOf))];
        break;
      case 'partners':
        // "– CLIC du Pays de Redon : repérage des personnes isolées": a partner and its part in the action.
        // "le CCAS de Tours": an article in lower case is the sentence's, not the name's ("La Poste" keeps its own).
        // "La médiathèque municipale (prêt de tablettes)": a sentence's capital article and the body's part in brackets go too.
        for (const p of toPartners(values.map((v) => v.replace(/\s+:\s+.*$/, '').replace(/^(?:(?:les|le|la)\s+|l['’]\s*)(?=\S)/u, '').replace(/^(?:(?:Les|Le|La)\s+|L['’]\s*)(?=\p{Ll})/u, '').replace(ROLE_IN_BRACKETS, '')))) if (!a.partners.some((x) => fold(x.name) === fold(p.name))) a.partners.push(p);
        break;
      case 'budget':
      case 'staffing':
        // Read once with all their sections: headings set what the amounts below are.
        (s.field === 'budget' ? money : people).push(...s.lines);
        break;
    }
    set.add(s.field);
  }
  if (!set.has('title')) bareActionTitle(d, lines, set);
  countLines(d, lines);
  const budget = parseBudget(money, rec);
  if (budget && !a.budget) a.budget = budget;
  const staff = parseStaffing(people, rec, keepNames);
  if (staff.staffing && !a.staffing) {
    a.staffing = staff.staffing;
    a.beneficiaries.push(...staff.beneficiaries);
  }
  return set;
}
