/**
 * A free-form association web page: the structure (name on the first line, postal address,
 * phones, e-mail, opening hours, purpose) and the activities the prose names, each with the
 * counts, volunteers and partners its paragraph gives. Site navigation and the footer (a
 * line of " | " links and what follows) are not the association's and are skipped.
 */
import { addressIn, emailIn, openingHoursIn, phonesIn, websiteIn } from '../contact.js';
import { newDraft, toPartners, type Draft, type DraftStructure } from '../draft.js';
import { fundersIn, partnersIn } from '../mentions.js';
import { extractFigures } from '../figures.js';
import { staffIn, staffNamedByRole } from '../staffing.js';
import type { Recorder } from '../report.js';
import { capitalize, clean, fold, type Line } from '../text.js';
import { funderTypeOf, structureKindOf } from '../vocab.js';
import { inferKeywords } from '../keywords.js';
import { parseUnknown } from './unknown.js';

/** A line this long is prose, not a contact detail. */
const LONG = 200;
const CONTACT_DETAIL = /(?<!\d)\d{5}\s+\p{Lu}|@[\w-]+\.\w|(?:\+33|\b0)[1-9](?:[\s.]?\d{2}){4}|https?:\/\//u;
const STREET_LINE = /^\d+\s*(?:bis|ter)?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|all[ée]e|impasse|route|quai|cours)\b/i;

interface Paragraph {
  n: number;
  text: string;
}

export function isPage(text: string): boolean {
  const head = text.slice(0, 4000);
  return /(?<!\d)\d{5}\s+[A-ZÉ]/.test(head) && (/@[\w-]+\.\w/.test(head) || /(?:\+33|0)[1-9](?:[\s.]?\d{2}){4}/.test(head));
}

/** Openers of a paragraph about one activity: "Le Forum santé dont…", "Les sorties culturelles qui…". */
const OPENER = /^(?:Les\s|Le\s|La\s|L['’]\s*)([^,.;:«»"]{3,80}?)\s+(?:dont|qui|dans le cadre|a pour|ont pour|vise|visent)\b/u;
const NOT_ACTIVITY = /^(?:premi|second|deuxi|troisi|derni|but|public|groupe|travail|d[ée]veloppement|changements?|r[ée]ussite|d[ée]marche|structure|association|objectif|une? )|\b(?:est|sont|a|ont)\b/i;
/** A named project: projet "Parole de femmes", action « X ». */
const QUOTED = /\b(projet|action|atelier|op[ée]ration|p[ôo]le,?|espace|service)\s+["«“]\s*([^"»”]{3,60}?)\s*["»”]/giu;
/** "Le premier volet est l'aide aux devoirs qui…", "La troisième phase … sera le chantier vélo, …". */
const AXIS = /^(?:Le|La)\s+(?:premi\p{L}+|second\p{L}*|deuxi\p{L}+|troisi\p{L}+|derni\p{L}+)\s+(?:axe|phase|p[ôo]le|volet)[^.]*?\s(?:est|sera)\s+(?:l['’]|le\s|la\s)([^,.;:"«]{3,60}?)\s+(?:qui|dont|,)/u;
/** "…par le biais de son pôle jeunesse", "…de son chantier d'insertion". */
const OWN_SERVICE = /\b(?:son|sa|leur)\s+((?:p[ôo]le|service|chantier|espace|centre|atelier)\s+[\p{L}'’ -]{3,30}?)(?=\s+(?:dans|qui|o[uù]|pour|avec|afin)\b|[,.;])/u;

/** Activities many centres run, named in prose without a heading ("…l'accès à l'aide alimentaire…"). */
const ACTIVITIES = /(?<![\p{L}\d])(aide alimentaire|[ée]picerie sociale|accompagnement scolaire|aide aux devoirs|alphab[ée]tisation|vestiaire social|aide administrative|accueil de loisirs|centre de loisirs|chantier d['’]insertion|jardins? partag[ée]s?|repair caf[ée]|ateliers? sociolinguistiques?|permanences? d['’]acc[eè]s aux droits)(?![\p{L}\d])/iu;
/** An activity that announces the actions it also runs: the openers after it are parts of it. */
const LISTS_MORE = /\b(?:d['’]autres|plusieurs|diff[ée]rent\p{L}*|diverses)\s+(?:actions|activit[ée]s|projets|animations)\b[^.:]{0,50}?(?:telles? que|comme|notamment|:)/iu;
/** A line that moves on to another step of the structure's project: the current activity ends. */
const RESET = /^(?:(?:le|la) (?:premi|second|deuxi|troisi|derni)\p{L}* (axe|phase|[ée]tape|volet|mission)|ces (?:diff[ée]rent\p{L}* )?(phases|axes|[ée]tapes))(?![^.]*\best l['’])/iu;
/**
 * How deep a step's word sits in a project's outline: axes and volets hold phases or steps,
 * which hold missions. "La deuxième mission…" inside a phase goes on describing that phase.
 */
function stepLevel(word: string): number {
  return /^(?:axe|volet)/i.test(word) ? 0 : /^mission/i.test(word) ? 2 : 1;
}
/**
 * Workshops a step names without naming an activity ("…les participants s'engagent à suivre
 * les ateliers"): the step is itself the activity, titled after what the page says the
 * workshops are for — "ateliers de remobilisation", "des ateliers, outils de remobilisation".
 */
const WORKSHOPS = /\bateliers\b/iu;
const WORKSHOPS_FOR = /\bateliers\b(?:\s+qui\s+sont|,)?(?:\s+(?:de\s+|des\s+)?(?:(?:pr[ée]cieux|v[ée]ritables|vrais)\s+)?(?:outils|supports|leviers|moyens))?\s+d(?:e\s+|['’])(?!l['’]|la\s|les\s|leurs?\s|son\s|sa\s|ses\s|ces?\s|cette\s|notre\s|nos\s)(\p{Ll}[\p{Ll}-]{3,})/u;

/** "Ateliers de remobilisation" from the step's own line, else from the page's lines above it. */
function workshopsTitle(lines: readonly string[]): string {
  for (const t of lines) {
    const m = WORKSHOPS_FOR.exec(t);
    if (m) return `Ateliers ${/^[aeiouyéèêh]/i.test(m[1]!) ? 'd’' : 'de '}${m[1]}`;
  }
  return 'Ateliers';
}

function structureOf(head: readonly Line[], body: Paragraph[], rec: Recorder): DraftStructure {
  const nameLine = head.find((l) => clean(l.text))!;
  const name = clean(nameLine.text);
  const all = body.map((p) => p.text).join('\n');
  const kind = structureKindOf(name) ?? (/\bl['’]association\b/i.test(all) ? 'association' : undefined);
  if (kind && !structureKindOf(name)) rec.assume('structure.kind', 'la page se présente comme « l’association »');
  const s: DraftStructure = { name, ...(kind ? { kind } : {}) };
  const address = addressIn(head);
  if (address) {
    if (address.departement) s.departement = address.departement;
    if (address.commune) s.commune = address.commune;
    s.address = address.address;
  } else rec.unknown('structure.address', 'adresse non trouvée en tête de page');
  const phones = phonesIn(head);
  if (phones.length) s.phones = phones;
  const email = emailIn(head.map((l) => l.text).join('\n'));
  if (email) s.email = email;
  const website = websiteIn(head);
  if (website) s.website = website;
  const hours = openingHoursIn(head);
  if (hours) s.openingHours = hours.hours;
  // Head lines that are neither contact details nor their labels ("Par fax :") are reported.
  const hoursLines = new Set<number>();
  if (hours) for (const l of head.filter((x) => x.n >= hours.line)) {
    if (!clean(l.text) && hoursLines.size > 1) break;
    hoursLines.add(l.n);
  }
  for (const l of head) {
    const t = clean(l.text);
    if (!t || t === name || hoursLines.has(l.n) || /[:?]$/.test(t) || CONTACT_DETAIL.test(t) || STREET_LINE.test(t) || t === address?.commune?.name.toUpperCase()) continue;
    rec.unknown('structure', t, l.n);
  }
  const purpose = body.find((p) => /^(?:le but|l['’]objet|l['’]association a pour|notre association|notre but)/i.test(p.text)) ?? body[0];
  if (purpose) s.summary = purpose.text;
  return s;
}

/** How an activity was found, for the report. */
type How = 'quoted' | 'opener' | 'axis' | 'service' | 'common' | 'workshops';
const HOW: Record<How, string> = {
  quoted: 'nom entre guillemets',
  opener: 'ligne qui s’ouvre sur le nom de l’activité',
  axis: 'axe ou phase du projet de la structure',
  service: 'service de la structure',
  common: 'activité courante, chiffrée dans le texte',
  workshops: 'étape du parcours consacrée à des ateliers',
};

/** Reads the activities of the body, line by line (web pages give one paragraph per line). */
function activities(body: readonly Line[], structure: DraftStructure, first: Draft): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  /** An axis that "regroupe plusieurs projets": the openers after it are parts of it. */
  let group: Draft | undefined;
  /** The activity the following plain lines go on describing. */
  let previous: Draft | undefined;

  const start = (title: string, unit: Paragraph, how: How): Draft | undefined => {
    const k = fold(title);
    if (seen.has(k)) return undefined;
    seen.add(k);
    const d = drafts.length === 0 ? first : newDraft('page', unit.n, '');
    d.line = unit.n;
    d.action.title = capitalize(title);
    d.structure = structure;
    d.rec.assume('title', `activité repérée dans la page (${HOW[how]}) : titre « ${d.action.title} »`, unit.n);
    drafts.push(d);
    return d;
  };

  /** The activity a step line started ("La seconde phase…" naming its workshops), with the step's depth. */
  let step: { draft: Draft; level: number } | undefined;
  const seenLines: string[] = [];

  for (const line of body) {
    const unit = { n: line.n, text: clean(line.text) };
    if (!unit.text) continue;
    seenLines.unshift(unit.text);
    const count = drafts.length;
    const report = () => {
      if (drafts.length === count && previous === undefined && unit.text !== structure.summary) first.rec.unknown('description', unit.text.length > 160 ? `${unit.text.slice(0, 157)}…` : unit.text, unit.n);
    };
    const reset = RESET.exec(unit.text);
    const level = reset ? stepLevel(reset[1] ?? reset[2]!) : undefined;
    if (level !== undefined && step && previous === step.draft && level > step.level) {
      // A mission inside the phase that is the activity: it goes on describing it.
      absorb(step.draft, unit);
      continue;
    }
    if (reset) previous = group = step = undefined;
    const quoted = [...unit.text.matchAll(QUOTED)];
    const axis = AXIS.exec(unit.text);
    const opener = OPENER.exec(unit.text);
    const own = OWN_SERVICE.exec(unit.text);
    const common = ACTIVITIES.exec(unit.text);
    let d: Draft | undefined;
    if (quoted.length) {
      for (const m of quoted) {
        const noun = /^p[ôo]le|^espace|^service/i.test(m[1]!) ? `${capitalize(m[1]!.replace(/,$/, ''))} ` : '';
        d = start(noun + m[2]!, unit, 'quoted') ?? d;
      }
      group = undefined;
    } else if (axis) {
      d = start(clean(axis[1]!.replace(/^(?:action|atelier|activit[ée])\s+d(?:e\s+|['’])/i, '')), unit, 'axis');
      group = /regroupe|plusieurs (?:projets|actions)/i.test(unit.text) ? d : undefined;
    } else if (opener && !NOT_ACTIVITY.test(opener[1]!) && opener[1]!.split(/\s+/).length <= 8) {
      // Parts of a group are named in lowercase ("la découverte du patrimoine", "le hip hop"); a
      // proper name ("Le Cybercentre…") is an activity of its own.
      if (group && !/^\p{Lu}/u.test(opener[1]!)) {
        absorb(group, unit);
        previous = group;
        continue;
      }
      d = start(clean(opener[1]!), unit, 'opener');
      group = undefined;
    } else if (own) {
      d = start(clean(own[1]!), unit, 'service');
      group = undefined;
    } else if (common && extractFigures(unit.text).beneficiaries.length) {
      d = start(common[1]!, unit, 'common');
    } else if (level !== undefined && level > 0 && WORKSHOPS.test(unit.text)) {
      d = start(workshopsTitle(seenLines), unit, 'workshops');
      if (d) step = { draft: d, level };
    } else if (previous) {
      // A line that starts nothing new goes on about the current activity.
      absorb(previous, unit);
      // "Le secteur famille mène aussi d'autres projets comme : …": what follows is part of it.
      if (LISTS_MORE.test(unit.text)) group = previous;
      continue;
    }
    if (d) absorb(d, unit);
    if (d && LISTS_MORE.test(unit.text)) group = d;
    previous = d;
    report();
  }
  return drafts;
}

/** Adds a line of prose to an activity: description, counts, staff, funders, keywords. */
function absorb(d: Draft, unit: Paragraph): void {
  const a = d.action;
  a.description = a.description ? `${a.description}\n${unit.text}` : unit.text;
  const figures = extractFigures(unit.text);
  a.beneficiaries.push(...figures.beneficiaries);
  a.outcomes.push(...figures.outcomes);
  const people = staffIn(unit.text, d.rec, unit.n);
  // "après un entretien avec l'encadrante sociale": one staff member, named by role alone.
  for (const { role, head } of staffNamedByRole(unit.text)) {
    if ([...(a.staffing?.people ?? []), ...people].some((p) => fold(p.role).includes(fold(head)))) continue;
    people.push({ role, kind: 'salarie', count: 1 });
    d.rec.assume('staffing.people', `un membre de l’équipe nommé par son rôle : 1 ${role}`, unit.n);
  }
  if (people.length) {
    a.staffing ??= { people: [], text: '' };
    a.staffing.people.push(...people);
    a.staffing.text = a.staffing.people.map((p) => (p.count ? `${p.count} ${p.role}` : p.role)).join('\n');
  }
  for (const name of partnersIn(unit.text)) {
    if (!a.partners.some((p) => fold(p.name) === fold(name))) a.partners.push(...toPartners([name]));
  }
  const funders = fundersIn(unit.text);
  if (funders.length) {
    a.budget ??= { currency: 'EUR', revenues: [], expenses: [] };
    a.budget.revenues.push(...funders.map((label) => ({ label, funderType: funderTypeOf(label) })));
    d.rec.assume('budget.revenues', 'financeurs cités sans montant (« soutenu par », « partenaires financiers »)', unit.n);
  }
  const keywords = inferKeywords(a.description);
  if (keywords.join() !== a.keywords.join()) {
    a.keywords = keywords;
    d.rec.assume('keywords', `mots-clés déduits du texte : ${keywords.join(', ')}`, unit.n);
  }
}

export function parsePage(lines: readonly Line[], keepNames = false): Draft[] {
  // The contact block (address, phones, hours) ends where the prose starts: the first long
  // line after the first contact detail. The footer starts at a line of " | " links.
  const firstContact = lines.find((l) => CONTACT_DETAIL.test(l.text))?.n ?? 0;
  const bodyStart = lines.findIndex((l) => l.n > firstContact && clean(l.text).length > LONG);
  const footer = lines.findIndex((l, i) => i > bodyStart && /\s\|\s.*\s\|\s/.test(l.text));
  const head = bodyStart === -1 ? lines : lines.slice(0, bodyStart);
  const body = bodyStart === -1 ? [] : lines.slice(bodyStart, footer === -1 ? undefined : footer);
  const first = newDraft('page', lines.find((l) => clean(l.text))?.n ?? 1, '');
  const units = body.filter((l) => clean(l.text)).map((l) => ({ n: l.n, text: clean(l.text) }));
  const structure = structureOf(head, units, first.rec);
  if (footer !== -1) first.rec.assume('structure', `pied de page ignoré à partir de la ligne ${lines[footer]!.n} (navigation et coordonnées du site hôte)`);

  const drafts = activities(body, structure, first);
  if (drafts.length === 0) return asFreeText(lines, structure, first, keepNames);
  return drafts;
}

/** A first line this long, or ending a sentence, is a headline or prose, not a structure's name. */
const NOT_A_NAME = /[.!?]$|^.{81,}$/u;

/**
 * A page that names no activity in the page reader's own way (a press article with a contact
 * line, a centre's page about one thing, or one whose activities stand under headings): the
 * whole text is read as free text — budget, staffing, partners, public, one action per heading
 * when the free-text reader finds several — and the contact details found in its head go to the
 * structure the prose names.
 */
function asFreeText(lines: readonly Line[], structure: DraftStructure, first: Draft, keepNames: boolean): Draft[] {
  const drafts = parseUnknown(lines, undefined, keepNames);
  if (drafts.length === 0) return [first];
  const { name: headName, summary: _, ...contact } = structure;
  drafts.forEach((d, i) => {
    d.format = 'page';
    // The page's layout is known (its head gives the contacts): only its activities are not named.
    const formatNote = d.rec.notUnderstood.findIndex((n) => n.field === 'format');
    if (formatNote !== -1) d.rec.notUnderstood.splice(formatNote, 1);
    // What the page reader noted about the head goes once, to the first action's report.
    if (i === 0) {
      d.rec.notUnderstood.push(...first.rec.notUnderstood.filter((n) => n.field === 'structure.address'));
      d.rec.assumptions.unshift(...first.rec.assumptions);
    }
    if (drafts.length === 1) {
      d.rec.assume('format', 'page de centre reconnue (coordonnées en tête) ; aucune activité nommée : lue comme un seul texte libre, à vérifier');
      d.rec.assumptions.splice(i === 0 ? first.rec.assumptions.length : 0, 0, { field: 'title', text: 'aucune activité nommée dans la page : lue comme un seul texte libre' });
    } else {
      d.rec.assume('format', 'page de centre reconnue (coordonnées en tête) ; activités lues à leurs intertitres, à vérifier');
    }
    // The page's first line names the structure unless it reads as a headline; the prose's own naming wins.
    const name = d.structure?.name ?? (NOT_A_NAME.test(headName) ? undefined : headName);
    if (name) d.structure = { ...contact, ...d.structure, name };
    else d.placeHint ??= contact.departement ? { departement: contact.departement, ...(contact.commune ? { commune: contact.commune.name } : {}) } : undefined;
  });
  return drafts;
}
