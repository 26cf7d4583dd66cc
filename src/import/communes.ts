/**
 * The département of a commune named in prose ("à Danjoutin", "la mairie de Wimille",
 * "sur la commune de Saint-Omer"), from the generated list of communes (communes.data.ts,
 * made by scripts/build-communes.mjs from @etalab/decoupage-administratif). Only names
 * after a word that introduces a place are looked up, so "Orange" the company or "Bon"
 * in a sentence are never taken for towns.
 */

/**
 * The list is 420 kB of names: it is not bundled with the importer but loaded on first use
 * (`loadCommunes`, a dynamic import the browser fetches only when a text is read). Until it
 * is loaded, lookups find nothing and say so (`communesMissed`).
 */
let names: string | undefined;
let missed = false;

export async function loadCommunes(): Promise<void> {
  names ??= (await import('./communes.data.js')).COMMUNES_BY_DEPARTEMENT;
}

/** Whether lookups can answer: before the list is loaded, every name is unknown. */
export function communesLoaded(): boolean {
  return names !== undefined;
}

/** True once a lookup was asked before the list was loaded (then reset). */
export function communesMissed(): boolean {
  const was = missed;
  missed = false;
  return was;
}

export interface CommuneHit {
  name: string;
  departement: string;
  /** Position in the searched text. */
  index: number;
}

function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/[-'\s]+/g, ' ')
    .trim();
}

let index: Map<string, { name: string; departement: string }> | undefined;

/** Built on first use: 31,000 names parse in a few milliseconds. */
function communes(): Map<string, { name: string; departement: string }> {
  if (index) return index;
  if (names === undefined) {
    missed = true;
    return new Map();
  }
  index = new Map();
  for (const group of names.split('\n')) {
    const colon = group.indexOf(':');
    const departement = group.slice(0, colon);
    for (const name of group.slice(colon + 1).split('|')) index.set(key(name), { name, departement });
  }
  return index;
}

/** `"Wimille"` → `{ name: 'Wimille', departement: '62' }` when the name is a commune of one département. */
export function communeByName(name: string): { name: string; departement: string } | undefined {
  return communes().get(key(name));
}

const SHORTENED = new Map<string, boolean>();

/**
 * "Saint-Dié" for Saint-Dié-des-Vosges, "Châlons" for Châlons-en-Champagne: the head of a longer
 * commune's name, as a town is called in its own region. Answers are kept: the scan of every name runs once per name asked.
 */
export function headOfCommune(name: string): boolean {
  const k = key(name);
  let known = SHORTENED.get(k);
  if (known === undefined) {
    known = false;
    for (const full of communes().keys()) if (full.startsWith(`${k} `)) { known = true; break; }
    SHORTENED.set(k, known);
  }
  return known;
}

/** A capitalised place name: "Danjoutin", "Saint-Martin-Boulogne", "Le Portel", "Villeneuve d'Ascq". */
const PLACE = String.raw`((?:(?:Le|La|Les|L['’])\s?)?\p{Lu}[\p{Ll}'’]+(?:(?:-|\s)(?:(?:sur|sous|en|lès|les|lez|le|la|de|du|des|d['’]|l['’])(?:-|\s)?)?\p{Lu}[\p{Ll}'’]+){0,4})`;
/** Words after which a capitalised name is a place. */
// "à" is not a word character for \b: the boundary is written as "no letter before".
// "Centre social Les Trois Cités – Poitiers": a dash before the town on a heading line.
const BEFORE = String.raw`(?:(?<![\p{L}])(?:[àÀ]|[Aa]ux?|[Dd]e|[Dd]['’])|(?<![\p{L}])sur la commune d(?:e|['’])|(?<![\p{L}])(?:ville|mairie|commune|communes|quartiers?|CCAS|centre social|centre socioculturel|maison de quartier|habitants) d(?:e|['’])|(?<=\p{L}\s)[–—])\s*`;
const PLACE_RE = new RegExp(`${BEFORE}${PLACE}`, 'gu');

/** The article a contracted preposition holds. */
const ARTICLE_IN: Readonly<Record<string, string>> = { au: 'Le ', aux: 'Les ' };

/** Communes named in `text` after a word that introduces a place, in reading order. */
export function communesIn(text: string): CommuneHit[] {
  const out: CommuneHit[] = [];
  for (const m of text.matchAll(PLACE_RE)) {
    // "de Saône-et-Loire", "de Seine-Saint-Denis": the name goes on past a hyphen the pattern stops at; it is not "Saône".
    if (/^-\p{L}/u.test(text.slice(m.index + m[0].length))) continue;
    // "à Saint-Martin-Boulogne et Wimille": the longest name that is a commune, then shorter ones.
    const words = m[1]!.split(/(?=[\s-])/);
    // "au Puy-en-Velay", "aux Sables-d'Olonne": the preposition holds the name's article (à + le, à + les).
    const article = ARTICLE_IN[key(m[0].slice(0, m[0].length - m[1]!.length)).trim()];
    for (let n = words.length; n > 0; n--) {
      const candidate = words.slice(0, n).join('').trim();
      const hit = communeByName(candidate) ?? (article ? communeByName(article + candidate) : undefined);
      // "au Jardin des Quatre Saisons", "à la Maison du Vern": a commune's name heading a longer proper name is no town.
      if (hit && n < words.length && /^\s(?:de|du|des|d['’])$/u.test(words[n]!)) break;
      if (hit) {
        out.push({ ...hit, index: m.index + m[0].length - m[1]!.length });
        break;
      }
    }
  }
  return out;
}
