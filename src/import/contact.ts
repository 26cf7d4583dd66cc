/**
 * Contact details in free text: e-mail, phone numbers (fax left out), web site, postal
 * address with its postal code and town, opening hours.
 */
import type { Commune } from '../feed/schema.js';
import { departementFromPostcode } from './departements.js';
import { capitalize, clean, fold, type Line } from './text.js';

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?<!\d)(?:\+33[\s.]?|0)[1-9](?:[\s.\u00a0-]?\d{2}){4}(?!\d)/g;
const URL = /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<>"')]*/i;
/** A street at the end of a text: "31 avenue de Guise", "10, rue Kennedy". */
const STREET_AT_END = /(?:\b\d+\s*(?:bis|ter)?,?\s+)?\b(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|route|quai|cours|square|résidence|cité|lotissement|chaussée)\s[^:;«»|]*$/i;

/** Phones in `lines`, in order, without those labelled fax ("Par fax :" on the line before counts). */
export function phonesIn(lines: readonly Line[]): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    const prev = fold(lines[i - 1]?.text ?? '');
    for (const m of l.text.matchAll(PHONE)) {
      const before = fold(l.text.slice(Math.max(0, m.index - 12), m.index));
      if (/fax/.test(before) || (/fax\s*:?\s*$/.test(prev) && !/t[eé]l/.test(before))) continue;
      const phone = m[0].replace(/[\s.\u00a0-]/g, '').replace(/^\+33/, '0').replace(/(\d{2})(?=\d)/g, '$1 ');
      if (!out.includes(phone)) out.push(phone);
    }
  });
  return out;
}

export function emailIn(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

/** A web site named as the structure's own (a "Création :" credit line names the web agency, not the centre). */
export function websiteIn(lines: readonly Line[]): string | undefined {
  for (const l of lines) {
    if (/cr[ée]ation|r[ée]alis|h[ée]berg|propuls|design|d[ée]velopp/i.test(l.text)) continue;
    const m = URL.exec(l.text);
    if (m) return m[0].startsWith('http') ? m[0] : `https://${m[0]}`;
  }
  return undefined;
}

export interface Address {
  address: string;
  commune?: Commune;
  departement?: string;
  line: number;
}

const POSTCODE_TOWN = /(?<!\d)(\d{5})\s+([A-ZÉÈ][\p{L}'’ -]*[\p{L}])/u;

/** Title-case for a town written in capitals (LYON → Lyon, SAINT-OMER → Saint-Omer). */
function townName(s: string): string {
  const t = clean(s);
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The first postal address: a postal code and town, on the same line as the street
 * ("12 rue des Lilas 69003 LYON") or after it on the next lines.
 */
export function addressIn(lines: readonly Line[]): Address | undefined {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const same = POSTCODE_TOWN.exec(l.text);
    const alone = /^\s*(\d{5})\s*$/.exec(l.text);
    const next = clean(lines[i + 1]?.text ?? '');
    let postcode: string;
    let town: string;
    let before = '';
    if (same) {
      postcode = same[1]!;
      town = same[2]!.split(/\s+-\s+|\s{2,}/)[0]!;
      before = l.text.slice(0, same.index);
    } else if (alone && /^[A-ZÉÈ]/.test(next)) {
      postcode = alone[1]!;
      town = next;
    } else continue;
    // The street is on the same line, or on one of the two lines above.
    const source = [before, lines[i - 1]?.text ?? '', lines[i - 2]?.text ?? ''].find((t) => STREET_AT_END.test(t.replace(/[\s,–-]+$/, '')));
    if (source === undefined) continue;
    const street = clean(STREET_AT_END.exec(source.replace(/[\s,–-]+$/, ''))![0]);
    const name = townName(town);
    return {
      address: `${street}, ${postcode} ${name}`,
      commune: { name, postcode },
      departement: departementFromPostcode(postcode),
      line: l.n,
    };
  }
  return undefined;
}

/**
 * Opening hours under a heading such as "Horaires d'ouverture": the lines up to the next
 * blank line, joined into one readable string ("Du lundi au vendredi, de 9 h à 12 h…").
 */
export function openingHoursIn(lines: readonly Line[]): { hours: string[]; line: number } | undefined {
  const i = lines.findIndex((l) => /^\s*horaires?\b/i.test(l.text));
  if (i === -1) return undefined;
  const parts: string[] = [];
  for (const l of lines.slice(i + 1)) {
    if (!l.text.trim()) {
      if (parts.length) break;
      continue;
    }
    parts.push(clean(l.text));
  }
  if (!parts.length) return undefined;
  const joined = parts
    .join(' ')
    .replace(/(\d+)\s*heures?/gi, '$1 h')
    .replace(/\s+(de|et de)\s+/gi, (m) => m.toLowerCase());
  // One entry per day range: "Du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h".
  return { hours: [capitalize(joined)], line: lines[i]!.n };
}
