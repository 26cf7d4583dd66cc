/**
 * The SENACS question form: one fiche per file, sections opened by the form's questions
 * (a question on the diagnostic behind the action, its key words, its impacts, its limits). The title, when there is one, follows an "Actions" line;
 * the structure is found in the text ("Siège de l'action : Centre « Les Tilleuls », 12 rue…").
 */
import { addressIn } from '../contact.js';
import { items, newDraft, sections, toPartners, type Draft } from '../draft.js';
import { listItems, partnersIn } from '../mentions.js';
import { staffIn } from '../staffing.js';
import { extractFigures } from '../figures.js';
import { clean, fold, joinText, type Line } from '../text.js';
import { structureKindOf } from '../vocab.js';
import { departementFromLabel } from '../departements.js';

type Field = 'title' | 'themes' | 'files' | 'diagnostic' | 'keywords' | 'general' | 'experience' | 'impacts' | 'success' | 'limits' | 'structure' | 'partners' | 'budget';

/** The form's questions, matched on their key words: retyped forms word them their own way. */
const LABELS: readonly (readonly [RegExp, Field])[] = [
  [/^actions$/, 'title'],
  [/^themes?\s*:?$/, 'themes'],
  [/^fichiers?(?:\(s\))? associes?(?:\(s\))?\s*:?$/, 'files'],
  [/^(?:quel.{0,40}\bdiagnostic\b|diagnostic\s*:?$)/, 'diagnostic'],
  [/^mots[- ]cles\b/, 'keywords'],
  [/^description generale\s*:?$/, 'general'],
  [/^description de l'experience\b/, 'experience'],
  [/^(?:quel.{0,30}\bimpacts?\b|impacts?\s*:?$)/, 'impacts'],
  [/^(?:quel.{0,30}\bfacteurs? de reussite|facteurs? de reussite\s*:?$)/, 'success'],
  [/^(?:quel.{0,30}\blimites?\b|limites\s*:?$)/, 'limits'],
  [/^-?\s*structures? (?:organisatrice|porteuse)\s*:?$/, 'structure'],
  // "Avec quels partenaires ?", "Quels sont vos partenaires ?": the answer lists them.
  [/^(?:avec )?(?:quel(?:le)?s? (?:sont (?:les|vos) )?partenaires\b|partenaires\s*:?$)/, 'partners'],
  // "Quels moyens financiers ?": its answer is read by the free-text reader, like the description.
  [/^quel(?:le)?s? (?:moyens|financements?|ressources|budget)\b/, 'budget'],
];

/** "L'action est-elle toujours en cours ? Oui": the older form asks whether the action runs. */
const RUNNING = /\ben cours\s*\?\s*:?\s*(oui|non)\b/i;

/** "Structure organisatrice : NAME - Département" and `Actions "TITLE"` on one line: label and value cut in two. */
function splitInlineStructure(lines: readonly Line[]): Line[] {
  return lines.flatMap((l) => {
    const m = /^\s*-?\s*Structures? (?:organisatrice|porteuse)\s*:\s*(\S.*)$/i.exec(l.text);
    if (m) return [{ n: l.n, text: 'Structure organisatrice' }, { n: l.n, text: m[1]! }];
    // The older form's `Actions "TITLE"`: the title is the "Actions" section's value.
    const quoted = /^Actions\s+"(.*)"\s*$/.exec(l.text);
    return quoted ? [{ n: l.n, text: 'Actions' }, { n: l.n, text: quoted[1]! }] : [l];
  });
}

export function isSenacsQuestions(text: string): boolean {
  // A question on the diagnostic, or on the limits, standing on its own line.
  return /^Quel[^\n]{0,40}\bdiagnostic\b[^\n]*\?\s*$|^Quel[^\n]{0,30}\blimites\b[^\n]*\?\s*$/m.test(text);
}

const PUBLIC = /adultes|jeunes|jeunesse|enfants|familles|seniors|tous publics|parents|femmes|habitants/i;
const RESULT_HEADING = /r[ée]sultats?|progression|bilan|impacts?/i;

function labelOf(line: Line): Field | undefined {
  const t = fold(clean(line.text));
  return LABELS.find(([re]) => re.test(t))?.[1];
}

/**
 * "Nos partenaires sont : - A - B – Ville - C": one partner per dash item; an item that is
 * only a town ("Metz") belongs to the one before it.
 */
function partnerList(text: string): string[] {
  const m = /(?:nos|les) partenaires (?:sont|:)\s*:?\s*((?:-\s*[^-].*)+)$/im.exec(text);
  if (!m) return [];
  const out: string[] = [];
  for (const raw of m[1]!.split(/\s+-\s+|^-\s*/)) {
    const item = clean(raw);
    if (!item) continue;
    if (/^[A-ZÉÈ][\p{L}'’]+$/u.test(item) && out.length) out[out.length - 1] += ` – ${item}`;
    else out.push(item);
  }
  return out;
}

/** "Les centres médico-sociaux de secteur" → "centres médico-sociaux de secteur", capitalised. */
function withoutArticle(name: string): string {
  const t = name.replace(/^(?:le|la|les)\s+(?=\p{L})|^l['’]\s*/iu, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function parseSenacsQuestions(source: readonly Line[], file: string): Draft[] {
  const lines = splitInlineStructure(source);
  const { map, loose } = sections(lines, labelOf);
  const titleLine = (map.get('title') ?? []).find((l) => clean(l.text));
  const d = newDraft('senacs-questions', lines.find((l) => clean(l.text))?.n ?? 1, titleLine ? clean(titleLine.text) : '');
  const { action, rec } = d;
  if (!titleLine) {
    action.title = `Action sans titre (${file})`;
    rec.assume('title', 'la fiche n’a pas de titre : titre provisoire tiré du nom du fichier, à corriger');
  }
  for (const l of loose) if (clean(l.text)) rec.unknown('?', clean(l.text), l.n);
  for (const l of (map.get('title') ?? []).filter((x) => x !== titleLine && clean(x.text))) rec.unknown('?', clean(l.text), l.n);

  for (const theme of items(map.get('themes'))) {
    if (PUBLIC.test(theme)) action.public.push(theme.toLowerCase());
    else if (!action.dimension) action.dimension = theme;
    else rec.unknown('dimension', theme);
  }
  action.keywords = items(map.get('keywords'));
  const rationale = joinText(map.get('diagnostic') ?? []);
  if (rationale) action.rationale = rationale;
  const general = joinText(map.get('general') ?? []);
  const experience = joinText(map.get('experience') ?? []);
  const description = [general, experience].filter(Boolean).join('\n\n');
  if (description) action.description = description;
  if (general && general.length <= 400) action.summary = general;

  const impacts = joinText(map.get('impacts') ?? []);
  const success = joinText(map.get('success') ?? []);
  if (impacts || success) action.evaluation = { ...(impacts ? { inhabitants: impacts } : {}), ...(success ? { successFactors: success } : {}) };
  if (impacts) rec.assume('evaluation.inhabitants', 'impacts « public, centre social ou environnement » rangés dans les résultats pour les habitants');
  const limits = joinText(map.get('limits') ?? []);
  if (limits) action.limits = limits;

  // Figures are read in result paragraphs only: the description also counts workshops and guests.
  const experienceLines = map.get('experience') ?? [];
  const resultText = experienceLines
    .filter((_, i) => i > 0 && RESULT_HEADING.test(experienceLines[i - 1]!.text) && experienceLines[i - 1]!.text.length < 60)
    .map((l) => l.text)
    .concat(impacts ?? '')
    .join('\n');
  // Without a result paragraph, the free-text reader counts the description (apply-prose.ts).
  const figures = extractFigures(resultText);
  action.beneficiaries.push(...figures.beneficiaries);
  action.outcomes.push(...figures.outcomes);

  // The form has no staffing question: the description may say who carries the action.
  const staffLine = map.get('experience')?.[0]?.n ?? d.line;
  const staff = description ? staffIn(description, rec, staffLine).filter((p) => p.count !== undefined) : [];
  if (staff.length) {
    action.staffing = { people: staff, text: staff.map((p) => `${p.count} ${p.role}`).join('\n') };
    rec.assume('staffing.people', `personnes nommées dans la description : ${action.staffing.text}`, staffLine);
  }

  const all = lines.map((l) => l.text).join('\n');
  const named = partnersIn([rationale, description].filter(Boolean).join('\n'));
  if (named.length) rec.assume('partners', `partenaires nommés dans le texte : ${named.join(', ')}`);
  const answered = listItems(joinText(map.get('partners') ?? []) ?? '').map(withoutArticle);
  action.partners = toPartners([...new Set([...answered, ...partnerList(all).map(withoutArticle), ...named])]);
  const running = lines.map((l) => RUNNING.exec(l.text)).find(Boolean);
  if (running) action.status = { state: fold(running[1]!) === 'oui' ? 'en-cours' : 'terminee' };
  const address = addressIn(lines);
  const seat = /si[èe]ge de l['’]action\s*:\s*([^,]+),/i.exec(all);
  const organiser = items(map.get('structure'))[0];
  if (organiser) {
    // "Structure organisatrice : NAME - Pas-de-Calais", as in the fiche-action form.
    const m = /^(.*\S)\s+-\s+([^-].*)$/.exec(organiser);
    const departement = (m && departementFromLabel(m[2]!.trim())) || address?.departement;
    const name = m && departementFromLabel(m[2]!.trim()) ? m[1]!.trim() : organiser;
    d.structure = {
      name,
      kind: structureKindOf(name) ?? 'centre-social',
      ...(departement ? { departement } : {}),
      ...(address?.commune ? { commune: address.commune } : {}),
      ...(address ? { address: address.address } : {}),
    };
    if (!structureKindOf(name)) rec.assume('structure.kind', `« ${name} » : fiche SENACS, structure comptée comme centre social`, map.get('structure')![0]?.n);
    if (!departement) rec.unknown('structure.departement', organiser, map.get('structure')![0]?.n);
  } else if (seat || address) {
    const name = seat ? clean(seat[1]!) : `Structure de ${address!.commune!.name}`;
    if (!seat) rec.assume('structure', `structure sans nom : nommée d’après sa commune (${address!.commune!.name})`);
    d.structure = {
      name,
      ...(structureKindOf(name) ? { kind: structureKindOf(name) } : {}),
      ...(address?.departement ? { departement: address.departement } : {}),
      ...(address?.commune ? { commune: address.commune } : {}),
      ...(address ? { address: address.address } : {}),
    };
    if (!structureKindOf(name) && /\bcentre\b/i.test(name)) {
      d.structure.kind = 'centre-social';
      rec.assume('structure.kind', `« ${name} » : fiche SENACS, structure comptée comme centre social`);
    }
  } else {
    rec.unknown('structure', 'aucune structure ni adresse dans la fiche');
  }
  return [d];
}
