/**
 * French money, ETP, hours and counts as fiches write them: `21 280.00€`, `6 700€`,
 * `52 800 euros`, `100000 €`, `0,4 ETP`, `6H/semaine`, `4*2 jours`, `3 000 à 5 000 €`,
 * `6000€ (env.)`, `une trentaine`. Pure functions: the same code runs in Node and the browser.
 *
 * The hard part is what is NOT money: years (`depuis 2018`), postal codes (`69003 LYON`),
 * phone numbers (`03 28 61 08 09`), dates (`10/12/2013`, `19 décembre 2014`), clock times
 * (`9h00`), percentages and durations. Those are masked before amounts are searched, and a
 * number without a currency is only taken when the caller says the text is a budget (`bare`).
 */

export interface Amount {
  /** Euros. For a range, the midpoint (and `approximate` is set). */
  value: number;
  min?: number;
  max?: number;
  approximate: boolean;
  /** False when the number had no currency and was accepted because the text is a budget. */
  currency: boolean;
  /** Position in the searched text, so callers can take the label around it. */
  start: number;
  end: number;
}

export interface Found {
  value: number;
  start: number;
  end: number;
  approximate: boolean;
}

/** Rounds away binary noise (0.1 + 0.2) while keeping fiche precision. */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round((n + Number.EPSILON) * f) / f;
}

/**
 * `21 280.00` → 21280, `6 700` → 6700, `0,4` → 0.4, `1.500` → 1500 (a dot followed by exactly
 * three digits groups thousands), `12.50` → 12.5. Undefined when the string is not a number.
 */
export function parseNumber(s: string): number | undefined {
  let t = s.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(t)) return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

const SP = '[ \\u00a0\\u202f]';
/** A number as written: grouped thousands (`21 280.00`, `1.500`) or plain (`100000`, `0,4`). */
const NUM = `(?<![\\d.,])(?:\\d{1,3}(?:(?:${SP}|\\.)\\d{3})+(?:,\\d{1,2}|\\.\\d{2})?(?![\\d])|\\d+(?:[.,]\\d+)?)`;
/** Currency with its multiplier: `€`, `euros`, `k€`, `M€`, `millions d'euros`. */
const CUR = `(?:${SP}?(?:(k|K|M)${SP}?(?:€|euros?\\b|EUR\\b)|millions?${SP}d['’]euros|€|[eE]uros?\\b|EUR\\b))`;

const MONTHS = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv\\.?|f[ée]vr?\\.?|sept\\.?|oct\\.?|nov\\.?|d[ée]c\\.?';

/** "3 € par adulte", "2 euros la séance": a price per head (the report lists it as a figure not used). */
export const PRICE_PER_HEAD = /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:€|euros?)\s*(?:par|\/|la|le)\s*(?:adultes?|personnes?|pers\.?|enfants?|participants?|familles?|s[ée]ances?|repas|ateliers?|sorties?|entr[ée]es?|inscriptions?|t[êe]tes?)(?![\p{L}])/giu;

/** What looks like a number but is not an amount, masked with `#` (same length, so positions hold). */
const NOT_AMOUNTS: readonly RegExp[] = [
  // Phone numbers: 03 28 61 08 09, 03.29.38.19.18, +33 3 28 61 08 09.
  /(?<!\d)(?:\+33[\s.]?|0)[1-9](?:[\s.\u00a0-]?\d{2}){4}(?!\d)/g,
  // Dates: 10/12/2013, 1er juillet 2001, 19 décembre 2014, sept. 2018.
  /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/g,
  new RegExp(`(?<!\\d)\\d{1,2}(?:er)?${SP}+(?:${MONTHS})(?:${SP}+\\d{4})?`, 'gi'),
  new RegExp(`(?:${MONTHS})${SP}+\\d{4}`, 'gi'),
  // Postal code followed by a town (not by "Euros").
  /(?<![\d.,])\d{5}(?=\s+(?!(?:[Ee]uros?|EUROS?|EUR)(?![\p{L}]))[A-ZÉÈÂ][\p{L}'’-]+)/gu,
  // Clock times and hours: 9h00, 17H, 9 heures, 6H/semaine.
  /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:h(?:eures?)?)(?:\d{2})?(?![\p{L}])/giu,
  // Percentages, surfaces, products (4*2 jours) and ordinals.
  /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|m2|m²|km|kms)/gi,
  /(?<![\d.,])\d+\s*[*x×]\s*\d+/g,
  /(?<![\d.,])\d+(?:er|ère|e|ème|eme)(?![\p{L}])/giu,
  // A price per head ("3 € par adulte", "2 euros la séance", "5 €/personne"): what one pays, not a sum of the budget.
  PRICE_PER_HEAD,
];

function mask(text: string): string {
  let out = text;
  for (const re of NOT_AMOUNTS) out = out.replace(re, (m) => '#'.repeat(m.length));
  return out;
}

const APPROX_BEFORE = /(?:env\.?|environ|approx\.?|approximativement|près de|pres de|plus de|au moins|autour de|~|≈|estimée?s? à)\s*:?\s*$/i;
const APPROX_AFTER = /^\s*\(?\s*(?:env\b|env\.|environ|approx)/i;

function isApproximate(text: string, start: number, end: number): boolean {
  return APPROX_BEFORE.test(text.slice(Math.max(0, start - 18), start)) || APPROX_AFTER.test(text.slice(end, end + 12));
}

function multiplier(m: string | undefined, whole: string): number {
  if (/millions?/i.test(whole) || m === 'M') return 1_000_000;
  if (m === 'k' || m === 'K') return 1000;
  return 1;
}

const RANGE = new RegExp(`(entre${SP}+)?(${NUM})${SP}*(?:€|euros?)?${SP}*(à|et|-|–)${SP}*(${NUM})${CUR}`, 'gi');
const SINGLE = new RegExp(`(${NUM})${CUR}`, 'g');
const BARE = new RegExp(NUM, 'g');
/** Words before a year that make it a date, not an amount (`depuis 2018`). */
// "Budget 2024 : 5 600 €", "Budget réalisé 2024", "Exercice 2025": the year a budget is of.
const DATE_BEFORE = new RegExp(`(?:\\ben|depuis|ann[ée]es?|\\ban|fin|d[ée]but|jusqu['’]en|${MONTHS}|\\b(?:budget|bilan|exercice)(?:${SP}+[a-zà-ÿ]+){0,2})${SP}*$`, 'i');
/** Words that may follow a bare budget number (`subvention 7000 de la CAF`). */
const BARE_FOLLOWERS = /^(?:de|du|des|d|pour|par|ht|ttc|versés?|accordés?)$/i;

/**
 * Every amount in `text`, left to right. With `bare`, numbers without currency are
 * accepted too (the caller knows the text is a budget): `subvention 7000`, `9300`.
 */
export function findAmounts(text: string, options: { bare?: boolean } = {}): Amount[] {
  // Most lines hold no figure at all: masking them would only make garbage.
  if (!/\d|euro/i.test(text)) return [];
  const masked = mask(text);
  const out: Amount[] = [];
  const taken = (s: number, e: number) => out.some((a) => s < a.end && e > a.start);

  for (const m of masked.matchAll(RANGE)) {
    const a = parseNumber(m[2]!);
    const b = parseNumber(m[4]!);
    const sep = m[3]!.toLowerCase();
    if (a === undefined || b === undefined || a >= b) continue;
    // "300 € - 16 700 €" is two amounts in a list, not a range: a dash range has no currency before
    // the dash, and "1 500 et 2 000 €" is a range only after "entre".
    if ((sep === '-' || sep === '–') && /€|euro/i.test(m[0].slice(0, m[0].lastIndexOf(sep)))) continue;
    if (sep === 'et' && m[1] === undefined) continue;
    const k = multiplier(m[5], m[0]);
    const start = m.index;
    const end = start + m[0].length;
    out.push({ value: round(((a + b) / 2) * k), min: a * k, max: b * k, approximate: true, currency: true, start, end });
  }
  for (const m of masked.matchAll(SINGLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const v = parseNumber(m[1]!);
    if (v === undefined) continue;
    out.push({ value: round(v * multiplier(m[2], m[0])), approximate: isApproximate(text, start, end), currency: true, start, end });
  }
  if (/euro/i.test(masked)) {
    for (const m of masked.matchAll(WORD_AMOUNT)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = m.index + m[0].length;
      const v = wordsToNumber(m[1]!);
      // "un euro", "deux euros" are not what a budget states; a word amount is at least ten.
      if (v === undefined || v < 10 || taken(start, end)) continue;
      out.push({ value: v, approximate: isApproximate(text, start, end), currency: true, start, end });
    }
  }
  if (options.bare) {
    for (const m of masked.matchAll(BARE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const v = parseNumber(m[0]);
      if (v === undefined || v === 0) continue;
      const before = masked.slice(0, start);
      const after = masked.slice(end);
      // A year after "en", "depuis", a month… is a date; a number before a unit word is a quantity.
      if (Number.isInteger(v) && v >= 1900 && v <= 2100 && DATE_BEFORE.test(before)) continue;
      const next = /^\s*([\p{L}]+)/u.exec(after);
      if (next && !BARE_FOLLOWERS.test(next[1]!)) continue;
      if (/^\s*[/#*x×]/.test(after) || /[/#]\s*$/.test(before)) continue;
      // A number glued to a letter is a code, not an amount: a level ("DELF A2"), a room ("B12").
      if (/\p{L}$/u.test(before)) continue;
      out.push({ value: v, approximate: isApproximate(text, start, end), currency: false, start, end });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60,
};
const WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')}|cents?|mille|millions?|et)`;
/** "douze mille euros", "deux cent cinquante euros", "un million d'euros". */
const WORD_AMOUNT = new RegExp(`(?<![\\p{L}])((?:${WORD}[\\s-]+)*(?:${WORD}))${SP}+(?:d['’]${SP}*)?euros?\\b`, 'giu');

/** "trois mille cinq cents" → 3500, "quatre-vingt-dix" → 90. Undefined for words that are not a number. */
export function wordsToNumber(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'et');
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    if (NUMBER_WORDS[w] !== undefined) {
      // "quatre-vingt(s)" is 80: a unit just before "vingt" multiplies it.
      if ((w === 'vingt' || w === 'vingts') && current % 100 === 4) current += 76;
      else current += NUMBER_WORDS[w]!;
    } else if (w === 'cent' || w === 'cents') current = (current % 100 || 1) * 100 + current - (current % 100);
    else if (w === 'mille') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w === 'million' || w === 'millions') {
      total += (current || 1) * 1_000_000;
      current = 0;
    } else return undefined;
    any = true;
  }
  return any ? total + current : undefined;
}

/** The first amount in `text`, if any. */
export function parseAmount(text: string, options: { bare?: boolean } = {}): Amount | undefined {
  return findAmounts(text, options)[0];
}

const ETP_RE = new RegExp(
  `(?:(${NUM})|(\\d+)${SP}*/${SP}*(\\d+)|(?<![\\p{L}])(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))${SP}*(?:etpt?|e\\.t\\.p\\.?(?:t\\.?)?|[ée]quivalents?${SP}+temps${SP}+plein(?:s)?)(?![\\p{L}])`,
  'giu',
);

// No second count between the count and the share: "14 bénévoles et une salariée à mi-temps" is one half-time post.
const TIME_SHARE = /(?<![\p{L}\d])(\d{1,2}|une?|deux|trois|quatre|cinq|six)\s+(?:(?!(?:et|ou)\s+(?:une?|deux|trois|quatre|cinq|six|\d)\b)[\p{L}'’-]+\s+){0,7}?(?:(?:à|a)\s+|\(\s*)(temps plein|plein temps|mi[- ]temps|demi[- ]temps|[1-3]\s*\/\s*[2-4]\s*(?:de\s+)?temps|(?:un\s+)?quart (?:de\s+)?temps|trois[- ]quarts? (?:de\s+)?temps|[1-9]\d\s*%)(?![\p{L}])/giu;

/** The share of a full time a phrase gives: "mi-temps" 0.5, "1/4 temps" 0.25, "trois quarts temps" 0.75. */
function timeShare(phrase: string): number {
  const percent = /(\d{2})\s*%/.exec(phrase);
  if (percent) return Number(percent[1]) / 100;
  const fraction = /([1-3])\s*\/\s*([2-4])/.exec(phrase);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  if (/trois[- ]quart/i.test(phrase)) return 0.75;
  if (/quart/i.test(phrase)) return 0.25;
  return /mi|demi/i.test(phrase) ? 0.5 : 1;
}

/** `0,4 ETP` → 0.4, `1/2 ETP` → 0.5, `mi-temps` → 0.5, `temps plein` → 1. */
export function findEtp(text: string): Found[] {
  const out: Found[] = [];
  if (!/e\.?t\.?p|temps|quivalent|à \d\d\s*%/i.test(text)) return out;
  for (const m of text.matchAll(ETP_RE)) {
    const v = m[1] !== undefined ? parseNumber(m[1]) : m[4] !== undefined ? NUMBER_WORDS[m[4].toLowerCase()] : Number(m[2]) / Number(m[3]);
    if (v === undefined || !Number.isFinite(v)) continue;
    out.push({ value: round(v, 3), start: m.index, end: m.index + m[0].length, approximate: isApproximate(text, m.index, m.index + m[0].length) });
  }
  const explicit = out.length;
  if (/temps|%/i.test(text)) {
    // "deux conseillers à temps plein", "une coordinatrice à mi-temps": counted people times their share,
    // also beside an ETP figure given for someone else ("un animateur à temps plein et un chauffeur à 0,5 ETP").
    for (const m of text.matchAll(TIME_SHARE)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
      if (n === undefined) continue;
      // "une animatrice à mi-temps (0,5 ETP)": one figure written twice.
      const end = m.index + m[0].length;
      if (out.slice(0, explicit).some((e) => e.start < end + 15 && e.end > m.index)) continue;
      // The figure is "à temps plein": the count and the role before it stay the phrase's.
      const start = m.index + m[0].search(/\s(?:(?:à|a)\s+|\(\s*)(?:temps|plein|mi|demi|\d|un|quart|trois)/i);
      out.push({ value: round(n * timeShare(m[2]!), 3), start, end: m.index + m[0].length, approximate: false });
    }
    if (out.length > explicit && explicit > 0) out.sort((a, b) => a.start - b.start);
  }
  if (out.length === 0) {
    const half = /mi[- ]temps/i.exec(text);
    const full = /(?:temps plein|plein temps)/i.exec(text);
    const hit = half ?? full;
    if (hit) out.push({ value: half ? 0.5 : 1, start: hit.index, end: hit.index + hit[0].length, approximate: false });
  }
  return out;
}

const HOURS_RE = new RegExp(
  `(?<![\\d.,])(\\d+(?:[.,]\\d+)?)${SP}*(?:h|heures?)${SP}*(?:(?:/|par|à la|a la)${SP}*(?:semaine|sem\\b\\.?)|hebdo(?:madaires?)?)`,
  'i',
);

/** `6H/semaine` → 6, `6 heures par semaine` → 6, `10 h hebdomadaires` → 10. */
export function parseHoursPerWeek(text: string): Found | undefined {
  const m = HOURS_RE.exec(text);
  if (!m) return undefined;
  const v = parseNumber(m[1]!);
  return v === undefined ? undefined : { value: v, start: m.index, end: m.index + m[0].length, approximate: false };
}

/** Weekly hours as full-time equivalents on the French 35-hour week, to 2 decimals. */
export function hoursToEtp(hours: number, fullTime = 35): number {
  return round(hours / fullTime, 2);
}

/** `4*2 jours` → 8 jours; `3 x 2 h` → 6 h. Durations and session counts, never money. */
export function parseQuantity(text: string): { value: number; unit: string } | undefined {
  const m = /(?<![\d.,])(\d+)\s*[*x×]\s*(\d+)\s*(jours?|semaines?|mois|heures?|h|séances?|ateliers?|sessions?|stages?)\b/i.exec(text);
  if (!m) return undefined;
  return { value: Number(m[1]) * Number(m[2]), unit: m[3]!.toLowerCase() };
}

const WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, cent: 100,
};
const ABOUT: Readonly<Record<string, number>> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
};

/**
 * The head count at the start of a phrase: `6 bénévoles` → 6, `deux animateurs` → 2,
 * `une trentaine de partenaires` → 30 (approximate), `environ 10 seniors` → 10 (approximate).
 * `rest` is the phrase after the count.
 */
export function leadingCount(phrase: string): { value: number; approximate: boolean; rest: string } | undefined {
  const m = /^\s*(environ|env\.|près de|pres de|plus de|au moins|~)?\s*(?:(\d+(?:[.,]\d+)?)|([\p{L}]+)(?:\s+([\p{L}]+))?)/iu.exec(phrase);
  if (!m) return undefined;
  const approx = m[1] !== undefined;
  if (m[2] !== undefined) {
    const v = parseNumber(m[2]);
    if (v === undefined || !Number.isInteger(v)) return undefined;
    return { value: v, approximate: approx, rest: phrase.slice(m.index + m[0].length).trim() };
  }
  const w1 = m[3]!.toLowerCase();
  const w2 = m[4]?.toLowerCase();
  if ((w1 === 'une' || w1 === 'un') && w2 && ABOUT[w2] !== undefined) {
    const rest = phrase.slice(m.index + m[0].length).replace(/^\s*(?:de\s+|d['’]\s*)/i, '').trim();
    return { value: ABOUT[w2]!, approximate: true, rest };
  }
  const v = WORDS[w1];
  if (v === undefined) return undefined;
  let restStart = phrase.toLowerCase().indexOf(w1, m.index) + w1.length;
  // "vingt-cinq", "trente-et-un": the tens and their unit are one number.
  const unit = v >= 20 && v % 10 === 0 ? /^-(?:et-)?(\p{L}+)/u.exec(phrase.slice(restStart)) : null;
  const units = unit ? WORDS[unit[1]!.toLowerCase()] : undefined;
  if (unit && units !== undefined && units < 10) {
    restStart += unit[0].length;
    return { value: v + units, approximate: approx, rest: phrase.slice(restStart).trim() };
  }
  return { value: v, approximate: approx, rest: phrase.slice(restStart).trim() };
}
