/**
 * The ways a fiche names one of the 101 départements (96 in metropolitan France, 5
 * overseas): its name ("Pas-de-Calais", "Territoire de Belfort"), its code ("(90)", "2A")
 * or a postal code ("59640").
 */
import { DEPARTEMENTS } from '../feed/departements.js';
import { fold } from './text.js';

// The table itself lives with the feed (elements label départements with it); one copy only.
export { DEPARTEMENTS };

/** Folded name with hyphens and apostrophes as spaces: "Côte-d'Or" and "cote d or" meet. */
function key(name: string): string {
  return fold(name).replace(/[-'\s]+/g, ' ').trim();
}

const BY_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(DEPARTEMENTS)) BY_NAME.set(key(name), code);
// Usual short or older forms.
BY_NAME.set('reunion', '974');
BY_NAME.set('belfort', '90');

/** `"Pas-de-Calais"` → `'62'`; `"territoire de belfort"` → `'90'`. Exact name only. */
export function departementFromName(name: string): string | undefined {
  return BY_NAME.get(key(name));
}

/** `'62'`, `'2a'`, `'974'`, `'9'` → the code if it is one of the 101. */
export function departementFromCode(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  const padded = /^\d$/.test(c) ? `0${c}` : c;
  return padded in DEPARTEMENTS ? padded : undefined;
}

/**
 * The département of a postal code. Corsica's postal codes start with 20 (200xx/201xx for
 * Corse-du-Sud, 202xx/206xx for Haute-Corse); overseas ones with 97x.
 */
export function departementFromPostcode(postcode: string): string | undefined {
  if (!/^\d{5}$/.test(postcode)) return undefined;
  if (postcode.startsWith('20')) return Number(postcode.slice(2, 3)) <= 1 ? '2A' : '2B';
  if (postcode.startsWith('97')) return departementFromCode(postcode.slice(0, 3));
  return departementFromCode(postcode.slice(0, 2));
}

/**
 * The département a short label names: `"Territoire de Belfort (90)"`, `"Nord"`, `"62"`,
 * `"Pas-de-Calais"`. Tries the code in brackets, the whole label as a name, then as a code.
 */
export function departementFromLabel(label: string): string | undefined {
  const bracket = /\((\d{1,3}|2[AB])\)/i.exec(label);
  if (bracket) {
    const code = departementFromCode(bracket[1]!);
    if (code) return code;
  }
  const name = label.replace(/\([^)]*\)/g, '').trim();
  return departementFromName(name) ?? (/^(\d{1,3}|2[AB])$/i.test(name) ? departementFromCode(name) : undefined);
}
