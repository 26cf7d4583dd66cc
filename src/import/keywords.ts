/**
 * Keywords for prose that has none: the SENACS keyword list (as the forms spell it),
 * each with the words that announce it. Used for free-form pages only, and always
 * reported as an assumption.
 */
import { fold } from './text.js';

const TRIGGERS: readonly (readonly [string, RegExp])[] = [
  ['Précarité', /alimentaire|precarite|pauvrete|exclusion|grande difficulte|demunis/g],
  ['Solidarité', /solidari|entraide|caritati|\bdons?\b/g],
  ['Santé', /\bsante\b|prevention|bien[- ]etre|hygiene/g],
  ['Culture', /cultur|patrimoine|exposition|artiste|plasticien|musee|theatre|hip hop|lecture|\bart\b/g],
  ['Intégration', /integration|immigration|etrangers?|diversite culturelle/g],
  ['alphabétisation & apprentissage du français', /alphabetisation|remise a niveau en francais|francais langue/g],
  ['Démocratie & citoyenneté', /citoyen|debats?\b|democratie|election/g],
  ['vacances / loisirs', /loisirs|vacances/g],
  // "86 – Emplois des contributions volontaires": a budget form's account, not work.
  ['Emploi, économie', /\bemploi(?!s? des contributions)|insertion professionnelle|pre professionnel/g],
  ['discriminations', /discrimination/g],
  ['éducation / scolarité', /scolaire|\becoles?\b|education/g],
  ['Parentalité', /parentalite|aide aux parents/g],
];

/**
 * What a text singles out ("…ses actions, en particulier les loisirs", "notamment l'emploi des
 * jeunes"): up to the next comma or sentence end. A theme named there counts as named thrice.
 */
const EMPHASIS = /\b(?:en particulier|notamment|surtout|principalement|avant tout|tout particulierement)\b([^.;:,!?]{0,40})/g;
const EMPHASIS_WEIGHT = 2;

/**
 * Up to `max` keywords, most announced first (ties in list order). A theme named once in a
 * text that names its main theme three times or more is a passing mention ("le public inscrit
 * à l'aide alimentaire" in a paragraph about health), not what the action is about.
 */
export function inferKeywords(text: string, max = 3): string[] {
  const t = fold(text);
  const stressed = t.includes('notamment') || t.includes('particuli') || t.includes('surtout') || t.includes('principalement') || t.includes('avant tout')
    ? [...t.matchAll(EMPHASIS)].map((m) => m[1]!).join('\n')
    : '';
  const counted = TRIGGERS.map(([kw, re], i) => ({ kw, i, hits: (t.match(re) ?? []).length + (stressed ? EMPHASIS_WEIGHT * (stressed.match(re) ?? []).length : 0) }));
  const top = Math.max(0, ...counted.map((x) => x.hits));
  return counted
    .filter((x) => x.hits > (top >= 3 ? 1 : 0))
    .sort((a, b) => b.hits - a.hits || a.i - b.i)
    .slice(0, max)
    .map((x) => x.kw);
}
