/**
 * Text in no known format (a press article, a centre's page, a note): one action read by the
 * free-text reader. The title is the document's heading (HTML h1, Word title) or its first
 * short line; a text that opens on a long line gets the start of its first sentence, and the
 * report says so. The fiche is flagged for review. A page presenting several activities under
 * their own headings gives one action per activity (activities.ts).
 */
import { newDraft, type Draft } from '../draft.js';
import { inferKeywords } from '../keywords.js';
import { capitalize, clean, fold, joinText, type Line } from '../text.js';
import { applyProse } from '../apply-prose.js';
import { applyLabelled } from '../labelled.js';
import { actionTable, activitySections, isFicheSection, labelledFiches } from '../activities.js';
import { isLabel } from '../labelled.js';
import { isDocumentHeader, subjectOf } from '../layout.js';
import { communeByName } from '../communes.js';

/** What the reader looks for in a fiche of a known format, for "expected … found …". */
const EXPECTED = 'aucun format connu (fiche SENACS « Actions » + « Statut de l’action », questionnaire SENACS, fiche Apriles, page de centre avec adresse et contact)';

/** Labelled fields a sheet gives ("Intitulé :", "Public :", "Budget :") for its layout to count as known. */
const MIN_LABELS = 3;

// Word writes the apostrophe curly ("Rapport d’activité 2024 – …"), a dash may be long.
const DOCUMENT_KIND = /^(?:(?:bilan|rapport)(?: de l['’]action| d['’]action| d['’]activit[ée]s?)?|fiche(?: action| projet)?|compte[- ]rendu|action|projet)(?:\s+(?:19|20)\d\d|\s*n?°?\s*\d{1,3})?\s*[-–—:]\s+/i;

function firstSentence(text: string): string {
  const s = /^(.{20,120}?[.!?])(?:\s|$)/u.exec(text)?.[1] ?? text;
  return s.length <= 120 ? s : `${s.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

export function parseUnknown(lines: readonly Line[], heading?: string, keepNames = false): Draft[] {
  const table = actionTable(lines);
  if (table) {
    // The lines above the table say whose actions they are and where.
    const intro = readOne(table.intro, heading, keepNames);
    return table.rows.map((row) => {
      const d = readOne(row.lines, row.title, keepNames, row.line, `tableau d’actions, une par ligne (en-tête ligne ${table.intro.length ? table.intro[table.intro.length - 1]!.n + 1 : row.line - 1})`)!;
      d.rec.assume('title', `tableau d’actions : une action par ligne, « ${row.title} » (ligne ${row.line})`, row.line);
      if (intro?.structure && !d.structure) d.structure = intro.structure;
      if (intro?.placeHint && !d.placeHint) d.placeHint = intro.placeHint;
      return d;
    });
  }
  const fiches = labelledFiches(lines);
  if (fiches) {
    return fiches.map((part) => {
      const d = readOne(part, undefined, keepNames, undefined, 'fiches à rubriques mises bout à bout')!;
      d.rec.assume('?', `fiches à rubriques mises bout à bout : une fiche lue à partir de la ligne ${part[0]!.n}`, part[0]!.n);
      return d;
    });
  }
  const split = activitySections(lines, heading);
  if (!split) {
    const d = readOne(lines, heading, keepNames);
    return d ? [d] : [];
  }
  // The intro says who runs the activities and where: each activity's structure, when its own text names none.
  const intro = readOne(split.intro, heading, keepNames);
  // A town's bulletin or a magazine has rubrics about other things (works, registry): only those naming a centre or an association are actions.
  const publication = PUBLICATION.test(fold([heading ?? '', ...split.intro.map((l) => l.text)].join('\n')));
  const kept = publication ? split.sections.filter((s) => CARRIER.test(s.lines.map((l) => l.text).join('\n'))) : split.sections;
  if (kept.length === 0) {
    const d = readOne(lines, heading, keepNames);
    return d ? [d] : [];
  }
  const drafts = kept.map((s) => {
    const { title, line } = sectionTitle(s.title, s.line, s.lines);
    const d = readOne(s.lines.filter((l) => l.n !== line || line === s.line), title, keepNames, line, publication ? 'publication découpée à ses rubriques' : 'page de plusieurs activités découpée à ses intertitres');
    d!.rec.assume('title', `page de plusieurs activités découpée à ses intertitres : activité « ${title} » (ligne ${line})`, line);
    if (intro?.structure && !d!.structure) d!.structure = intro.structure;
    if (intro?.placeHint && !d!.placeHint) d!.placeHint = intro.placeHint;
    // "Deux rendez-vous pour les retraités de la ville": the intro's public is each activity's, when its own text names none.
    if (intro?.action.public.length && !d!.action.public.length) {
      d!.action.public = [...intro.action.public];
      d!.rec.assume('public', `public pris dans l’introduction de la page : ${d!.action.public.join(', ')}`, s.line);
    }
    return d!;
  });
  for (const s of split.sections.filter((x) => !kept.includes(x))) {
    drafts[0]!.rec.unknown('description', `rubrique « ${s.title} » de la publication : ni centre ni association nommés, pas lue comme une action`, s.line);
  }
  // What the intro itself says beyond the structure is not lost: it goes to the first activity's report.
  if (intro) drafts[0]!.rec.unknown('description', `introduction de la page, commune aux activités : ${intro.action.description ?? intro.action.title}`, split.intro[0]?.n);
  return drafts;
}

/** "Centre social intercommunal du Val de Sèvre, Saint-Maixent-l'École": a structure and its town. */
const STRUCTURE_LINE = /^(?:centre (?:social|socio)|espace de vie sociale|espace social|maison de quartier|maison pour tous|association|MJC|foyer rural)\b[^.!?]{0,80},\s*(\p{Lu}[\p{L}'’ -]{1,40})$/iu;
const CAPS_RUBRIC = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[\p{Lu}\d'’ -]{3,50}$/u;
/** A sentence opening on a noun and a quoted name: "Le Lieu d'accueil enfants-parents « Les Petits Pas » a…". */
const NAMED_AT_START = /^(?:Le|La|Les|L['’])\s*([^«».;:]{3,60}?)\s*«\s*([^»]{2,60}?)\s*»/u;
const PUBLICATION = /\b(?:bulletin (?:municipal|communal|d'information|d'informations)|magazine|journal (?:municipal|communal|de la ville)|gazette|lettre (?:municipale|de la ville))\b/;
/** Who carries an action in Vitrine's sense: a centre, a social space, an association. */
const CARRIER = /centre (?:social|socio)|espace de vie sociale|espace social|maison de quartier|maison pour tous|\bMJC\b|foyer rural|association/i;
/** "VIE SOCIALE", "ACTUALITÉS": a rubric in capitals says where a headline stands, not what it is about. */
const RUBRIC_TITLE = /^[\p{Lu}\d'’ -]{3,40}$/u;

/**
 * A section's title: its heading, unless the heading is a rubric in capitals over a headline
 * ("VIE SOCIALE" › "Le centre social lance « Cœur de quartier »"); a headline that is a
 * sentence around a quoted name gives the name.
 */
function sectionTitle(heading: string, headingLine: number, lines: readonly Line[]): { title: string; line: number } {
  // "▶ À Romans-sur-Isère : « Les P'tits Déj' du quartier »": a newsletter's place, then the action's quoted name.
  const placed = PLACE_THEN_NAME.exec(clean(heading));
  if (placed) return { title: placed[1]!, line: headingLine };
  const first = lines.find((l) => clean(l.text));
  const headline = first && clean(first.text);
  if (!RUBRIC_TITLE.test(heading) || !first || !headline || headline.length > 120 || /[.;:]$/.test(headline) || RUBRIC_TITLE.test(headline)) return { title: heading, line: headingLine };
  return { title: quotedName(headline) ?? headline, line: first.n };
}

const FOLLOW = /^\S+\s*[•·]\s*(?:suivre|follow|s['’]abonner)$/iu;
/** "#JardinDesCopains": a name written as a hashtag, its words capitalised. */
const HASHTAG_NAME = /#(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,5})(?![\p{L}\d])/u;
const PLACE_THEN_NAME = /^(?:[àÀ]|Au|En|Dans)?\s*[\p{Lu}][\p{L}'’ -]{1,40}\s*[:–—-]\s*[«"“]\s*([^»"”]{3,80}?)\s*[»"”]\s*$/u;

/** "Le centre social X lance « Cœur de quartier »" → "Cœur de quartier"; "Projet « X »" keeps its noun. */
export function quotedName(text: string): string | undefined {
  const m = /^(.*?)[«"“]\s*([^»"”]{3,80}?)\s*[»"”]/u.exec(text);
  return m && m[1]!.trim().split(/\s+/).length > 3 ? m[2] : undefined;
}

/**
 * The line that titles free text: the first, unless it names the document ("Compte rendu du …",
 * "FICHE ACTION 2025", a rubric): then an "Objet :" line, or the next line that reads as a
 * heading (no sentence, no label, no section such as "Édito").
 */
function titleLine(lines: readonly Line[]): { line: Line; title: string } | undefined {
  const shown = lines.filter((l) => clean(l.text)).slice(0, 8);
  const first = shown[0];
  // A social-network post copied whole: the page's name, the time it was posted, then the post.
  if (first && shown[2] && POSTED_AT.test(clean(shown[1]!.text))) return { line: shown[2], title: clean(shown[2].text) };
  // An Instagram post copied whole: "account • Suivre", the place, then the post, which names its action by a hashtag
  // ("Le #JardinDesCopains rouvre ce samedi") more often than by its first line ("C'EST REPARTI !!").
  if (first && FOLLOW.test(clean(first.text))) {
    for (const l of shown.slice(1)) {
      const tag = HASHTAG_NAME.exec(l.text);
      if (tag && !/^\s*#/.test(l.text)) return { line: l, title: tag[1]!.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').replace(/ (De|Des|Du|La|Le|Les|Et|Aux|Au|En) /g, (w) => w.toLowerCase()) };
    }
  }
  // A letter under its letterhead: "Objet : présentation de notre action « Laverie solidaire »" names the action.
  const letter = shown.map((l) => ({ l, subject: /^objet\s*:/i.test(clean(l.text)) ? subjectOf(clean(l.text)) : undefined })).find((x) => x.subject);
  // (Only after a generic "notre action": "l'épicerie sociale « Le Panier »" is named whole, below.)
  // "Demande de subvention pour le projet « Parents en jeu »" too: wherever the generic noun stands.
  const quotedSubject = letter ? /(?:^|\s)(?:notre|votre|l['’]|la|le|cette|de l['’]|du)\s*(?:action|projet|activit[ée])\s*[«"“]\s*([^»"”]{3,80}?)\s*[»"”]/iu.exec(letter.subject!)?.[1] : undefined;
  if (letter && quotedSubject) return { line: letter.l, title: quotedSubject };
  if (!first || !(isDocumentHeader(clean(first.text)) || headsTheDocument(clean(first.text), shown.slice(1, 3).map((l) => clean(l.text))))) return undefined;
  // "Compte rendu – Comité de pilotage « Médiation numérique »": the document's header names the action it is about.
  const quotedInHeader = isDocumentHeader(clean(first.text)) ? quotedName(clean(first.text)) : undefined;
  if (quotedInHeader) return { line: first, title: quotedInHeader };
  // "Délibération n° 2025-087 – Subvention … pour le projet « Jardins au pied des immeubles »": an official
  // document's point about one project names it, below the header's date and attendance lines.
  if (isDocumentHeader(clean(first.text))) {
    for (const l of shown.slice(1)) {
      const project = PROJECT_NAMED.exec(clean(l.text));
      if (project) return { line: l, title: project[1]! };
    }
  }
  for (const l of shown) {
    const subject = subjectOf(clean(l.text));
    // "Objet : attribution d'une subvention … pour l'action « Vacances pour tous »": the action's name.
    if (subject) return { line: l, title: quotedName(subject) ?? subject };
  }
  for (const l of shown.slice(1)) {
    const t = clean(l.text);
    // "Centre social X, Town" under a report's header says who wrote it; "3.2 SECTEUR FAMILLES" is a rubric.
    // A breadcrumb ("Accueil > Vie municipale") and an address line ("…, 23200 Aubusson") name no action.
    // A newspaper's dateline ("Édition de Mâcon | Mercredi 18 juin 2025") and its subscription offer name no action either.
    if (STRUCTURE_LINE.test(t) || NAME_ONLY.test(t) || CAPS_RUBRIC.test(t) || ISSUE_LINE.test(t) || MEETING_DATE.test(t) || /\s[>›]\s/.test(t) || /\b\d{5}\s+\p{Lu}/u.test(t) || DATELINE.test(t) || PAYWALL.test(t) || SECTOR.test(t)) continue;
    // "3. Subvention au centre social – projet « Coup de pouce numérique »": a meeting's point names the action it is about.
    // "3.2 Ateliers socio-linguistiques": the report's section number is no part of the name.
    if (t.length <= 160 && !/[.,;:]$/.test(t) && !isDocumentHeader(t) && !isLabel(t) && !isFicheSection(t) && !/\b(?:19|20)\d\d\b.*\d{1,2}h\d{0,2}$/.test(t)) return { line: l, title: quotedName(t) ?? t.replace(/^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?=\p{Lu})/u, '') };
    // Prose already: its first sentence may name the action ("Le Lieu d'accueil « Les Petits Pas » a ouvert…").
    const named = NAMED_AT_START.exec(t);
    if (named) return { line: l, title: `${capitalize(named[1]!)} « ${named[2]} »` };
    // Prose: the title is above it. A meeting's numbered points go on to the one about the action.
    if (t.length > 120 && !/^\d{1,2}[.)]\s/.test(t)) break;
  }
  return undefined;
}

/** "le projet « Jardins au pied des immeubles »", "l'action « Vacances pour tous »": a named project. */
const PROJECT_NAMED = /\b(?:projet|action|atelier|dispositif|op[ée]ration)\s+[«"“]\s*([^»"”]{3,80}?)\s*[»"”]/iu;
/** "Séance du 9 octobre 2025", "Réunion du 3 juin": when a meeting sat, not what it was about. */
const MEETING_DATE = /^(?:s[ée]ance|r[ée]union|assembl[ée]e g[ée]n[ée]rale|conseil municipal)\s+du\s+\d/iu;
/** "Mercredi 18 juin 2025", "Édition de Mâcon": a newspaper's dateline. */
const DATELINE = /^(?:[ée]dition d[eu'’]|(?:.*\s)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\b)/iu;
/** "Pôle enfance-familles", "Secteur jeunesse": a report's rubric over the action it presents. */
const SECTOR = /^(?:p[ôo]le|secteur)\s+[\p{L}'’ -]{3,40}$/iu;
/** "Accueil > Vie locale", "Actualités › Solidarité": where a page stands in its site. */
const BREADCRUMB = /^[^.!?]{2,40}\s[>›]\s[^.!?]{2,60}$/u;
const PAYWALL = /^(?:abonnez-vous|s['’]abonner|offre (?:d['’]essai|abonn)|r[ée]serv[ée] aux abonn[ée]s|article r[ée]serv[ée])/iu;
/** "Centre social et culturel Saint-Exupéry – 69200 Vénissieux": who wrote the document and where, above what it is about. */
const LETTERHEAD = /^(?:centre (?:social|socio\p{L}*)|espace de vie sociale|espace social|maison de quartier|maison pour tous|association|mjc|foyer rural)\b.{0,80}\b\d{5}\s+\p{Lu}[\p{L}'’ -]+$/iu;
/** "L'ÉCHO DU VAL DE SAÔNE" over a dateline: a newspaper's masthead. */
const MASTHEAD = /^[\p{Lu}\d'’ -]{6,60}$/u;

/** "Le magazine municipal — n° 87 — Printemps 2025", "Bulletin d'information n° 12": a publication's issue line. */
// An issue number alone is not enough: "Action n° 2 – Vacances en famille" names an action.
const ISSUE_LINE = /^(?:(?:le |la |l['’])?(?:magazine|bulletin|journal|gazette|lettre|revue)\b[^.!?]{0,60}|.{0,60}\b(?:magazine|bulletin|journal|gazette|lettre|revue)\b.{0,40}\bn[°o]\s?\d{1,4}\b.{0,40})$/iu;
/** "Centre socioculturel du Val d'Ouche": a line that is only a structure's name, as a report's letterhead prints it. */
const NAME_ONLY = /^(?:centre (?:social|socio\p{L}*)|espace de vie sociale|espace social|maison de quartier|maison pour tous|mjc|foyer rural)\b[^.!?:;,]{0,60}$/iu;

/** A first line that says who publishes the document (a letterhead, a masthead over its dateline), not what it is about. */
/** An address line under a centre's name ("Rue des Lilas, 62100 Calais"). */
const POSTAL_LINE = /\b\d{5}\s+\p{Lu}/u;

/** A short line without the end of a sentence, a label, a figure or an address: a heading, as a page sets one. */
function standsAsHeading(line: string): boolean {
  return line.length >= 4 && line.length <= 90 && /^\p{Lu}/u.test(line) && !/[.,;:!?…]$/.test(line) && !/\d/.test(line) && !isLabel(line) && !NAME_ONLY.test(line);
}

/** The rubrics a town's or a federation's bulletin files its articles under, in capitals. */
const BULLETIN_RUBRIC = /^(?:VIE (?:ASSOCIATIVE|LOCALE|SOCIALE|DES QUARTIERS|DU QUARTIER|MUNICIPALE)|ACTUALITÉS?|SOLIDARITÉS?|EN BREF|INITIATIVES?|ASSOCIATIONS?|ÇA BOUGE|À LA UNE|ÉCHOS? DES (?:QUARTIERS|ASSOCIATIONS))$/u;

function headsTheDocument(first: string, next: readonly string[]): boolean {
  // A newspaper's name over its dateline, or over the rubric trail of its website ("Actualités > Solidarité"), or a magazine's over its issue.
  // "LE COURRIER DE LA VALLÉE – Édition de Roubaix": the masthead and its edition on one line.
  const head = first.split(/\s[–—-]\s/)[0]!;
  // A bulletin's rubric ("VIE ASSOCIATIVE", "SOLIDARITÉ", "EN BREF") over the headline of its article.
  if (BULLETIN_RUBRIC.test(first) && next[0] !== undefined && standsAsHeading(next[0]) && !RUBRIC_TITLE.test(next[0]) && next[0].split(' ').length >= 3) return true;
  if (LETTERHEAD.test(first) || (MASTHEAD.test(head) && /\s/.test(head) && next.some((t) => DATELINE.test(t) || BREADCRUMB.test(t) || ISSUE_LINE.test(t)))) return true;
  // A centre's name alone over a report's heading ("Bilan 2024 — Action « X »"), or over a short line standing as a
  // heading ("Centre social Les Tilleuls" then "Atelier couture du jeudi", a centre's page, its address between or
  // not): that line names the action.
  return NAME_ONLY.test(first) && next[0] !== undefined && (isDocumentHeader(next[0]) || DOCUMENT_KIND.test(next[0]) || /^(?:bilan|rapport|fiche|compte[- ]rendu)\b.*[«"“]/iu.test(next[0]) || standsAsHeading(next.find((t) => !POSTAL_LINE.test(t)) ?? ''));
}

/** "12 octobre à 18:42", "3 janvier 2025, 09:15", "Il y a 2 h", "2 j": when a post was published. */
const POSTED_AT = /^(?:\d{1,2}(?:er)? \p{L}+\.?(?: \d{4})?(?: à|,)? \d{1,2}[:h]\d{2}|il y a \d+\s*\p{L}*|\d+\s*(?:h|min|j|sem)\.?)\s*[·•]?\s*$/iu;
/** "Retour en images sur notre bourse aux vêtements": what the post is about, not how it is told. */
const LOOKING_BACK = /^(?:retour(?: en (?:images|photos|vid[ée]o))? sur|souvenirs? d[eu']|en images\s*:)\s*(?:notre |nos |le |la |les |l['’]|ce |cette )?/iu;

/**
 * Verbs a headline tells its news with, in the present: "Le Resto du jeudi fête ses deux ans",
 * "La Ruche aux jeux rouvre ses portes", "Bricol'âge cherche des bénévoles".
 */
const HEADLINE_VERB = String.raw`(?:f[êe]te|c[ée]l[èe]bre|souffle|ouvre|rouvre|lance|relance|revient|reprend|accueille|s['’]installe|s['’]agrandit|s['’]ouvre|d[ée]m[ée]nage|recrute|cherche|grandit|continue|poursuit|change|pr[ée]pare|r[ée]unit|rassemble|fait|prend|d[ée]marre|red[ée]marre|ferme|passe|devient|gagne|re[çc]oit|obtient|mobilise|invite|a|est|sera|aura)`;
/**
 * A headline whose subject is a named action (a capitalised first word after the article),
 * followed by what happens to it: the subject names the action. "À Quimperlé, les seniors
 * reprennent…" or "Cahors : un café des aidants ouvre…" have no named subject and stay whole.
 */
const NAMED_SUBJECT = new RegExp(String.raw`^((?:(?:Le|La|Les)\s+|L['’])?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:du|de la|de l['’]|des|de|d['’]|à|au|aux|en|et)\s*)?[\p{L}\d'’-]+){0,5}?)\s+${HEADLINE_VERB}\s+\p{L}`, 'u');
const ARTICLE = /^(?:(?:Le|La|Les)\s+|L['’])/u;
const QUOTED_SUBJECT = /^(?:(?:Le|La|Les)\s+|L['’]\s*)?[«“"]\s*([^»”"]{3,60}?)\s*[»”"]\s+\p{Ll}/u;
/** Subjects that say who acts, not what the action is called. */
const ACTOR = /^(?:mairie|ville|commune|conseil|d[ée]partement|r[ée]gion|caf|[ée]tat|pr[ée]fecture|association|centre|maison|espace|mjc|foyer)\b/iu;

/**
 * "Roue libre : au centre social des Trois-Ponts, les vélos oubliés reprennent la route": a
 * headline's kicker names the action, the news follows in a sentence of its own. A town as the
 * kicker ("Hesdin : la bricothèque…") or a news without a verb ("Mobilité solidaire : un plan
 * pour les villages") leaves the headline whole, and so does a kicker the text does not name again (a rubric).
 */
const KICKER = /^(\p{Lu}[^:«»"]{2,40}?)\s:\s(.{25,})$/u;
const NEWS_VERB = new RegExp(String.raw`(?:^|\s)(?:\p{Ll}{2,}ent|${HEADLINE_VERB})(?=\s)`, 'u');

function kickerName(title: string, body: readonly Line[]): string | undefined {
  const m = KICKER.exec(title);
  // One word is a rubric ("Solidarité : …"), "À Vierzon" or "Dans le quartier" a place.
  const words = m ? m[1]!.trim().split(/\s+/).length : 0;
  if (!m || words < 2 || words > 4 || /^(?:[àÀ]|Au|Aux|En|Dans|Sur|Pour)\s/u.test(m[1]!) || RUBRIC_TITLE.test(m[1]!) || communeByName(m[1]!) || ACTOR.test(m[1]!) || CARRIER.test(m[1]!) || !NEWS_VERB.test(m[2]!)) return undefined;
  // A rubric ("Vie associative : les bénévoles recrutent") is not named again below; the action's name is.
  const name = fold(m[1]!.trim());
  return body.some((l) => l.text.length > name.length && fold(l.text).includes(name)) ? m[1]!.trim() : undefined;
}

/** "Le Resto du jeudi fête ses deux ans" → "Le Resto du jeudi"; undefined for any other title. */
function namedSubject(title: string): string | undefined {
  // "Les « Mardis du vélo » remettent les habitantes en selle": the quoted subject is the action's name.
  const quoted = QUOTED_SUBJECT.exec(title);
  if (quoted) return quoted[1];
  const m = NAMED_SUBJECT.exec(title);
  if (!m || /[:,;!?«»"]/.test(m[1]!)) return undefined;
  const name = m[1]!;
  const head = name.replace(ARTICLE, '');
  if (!/^\p{Lu}/u.test(head) || ACTOR.test(head) || CARRIER.test(name)) return undefined;
  // One bare word must look like a name ("Bricol'âge"), not a sentence's first word ("Elle", "Nous").
  return /\s/.test(name) || /^\p{Lu}\p{Ll}+['’-]\p{L}+/u.test(name) ? name : undefined;
}

/**
 * One action read from free text; `heading` titles it, `headingLine` is where the heading stood,
 * `layout` names the layout it was cut from (a table of actions, a bulletin's rubrics), if any.
 */
function readOne(lines: readonly Line[], headingGiven: string | undefined, keepNames: boolean, headingLine?: number, layout?: string): Draft | undefined {
  // "Rapport d'activité 2024" as a page's h1 names the document: the title is looked for below it.
  const heading = headingGiven !== undefined && headingLine === undefined && isDocumentHeader(clean(headingGiven)) ? undefined : headingGiven;
  const named = heading === undefined ? titleLine(lines) : undefined;
  const first = named?.line ?? lines.find((l) => clean(l.text));
  if (!first && heading === undefined) return undefined;
  const short = named?.title ?? (first ? clean(first.text) : '');
  const fromHeading = heading !== undefined && clean(heading).length > 0;
  // "Bilan 2024 - Atelier vélo", "Fiche projet : X": the document's kind is not the action's name.
  const told = (fromHeading ? clean(heading) : short.length <= 120 ? short : firstSentence(short)).replace(DOCUMENT_KIND, '') || short;
  const looked = LOOKING_BACK.test(told) ? capitalize(told.replace(LOOKING_BACK, '').replace(/\s*!+$/, '')) || told : told;
  // "Le Resto du jeudi fête ses deux ans": the named subject is the action, the rest is the news.
  const title = kickerName(looked, lines.filter((l) => l !== first)) ?? namedSubject(looked) ?? looked;
  const d = newDraft('unknown', headingLine ?? first!.n, title);
  d.flagged = true;
  if (title !== looked) d.rec.assume('title', `titre d’article : l’action nommée en sujet, « ${title} », sans la suite (« ${looked} »)`, headingLine ?? first?.n);
  if (fromHeading) d.rec.assume('title', `titre pris dans l’en-tête du document : « ${title} »`, headingLine ?? first?.n);
  else if (named) d.rec.assume('title', `première ligne nommant le document (« ${clean(lines.find((l) => clean(l.text))!.text)} ») : titre pris à la ligne ${first!.n}`, first!.n);
  else if (short.length <= 120) d.rec.assume('title', 'format non reconnu : première ligne prise comme titre', first!.n);
  else d.rec.assume('title', `première ligne de ${short.length} caractères : titre tiré de sa première phrase, à vérifier`, first!.n);
  // The title line is not description when it is only the title.
  const body = lines.filter((l) => !(l === first && (short === title || short.endsWith(title) || fromHeading && clean(heading!) === short)));
  const text = joinText(body);
  if (text) d.action.description = text;
  // Labels first ("Budget :", "Partenaires", "Équipe"): what they give, the prose does not redo.
  const labelled = applyLabelled(d, lines, keepNames);
  // A layout the reader knows is no unknown format, even without a fiche format's name: the report says which it took.
  const known = layout ?? (labelled.size >= MIN_LABELS ? `fiche à rubriques (${labelled.size} rubriques « Libellé : valeur » lues)` : undefined);
  if (known) d.rec.assume('format', `mise en page reconnue : ${known} ; aucun format de fiche nommé, à vérifier`);
  else d.rec.unknown('format', `${EXPECTED} ; trouvé : ${lines.filter((l) => clean(l.text)).length} lignes de texte libre, lues phrase par phrase`);
  const keywords = d.action.keywords.length ? [] : inferKeywords(text ?? '');
  if (keywords.length) {
    d.action.keywords = keywords;
    d.rec.assume('keywords', `mots-clés déduits du texte : ${keywords.join(', ')}`);
  }
  applyProse(d, lines, { all: true });
  municipalGiver(d, lines);
  if (!d.placeHint) {
    const town = townInCapitals(lines) ?? townOfStructureLine(lines);
    if (town) {
      d.placeHint = { departement: town.departement, commune: town.name };
      d.rec.assume('structure.departement', `commune nommée dans l’en-tête : ${town.name} (${town.departement})`, town.line);
    }
  }
  return d;
}

/**
 * A town hall's own document (a deliberation, a letter under "COMMUNE DE X"): a subsidy it
 * grants without naming who gives it is the commune's.
 */
function municipalGiver(d: Draft, lines: readonly Line[]): void {
  const head = lines.find((l) => clean(l.text));
  if (!head || !/^(?:commune|ville|mairie) d(?:e\s|['’])/i.test(clean(head.text))) return;
  const revenues = d.action.budget?.revenues ?? [];
  const drop = new Set<(typeof revenues)[number]>();
  for (const r of revenues) {
    if (r.funderType !== 'autre' || !/non précisé/.test(r.label)) continue;
    // "le centre demande à la commune 3 000 €" … "le conseil accorde une subvention de 3 000 €": one grant, said twice.
    if (revenues.some((x) => x !== r && x.funderType === 'commune' && x.amount === r.amount)) {
      drop.add(r);
      d.rec.assume('budget.revenues', `document de la mairie : la subvention de ${r.amount} € accordée est celle demandée à la commune, comptée une fois`, head.n);
      continue;
    }
    r.funderType = 'commune';
    r.label = 'Commune';
    d.rec.assume('budget.revenues', `document de la mairie (« ${clean(head.text)} ») : subvention sans financeur nommé attribuée à la commune`, head.n);
  }
  if (drop.size) d.action.budget!.revenues = revenues.filter((r) => !drop.has(r));
}

/** "Centre social du Val de Sèvre, Saint-Maixent-l'École" near the top: the structure's town. */
function townOfStructureLine(lines: readonly Line[]): { name: string; departement: string; line: number } | undefined {
  for (const l of lines.filter((x) => clean(x.text)).slice(0, 4)) {
    const m = STRUCTURE_LINE.exec(clean(l.text));
    const hit = m && communeByName(m[1]!);
    if (hit) return { ...hit, line: l.n };
  }
  return undefined;
}

/** "BULLETIN MUNICIPAL DE SAINT-AMAND-LES-EAUX", "COMMUNE DE VIERZON": a town in a heading typed in capitals. */
function townInCapitals(lines: readonly Line[]): { name: string; departement: string; line: number } | undefined {
  for (const l of lines.filter((x) => clean(x.text)).slice(0, 4)) {
    const m = /(?:^|\s)(?:DE|D['’]|DU|À)\s*([\p{Lu}'’ -]{3,40}?)\s*$/u.exec(clean(l.text));
    const hit = m && communeByName(m[1]!);
    if (hit) return { ...hit, line: l.n };
  }
  return undefined;
}
