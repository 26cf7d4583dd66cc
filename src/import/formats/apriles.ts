/**
 * An Apriles fiche (web page of the Agence Apriles): the title, then headed sections
 * ("Type d'action", "Département", "Porteur(s) de l'action", "Objectif(s) et bref
 * descriptif", "Origine(s)", "Description détaillée", "Bilan", "Partenaire(s)", "Moyens" with
 * "Humains" and "Financiers", "Contact"). Cookie banners and legal mentions are skipped.
 */
import { parseBudget } from '../budget.js';
import { emailIn, phonesIn } from '../contact.js';
import { departementFromLabel } from '../departements.js';
import { items, newDraft, sections, toPartners, type Draft } from '../draft.js';
import { extractFigures } from '../figures.js';
import { parseStaffing } from '../staffing.js';
import { clean, fold, joinText, type Line } from '../text.js';
import { structureKindOf } from '../vocab.js';

type Field = 'types' | 'departement' | 'porteur' | 'summary' | 'origin' | 'description' | 'bilan' | 'partners' | 'moyens' | 'humains' | 'financiers' | 'contact';

const LABELS: readonly (readonly [RegExp, Field | 'skip'])[] = [
  [/^type d'action$/, 'types'],
  [/^departement$/, 'departement'],
  [/^porteur\(s\) de l'action$/, 'porteur'],
  [/^objectif\(s\) et bref descriptif$/, 'summary'],
  [/^origine\(s\)$/, 'origin'],
  [/^description detaillee$/, 'description'],
  [/^bilan$/, 'bilan'],
  [/^partenaire\(s\)$/, 'partners'],
  [/^moyens$/, 'moyens'],
  [/^humains$/, 'humains'],
  [/^financiers$/, 'financiers'],
  [/^contact$/, 'contact'],
  [/^\*?mention legale/, 'skip'],
];

/** Web page furniture before the fiche. */
const BOILERPLATE = /cookies?|aller au contenu|menu principal|^accueil$|rechercher/i;

export function isApriles(text: string): boolean {
  return /Porteur\(s\) de l'action|Agence Apriles/.test(text);
}

function labelOf(line: Line): Field | 'skip' | undefined {
  const t = fold(clean(line.text));
  return LABELS.find(([re]) => re.test(t))?.[1];
}

export function parseApriles(lines: readonly Line[]): Draft[] {
  const { map, loose } = sections(lines, labelOf);
  // The title is the last line before the first section; the line before it names the theme.
  const head = loose.filter((l) => clean(l.text) && !BOILERPLATE.test(l.text));
  const titleLine = head[head.length - 1];
  const d = newDraft('apriles', titleLine?.n ?? 1, titleLine ? clean(titleLine.text) : 'Action sans titre');
  const { action, rec } = d;
  if (!titleLine) rec.assume('title', 'aucun titre trouvé avant les rubriques');
  const theme = head[head.length - 2];
  if (theme) action.dimension = clean(theme.text);
  for (const l of head.slice(0, -2)) rec.unknown('?', clean(l.text), l.n);

  action.keywords = items(map.get('types'));
  const summary = joinText(map.get('summary') ?? []);
  if (summary) action.summary = summary;
  const rationale = joinText(map.get('origin') ?? []);
  if (rationale) action.rationale = rationale;
  const description = joinText(map.get('description') ?? []);
  if (description) action.description = description;

  const bilan = items(map.get('bilan'));
  // The "Bilan" sums the action up; the description is read only when the bilan gives no count.
  let figures = extractFigures(bilan.join('\n'));
  if (!figures.beneficiaries.length && !figures.outcomes.length) figures = extractFigures(description ?? '');
  action.beneficiaries.push(...figures.beneficiaries);
  action.outcomes.push(...figures.outcomes);
  const bilanText = bilan.filter((b) => !/\d/.test(b)).join('\n');
  if (bilanText) action.evaluation = { inhabitants: bilanText };

  action.partners = toPartners(items(map.get('partners')));
  for (const l of map.get('moyens') ?? []) if (clean(l.text)) rec.unknown('moyens', clean(l.text), l.n);
  const staff = parseStaffing(map.get('humains') ?? [], rec);
  if (staff.staffing) action.staffing = staff.staffing;
  action.beneficiaries.push(...staff.beneficiaries);
  action.outcomes.push(...staff.outcomes);
  const budget = parseBudget(map.get('financiers') ?? [], rec);
  if (budget) action.budget = budget;

  const contactLines = map.get('contact') ?? [];
  const email = emailIn(contactLines.map((l) => l.text).join('\n'));
  const phones = phonesIn(contactLines);
  if (email || phones.length) action.contact = { ...(phones[0] ? { phone: phones[0] } : {}), ...(email ? { email } : {}) };
  const org = contactLines.find((l) => /association|centre|maison|mairie|ville|point/i.test(l.text));
  if (org) rec.assume('contact', `contact tenu par « ${clean(org.text)} » : seuls le téléphone et le courriel sont gardés`, org.n);
  // A line in capitals alone is a person's name: never copied.
  const person = contactLines.find((l) => /^[A-ZÉÈ][A-ZÉÈ' -]+$/.test(clean(l.text)) && !/FRANCE/.test(l.text));
  if (person) rec.assume('contact', 'nom de personne du contact non repris', person.n);

  // "La Maison des familles de Bourg" is filed under its name, without the article.
  const porteur = items(map.get('porteur'))[0]?.replace(/^(?:le|la|les)\s+(?=\p{L})|^l['’]\s*/iu, '');
  const depLabel = items(map.get('departement'))[0];
  const departement = depLabel ? departementFromLabel(depLabel) : undefined;
  if (depLabel && !departement) rec.unknown('structure.departement', depLabel, map.get('departement')![0]!.n);
  if (porteur) {
    d.structure = { name: porteur, ...(structureKindOf(porteur) ? { kind: structureKindOf(porteur) } : {}), ...(departement ? { departement } : {}) };
  } else rec.unknown('structure', 'porteur de l’action absent');
  const place = / à ([A-ZÉÈ][\p{L}'’-]+(?:[ -][A-ZÉÈ][\p{L}'’-]+)*)$/u.exec(action.title);
  if (place) action.territory = { scale: 'commune', places: [place[1]!] };
  const year = /\ben (19[5-9]\d|20\d\d), \d+ (?:personnes|bénéficiaires)/i.exec(description ?? '');
  if (year) action.year = Number(year[1]);
  return [d];
}
