/**
 * The free-text reader: facts that press articles, centre pages and the prose sections of
 * the forms state in sentences. "une subvention de 12 000 € accordée par la mairie" (a
 * revenue from a commune), "un budget annuel d'environ 3 500 euros" (the total, approximate,
 * yearly), "trois bénévoles et deux salariés" (staff), "en partenariat avec le CCAS et une
 * association de quartier" (partners), "pour les familles du quartier" (public), "pour 22
 * personnes", "+ de 90", "12 BRSA" (beneficiaries), "à Wimille" or "62930" (département).
 *
 * Every guess is written to the report with its line; every amount the reader sees but
 * cannot give a role is reported too, so a webmaster can fix the fiche.
 */
import type { Figure, Person, Revenue, Expense } from '../feed/schema.js';
import type { FunderType } from '../feed/funders.js';
import { communeByName, communesIn } from './communes.js';
import { departementFromCode, departementFromName, departementFromPostcode } from './departements.js';
import { extractFigures } from './figures.js';
import { findAmounts, findEtp, leadingCount, PRICE_PER_HEAD, round, type Amount } from './french-numbers.js';
import { bodiesAfterWith, partnersIn, staffBodiesIn } from './mentions.js';
import { staffNamedByRole } from './staffing.js';
import { isGivenName, MAY_ROLE } from './names.js';
import type { Recorder } from './report.js';
import { capitalize, clean, fold, type Line } from './text.js';
import { funderTypesIn, personClassOf } from './vocab.js';

export interface ProseFacts {
  total?: { amount: number; approximate: boolean; line: number; annual: boolean; year?: number };
  revenues: (Revenue & { line: number })[];
  expenses: (Expense & { line: number })[];
  people: (Person & { line: number })[];
  etpSalaried?: number;
  etpVolunteer?: number;
  partners: string[];
  public: string[];
  beneficiaries: Figure[];
  departement?: { code: string; line: number; how: string };
  commune?: string;
  state?: { state: 'en-cours' | 'terminee' | 'en-projet'; line: number };
  /** The centre or association the text presents ("le centre social Mosaïque"). */
  structure?: { name: string; line: number };
}

interface Sentence {
  text: string;
  line: number;
}

/** Sentences with the line they start on; a list item is its own sentence. */
export function sentences(lines: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  for (const l of lines) {
    const t = clean(l.text);
    if (!t) continue;
    for (const s of t.split(/(?<=[.!?;])\s+(?=[\p{Lu}«"(0-9+])/u)) if (s.trim()) out.push({ text: s.trim(), line: l.n });
  }
  return out;
}

// --- Money -------------------------------------------------------------------------------

/** "6 000 € en tout", "… au total": the amount is the whole budget. */
const TOTAL_AFTER = /^\s*(?:en tout|au total|au global)\b/i;
const TOTAL_BEFORE = /\b(?:budget|co[uû]t(?:e|ent|era|ait)?|revient|montant (?:global|total)|enveloppe|total)\b(?:[^.;€\d]|(?:19|20)\d\d){0,60}$/i;
/** "11 200 € au total, dont 5 000 € de la Ville": the amount after "dont" is a part of the total before it, not the total again. */
const PART_OF = /\bdont\s+(?:environ\s+|pr[eè]s de\s+)?$/i;
/** "Ressources 2024 : 18 500 €", "Total des produits :": a line that opens on a side of the budget and its total, the lines under it that side's items. */
const SIDE_TOTAL = /^\s*(?:total (?:des )?)?(?:ressources|produits|recettes|financements)(?: (?:19|20)\d\d)?\s*:\s*$/i;
/** "les dépenses de l'année s'élèvent à 9 600 €": all that is spent, the budget's total (not "les dépenses d'achat de …"). */
const TOTAL_SPENT = /\bd[ée]penses?(?:\s+(?:totales|globales|annuelles|r[ée]alis[ée]es|de l['’]ann[ée]e|de l['’]action|du projet|de l['’]atelier|de l['’]exercice))?\s+(?:s['’][ée]l[èe]vent|s['’][ée]l[èe]ve|se sont [ée]lev[ée]es|atteignent|ont atteint|sont de|repr[ée]sentent au total)\s+(?:à\s+|a\s+)?(?:environ\s+|pr[èe]s de\s+)?$/i;
const REVENUE_BEFORE = /\b(?:subventions?|aides?|financements?|dotations?|participations?|contributions?|soutien(?: financier)?|apports?|fonds)\b[^.;€\d]{0,50}$|\b(?:soutenue?s?|financ[ée]e?s?|subventionn[ée]e?s?|aid[ée]e?s?)\s+(?:\p{L}+ment\s+)?par\b[^.;€\d]{0,60}(?<![\p{L}])(?:à hauteur de|pour un montant de|pour)\s*$/iu;
const REVENUE_AFTER = /^[^.;\d]{0,30}\b(?:accord[ée]e?s?|vers[ée]e?s?|attribu[ée]e?s?|allou[ée]e?s?|octroy[ée]e?s?|financ[ée]e?s?|apport[ée]e?s?|de subvention|d['’]aide|de financement|de participation)\b/i;
// "la MSA complétant avec 1 500 €", "la Carsat apportant 2 000 €": a funder's present participle too.
const FUNDER_VERB_BEFORE = /\b(?:compl[eéè]t(?:e|ent|ant)|apportant|versant|finan[cç]ant|ajout(?:e|ent|ant)|finance|financent|apporte|apportent|verse|versent|accorde|accordent|attribue|donne|alloue|subventionne|participe|participent|contribue|contribuent|rapporte|rapportent|(?:a|ont)\s+(?:\p{L}+\s+)?(?:accord|vers|attribu|allou|octroy|donn|apport|financ|rapport)[ée]e?s?)(?![\p{L}])[^.;€\d]{0,40}$/iu;
/** "soutenu par la Carsat à hauteur de 10 000 € et par Quimperlé Communauté pour 6 000 €": the giver before. */
// "Soutenu par l'État (BOP 104) à hauteur de 4 000 €": the bracket says which budget line, the giver is before it.
const GIVER_BEFORE = /\bpar\s+((?:la |le |l['’]|les )?[^.;€\d()]{2,60}?)(?:\s*\([^()]*\))?\s+(?:à hauteur de|pour un montant de|pour)\s*$/iu;
/** "Financement : État (BOP 104) 6 000 €, Département de l'Ain 4 000 €": a list of funders and amounts. */
// "…, et la conférence des financeurs pour 1 800 €": the item may end on "pour".
const LIST_ITEM_BEFORE = /(?:[:,;–—]|\set)\s*((?:la |le |l['’]|les )?[^:,;€\d()]{2,60}?)\s*(?:\([^()]*\))?\s*(?::|\spour)?\s*$/u;
/** "La CAF (prestation de service) : 8 200 € ; …", "Département de la Meuse – 2 000 €": a list's first item, at the sentence's start. */
const LEAD_ITEM_BEFORE = /^\s*((?:la |le |l['’]|les )?[^:,;€\d()]{2,60}?)\s*(?:\([^()]*\))?\s*(?::|\s[–—-])\s*$/u;
/** "le reste, 2 600 €, vient de la vente de vélos": where an amount comes from, said after it. */
// "Le reste (1 000 euros) est couvert par nos fonds propres": the bracket closes, the clause names who pays.
// "les 800 euros restants viennent des fonds propres", "… restants sont pris sur …": what the others leave, and who pays it.
const SOURCE_AFTER = /^\s*\)?\s*,?\s*(?:(?:restants?|manquants?)\s+)?(?:vien(?:t|nent)|provien(?:t|nent)|est apport[ée]e?|sont apport[ée]e?s|issue?s?|tir[ée]e?s?|(?:est|sont)\s+(?:couvert|pris en charge|pris|financ[ée]|assur[ée])e?s?)\s+(?:de la |de l['’]|du |des |de |d['’]|(?:par|sur) (?:la |le |l['’]|les |nos |notre |ses |leurs )?)([^.;,]{2,60})/iu;
const OWN_FUNDS_AFTER = /^\s*\)?\s*,\s*(?:(?:pris|pr[ée]lev[ée]e?s?|financ[ée]e?s?)\s+)?sur\s+(?:les\s+|ses\s+|nos\s+|leurs\s+)?(?:fonds|ressources)\s+propres\b/i;
const ENDS_ON_CONNECTOR = /(?:^|\s)(?:et|de|du|des|pour|dont|à|a|par|soit|avec|sur|en|ont|sont|est)$/i;
/** "La vente des produits a rapporté 7 000 €": money the action earns itself. */
/** "Les ventes (620 €)", "la buvette : 300 €": the takings' own word just before the amount. */
const TAKINGS_BEFORE = /\b(ventes?|locations?|buvettes?|billetterie|recettes)\s*(?:\(|:)?\s*$/i;
const SELF_FUNDED = /\b(?:ventes?|locations?|buvette|billetterie|recettes? (?:de l['’]atelier|des ventes|d['’]activit[ée]))\b/i;

/** The funder an amount's own list item names ("…, Département de l'Ain 40 000 €"). */
function listFunder(before: string): { label: string; type: FunderType } | undefined {
  // "financé par la CAF (prestation de service, 21 000 €)": the bracket may name the budget line before the amount.
  const bracketed = /\((?:[^()€\d]{0,40},)?\s*$/.test(before) ? before.replace(/\((?:[^()€\d]{0,40},)?\s*$/, '') : undefined;
  // "le bailleur Reims Habitat (3 000 €)": the name before the bracket.
  if (bracketed !== undefined) {
    const named = funderNear(bracketed.slice(-70), true);
    if (named) return named;
    // "financé par la conférence des financeurs de l'Aveyron (1 800 €)": the body after "par".
    // Or the capitalised name right before the bracket ("et Redon Agglomération (12 k€)").
    const by = /\bpar\s+(?:la |le |l['’]|les )?([^,;:()]{2,60}?)\s*$/.exec(bracketed)?.[1] ?? /((?:\p{Lu}[\p{L}'’-]*\s*){1,4})$/u.exec(bracketed)?.[1];
    const type = by ? funderTypesIn(by)[0] : undefined;
    return by && type ? { label: clean(by), type } : undefined;
  }
  const giver = GIVER_BEFORE.exec(before)?.[1];
  if (giver) {
    const type = funderTypesIn(giver)[0];
    if (type) return { label: clean(giver.replace(/^(?:la|le|les)\s+|^l['’]/i, '')), type };
  }
  const item = LIST_ITEM_BEFORE.exec(before)?.[1] ?? LEAD_ITEM_BEFORE.exec(before)?.[1];
  if (!item || ENDS_ON_CONNECTOR.test(item.trim()) || item.trim().split(/\s+/).length > 8 || TOTAL_BEFORE.test(item)) return undefined;
  const label = clean(item.replace(/^(?:et\s+)?(?:la|le|les)\s+|^(?:et\s+)?l['’]/i, '').replace(/\s*[–—-]\s*$/, ''));
  if (SELF_FUNDED.test(label)) return { label, type: 'autofinancement' };
  const type = funderTypesIn(label)[0];
  return type ? { label: label.charAt(0).toUpperCase() + label.slice(1), type } : undefined;
}
const EXPENSE_BEFORE = /\b(?:dont|pour l['’]achat|pour les? frais|d[ée]penses?|consacr[ée]e?s?|pour (?:le|la|les))\b[^.;€\d]{0,50}$|\b(?:achat|location|transport|salaires?|frais|mat[ée]riel|repas|sorties?|h[ée]bergement)s?\b[^.;€\d]{0,15}(?:de|:)?\s*$/i;
const EXPENSE_AFTER = /^\s*(?:de|d['’]|pour (?:le|la|les|l['’]))\s*(?:frais|transport|location|achat|mat[ée]riel|salaires?|repas|sorties?|h[ée]bergement|fournitures|intervenants?|communication)/i;
/** "Les dépenses d'achat de denrées représentent …": what is spent on, without the verb. */
const EXPENSE_NAMED = /d[ée]penses?\s+(?:d['’]|de\s+|du\s+|des\s+|pour\s+(?:l['’]|le\s+|la\s+|les\s+)?)([^,;:]{3,50}?)\s+(?:repr[ée]sentent|repr[ée]sente|s['’][ée]l[èe]vent|s['’][ée]l[èe]ve|sont|est|atteignent|atteint)(?:\s+(?:de|à|a|environ|entre))*\s*$/i;
const ANNUAL = /\b(?:annuel(?:le)?|par an|chaque ann[ée]e|\/an)\b/i;
const YEAR = /\b(?:en|pour|sur|année)\s+(20\d\d|19[5-9]\d)\b/i;

// "la Communauté des communes du Diois": the capitalised word alone would leave "communes du Diois", a town.
const FUNDER_NAME = /(?:\b[Pp]ar|\b[Uu]ne?|\b[Dd]e la|\b[Dd]u|\b[Dd]e l['’]|\b[Dd]es|\b[Ll]a|\b[Ll]es|\b[Ll]e|\b[Ll]['’]|^)\s*((?:Communaut[ée] (?:des |de |d['’])\p{L}+|\p{Lu}[\p{L}.'’-]*|mairie|ville|commune|municipalit[ée]|d[ée]partement|r[ée]gion|conseil \p{L}+|communaut[ée] \p{L}+(?: \p{L}+)?|caisse \p{L}+(?: \p{L}+){0,3}|conf[ée]rence des financeurs|fondation(?: \p{Lu}[\p{L}-]*)*|[ée]tat|pr[ée]fecture|agglom[ée]ration|m[ée]tropole|bailleur(?: \p{L}+)?|europe|union europ[ée]enne|familles|participants|usagers|clients|adh[ée]rents)(?:\s+(?:de la|de l['’]|du|des|de|d['’])?\s*\p{Lu}[\p{L}.'’-]*){0,3})/gu;

/**
 * Who gives money in a window of text: "par la mairie", "de la CAF", "La CAF finance". After
 * an amount the nearest name counts; before it, the last one.
 */
function funderNear(text: string, last = false): { label: string; type: FunderType } | undefined {
  const found: { label: string; type: FunderType }[] = [];
  for (const m of text.matchAll(FUNDER_NAME)) {
    const label = clean(m[1]!).replace(/[.,;:]+$/, '');
    const type = funderTypesIn(label)[0];
    if (type) found.push({ label: label.charAt(0).toUpperCase() + label.slice(1), type });
  }
  return last ? found[found.length - 1] : found[0];
}

/** The funder a "vient de …" clause after an amount names: the action's own sales, or a body. */
function sourceAfter(after: string): { label: string; type: FunderType } | undefined {
  // "le reste, soit 4,5 k€, sur fonds propres": no verb, only where the money is taken from.
  if (OWN_FUNDS_AFTER.test(after)) return { label: 'Fonds propres', type: 'autofinancement' };
  const from = SOURCE_AFTER.exec(after)?.[1];
  if (!from) return undefined;
  if (SELF_FUNDED.test(from)) return { label: capitalize(clean(from)), type: 'autofinancement' };
  const type = funderTypesIn(from)[0];
  return type ? { label: capitalize(clean(from)), type } : undefined;
}

/** "dont 5 400 € pour le mécanicien et 2 100 € de pièces": an amount joined to the one before by "et" or a comma takes its role. */
const CHAINED = /^[^€.;:]{0,50}(?:\bet|,)\s*$/;

/** "(1 500 € et 800 €)", "respectivement 2 000 € et 1 000 €": amounts given in the order of the funders named before. */
const IN_TURN = /(?:\(\s*(?:respectivement\s+)?|\brespectivement\s+)(?=[^().;]*\d[^().;]*(?:\bet\b|,)[^().;]*\d)/giu;

/**
 * "la Ville de Niort et Deux-Sèvres Habitat, qui financent la fête (1 500 € et 800 €)": as many
 * amounts in a row as funders listed before them, each to the funder of its rank.
 */
/** "à Grand Dole Habitat": a list item that is a funder's name by itself, its preposition and article aside. */
function namedFunder(part: string): { label: string; type: FunderType } | undefined {
  const label = clean(part).replace(/^(?:à|au|aux|par|de|du|des)\s+/iu, '').replace(/^(?:la|le|les)\s+|^l['’]/iu, '');
  const type = /^\p{Lu}/u.test(label) && label.split(/\s+/).length <= 6 ? funderTypesIn(label)[0] : undefined;
  return type ? { label, type } : undefined;
}

function inTurn(s: Sentence, amounts: readonly Amount[], facts: ProseFacts, rec: Recorder): Set<Amount> {
  const taken = new Set<Amount>();
  if (!/\(|respectivement/i.test(s.text)) return taken;
  for (const m of s.text.matchAll(IN_TURN)) {
    const end = s.text.slice(m.index).search(/[).;]/);
    const run = amounts.filter((a) => a.start > m.index && (end === -1 || a.end <= m.index + end + 1));
    if (run.length < 2) continue;
    // Only amounts and what joins them: "(dont 5 000 € de fonctionnement et 3 000 € d'investissement)" splits one sum.
    let rest = s.text.slice(m.index + m[0].length, run[run.length - 1]!.end);
    for (const a of [...run].reverse()) rest = rest.slice(0, a.start - m.index - m[0].length) + rest.slice(a.end - m.index - m[0].length);
    if (!/^[\s,;et]*$/u.test(rest)) continue;
    const names = s.text.slice(0, m.index).split(/,\s*|\s+et\s+|\s+ainsi que\s+/).map((p) => funderNear(p, true) ?? namedFunder(p)).filter((f): f is { label: string; type: FunderType } => f !== undefined);
    const givers = names.slice(-run.length);
    if (givers.length !== run.length) continue;
    run.forEach((a, k) => {
      taken.add(a);
      facts.revenues.push({ label: givers[k]!.label, funderType: givers[k]!.type, amount: a.value, line: s.line, ...(a.approximate ? { approximate: true } : {}) });
      rec.assume('budget.revenues', `recette lue dans le texte, dans l’ordre des financeurs nommés : ${a.value} € de ${givers[k]!.label} (type ${givers[k]!.type})`, s.line);
    });
  }
  return taken;
}

function readMoney(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  // A price per head is no amount of the budget, but a figure the webmaster may want to check.
  if (/(?:€|euros?)\s*(?:par|\/|la|le)\s/i.test(s.text)) for (const m of s.text.matchAll(PRICE_PER_HEAD)) rec.unknown('budget', `${clean(m[0])} : prix par personne, pas un montant du budget`, s.line);
  const amounts = findAmounts(s.text);
  const taken = amounts.length > 1 ? inTurn(s, amounts, facts, rec) : new Set<Amount>();
  let previous: 'expense' | undefined;
  amounts.forEach((a: Amount, i) => {
    if (taken.has(a)) return;
    const before = s.text.slice(i ? amounts[i - 1]!.end : Math.max(0, a.start - 90), a.start);
    const after = s.text.slice(a.end, amounts[i + 1]?.start ?? a.end + 90);
    const shown = `${a.value} €`;
    // A table row or a list line "CAF de la Somme : 6 500 €" names the funder before the amount.
    const rowLabel = i === 0 && /^[^:.;]{2,60}:\s*$/.test(before) && /^\s*[.;]?\s*$/.test(after) ? clean(before.replace(/:\s*$/, '')) : undefined;
    const rowType = rowLabel ? funderTypesIn(rowLabel)[0] : undefined;
    const row = (rowLabel && rowType ? { label: rowLabel, type: rowType } : undefined) ?? listFunder(before);
    // "Le conseil départemental lui a accordé 12 000 €": the giver stands before the verb.
    const verbBefore = FUNDER_VERB_BEFORE.test(before);
    // "Les ventes (620 euros) couvrent les frais ; la Caf …": takings named right before their amount are the action's own.
    const takings = row ? undefined : TAKINGS_BEFORE.exec(before)?.[1];
    const source = row || takings ? undefined : sourceAfter(after);
    const funder = row ?? (takings ? { label: capitalize(takings), type: 'autofinancement' as const } : undefined) ?? (verbBefore ? funderNear(before.slice(-70), true) : undefined) ?? source ?? funderNear(after.slice(0, 60)) ?? (REVENUE_BEFORE.test(before) ? funderNear(before.slice(-70), true) : undefined);
    const selfFunded = verbBefore && !funder && SELF_FUNDED.test(before) ? { label: 'Ventes', type: 'autofinancement' as const } : undefined;
    const revenue = REVENUE_BEFORE.test(before) || REVENUE_AFTER.test(after) || verbBefore || !!row || !!source || !!takings;
    const role = previous;
    previous = undefined;
    // "Le budget était de 18 000 € en 2023 ; il atteint 21 500 € en 2024": a second year's budget.
    const yearAfter = YEAR.exec(s.text.slice(a.end, a.end + 25));
    const nextYear = i > 0 && facts.total?.line === s.line && facts.total.year !== undefined && yearAfter !== null && !REVENUE_BEFORE.test(before) && !funder;
    // "… au total, vient de la Caf (800 €)": an amount in brackets after a funder's name is that funder's, whatever came before.
    const funderBracket = !!row && /\(\s*$/.test(before);
    if (nextYear || (TOTAL_BEFORE.test(before) && !PART_OF.test(before) && !REVENUE_BEFORE.test(before.slice(-25)) && !funderBracket) || TOTAL_AFTER.test(after) || TOTAL_SPENT.test(before) || (i === 0 && SIDE_TOTAL.test(before))) {
      const annual = ANNUAL.test(s.text);
      const year = YEAR.exec(s.text.slice(a.end, a.end + 25)) ?? YEAR.exec(before.slice(-25));
      const candidate = { amount: a.value, approximate: a.approximate, line: s.line, annual, ...(year ? { year: Number(year[1]) } : {}) };
      // Budgets per year: the latest year is the action's budget; the others are reported.
      const keep = !facts.total || (candidate.year !== undefined && (facts.total.year === undefined || candidate.year > facts.total.year));
      if (keep) {
        if (facts.total) rec.unknown('budget.total', `${facts.total.amount} €${facts.total.year ? ` (${facts.total.year})` : ''} : budget d’une autre année, non retenu`, facts.total.line);
        facts.total = candidate;
        rec.assume('budget.total', `budget lu dans le texte : ${shown}${candidate.year ? ` en ${candidate.year}` : ''}${annual ? ' par an' : ''}${a.approximate ? ' (environ)' : ''}`, s.line);
      } else rec.unknown('budget.total', `${shown}${candidate.year ? ` (${candidate.year})` : ''} : autre montant de budget, non retenu`, s.line);
    } else if (revenue || funder) {
      const giver = funder ?? selfFunded;
      const r = { label: giver?.label ?? 'Financeur non précisé', funderType: giver?.type ?? 'autre', amount: a.value, line: s.line, ...(a.approximate ? { approximate: true } : {}) };
      facts.revenues.push(r);
      rec.assume('budget.revenues', `recette lue dans le texte : ${shown} de ${r.label} (type ${r.funderType})`, s.line);
    } else if (EXPENSE_BEFORE.test(before) || EXPENSE_AFTER.test(after) || (role === 'expense' && CHAINED.test(before))) {
      previous = 'expense';
      const spent = EXPENSE_NAMED.exec(before)?.[1];
      const label = clean(spent ?? (EXPENSE_AFTER.exec(after)?.[0] ?? before.split(/[,:(]/).pop() ?? '').replace(/^\s*(?:dont|de|d['’]|pour)\s+/i, '')) || 'Dépense';
      facts.expenses.push({ label, amount: a.value, line: s.line, ...(a.approximate ? { approximate: true } : {}) });
      rec.assume('budget.expenses', `dépense lue dans le texte : ${shown} (${label})`, s.line);
    } else rec.unknown('budget', `${shown} : montant vu dans le texte, rôle non compris (« ${s.text.length > 120 ? `${s.text.slice(0, 117)}…` : s.text} »)`, s.line);
  });
  if (facts.total && s.text.includes('%')) readShares(s, facts, rec);
}

const OWN_FUNDS = /fonds propres|autofinanc\p{L}*|ressources propres/iu;

/**
 * "la CAF en a financé 60 %, la communauté de communes 25 % et le centre le reste sur ses fonds
 * propres": shares of the budget already read, each with the funder its clause names; "le
 * reste" is what the shares leave.
 */
function readShares(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  const total = facts.total!.amount;
  const shares: { label: string; funderType: FunderType; amount: number; pct: number }[] = [];
  let rest: { label: string; type: FunderType } | undefined;
  for (const part of s.text.split(/[,;]|\s+et\s+/)) {
    const own = OWN_FUNDS.exec(part);
    const giver = funderNear(part) ?? (own ? { label: capitalize(own[0]), type: 'autofinancement' as const } : undefined);
    const pct = /(?<![\d,.])(\d{1,3}(?:[,.]\d+)?)\s*%/.exec(part);
    if (pct && giver) {
      const value = Number(pct[1]!.replace(',', '.'));
      if (value > 0 && value <= 100) shares.push({ label: giver.label, funderType: giver.type, amount: round((total * value) / 100), pct: value });
    } else if (!pct && giver && /\ble (?:reste|solde|compl[ée]ment)\b/i.test(part)) rest = giver;
  }
  if (!shares.length || shares.reduce((n, x) => n + x.pct, 0) > 100) return;
  for (const x of shares) {
    facts.revenues.push({ label: x.label, funderType: x.funderType, amount: x.amount, line: s.line });
    rec.assume('budget.revenues', `${x.pct} % de ${total} € : ${x.amount} € de ${x.label} (type ${x.funderType})`, s.line);
  }
  const left = round(total - shares.reduce((n, x) => n + x.amount, 0));
  if (rest && left > 0) {
    facts.revenues.push({ label: rest.label, funderType: rest.type, amount: left, line: s.line });
    rec.assume('budget.revenues', `le reste du budget : ${left} € de ${rest.label} (type ${rest.type})`, s.line);
  }
}

// --- People -------------------------------------------------------------------------------

const NUMBER_WORD = String.raw`\d+|(?:vingt|trente|quarante|cinquante|soixante)-(?:et-)?(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf)|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine) d(?:e\s|['’])`;
const STAFF_NOUN = String.raw`b[ée]n[ée]voles?|salari[ée]e?s?|animat(?:eur|rice)s?|[ée]ducat(?:eur|rice)s?(?: sp[ée]cialis[ée]e?s?)?|coordinat(?:eur|rice)s?|direct(?:eur|rice)s?|employ[ée]e?s?(?: en contrat aid[ée])?|com[ée]dien(?:ne)?s?|psychologues?|di[ée]t[ée]ticien(?:ne)?s?|sophrologues?|r[ée]f[ée]rente?s?(?: famille)?|jeunes (?:volontaires )?en service civique|intervenante?s?|professionnel(?:le)?s?|permanents?|services? civiques?|volontaires?(?: en service civique)?|conseill[eè]re?s?(?: en [ée]conomie sociale et familiale)?|m[ée]diat(?:eur|rice)s?|travailleu(?:r|se)s? soci(?:al|aux|ales?)|assistante?s? soci(?:al|aux|ales?)|administrat(?:eur|rice)s?|encadrante?s? techniques?|agents?`;
const STAFF_RE = new RegExp(`(?<![\\p{L}\\d-])(${NUMBER_WORD})\\s*(?<=\\s|['’])(${STAFF_NOUN})(?![\\p{L}])`, 'giu');

/** "une ludothécaire salariée", "deux mamans bénévoles": a role the list lacks, with its kind after it. */
// "un mécanicien encadrant": the second word says the role is staff.
// "un mécanicien prestataire", "une psychologue vacataire": paid by the session, outside the team.
// "une douzaine de bricoleurs bénévoles": the count's own "de " already ends on a space.
const ROLE_KIND_RE = new RegExp(`(?<![\\p{L}\\d])(${NUMBER_WORD})(?:\\s+|(?<=[\\s'’]))(\\p{Ll}[\\p{L}'’-]{3,}(?:\\s+\\p{Ll}[\\p{L}'’-]{3,})?)\\s+(salari[ée]e?s?|b[ée]n[ée]voles?|encadrante?s?|prestataires?|vacataires?)(?![\\p{L}])`, 'giu');
/** "notre couturière à la séance", "une couturière professionnelle rémunérée à la séance": someone paid per session. */
const PER_SESSION_RE = /(?<![\p{L}\d])(?:une?|notre|la|le|l['’]|d['’]une?)\s*(\p{Ll}[\p{L}'’-]{3,}(?:\s+\p{Ll}[\p{L}'’-]{3,})?)\s*,?\s+(?:(?:r[ée]mun[ée]r[ée]e?|pay[ée]e?|factur[ée]e?)\s+)?(?:à la séance|à la vacation)(?![\p{L}])/giu;
/** "un éducateur sportif de l'association Sport pour tous": staff of another body, lent to the action. */
const OF_ANOTHER_BODY = /^\s+(?:\p{Ll}+\s+)?(?:de l['’]|du |de la |des )(?:association |club |comit[ée] )?(?!Centre|Maison|Espace|EVS)\p{Lu}/u;
const TIME_UNIT = /^(?:heures?|h|jours?|journ[ée]es?|demi-journ[ée]es?|semaines?|mois|ans|ann[ée]es?|s[ée]ances?|euros?)\b/i;

/** "un chauffeur-accueillant à 0,5 ETP", "une médiatrice à 80 %": a role given working time is one member of the team. */
const ROLE_TIME_RE = new RegExp(`(?<![\\p{L}\\d])(${NUMBER_WORD})\\s+(\\p{Ll}[\\p{L}'’-]{3,}(?:\\s+\\p{Ll}[\\p{L}'’-]{3,})?)\\s*(?:(?:à|a)\\s+|\\(\\s*)(?:\\d+(?:[,.]\\d+)?\\s*(?:ETP|E\\.T\\.P)|temps plein|plein temps|mi[- ]temps|[1-9]\\d\\s*%)`, 'giu');

/** "animé par Fatou, bénévole, et par Marc, animateur du centre": someone given by first name and role is one member. */
const NAMED_MEMBER_RE = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?),\\s+(?:notre\\s+|la\\s+|le\\s+|l['’])?(${STAFF_NOUN})(?![\\p{L}])`, 'gu');

/** A sentence about who runs the action. */
const TEAM_SENTENCE = /[ée]quipe|r[ée]unit|compos[ée]e?|encadr|accueillent|animent|b[ée]n[ée]voles|\bETP\b/i;

/**
 * "Deux salariés, un chauffeur-livreur et une conseillère…": the roles listed right after a head
 * count are those same people, counted once by it. `before` is the text up to the role.
 */
const COUNT_THEN_ROLES = /(?:^|[\s,;])(\d+|deux|trois|quatre|cinq|six|sept|huit)\s+(salari[ée]e?s|professionnel(?:le)?s|permanent(?:e)?s|b[ée]n[ée]voles)\s*[,:(]\s*(?:(?:une?|le|la|l['’])\s*[^,.;()]{2,60}?(?:,\s*|\s+et\s+))*(?:une?|le|la|l['’])?\s*$/iu;

function namedAfterCount(before: string, kind: string): boolean {
  const m = COUNT_THEN_ROLES.exec(before);
  return m !== null && (/^b/i.test(m[2]!) ? kind === 'benevole' : kind === 'salarie');
}

function readPeople(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  if (MAY_ROLE.test(s.text)) for (const m of s.text.matchAll(NAMED_MEMBER_RE)) {
    const role = m[2]!.toLowerCase();
    const kind = personClassOf(role);
    if (!isGivenName(m[1]!) || !kind || kind === 'beneficiaire' || kind === 'partenaire') continue;
    facts.people.push({ role, kind, count: 1, line: s.line });
    rec.assume('staffing.people', `une personne donnée par son prénom et son rôle : 1 ${role}`, s.line);
  }
  for (const m of s.text.matchAll(ROLE_KIND_RE)) {
    const count = leadingCount(m[1]!);
    // "70 heures d'engagement bénévole" counts time, not people.
    if (!count || personClassOf(m[2]!) === 'beneficiaire' || TIME_UNIT.test(m[2]!)) continue;
    const kind = /^b/i.test(m[3]!) ? 'benevole' : /^(?:prest|vac)/i.test(m[3]!) ? 'prestataire' : 'salarie';
    const role = `${m[2]!.toLowerCase()} ${m[3]!.toLowerCase()}`;
    facts.people.push({ role, kind, count: count.value, line: s.line });
    rec.assume('staffing.people', `personnes comptées dans le texte : ${count.value} ${role}`, s.line);
  }
  if (/s[ée]ance|vacation/i.test(s.text)) for (const m of s.text.matchAll(PER_SESSION_RE)) {
    const role = m[1]!.toLowerCase();
    if (personClassOf(role) === 'beneficiaire' || facts.people.some((p) => p.line === s.line && fold(p.role).startsWith(fold(role.split(' ')[0]!)))) continue;
    facts.people.push({ role, kind: 'prestataire', count: 1, line: s.line });
    rec.assume('staffing.people', `une personne payée à la séance, comptée comme prestataire : 1 ${role}`, s.line);
  }
  for (const m of s.text.matchAll(STAFF_RE)) {
    // "1 coordinateur salarié" is one person, read once (by the role and kind above).
    if (facts.people.some((p) => p.line === s.line && (p.role.endsWith(m[2]!.toLowerCase()) || p.role.startsWith(`${m[2]!.toLowerCase()} `)) && p.count === leadingCount(m[1]!)?.value)) continue;
    const count = leadingCount(m[1]!.replace(/\s+d['’]?\s*$/, ''));
    const role = m[2]!.toLowerCase();
    const own = personClassOf(role);
    if (!count || !own || own === 'beneficiaire' || own === 'partenaire') continue;
    const kind = own === 'salarie' && OF_ANOTHER_BODY.test(s.text.slice(m.index + m[0].length)) ? 'partenaire' : own;
    if (namedAfterCount(s.text.slice(0, m.index), kind)) continue;
    // "un animateur" is one person only when the sentence is about who runs the action.
    if (/^une?$/i.test(m[1]!) && !/^[-•*\s]*$/.test(s.text.slice(0, m.index)) && !/\b(?:encadr|anim|men|port|assur|accompagn|mobilis|quipe|compos|consacr|emploi|salari|recrut)/i.test(s.text)) continue;
    facts.people.push({ role, kind, count: count.value, line: s.line });
    rec.assume('staffing.people', `personnes comptées dans le texte : ${count.value} ${role}`, s.line);
  }
  if (/etp|e\.t\.p|temps|%/i.test(s.text)) for (const m of s.text.matchAll(ROLE_TIME_RE)) {
    const count = leadingCount(m[1]!.replace(/\s+d['’]?\s*$/, ''));
    const role = m[2]!.toLowerCase();
    const cls = personClassOf(role);
    if (!count || cls === 'beneficiaire' || cls === 'partenaire') continue;
    if (facts.people.some((p) => p.line === s.line && (fold(role).includes(fold(p.role)) || fold(p.role).includes(fold(role))))) continue;
    facts.people.push({ role, kind: cls ?? 'salarie', count: count.value, line: s.line });
    rec.assume('staffing.people', `personnes comptées dans le texte, avec leur temps de travail : ${count.value} ${role}`, s.line);
  }
  // "L'équipe réunit une salariée, la directrice pour une part de son temps et …": in a sentence about the team, each "la directrice" after a comma or "et" is one more.
  // A signature ("La directrice") names who writes, not who runs the action.
  const signature = s.text.split(/\s+/).length <= 3;
  for (const { role, head } of signature ? [] : staffNamedByRole(s.text, TEAM_SENTENCE.test(s.text))) {
    if (facts.people.some((p) => p.line === s.line && fold(p.role).includes(fold(head)))) continue;
    const at = s.text.indexOf(head);
    if (at !== -1 && namedAfterCount(s.text.slice(0, at).replace(/(?:l['’]|la\s+|le\s+|notre\s+|son\s+|sa\s+|leur\s+)$/iu, ''), 'salarie')) continue;
    facts.people.push({ role, kind: 'salarie', count: 1, line: s.line });
    rec.assume('staffing.people', `un membre de l’équipe nommé par son rôle : 1 ${role}`, s.line);
  }
  readTime(s, facts, rec);
}

/** Full-time equivalents in a sentence, counted as salaried unless a volunteer holds them. */
function readTime(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  for (const e of findEtp(s.text)) {
    // The kind is the one named just before the figure ("une salariée (0,8 ETP) et quatre bénévoles").
    const window = fold(s.text.slice(Math.max(0, e.start - 40), e.end));
    // "6 bénévoles et une animatrice (0,3 ETP)": the staff member named after the volunteers holds the time.
    const volunteer = /benevol/.test(window) && !/salari|animat|coordinat|referent|educat|direct|conseill|intervenant|mediat|agent/.test(window.slice(window.lastIndexOf('benevol')));
    if (volunteer) facts.etpVolunteer = (facts.etpVolunteer ?? 0) + e.value;
    else facts.etpSalaried = (facts.etpSalaried ?? 0) + e.value;
    rec.assume(volunteer ? 'staffing.etpVolunteer' : 'staffing.etpSalaried', `${e.value} ETP lus dans le texte, comptés comme ${volunteer ? 'bénévoles' : 'salariés'}`, s.line);
  }
}

// --- Public ---------------------------------------------------------------------------------

// "propose des cafés-rencontres aux seniors du quartier": who an offer is made to; "des ateliers apprennent aux habitants…": who learns.
const PUBLIC_TRIGGER = /\b(?:(?:propos|offr|r[ée]serv)\p{L}*\s+(?:des|un|une|les|de|d['’])\s[^.;:]{3,50}?\s(?=aux\s)|(?:apport|distribu|livr)\p{L}*\s+[^.;:]{3,60}?\s(?=aux\s)|(?:apprenn|enseign)\p{L}*(?=\s+aux\s)|pour|(?:à )?destination|destin[ée]e?s?|r[ée]serv[ée]e?s?|ouverte?s?|(?:aid(?:e|ent)|emm[eè]n(?:e|ent)|accompagn(?:e|ent))(?=\s+les\s)|permet(?:tre|tent)?(?=\s+(?:à|aux)\s)|s['’]adress(?:ent|e)|ouvr(?:e|ent) (?:ses|leurs) portes|(?:met|mettent|mettons) à (?:la )?disposition(?= des\s)|propos[ée]e?s?|aupr[eè]s|accueill\p{L}*|public\s*:|publics?\s+(?:vis[ée]s?|concern[ée]s?)\s*:?)\s*(?:à|aux|des|de|d['’]|les|la|l['’])?\s*((?:[\p{L}'’-]+\s*){1,6})/giu;
const PUBLIC_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^tous publics?|^tout public|^tous les habitants/, 'tous publics'],
  [/^familles?/, 'familles'],
  [/^parents?/, 'parents'],
  [/^(?:enfants?|enfance|petite enfance)\b/, 'enfants'],
  [/^(?:jeunes|adolescent|ados\b|jeunesse)/, 'jeunes'],
  [/^(?:seniors?|personnes agees|aines|retraites)/, 'seniors'],
  [/^(?:collegiens|lyceens)/, 'jeunes'],
  [/^adultes?/, 'adultes'],
  [/^femmes?/, 'femmes'],
  [/^habitants?/, 'habitants'],
  [/^(?:proches )?aidants?\b/, 'aidants'],
  [/^(?:beneficiaires du rsa|allocataires du rsa|brsa)/, 'bénéficiaires du RSA'],
  [/^demandeurs d'emploi/, 'demandeurs d’emploi'],
  [/^personnes (?:isolees|en situation de handicap|handicapees|en difficulte|en situation de precarite)/, 'personnes en difficulté'],
];

/** A public as the feed names it ("Jeunes de 16 à 18 ans" → jeunes); an unknown one lowercased as written. */
export function publicOf(phrase: string): string {
  const f = fold(clean(phrase)).replace(/^(?:les|des|la|le|l'|aux|leurs?|ses|nos|vos)\s+/, '');
  return PUBLIC_WORDS.find(([re]) => re.test(f))?.[1] ?? clean(phrase).toLowerCase();
}

/** The public a phrase names among those the feed knows ("habitants du quartier prioritaire" → habitants), or undefined. */
export function listedPublicOf(phrase: string): string | undefined {
  const f = fold(clean(phrase)).replace(/^(?:les|des|la|le|l'|aux|leurs?|ses|nos|vos)\s+/, '');
  return PUBLIC_WORDS.find(([re]) => re.test(f))?.[1];
}

/** The public a counted noun names ("25 enfants", "40 retraités"), or undefined for "personnes", "jardiniers". */
export function knownPublicOf(phrase: string): string | undefined {
  const f = fold(clean(phrase)).replace(/^(?:les|des|la|le|l'|aux|leurs?|ses|nos|vos)\s+/, '');
  const hit = PUBLIC_WORDS.find(([re]) => re.test(f))?.[1];
  return hit === 'habitants' ? undefined : hit;
}

/** "Pour les 8-12 ans", "de 16 à 25 ans": an age range says who the public is. */
const AGES = /(?<![\d,.])(\d{1,2})\s*(?:-|–|à)\s*(\d{1,2})\s*ans\b/u;

const OVER_AGE = /\b(?:plus de|de plus de|au-del[àa] de|[àa] partir de)\s+(?:6\d|[7-9]\d)\s*ans\b|\b(?:6\d|[7-9]\d)\s*ans\s+et\s+plus\b/iu;

function agePublic(from: number, to: number): string | undefined {
  if (to <= 12) return 'enfants';
  if (from >= 11 && to <= 25) return 'jeunes';
  if (from >= 60) return 'seniors';
  return undefined;
}

/**
 * "Les familles du quartier participent…", "Les parents se retrouvent…": a public named as the
 * subject of what the sentence says they do (a verb in the third person plural after it).
 */
// Also after a fronted phrase: "Le vendredi matin, les parents de jeunes enfants se retrouvent…".
// "…, des habitantes du quartier de la Croix-Rouge à Reims cuisinent", "Les familles y sont orientées par…": the place may
// run on for a few words, the verb may be a passive's "sont".
const SUBJECT_PUBLIC = /(?:^(?:Les|Des|Nos)|,\s+(?:les|des|nos))\s+(familles|parents|enfants|jeunes|adolescents|ados|habitant(?:e)?s|seniors|retraité(?:e)?s|aîné(?:e)?s|femmes|adultes)(?:\s+(?:du|de la|de l['’]|des|de|à|au)\s*[\p{L}'’-]+(?:\s+(?!se\s|s['’]|y\s)[\p{L}][\p{L}'’-]+)?){0,3}\s+(?:se\s+|s['’]|y\s+)?(?:\p{Ll}{2,}ent|sont)\b/u;

const SINGLED_OUT = /,\s*(?:en particulier|notamment|surtout|principalement|en priorit[ée]|prioritairement|et plus particuli[èe]rement)\s+(?:aux|à des|à|les|des|pour les)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/giu;

const MOSTLY = /\d+\s+(?:participant|personne|inscrit|usager|adh[ée]rent|b[ée]n[ée]ficiaire|habitant|stagiaire|apprenant)\p{L}*\s*,\s*(?:majoritairement|en majorit[ée]|surtout|essentiellement|principalement|pour la plupart|dont une majorit[ée] de|dont beaucoup de)\s+(?:des\s+|de\s+)?([\p{L}'’-]+)/iu;

/**
 * "C'est ouvert à tous et gratuit", "ouvert à toutes et à tous": everyone is the public (not "pour tous les âges") —
 * when the text names no other: "les cafés des aidants sont ouverts à tous" says who may come, the aidants are the public.
 */
const OPEN_TO_ALL = /\bouverte?s?\s+à\s+(?:toutes\s+et\s+(?:à\s+)?)?tous(?![\p{L}]|\s+les\b)/iu;

function readPublic(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  const subject = SUBJECT_PUBLIC.exec(s.text);
  const bySubject = subject ? publicOf(subject[1]!) : undefined;
  if (bySubject && !facts.public.includes(bySubject)) {
    facts.public.push(bySubject);
    rec.assume('public', `public sujet de la phrase : ${bySubject}`, s.line);
  }
  const ages = AGES.exec(s.text);
  // "les plus de 60 ans", "65 ans et plus": an age from which on is the seniors'.
  const over = ages ? null : OVER_AGE.exec(s.text);
  const byAge = ages ? agePublic(Number(ages[1]), Number(ages[2])) : over ? 'seniors' : undefined;
  if (byAge && !facts.public.includes(byAge)) {
    facts.public.push(byAge);
    rec.assume('public', `public lu d’après les âges « ${(ages ?? over)![0]} » : ${byAge}`, s.line);
  }
  let offered = false;
  for (const m of s.text.matchAll(PUBLIC_TRIGGER)) {
    offered = true;
    const phrase = fold(m[1]!).replace(/^(?:les|des|la|le|l'|aux|de|du)\s+/, '');
    for (const part of phrase.split(/\s+(?:et|ou)\s+(?:les\s+|des\s+|aux\s+)?|,\s*/)) {
      const hit = PUBLIC_WORDS.find(([re]) => re.test(part));
      if (hit && !facts.public.includes(hit[1])) {
        facts.public.push(hit[1]);
        rec.assume('public', `public lu dans le texte : ${hit[1]}`, s.line);
      }
      if (!hit) break;
    }
  }
  // "24 participantes, majoritairement des femmes isolées": who the counted people mostly are.
  const mostly = MOSTLY.exec(s.text);
  const byMostly = mostly ? PUBLIC_WORDS.find(([re]) => re.test(fold(mostly[1]!)))?.[1] : undefined;
  if (byMostly && !facts.public.includes(byMostly)) {
    facts.public.push(byMostly);
    rec.assume('public', `public lu dans le texte : ${byMostly}`, s.line);
  }
  // "Elle s'adresse aux habitants des villages, en particulier aux seniors isolés": the public singled out after a comma.
  if (offered) for (const m of s.text.matchAll(SINGLED_OUT)) {
    const hit = PUBLIC_WORDS.find(([re]) => re.test(fold(m[1]!)));
    if (hit && !facts.public.includes(hit[1])) {
      facts.public.push(hit[1]);
      rec.assume('public', `public lu dans le texte : ${hit[1]}`, s.line);
    }
  }
}

// --- Place ----------------------------------------------------------------------------------

const POSTCODE = /(?<![\d.,])(\d{5})\s+(\p{Lu}[\p{L}'’ -]{1,40})/u;
const POSTCODE_FIELD = /\bcode postal\s*:?\s*(\d{5})(?![\d.,])/iu;
// "12 allée des Pins – 33310": a street address whose town is given by its postal code alone.
// A street number first and nothing but an end after the code: "la place accueille 35000 visiteurs" is no address.
const ADDRESS_POSTCODE = /(?<![\d.,])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|all[ée]e|avenue|av\.|boulevard|bd|place|chemin|impasse|route|quai|cours|square|r[ée]sidence|lotissement)\s[^.;:]{1,60}?(?<![\d.,])(\d{5})(?=\s*(?:$|[,;)]))/iu;
const CODE_IN_BRACKETS = /\b(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}?[\p{L}'’-]+){0,3})\s*\((\d{2}|2[AB]|97\d)\)/u;
// "la CAF de Saône-et-Loire", "la MSA du Gers": these bodies are departmental.
const DEPARTEMENT_NAME = /\b(?:(?:d[ée]partement(?:al|ale)?|CAF|Caf|MSA|CPAM|UDAF) (?:du|de la|de l['’]|des|de)|dans (?:le|la|les|l['’])|en)\s*(\p{Lu}[\p{L}'’-]+(?:[ -](?:et[ -])?\p{Lu}?[\p{L}'’-]+){0,3})/gu;

const TOWN_IN_BRACKETS = /\((\p{Lu}[\p{L}'’ -]{2,40})\)/u;
const NAME_IN_BRACKETS = /\((\p{Lu}[\p{L}'’ -]{2,40})\)/gu;

function readPlace(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  if (facts.departement?.how === 'code postal') return;
  const pc = POSTCODE.exec(s.text);
  const fromPostcode = pc && departementFromPostcode(pc[1]!);
  if (pc && fromPostcode) {
    facts.departement = { code: fromPostcode, line: s.line, how: 'code postal' };
    facts.commune ??= clean(pc[2]!.split(/\s+(?:-|–|,)/)[0]!);
    rec.assume('structure.departement', `département ${fromPostcode} d’après le code postal ${pc[1]}`, s.line);
    return;
  }
  // "Code postal : 63000    Commune : Clermont-Ferrand": a form's own field, the town in the next one.
  const field = POSTCODE_FIELD.exec(s.text) ?? ADDRESS_POSTCODE.exec(s.text);
  const fromField = field && departementFromPostcode(field[1]!);
  if (field && fromField) {
    facts.departement = { code: fromField, line: s.line, how: 'code postal' };
    rec.assume('structure.departement', `département ${fromField} d’après le code postal ${field[1]}`, s.line);
    return;
  }
  if (facts.departement) return;
  const bracket = CODE_IN_BRACKETS.exec(s.text);
  const fromBracket = bracket && departementFromCode(bracket[2]!);
  if (bracket && fromBracket) {
    facts.departement = { code: fromBracket, line: s.line, how: 'code entre parenthèses' };
    rec.assume('structure.departement', `département ${fromBracket} d’après « ${bracket[0]} »`, s.line);
    return;
  }
  for (const m of s.text.matchAll(DEPARTEMENT_NAME)) {
    const words = m[1]!.split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const code = departementFromName(words.slice(0, n).join(' '));
      if (code && !(n === 1 && /^(?:Nord|Est|Ouest|Sud|Centre)$/.test(words[0]!) && !/d[ée]partement/i.test(m[0]))) {
        facts.departement = { code, line: s.line, how: 'nom du département' };
        rec.assume('structure.departement', `département ${code} d’après « ${m[0]} »`, s.line);
        return;
      }
    }
  }
  // "Centre social du Faubourg d'Isle, Saint-Quentin (Aisne)": the département named in brackets, whatever towns the names hold.
  for (const m of s.text.matchAll(NAME_IN_BRACKETS)) {
    const code = departementFromName(m[1]!);
    if (!code) continue;
    facts.departement = { code, line: s.line, how: 'nom du département' };
    rec.assume('structure.departement', `département ${code} d’après « ${m[0]} »`, s.line);
    return;
  }
  // "La lettre de L'Escale" from the centre social L'Escale: the centre's own name, not its town.
  const own = facts.structure ? fold(facts.structure.name) : '';
  // "la salle de Planoise (Besançon)": a town alone in brackets.
  const bracketed = TOWN_IN_BRACKETS.exec(s.text);
  const inBrackets = bracketed ? communeByName(bracketed[1]!) : undefined;
  const commune = communesIn(s.text).find((c) => !own.endsWith(fold(c.name))) ?? (inBrackets && { ...inBrackets, index: bracketed!.index });
  if (commune) {
    facts.departement = { code: commune.departement, line: s.line, how: 'commune' };
    facts.commune ??= commune.name;
    rec.assume('structure.departement', `département ${commune.departement} d’après la commune ${commune.name}`, s.line);
  }
}

// --- Structure -----------------------------------------------------------------------------

// Case-sensitive on purpose: the name after the kind starts with a capital ("centre social Mosaïque").
const STRUCTURE_NAME = /(?<![\p{L}])([Cc]entre [Ss]ocial|[Cc]entre [Ss]ocio-?[Cc]ulturel|[Ee]space de [Vv]ie [Ss]ociale|[Mm]aison de [Qq]uartier|[Mm]aison [Pp]our [Tt]ous|[Ff]oyer [Rr]ural|MJC|[Aa]ssociation)\s+(?:«\s*|"|“)?((?:(?:Le|La|Les|L['’]|des|du|de la|de l['’]|d['’])\s?)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?\p{Lu}[\p{L}'’-]*){0,3})/u;

/** What stands before a body named in a list of partners ("… avec le CCAS et l'association X"). */
const AMONG_PARTNERS = /(?:partenariat avec|en lien avec|avec|\bet|ainsi que|soutien d\p{L}*)\s+(?:l['’]|le |la |les )?$/iu;

function readStructure(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  if (facts.structure) return;
  const m = STRUCTURE_NAME.exec(s.text);
  if (!m) return;
  const kind = m[1]!.toLowerCase() === 'mjc' ? 'MJC' : `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()}`;
  // "en partenariat avec l'association X": a partner of the action, not the one who runs it.
  if (AMONG_PARTNERS.test(s.text.slice(Math.max(0, m.index - 40), m.index))) return;
  facts.structure = { name: `${kind} ${m[2]!}`, line: s.line };
  rec.assume('structure', `structure nommée dans le texte : ${facts.structure.name}`, s.line);
}

// --- Status ---------------------------------------------------------------------------------

const STATES: readonly (readonly [RegExp, 'en-cours' | 'terminee' | 'en-projet'])[] = [
  [/\b(?:a pris fin|s['’]est (?:achev|termin)\p{L}*|est termin[ée]e?|termin[ée]e? (?:en|depuis|fin)|a [ée]t[ée] arr[êe]t[ée]e?|derni[èe]re [ée]dition|(?:n['’]a |n['’]ont )?pas [ée]t[ée] reconduite?s?|non reconduite?s?)(?![\p{L}])/iu, 'terminee'],
  [/\b(?:verra le jour|d[ée]marrera|d[ée]butera|commencera|sera lanc[ée]e?|sera mise? en place|est en projet|en cours de pr[ée]paration|(?:date de )?d[ée]marrage pr[ée]vue?|(?:date de )?d[ée]but pr[ée]vu)\b/iu, 'en-projet'],
  [/\b(?:est en cours|toujours en cours|action en cours|en cours depuis|se poursuit|se poursuivra|reconduite?|continue (?:cette|chaque)|depuis (?:19|20)\d\d|depuis (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}) ans|depuis (?:le (?:mois|début) d(?:e |u mois d['’]|['’]))?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|la rentr[ée]e|le printemps|l['’]automne|l['’][ée]t[ée])|d[ée]cid\p{L}* de reconduire|reconduction|continue en (?:19|20)\d\d|pr[ée]voyons de (?:renouveler|reconduire|poursuivre)|sera (?:reconduite?|renouvel[ée]e?)|(?:compte|accueille|r[ée]unit|rassemble|regroupe|propose)(?:nt)? (?:aujourd['’]hui|d[ée]sormais|actuellement))(?![\p{L}])|^(?:action |demande )?(?:reconduite|renouvel[ée]e|renouvellement)$/iu, 'en-cours'],
];

/**
 * A recurring slot says the action runs: "ouvre chaque mardi", "tous les samedis matin", "deux soirs par
 * semaine", "un samedi par mois", "un vendredi sur deux", "du lundi au jeudi", "Lundis et jeudis, 16 h 30", "chaque année".
 * It is read as en-cours unless the text says the action ended (STATES, tried first), the slot belongs
 * to a run with an end (FINITE_RUN), or the sentence tells a past year (PAST_TENSE: "chaque mercredi,
 * 48 enfants ont été accueillis" in a 2024 report says how it ran, not that it still runs).
 */
const DAY = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;
const RECURS = new RegExp(String.raw`\b(?:chaque (?:semaine|quinzaine|mois|jour|week-end|${DAY}|ann[ée]e)|tous les (?:jours|mois|week-ends|quinze jours|${DAY}s)|toutes les (?:semaines|deux semaines)|(?:une|deux|trois|quatre|cinq|\d) (?:fois|soirs|soir[ée]es|matin[ée]es|apr[èe]s-midi|demi-journ[ée]es|jours|journ[ée]es|s[ée]ances|cr[ée]neaux) par (?:semaine|mois|quinzaine)|une? (?:${DAY}|semaine|soir|matin) (?:par mois|sur deux)|du ${DAY} au ${DAY}|^le ${DAY}(?: (?:matin|soir|apr[èe]s-midi))?(?= et |,)|(?:ouverte?s?|a lieu|ont lieu|se tien(?:t|nent)|se d[ée]roulen?t?) (?:le|les) ${DAY}s?(?: (?:matin|soir|apr[èe]s-midi))?|pendant les vacances scolaires|chaque [ée]t[ée]|tous les [ée]t[ée]s|^(?:les )?${DAY}s(?: et (?:les )?${DAY}s)?\s*[,:–-]?\s*(?:de\s+)?\d{1,2}\s*h)(?![\p{L}])`, 'iu');
/** A verb in the passé composé or the imparfait: "ont été accueillis", "a ouvert", "étaient" ("a lieu" is present). */
const PAST_TENSE = /\b(?:a|ont|avons|avait|avaient)\s+(?:(?:\p{Ll}+ment|d[ée]j[àa]|bien|aussi|toujours|encore)\s+)?(?!lieu\b)(?:[ée]t[ée]|\p{Ll}+[ée]e?s?|\p{Ll}+(?:i|is|it|u|ert)e?s?)(?![\p{L}])|\b(?:sont|est|se sont|s['’]est)\s+(?:venue?s?|all[ée]e?s?|pass[ée]e?s?|d[ée]roul[ée]e?s?|tenue?s?|retrouv[ée]e?s?|r[ée]uni(?:e|s|es)?)(?![\p{L}])|\b(?:[ée]tait|[ée]taient|\p{Ll}{3,}aient)(?![\p{L}])/u;
/** "un atelier de 10 séances", "un cycle de six rencontres": a run with an end, which may be over. */
const FINITE_RUN = /\b(?:cycle|session|s[ée]rie|stage|atelier|parcours|programme)s? de (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt) (?:s[ée]ances|rencontres|ateliers|sessions|semaines|cours|modules)\b/iu;

/** "nous reconduisons les cafés en 2025", "l'action se poursuivra": the action goes on after an edition that ended. */
const GOES_ON = /\b(?:reconduis\p{L}*|reconduite?s?|se poursuivr\p{L}*|poursuite de l['’]action|sera (?:reconduite?|renouvel[ée]e?)|renouvelons|continuons)(?![\p{L}])/iu;

function readState(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  const recurs = !facts.state && RECURS.test(s.text) && !FINITE_RUN.test(s.text) && !PAST_TENSE.test(s.text);
  const hit = facts.state ? undefined : STATES.find(([re]) => re.test(s.text)) ?? (recurs ? ([RECURS, 'en-cours'] as const) : undefined);
  // "Cette première année s'est terminée en décembre, et nous reconduisons les cafés": an edition ended, the action goes on.
  const ended = facts.state?.state === 'terminee' || hit?.[1] === 'terminee';
  if (ended && GOES_ON.test(s.text) && !/(?:non|pas(?: [ée]t[ée])?) reconduit/iu.test(s.text)) {
    facts.state = { state: 'en-cours', line: s.line };
    rec.assume('status', `statut en-cours déduit de « ${GOES_ON.exec(s.text)![0]} » (une édition terminée, l’action reconduite)`, s.line);
    return;
  }
  if (!hit) return;
  facts.state = { state: hit[1], line: s.line };
  rec.assume('status', `statut ${hit[1]} déduit de « ${hit[0].exec(s.text)![0]} »`, s.line);
}

// --- Partners and counts --------------------------------------------------------------------

/** Phrases that introduce partners in prose, beyond those every format reads (mentions.ts). */
const EXTRA_PARTNERS = /\b(?:(?:un (?:grand |immense )?)?merci (?:à|au|aux)|remercions|remercient|remercie(?:\s+(?:vivement|chaleureusement))?|gr[âa]ce (?:à|au|aux)|(?:pr[ée]par|organis|constru|anim)[ée]e?s? avec|(?<=[ÉéEe])taient pr[ée]sents\s*:\s*(?:les\s+)?(?:repr[ée]sentants?|membres?)?\s*(?:de la|du|de l['’]|des|d['’])?|travaill(?:e|ent|ons) (?:avec|main dans la main avec)|aux c[ôo]t[ée]s d(?:e|u|es)|en collaboration avec|avec l['’]aide d(?:e|u|es)|en association avec|co-?organis[ée]e? (?:avec|par)|port[ée]e? (?:avec|par)|avec le concours d(?:e|u|es)|nos partenaires\s*:|partenaires?\s*:|(?:à )?(?:nos|ses|leurs) partenaires\s*,)\s*/giu;

/** "… et au Secours populaire, partenaire de l'opération": a body the text calls a partner in apposition. */
const CALLED_PARTNER = /(?:^|\s)(?:(?:à|au|aux|avec)\s+)?(?:la\s+|le\s+|les\s+|l['’])?(\p{Lu}[\p{L}'’-]*(?:\s+(?:de la|de l['’]|du|des|de|d['’])?\s*[\p{L}'’-]+){0,4}?),\s+(?:notre\s+|nos\s+|un\s+|une\s+)?partenaires?\s+(?:de|du|des|d['’]|historique|fid[èe]le)/gu;

const MAY_WITH = /avec (?:la|le|les|l['’])/;
const THANKED_FOR_MONEY = /pour (?:son|leur) (?:soutien|aide|financement|don|subvention)/;
const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readPartners(text: string, facts: ProseFacts, rec: Recorder, line: number): void {
  const named = partnersIn(text.replace(EXTRA_PARTNERS, ' en partenariat avec '));
  // "envoyés par les enseignants de l'école Jules-Ferry": the staff's employer is the partner, named once.
  for (const name of staffBodiesIn(text)) {
    const longer = named.findIndex((n) => n !== name && [' ', "'"].some((c) => fold(n).endsWith(`${c}${fold(name)}`)));
    if (longer !== -1) named[longer] = name;
    if (!named.includes(name)) named.push(name);
  }
  if (/partenaire/i.test(text)) for (const m of text.matchAll(CALLED_PARTNER)) if (!named.includes(m[1]!)) named.push(m[1]!);
  if (MAY_WITH.test(text)) for (const name of bodiesAfterWith(text)) if (!named.some((n) => fold(n).includes(fold(name)))) named.push(name);
  for (const name of named) {
    if (facts.partners.some((p) => fold(p) === fold(name))) continue;
    // "merci à la Fondation X pour son soutien de 1 500 €": a body thanked for its money is a funder, read with the budget.
    if (THANKED_FOR_MONEY.test(text) && new RegExp(`${escapeRegExp(name)}\\s+pour (?:son|leur) (?:soutien|aide|financement|don|subvention)[^.;€]{0,30}\\d`, 'u').test(text)) continue;
    // "grâce à la communauté urbaine Caen la mer, qui a apporté 1 800 €": a body named for the sum it gives is a funder too.
    if (/€|euros?/i.test(text) && new RegExp(`${escapeRegExp(name)}\\s*,?\\s*(?:qui (?:a |ont |nous a )?(?:apport|vers|financ|subventionn|accord|donn)\\p{L}*\\s+(?:une (?:subvention|aide) de\\s+)?\\d|\\(\\s*\\d[\\d\\s  ,.]*\\s*(?:€|euros?|k€)\\s*\\))`, 'iu').test(text)) continue;
    facts.partners.push(name);
    rec.assume('partners', `partenaire nommé dans le texte : ${name}`, line);
  }
}

/** "(+ de 90 personnes)", "12 BRSA", "45 jardiniers": counts the common list of figures.ts misses. */
/** "19 se sont inscrites": a count whose noun the verb gives. */
const SIGNED_UP = /(?<![\p{L}\d,.])(\d{1,4})\s+(?:se sont|sont|s['’]y sont)\s+inscrit(e?s)(?![\p{L}])/gu;
const EXTRA_COUNTS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\+\s*de|plus de|près de|environ)\s+)?(\d+(?:[  ]\d{3})?)\s+(BRSA|bénéficiaires du RSA|allocataires(?: du RSA)?|jardiniers|apprenant(?:e)?s|élèves|collégiens|lycéens|retraités|résidents|locataires|ménages|demandeurs d['’]emploi|spectateurs|visiteurs|convives|joueurs|danseurs|lecteurs|bénévoles accueillis)(?![\p{L}])(?!\s+(?:b[ée]n[ée]voles?|salari[ée]e?s?)(?![\p{L}]))`,
  'giu',
);

/** "Notre association compte 240 adhérents", "l'association regroupe 120 adhérents": members of the structure. */
const MEMBERSHIP = /\b(?:notre|l['’]|cette)\s*(?:association|structure)\b|\b(?:association|centre|structure|club|foyer|maison)\b[^.;]{0,40}\b(?:compte|regroupe|rassemble|totalise|r[ée]unit)\b/i;
const HELPERS = /en service civique|en renfort|viennent aider|nous aident/i;
const HELPER_COUNT = /(?<![\p{L}\d])(\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(\p{L}+)(?=[^.;]{0,60}?(?:en service civique|en renfort|viennent aider|nous aident))/giu;

/** A count needs a number: digits, or a number word ("trois", "une vingtaine"). */
const HAS_NUMBER = /\d|aine d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent)\b/i;

function readCounts(s: Sentence, facts: ProseFacts, rec: Recorder): void {
  if (!HAS_NUMBER.test(s.text)) return;
  const figures = extractFigures(s.text.replace(/\+\s*de\s+(?=\d)/g, 'plus de ')).beneficiaries;
  if (/inscrit/.test(s.text)) for (const m of s.text.matchAll(SIGNED_UP)) figures.push({ label: `inscrit${m[2]}`, count: Number(m[1]) });
  if (/\d/.test(s.text)) for (const m of s.text.matchAll(EXTRA_COUNTS)) {
    const f: Figure = { label: m[3]!, count: Number(m[2]!.replace(/\D/g, '')) };
    if (m[1]) f.approximate = true;
    figures.push(f);
  }
  const helpers = HELPERS.test(s.text) ? [...s.text.matchAll(HELPER_COUNT)].map((m) => `${leadingCount(m[1]!)?.value} ${fold(m[2]!)}`) : [];
  for (const f of figures) {
    // "2 stagiaires BAFA" beside "8 animateurs" are staff in training, not the public.
    if (/\bBAF[AD]\b/.test(f.label)) continue;
    // "Notre association compte 240 adhérents": the structure's members, not the action's public.
    if (/adh[ée]rent/i.test(f.label) && MEMBERSHIP.test(s.text)) {
      rec.unknown('beneficiaries', `${f.count} ${f.label} : membres de la structure, non comptés comme bénéficiaires de l’action`, s.line);
      continue;
    }
    // "deux jeunes en service civique", "deux lycéens viennent en renfort": people who help, not the public.
    if (helpers.includes(`${f.count} ${fold(f.label).split(' ')[0]}`)) continue;
    const same = facts.beneficiaries.find((b) => b.count === f.count && (fold(b.label).startsWith(fold(f.label)) || fold(f.label).startsWith(fold(b.label))));
    // "48 allocataires" and "48 allocataires du RSA" are one count: the longer label says more.
    if (same) {
      if (f.label.length > same.label.length) same.label = f.label;
      continue;
    }
    facts.beneficiaries.push(f);
    rec.assume('beneficiaries', `nombre de bénéficiaires lu dans le texte : ${f.approximate ? 'environ ' : ''}${f.count} ${f.label}`, s.line);
  }
}

/** `time` is the ETP part of `people` alone, for a form that counted its team without their time. */
export type Aspect = 'money' | 'people' | 'time' | 'public' | 'place' | 'state' | 'counts' | 'partners' | 'structure';
const ALL: readonly Aspect[] = ['money', 'people', 'public', 'place', 'state', 'counts', 'partners', 'structure'];

/**
 * Cheap tests that say whether a sentence can hold an aspect at all: most sentences hold
 * none, and the readers' patterns are costly (10,000 fiches must import in seconds).
 */
const MAY_HOLD: Readonly<Record<Aspect, RegExp>> = {
  money: /€|euro|EUR\b/i,
  people: /b[ée]n[ée]vol|salari|employ|prestataire|vacataire|s[ée]ance|direct|cesf|com[ée]dien|psycholog|di[ée]t[ée]ticien|sophrolog|anim|[ée]duca|coordin|r[ée]f[ée]r|interven|profession|permanent|civique|volontaire|conseill|m[ée]dia|travailleu|assistant|administrat|encadr|agent|etp|e\.t\.p|temps/i,
  time: /etp|e\.t\.p|temps|quivalent/i,
  public: /pour|destin|r[ée]serv|ouvert|ouvr(?:e|ent) (?:ses|leurs) portes|disposition|aide|emm[eè]n|accompagn|permet|adress|propos|aupr|accueil|public|apport|distribu|livr|apprenn|enseign|majorit|surtout|essentiellement|principalement|plupart|\d\s*ans\b|^(?:Les|Des|Nos)\s|,\s(?:les|des|nos)\s/i,
  place: /\d{5}|\(\d{2,3}\)|\(2[AB]\)|\(\p{Lu}[^()]{2,40}\)|\p{L}\s[–—]\s*\p{Lu}|(?<![\p{L}])(?:[àÀ]|[Aa]u|[Dd]e|[Dd]['’]|[Ee]n|[Dd]ans)\s*\p{Lu}/u,
  state: /fin\b|achev|termin|pr[ée]voy|renouvel|recondui|reconduction|d[ée]cid|arr[êe]t|derni[èe]re|verra|d[ée]marrera|lanc[ée]|projet|pr[ée]paration|cours|poursui|continu|chaque|depuis|tous les|toutes les| par (?:semaine|mois|quinzaine)|sur deux|di?s(?: et|\s*,)|di au |^le (?:lun|mar|mercre|jeu|vendre|same)di|^le dimanche|vacances scolaires|[ée]t[ée]|ouvert|lieu|tien|d[ée]roul|aujourd|d[ée]sormais|actuellement/i,
  // Counted people: a noun of the list of figures.ts (a number is checked by the reader).
  counts: /personne|pers\.|b[ée]n[ée]ficiaire|famille|foyer|jeune|enfant|adolescent|participant|habitant|senior|femme|homme|parent|usager|adh[ée]rent|inscrit|stagiaire|visiteur|spectateur|jardinier|apprenant|[ée]l[èe]ve|coll[ée]gien|lyc[ée]en|retrait[ée]|r[ée]sident|locataire|m[ée]nage|convive|aidant|allocataire|brsa/i,
  partners: /partenai?r|orient|(?:adress|envoy)[ée]e?s? par|vien(?:t|nent) d|prêt[ée]|prête|offert|fourni|disposition|[ée]ducat|animat|intervenant|psycholog|com[ée]dien|di[ée]t[ée]ticien|sophrolog|format|conseill|lyc[ée]ens|[ée]tudiants|[ée]l[èe]ves|coll[ée]giens|b[ée]n[ée]voles|soutien|merci|remerci|gr[aâ]ce|travaill|pr[ée]sents|pr[ée]par[ée]|anim[ée]e?s? avec|constru|c[ôo]t[ée]s d|collaboration|aide d|association avec|organis|port[ée]e?s? (?:avec|par)|concours|conventionn|en lien avec|acteurs|avec (?:la|le|les|l['’])/i,
  structure: /centre|espace de vie|maison|foyer rural|MJC|association/i,
};

const ATTENDANCE = /^\s*(?:pr[ée]sent(?:e|s|es)?|[ée]taient pr[ée]sent(?:e|s|es)?|excus[ée](?:e|s|es)?|absent(?:e|s|es)?)\s*:/i;

const READERS: Readonly<Record<Aspect, (s: Sentence, facts: ProseFacts, rec: Recorder) => void>> = {
  money: readMoney,
  people: readPeople,
  time: readTime,
  public: readPublic,
  place: readPlace,
  state: readState,
  counts: readCounts,
  partners: (s, facts, rec) => readPartners(s.text, facts, rec, s.line),
  structure: readStructure,
};

/** Reads every sentence of `lines` for the aspects asked (all by default). */
export function readProse(lines: readonly Line[], rec: Recorder, aspects: readonly Aspect[] = ALL): ProseFacts {
  const facts: ProseFacts = { revenues: [], expenses: [], people: [], partners: [], public: [], beneficiaries: [] };
  const worth = lines.filter((l) => aspects.some((a) => MAY_HOLD[a].test(l.text)));
  for (const s of sentences(worth)) {
    // "Présents : 9 habitants, 2 salariés": who came to a meeting, not the action's team or public.
    const attendance = ATTENDANCE.test(s.text);
    for (const aspect of aspects) if (MAY_HOLD[aspect].test(s.text) && !(attendance && (aspect === 'people' || aspect === 'counts'))) READERS[aspect](s, facts, rec);
  }
  if (aspects.includes('public') && !facts.public.length) {
    const open = worth.find((l) => OPEN_TO_ALL.test(l.text));
    if (open) {
      facts.public.push('tous publics');
      rec.assume('public', 'public lu dans le texte : ouvert à tous', open.n);
    }
  }
  return facts;
}
