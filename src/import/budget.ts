/**
 * A fiche's budget section → Budget: total, revenues by funder (typed), expenses,
 * approximate/forecast/annual flags, and the original text. Lines are read one by one;
 * "Dépenses" / "Recettes" headings (alone or at the start of a line) set what the
 * following amounts are.
 */
import type { Budget, Expense, Revenue } from '../feed/schema.js';
import { findAmounts, parseQuantity, round, type Amount } from './french-numbers.js';
import type { Recorder } from './report.js';
import { clean, fold, isBlankItem, stripBullet, type Line } from './text.js';
import { funderTypesIn } from './vocab.js';

type Mode = 'any' | 'expenses' | 'revenues';

/** A side's heading, or a table's header row naming it ("Financeur | Montant", written "Financeur : Montant"). */
const HEADING = /^(d[ée]penses|charges|recettes|produits|financements?|financeurs?|plan de financement|ressources|co[uû]ts?)(?:\s*[:|]\s*montants?(?:\s*\((?:en )?(?:€|euros?)\))?)?\s*:?\s*$/i;
/** A heading that says the lines below are a budget, not which side of it ("Budget 2024"). */
const NEUTRAL_HEADING = /^(?:budget(?: total| global| pr[ée]visionnel| annuel)?(?: (?:19|20)\d\d)?|moyens financiers|ressources financi[èe]res)\s*:?\s*$/i;
const PREFIX = /^(d[ée]penses|charges|recettes|produits|financements|financeurs)\s*(?::|(?=de\s|d['’]))\s*(?:de\s+|d['’]\s*)?/i;
const TOTAL_WORDS = /\b(cout|total|budget|montant global|montant total|enveloppe)\b/;
const REVENUE_WORDS = /\b(subventions?|participations?|financements?|financeurs?|aides?|dotations?|apports?|recettes?|cofinancement|contributions?)\b/;
const EXPENSE_WORDS = /\b(achats?|prestations?|prestataires?|hebergements?|alimentation|salaires?|materiels?|livres?|investissements?|fonctionnement|transports?|locations?|frais|charges|communication|personnel|repas|fournitures|entrees|billets|assurances?|intervenants?|loyers?|depenses?|equipements?|formations?|deplacements?|spectacles?|sorties?|denrees|carburant|remuneration)\b/;
const FORECAST = /en construction|previsionnel|projetons|prevoyons|envisage|\bprevu/;
const ACTUAL = /\brealise|bilan financier|\breel\b/;
const ANNUAL = /annuel|par an\b|\/an\b|chaque annee/;
/** In-kind contributions a budget values beside its money (the Cerfa's accounts 86 and 87). */
const IN_KIND = /contributions? volontaires|\ben nature\b|mises? a disposition gratuite|^benevolat$|valorisation du benevolat/;
// "Budget : 2 500 € demandés à la Conférence des financeurs": the whole sum, asked of one funder.
const PAID_BY = /^\s*,?\s*(?:(?:pris(?: en charge)?|financ[ée]e?s?|pay[ée]e?s?|assur[ée]e?s?|couvert)\s+(?:sur|par)|(?:demand|sollicit)[ée]e?s?\s+(?:à|au|aux|auprès d(?:e|u|es)))\s+([^.;,]{2,60})/i;

/** A funder's amount and the bracket after it that shares it out: "… : 8 000 € (dont 5 000 € de …)". */
const GIFT_SHARED = /^([^()€\d]{3,120}?)\s*:?\s*\d[\d\s.,]*\s*(?:k?€|euros?)\s*(\(\s*dont\b[^()]*\))/iu;

/** Label text around an amount: connectors, currency words and leading filler removed. */
function cleanLabel(s: string): string {
  return clean(s)
    .replace(/^[\s:=\-–—,;.]+|[\s:=\-–—,;.]+$/g, '')
    .replace(/^(?:nous (?:projetons|prévoyons|avons)|il (?:y a|faut)|soit|dont|avec|en)\s+/i, '')
    .replace(/^(?:un|une|le|la|les|l['’]|des|du|de la)\s*/i, '')
    .replace(/\s*(?:est de|sont de|s['’]élève à|de)$/i, '')
    .trim();
}

/** Splits a line into its amount-bearing parts: `A : 8 000 € - B : 9 000 €` → two parts. */
function segments(text: string): string[] {
  const amounts = findAmounts(text, { bare: true });
  if (amounts.length < 2) return [text];
  return text.split(/\s+[-–—;]\s+|\s+\/\s+/).filter((s) => s.trim());
}

interface Item {
  amount: Amount;
  label: string;
  line: number;
}

/** "… 4 000 € du Département", "6 000 € de fonds propres": the giver named after the amount. */
// "2 500 € demandés à la Conférence des financeurs", "… sollicités auprès de la Caf": the funder asked.
const GIVER_AFTER = /^\s*(?:de la |de l['’]|du |des |de |d['’]|vers[ée]e?s? par (?:la |le |l['’]|les )?|(?:demand|sollicit)[ée]e?s? (?:à la |à l['’]|au |aux |auprès de la |auprès de l['’]|auprès du |auprès des ))\s*([^,;()]+?)(?=\s*(?:[,;()]|\bet\b|\.(?:\s|$)|$))/iu;
/** What joins one "amount de giver" to the next: no label of its own. */
const JOINER = /^(?:\(?\s*dont|soit|et|ou|puis|plus|ainsi que)$/i;

const REST = /^(?:le\s+)?(?:reste|solde|compl[ée]ment)\b/i;
const REST_PAYER = /^\s*\)?\s*,?\s*(?:(?:pris|pr[ée]lev[ée]e?s?|financ[ée]e?s?|couverte?s?|assur[ée]e?s?|apport[ée]e?s?)\s+)?(?:sur|par|des|du|de)\s+(?:les\s+|la\s+|le\s+|l['’]|ses\s+|nos\s+|leurs\s+)?([^,;()]+?)(?=\s*(?:[,;()]|\.(?:\s|$)|$))/iu;

function labelsFor(text: string, amounts: Amount[]): string[] {
  const givers = amounts.map((a, i) => GIVER_AFTER.exec(text.slice(a.end, i + 1 < amounts.length ? amounts[i + 1]!.start : text.length)));
  return amounts.map((a, i) => {
    const prev = amounts[i - 1];
    // After "4 000 € du Département", what is left before the next amount (" et ") joins, it names nothing.
    const from = prev ? prev.end + (givers[i - 1]?.[0].length ?? 0) : 0;
    const before = text.slice(from, a.start).replace(/\([^()]*\)/g, ' ');
    const after = text.slice(a.end, i + 1 < amounts.length ? amounts[i + 1]!.start : text.length);
    const b = cleanLabel(before);
    const giver = givers[i];
    if (giver && (!/\p{L}/u.test(b) || JOINER.test(b))) return cleanLabel(giver[1]!);
    // "le reste, soit 4,5 k€, sur fonds propres": the rest is labelled by who pays it, said after it.
    const payer = REST.test(b) ? REST_PAYER.exec(after)?.[1] : undefined;
    if (payer && funderTypesIn(payer).length) return cleanLabel(payer);
    if (/\p{L}/u.test(b)) return b;
    // An amount followed by a bracket ("25000€ (transports, …)") or by "dont" is an unlabelled total.
    if (/^\s*(?:\(|dont\b)/.test(after)) return '';
    // "3 600 € : MSA 2 400 €, …": a line that opens on a sum and a colon gives the total, then its parts.
    if (i === 0 && amounts.length > 1 && /^\s*:/.test(after)) return '';
    return cleanLabel(after.replace(/^\s*[:=]\s*/, ''));
  });
}

const sum = (xs: readonly { amount?: number }[]) => round(xs.reduce((s, x) => s + (x.amount ?? 0), 0));

/** Parses a budget section. Undefined when the section is empty. */
export function parseBudget(lines: readonly Line[], rec: Recorder): Budget | undefined {
  const kept = lines.filter((l) => !isBlankItem(l.text));
  if (kept.length === 0) return undefined;
  const text = kept.map((l) => clean(l.text)).join('\n');
  const folded = fold(text);

  const revenues: Revenue[] = [];
  const expenses: Expense[] = [];
  const totals: Item[] = [];
  const unlabelled: Item[] = [];
  let mode: Mode = 'any';
  const sides = sidesByTotals(kept);

  for (const [index, line] of kept.entries()) {
    let t = stripBullet(clean(line.text));
    if (NEUTRAL_HEADING.test(t)) {
      mode = 'any';
      continue;
    }
    if (HEADING.test(t)) {
      const h = fold(t);
      mode = /^(depenses|charges|couts?)/.test(h) ? 'expenses' : 'revenues';
      continue;
    }
    let lineMode = mode === 'any' ? sides[index] ?? 'any' : mode;
    const prefix = PREFIX.exec(t);
    if (prefix) {
      lineMode = /^(d[ée]penses|charges)/i.test(prefix[1]!) ? 'expenses' : 'revenues';
      t = t.slice(prefix[0].length);
    }
    // "Subvention du Département : 8 000 € (dont 5 000 € de fonctionnement et 3 000 € d'investissement)":
    // the bracket shares one funder's sum out, it adds no amount (a cost's "dont" still lists expenses).
    const share = GIFT_SHARED.exec(t);
    if (share && (funderTypesIn(share[1]!).length > 0 || REVENUE_WORDS.test(fold(share[1]!)))) {
      rec.assume('budget', `« ${clean(share[2]!)} » : répartition d’un seul financement, pas d’autres montants`, line.n);
      t = t.replace(share[2]!, '');
    }
    const quantity = parseQuantity(t);
    if (quantity) rec.assume('budget', `« ${t} » lu comme une durée (${quantity.value} ${quantity.unit}), pas comme un montant`, line.n);

    let any = false;
    for (const seg of segments(t)) {
      // "Recettes : …" may also open the second half of a line.
      const inner = PREFIX.exec(seg.trim());
      const segMode = inner ? (/^(d[ée]penses|charges)/i.test(inner[1]!) ? 'expenses' : 'revenues') : lineMode;
      const body = inner ? seg.trim().slice(inner[0].length) : seg;
      const found = findAmounts(body, { bare: true });
      // "Part État (BOP 147) : 30 000 €": a bare number in brackets beside a sum in euros is a code.
      const amounts = found.some((a) => a.currency) ? found.filter((a) => a.currency || !/\([^()]*$/.test(body.slice(0, a.start))) : found;
      if (amounts.length === 0) continue;
      any = true;
      const labels = labelsFor(body, amounts);
      amounts.forEach((amount, i) => {
        const label = labels[i]!;
        if (!amount.currency) rec.assume('budget', `« ${clean(body)} » : nombre sans devise lu comme un montant en euros`, line.n);
        const item = { amount, label, line: line.n };
        const f = fold(label);
        // "87 – Contributions volontaires en nature : 2 400", "Bénévolat : 2 400": valued time and goods, outside the money budget.
        if (IN_KIND.test(f)) {
          rec.assume('budget', `« ${label} : ${amount.value} € » : contribution en nature, hors du budget en argent`, line.n);
          return;
        }
        // "Montluçon Communauté | 1 000 € | 0 €": a funder that gave nothing is no revenue (asked, refused).
        if (amount.value === 0) {
          rec.assume('budget', `« ${label} : 0 € » : rien versé, pas compté comme financeur`, line.n);
          return;
        }
        // "Ekidom (bailleur) : 1 200 €": a name the vocabulary does not know, its kind in the bracket after it.
        const kind = /\(([^()\d€]{2,40})\)\s*:?\s*$/.exec(body.slice(0, amount.start))?.[1];
        const named = funderTypesIn(label);
        const funders = named.length || !kind || !label ? named : funderTypesIn(kind);
        // "1 500 euros (Département)": the total, given by the one funder the bracket names.
        const giver = label ? undefined : /^\s*\(([^(),\d]{2,60})\)/.exec(body.slice(amount.end))?.[1];
        const giverType = giver ? funderTypesIn(giver)[0] : undefined;
        if (giver && giverType) {
          unlabelled.push(item);
          revenues.push(entry({ label: clean(giver), funderType: giverType }, amount));
          rec.assume('budget.revenues', `« ${clean(body)} » : montant total, versé par le financeur entre parenthèses`, line.n);
        } else if (!label) unlabelled.push(item);
        // "Total" closes a column of revenues too: it is the total, not one more funder.
        // "Soit un budget de 7 000 €" under a list of funders names no funder: the sum, not one more revenue.
        else if (TOTAL_WORDS.test(f) && (segMode !== 'revenues' || /^total\b/.test(f) || funders.length === 0)) {
          totals.push(item);
          // "coût : 600 € pris sur les fonds propres du centre": the whole cost, and who pays it.
          const payer = PAID_BY.exec(body.slice(amount.end))?.[1];
          const payerType = payer ? funderTypesIn(payer)[0] : undefined;
          if (payer && payerType && amounts.length === 1) {
            revenues.push(entry({ label: clean(payer), funderType: payerType }, amount));
            rec.assume('budget.revenues', `« ${clean(body)} » : le coût entier, payé par ${clean(payer)}`, line.n);
          }
        }
        else if (segMode === 'revenues' || (segMode === 'any' && (funders.length > 0 || REVENUE_WORDS.test(f)))) {
          if (funders.length > 1) rec.assume('budget.revenues', `« ${label} » nomme plusieurs financeurs pour un seul montant : type ${funders[0]} retenu`, line.n);
          if (funders.length === 0) rec.assume('budget.revenues', `« ${label} » : financeur non précisé, type autre`, line.n);
          revenues.push(entry({ label, funderType: funders[0] ?? 'autre' }, amount));
        } else if (segMode === 'expenses' || EXPENSE_WORDS.test(f)) expenses.push(entry({ label }, amount));
        else unlabelled.push(item);
      });
    }
    if (!any && !quantity && !FORECAST.test(fold(t)) && t && !costsWithoutAmounts(t, expenses, revenues, rec, line.n)) {
      if (EXPENSE_WORDS.test(fold(t)) && !TOTAL_WORDS.test(fold(t)) && mode !== 'revenues') expenses.push({ label: cleanLabel(t) });
      else rec.unknown('budget', t, line.n);
    }
  }

  const budget: Budget = { currency: 'EUR', revenues, expenses, text };
  const explicit = totals[0] ?? unlabelled[0];
  for (const extra of [...totals, ...unlabelled].filter((x) => x !== explicit)) {
    rec.unknown('budget', `${extra.label ? `${extra.label} : ` : ''}${extra.amount.value} € (montant sans rôle clair)`, extra.line);
  }
  if (explicit) {
    budget.total = explicit.amount.value;
    if (explicit.amount.approximate) budget.approximate = true;
  } else {
    // A total the fiche does not state is not invented; the sums are reported for a reviewer.
    const spent = sum(expenses);
    const funded = sum(revenues);
    if (spent > 0) rec.assume('budget.total', `total non indiqué (somme des dépenses : ${spent} €)`);
    else if (funded > 0) rec.assume('budget.total', `total non indiqué (somme des recettes : ${funded} €)`);
  }
  if ([...revenues, ...expenses].some((x) => x.approximate)) budget.approximate = true;
  const revenueSum = sum(revenues);
  if (budget.total !== undefined && revenueSum > 0 && Math.abs(revenueSum - budget.total) > 1) {
    rec.assume('budget.revenues', `les recettes détaillées (${revenueSum} €) ne couvrent pas tout le total (${budget.total} €)`);
  }
  if (FORECAST.test(folded)) budget.basis = 'forecast';
  else if (ACTUAL.test(folded)) budget.basis = 'actual';
  if (ANNUAL.test(folded)) budget.period = 'annual';
  return budget;
}

const TOTAL_EXPENSES = /^total (?:des )?(?:charges|depenses)\b/;
const TOTAL_REVENUES = /^total (?:des )?(?:produits|recettes|ressources|financements)\b/;

/**
 * A table with no "Charges" / "Produits" heading whose columns end on their totals ("Total
 * charges 13 600 €", then "Total produits 13 600 €"): the lines above the first total are
 * expenses, those between the two totals revenues. Undefined for a line no total sides.
 */
function sidesByTotals(lines: readonly Line[]): (Mode | undefined)[] {
  const out: (Mode | undefined)[] = new Array(lines.length);
  const first = lines.findIndex((l) => TOTAL_EXPENSES.test(fold(stripBullet(clean(l.text)))));
  if (first === -1) return out;
  const second = lines.findIndex((l, i) => i > first && TOTAL_REVENUES.test(fold(stripBullet(clean(l.text)))));
  if (second === -1) return out;
  for (let i = 0; i < second; i++) out[i] = i < first ? 'expenses' : 'revenues';
  return out;
}

/**
 * Cost items joined by "+" with no amount ("coût des salaires (aidés) + coût de la
 * formation (OPCO)"): kept as expenses without amounts, and the funders named in their brackets.
 */
function costsWithoutAmounts(t: string, expenses: Expense[], revenues: Revenue[], rec: Recorder, line: number): boolean {
  const parts = t.split(/\s+\+\s+/);
  if (parts.length < 2 || !parts.every((p) => /\bco[uû]ts?\b/i.test(p))) return false;
  for (const part of parts) {
    const label = clean(part.replace(/\([^)]*\)?/g, '')).replace(/^(?:le |la |les )?co[uû]ts?\s+(?:des |de la |de l['’]|du |de |d['’])?/i, '');
    if (label) expenses.push({ label: label.charAt(0).toUpperCase() + label.slice(1) });
    const bracket = /\(([^)]*)\)?/.exec(part)?.[1] ?? '';
    for (const raw of bracket.split(/\s+ou\s+|,\s*/)) {
      const name = clean(raw.replace(/^(?:parfois|aussi|souvent|ou)\s+/i, ''));
      const types = funderTypesIn(name);
      if (!name || types.length === 0) continue;
      revenues.push({ label: name, funderType: types[0]! });
      rec.assume('budget.revenues', `« ${name} » : financeur cité sans montant`, line);
    }
  }
  return true;
}

function entry<T extends { label: string }>(base: T, amount: Amount): T & { amount: number; approximate?: boolean } {
  return amount.approximate ? { ...base, amount: amount.value, approximate: true } : { ...base, amount: amount.value };
}
