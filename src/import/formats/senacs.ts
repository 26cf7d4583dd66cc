/**
 * The SENACS observatory form: many fiches in one file, each opened by `Actions "TITLE"`,
 * then `- Label` lines (Statut de l'action, Dimension, Mots clés…) each followed by its
 * value lines. Exports sometimes glue a label to the end of the previous value
 * ("…intra familiale- Territoire concerné"): such lines are cut in two first.
 */
import { parseBudget } from '../budget.js';
import { departementFromLabel } from '../departements.js';
import { items, mergePartners, newDraft, organisationsOfPartners, sections, type Draft } from '../draft.js';
import { extractPeriod } from '../period.js';
import { parseStaffing, staffIn } from '../staffing.js';
import { clean, fold, isBlankItem, joinText, stripBullet, unquote, type Line } from '../text.js';
import { funderTypeOf, scaleOf, stateOf, structureKindOf } from '../vocab.js';
import { fundersIn, partnersIn } from '../mentions.js';
import { publicOf } from '../prose.js';

type Field =
  | 'status' | 'reason' | 'dimension' | 'keywords' | 'summary' | 'structure' | 'initiative' | 'precision'
  | 'rationale' | 'territory' | 'public' | 'with' | 'partners' | 'description' | 'budget' | 'staffing'
  | 'evalTerritory' | 'evalCentre' | 'evalInhabitants' | 'limits' | 'perspectives' | 'files';

/**
 * Form labels, matched on short keywords rather than the form's exact wording: centres retype
 * their fiches in Word or on their site ("Statut", "État du projet", "Financements", "Moyens
 * humains"), and the recognition must not depend on one phrasing.
 */
const LABELS: readonly (readonly [RegExp, Field])[] = [
  [/^(?:statut(?: de l'action| du projet)?|etat (?:d'avancement|de l'action|du projet))\s*:?$/, 'status'],
  [/^(?:raisons?|pourquoi)\b.*\b(?:termin|arret|fin\b)/, 'reason'],
  [/^dimensions?(?: de l'action)?\s*:?$/, 'dimension'],
  [/^mots[- ]cles\b/, 'keywords'],
  [/^(?:resume|en bref|synthese)\s*:?$/, 'summary'],
  // "Structure" alone: the senacs.fr listing's field label since its redesign.
  [/^structures?(?: (?:organisatrice|porteuse))?\s*:?$/, 'structure'],
  [/^qui (?:est|a ete) a l'initiative\b/, 'initiative'],
  [/^precision\b.*\bautre\b/, 'precision'],
  [/^description de l'experience\b/, 'rationale'],
  [/^territoires? (?:concerne|vise)s?\s*:?$/, 'territory'],
  [/^publics?(?: (?:concerne|vise|cible)s?)?\s*:?$/, 'public'],
  [/^avec qui\b.*\bmenee\b/, 'with'],
  [/^partenaires?(?: d'action| de l'action)?\s*:?$/, 'partners'],
  [/^description generale\s*:?$/, 'description'],
  [/^(?:ressources financi|moyens financiers|financements?\s*:?$|budget\s*:?$)/, 'budget'],
  [/^(?:nombre de personnes|personnes mobilis|(?:moyens|ressources) humain(?:e)?s\s*:?$|equipe mobilisee\s*:?$)/, 'staffing'],
  [/^resultats? (?:sur|pour) (?:le |son )?territoire\s*:?$/, 'evalTerritory'],
  [/^resultats? pour le centre\b/, 'evalCentre'],
  [/^resultats? pour les habitants\s*:?$/, 'evalInhabitants'],
  [/^(?:suite de l'action\s*:\s*)?limites\s*:?$/, 'limits'],
  [/^(?:suite de l'action\s*:\s*)?perspectives\s*:?$/, 'perspectives'],
  [/^fichiers?(?:\(s\))? associes?(?:\(s\))?\s*:?$/, 'files'],
];

/** The form's section headings (in capitals on the page): recognised by their first word. */
const HEADINGS = /^(?:description de l'action|raison d'etre\b.*|methodologie\b.*|auto-?evaluation\b.*|fichiers associes)$/;

/** Labels that exports glue to the end of a value line. */
const GLUED = /^- (territoire concerne|suite de l'action : (?:limites|perspectives)|structure organisatrice|description generale|public|resume)$/;

const BLOCK = /^Actions\s+"(.*)"\s*$/;
/** "Actions" alone on its line (today's senacs.fr pages), or followed by an unquoted title. */
const ACTIONS_LINE = /^Actions\b\s*:?\s*(.*)$/;
/** Lines that only a SENACS fiche-action has, just below its title. */
const FORM_MARKER = /^(?:-\s*)?(?:description de l'action|statut(?: de l'action| du projet)?|dimension|mots[- ]cles\b.*)\s*:?$/;
/** Lines of the question form: an "Actions" line followed by these is not a fiche-action. */
const QUESTION_MARKER = /^(?:themes?\b|quel.{0,40}\bdiagnostic\b|objectif\(s\))/;

/** Whether the question form's markers come within a few lines of `from`, before any of the fiche-action's labels. */
function questionsFollow(lines: readonly Line[], from: number): boolean {
  for (let j = from, seen = 0; j < lines.length && seen < 6; j++) {
    const t = fold(clean(lines[j]!.text));
    if (!t) continue;
    seen++;
    if (FORM_MARKER.test(t)) return false;
    if (QUESTION_MARKER.test(t)) return true;
  }
  return false;
}

/**
 * Where a SENACS fiche starts: `Actions "TITLE"` (older exports), or `Actions` with the title
 * unquoted on the next line or on the same line, followed within a few lines by the form's
 * own headings (today's senacs.fr pages). Gives the title and the index of the first line
 * after it.
 */
export function senacsStartAt(lines: readonly Line[], i: number): { title: string; body: number } | undefined {
  const text = lines[i]!.text.trim();
  if (!text.startsWith('Actions')) return undefined;
  const quoted = BLOCK.exec(text);
  // The older question form also opens on `Actions "TITLE"`: its questions, not the form's labels, follow.
  if (quoted) return questionsFollow(lines, i + 1) ? undefined : { title: clean(unquote(quoted[1]!)), body: i + 1 };
  const m = ACTIONS_LINE.exec(text);
  if (!m) return undefined;
  let titleAt = -1;
  let title = clean(m[1]!);
  let j = i + 1;
  if (!title) {
    while (j < lines.length && !clean(lines[j]!.text)) j++;
    if (j >= lines.length) return undefined;
    title = clean(lines[j]!.text);
    titleAt = j++;
  }
  if (!title || title.length > 200 || FORM_MARKER.test(fold(title))) return undefined;
  // The form's headings must follow within a few lines, before anything of the question form.
  for (let seen = 0; j < lines.length && seen < 6; j++) {
    const t = fold(clean(lines[j]!.text));
    if (!t) continue;
    seen++;
    if (QUESTION_MARKER.test(t)) return undefined;
    if (FORM_MARKER.test(t)) return { title: clean(unquote(title)), body: (titleAt === -1 ? i : titleAt) + 1 };
  }
  return undefined;
}

export function isSenacs(text: string): boolean {
  return (/^Actions\s+".*"\s*$/m.test(text) || /^Actions\s*$\s+^.+$\s+^(?:DESCRIPTION DE L'ACTION|- Statut\b)/im.test(text)) && /^\s*-?\s*(?:Statut\b|Mots[- ]clés)/im.test(text);
}

/**
 * Labels of a fiche. Exports write them "- Label"; saved pages and Word files often drop the
 * dash, and only there (`dashless`) are lines without a dash looked at.
 */
function labelOf(line: Line, dashless: boolean): Field | 'skip' | undefined {
  // Labels and headings are short; prose lines are not folded for nothing.
  if (line.text.length > 120) return undefined;
  if (!dashless && !/^\s*(?:-|[A-Z]{3}|Partenaires)/.test(line.text)) return undefined;
  if (dashless && line.text.length > 80) return undefined;
  // The same label and value lines come back in every fiche of a file: each is matched once.
  let hit = LABEL_OF.get(line.text);
  if (hit === undefined) {
    const t = fold(clean(line.text));
    const bare = t.replace(/^-\s*/, '');
    hit = HEADINGS.test(t) ? 'skip' : LABELS.find(([re]) => re.test(bare))?.[1] ?? null;
    if (LABEL_OF.size >= 20_000) LABEL_OF.clear();
    LABEL_OF.set(line.text, hit);
  }
  return hit ?? undefined;
}

const LABEL_OF = new Map<string, Field | 'skip' | null>();

const LISTS: ReadonlySet<Field> = new Set(['keywords', 'public', 'partners']);

/**
 * "Public : Jeunes", "Structure organisatrice : NAME - Gard": a saved page may set a label and
 * its answer on one line. Cut in two when the part before the colon is a label of the form.
 */
function inlineLabels(lines: readonly Line[], dashless: boolean): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const colon = l.text.indexOf(':');
    const head = colon > 2 && colon < 70 ? l.text.slice(0, colon).trim() : '';
    const rest = head ? l.text.slice(colon + 1).trim() : '';
    const field = head && rest ? labelOf({ n: l.n, text: head }, dashless) : undefined;
    if (!field || field === 'skip') out.push(l);
    // "- Public : Familles, Seniors": a list typed on the label's line, one item each as the form lists them.
    else if (LISTS.has(field) && /[,;]/.test(rest)) out.push({ n: l.n, text: head }, ...rest.split(/\s*[,;]\s*/).filter(Boolean).map((item) => ({ n: l.n, text: `- ${item}` })));
    else out.push({ n: l.n, text: head }, { n: l.n, text: rest });
  }
  return out;
}

/** Cuts "value- Label" lines in two, keeping the line number. */
function unglue(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const text = l.text.trimEnd();
    const cut = text.lastIndexOf('- ');
    const before = text.slice(0, cut).trim();
    if (cut > 0 && before && !before.startsWith('-') && GLUED.test(fold(text.slice(cut)))) {
      out.push({ n: l.n, text: before }, { n: l.n, text: text.slice(cut) });
    } else out.push(l);
  }
  return out;
}

/** "NAME - Pas-de-Calais" → name and département code. */
function structureOf(value: string): { name: string; departement?: string } {
  const m = /^(.*\S)\s*-\s+([^-].*)$/.exec(value) ?? /^(.*\S)\s+-\s*(.+)$/.exec(value);
  if (m) {
    const dep = departementFromLabel(m[2]!.trim());
    if (dep) return { name: m[1]!.trim(), departement: dep };
  }
  return { name: value };
}

/** The export's own header line, above the first fiche (and, on senacs.fr listings, above each). */
const FILE_HEADER = /^les actions des centres sociaux$/;

export function parseSenacs(lines: readonly Line[], keepNames: boolean): Draft[] {
  const drafts: Draft[] = [];
  let start: { at: number; title: string; body: number } | undefined;
  let first = -1;
  const flush = (end: number) => {
    if (start) drafts.push(readFiche(lines.slice(start.body, end), lines[start.at]!, start.title, keepNames));
  };
  for (let i = 0; i < lines.length; i++) {
    const at = senacsStartAt(lines, i);
    if (!at) continue;
    flush(i);
    if (first === -1) first = i;
    start = { at: i, ...at };
    i = at.body - 1;
  }
  flush(lines.length);
  // Text above the first fiche is not dropped silently: it goes to the first fiche's report.
  for (const l of lines.slice(0, Math.max(0, first))) {
    if (clean(l.text) && !FILE_HEADER.test(fold(clean(l.text)))) drafts[0]?.rec.unknown('?', clean(l.text), l.n);
  }
  return drafts;
}

/** The first item of a one-value section; further items are reported. */
function single(ls: readonly Line[] | undefined, field: string, d: Draft): string | undefined {
  const values = (ls ?? []).filter((l) => !isBlankItem(l.text));
  const distinct = values.filter((l, i) => values.findIndex((x) => clean(x.text) === clean(l.text)) === i);
  for (const extra of distinct.slice(1)) d.rec.unknown(field, clean(stripBullet(clean(extra.text))), extra.n);
  return items(values.slice(0, 1))[0];
}

function readFiche(body: readonly Line[], head: Line, title: string, keepNames: boolean): Draft {
  const d = newDraft('senacs', head.n, title);
  const { action, rec } = d;
  const dashless = !body.some((l) => /^\s*-\s*(?:Statut|[ÉE]tat (?:d'avancement|de l'action|du projet))\b/i.test(l.text));
  const { map, loose } = sections(inlineLabels(unglue(body), dashless), (l) => labelOf(l, dashless));
  // A listing page repeats its header above each fiche.
  for (const l of loose) if (clean(l.text) && !FILE_HEADER.test(fold(clean(l.text)))) rec.unknown('?', clean(l.text), l.n);

  // An export may drop the "- Structure organisatrice" label and leave "- NAME - Département" alone.
  if (!map.has('structure')) {
    for (const [field, ls] of map) {
      const i = ls.findIndex((l) => /^-\s*\S/.test(l.text) && structureOf(stripBullet(clean(l.text))).departement);
      if (i === -1 || field === 'keywords' || field === 'partners') continue;
      map.set('structure', [ls[i]!]);
      ls.splice(i, 1);
      rec.assume('structure', 'libellé « Structure organisatrice » absent : structure reconnue à sa forme « NOM - Département »', map.get('structure')![0]!.n);
      break;
    }
  }

  const state = single(map.get('status'), 'status', d);
  if (state) {
    const s = stateOf(state);
    if (s) action.status = { state: s };
    else rec.unknown('status', state, map.get('status')![0]!.n);
  }
  const reason = joinText(map.get('reason') ?? []);
  if (reason) action.status = { ...(action.status ?? { state: 'terminee' }), reason };
  const dimension = single(map.get('dimension'), 'dimension', d);
  if (dimension) action.dimension = dimension;
  action.keywords = items(map.get('keywords'));
  const summary = joinText(map.get('summary') ?? []);
  if (summary) action.summary = summary;
  action.initiative = [...items(map.get('initiative')), ...items(map.get('precision'))];
  const rationale = joinText(map.get('rationale') ?? []);
  if (rationale) action.rationale = rationale;
  const scaleLabel = single(map.get('territory'), 'territory', d);
  if (scaleLabel) {
    const scale = scaleOf(scaleLabel);
    action.territory = { ...(scale ? { scale } : {}), places: [] };
    if (!scale) rec.unknown('territory', scaleLabel, map.get('territory')![0]!.n);
    if (/^plusieurs quartiers$/i.test(scaleLabel)) rec.assume('territory.scale', '« Plusieurs quartiers » rangé à l’échelle quartier');
  }
  // "Demandeurs d'emploi", "Familles": the feed's names of publics, as every format gives them.
  action.public = items(map.get('public')).map(publicOf);
  for (const l of map.get('with') ?? []) if (!isBlankItem(l.text)) rec.unknown('partners', clean(l.text), l.n);
  const partnerNames = items(map.get('partners'));
  if (partnerNames.some((p) => /^autres?$/i.test(p))) rec.assume('partners', 'case « Autre » cochée sans nom de partenaire : gardée comme partenaire de type autre');
  // "Précision (si autre)" names the partner when a partner started the action.
  const precision = items(map.get('precision'));
  const byPartner = items(map.get('initiative')).some((i) => /partenaire/i.test(i));
  const prose = [joinText(map.get('description') ?? []), joinText(map.get('rationale') ?? []), joinText(map.get('summary') ?? [])].filter(Boolean).join('\n');
  const named = [...(byPartner ? precision.flatMap((p) => p.split(/\s+-\s+/)) : []), ...partnersIn(prose)];
  if (named.length) rec.assume('partners', `partenaires nommés dans le texte : ${named.join(', ')}`);
  action.partners = mergePartners(partnerNames, named);
  const description = joinText(map.get('description') ?? []);
  if (description) action.description = description;

  const budget = parseBudget(map.get('budget') ?? [], rec);
  if (budget) action.budget = budget;
  // Funders the text names without amounts ("lié aux financements département et FSE").
  const funders = fundersIn([summary, description, joinText(map.get('limits') ?? []), budget?.text].filter(Boolean).join('\n'));
  for (const label of funders) {
    const funderType = funderTypeOf(label);
    action.budget ??= { currency: 'EUR', revenues: [], expenses: [] };
    if (action.budget.revenues.some((r) => r.funderType === funderType)) continue;
    action.budget.revenues.push({ label, funderType });
    rec.assume('budget.revenues', `financeur cité sans montant : ${label}`);
  }
  const staff = parseStaffing(map.get('staffing') ?? [], rec, keepNames);
  if (!staff.staffing?.people.length) {
    // An empty staffing answer: the summary may still count the team ("une équipe de 4 animateurs").
    const line = map.get('summary')?.[0]?.n ?? d.line;
    const people = summary ? staffIn(summary, rec, line).filter((p) => p.count !== undefined) : [];
    if (people.length) {
      staff.staffing = { ...staff.staffing, people, text: staff.staffing?.text ?? people.map((p) => `${p.count} ${p.role}`).join('\n') };
      rec.assume('staffing.people', `personnes comptées dans le résumé : ${staff.staffing.text}`, line);
    }
  }
  if (staff.staffing) {
    action.staffing = staff.staffing;
    const bodies = organisationsOfPartners(staff.staffing.people);
    if (bodies.length) {
      action.partners = mergePartners(partnerNames, [...named, ...bodies]);
      rec.assume('partners', `partenaires nommés parmi les personnes mobilisées : ${bodies.join(', ')}`);
    }
  }
  action.beneficiaries.push(...staff.beneficiaries);
  action.outcomes.push(...staff.outcomes);

  const evaluation = {
    territory: joinText(map.get('evalTerritory') ?? []),
    centre: joinText(map.get('evalCentre') ?? []),
    inhabitants: joinText(map.get('evalInhabitants') ?? []),
  };
  const evalEntries = Object.entries(evaluation).filter(([, v]) => v !== undefined);
  if (evalEntries.length) action.evaluation = Object.fromEntries(evalEntries);
  const limits = joinText(map.get('limits') ?? []);
  if (limits) action.limits = limits;
  const perspectives = joinText(map.get('perspectives') ?? []);
  if (perspectives) action.perspectives = perspectives;
  for (const f of items(map.get('files'))) {
    if (/^https?:\/\//.test(f)) action.files.push({ label: f.replace(/^https?:\/\/[^/]+\//, '') || f, url: f });
    else rec.unknown('files', f);
  }

  const period = extractPeriod([action.description, action.summary, action.rationale].filter(Boolean).join('\n'));
  if (period.start) action.period = { start: period.start };
  if (period.year) action.year = period.year;

  const structureLine = single(map.get('structure'), 'structure', d);
  if (structureLine) {
    const { name, departement } = structureOf(structureLine);
    const kind = structureKindOf(name) ?? 'centre-social';
    if (!structureKindOf(name)) rec.assume('structure.kind', `« ${name} » : fiche SENACS, structure comptée comme centre social`);
    d.structure = { name, kind, ...(departement ? { departement } : {}) };
    if (!departement) rec.unknown('structure.departement', structureLine, map.get('structure')![0]!.n);
  }
  return d;
}
