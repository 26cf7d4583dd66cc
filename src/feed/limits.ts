/**
 * The bounds a feed must stay within, one place for all of them. Feed data is
 * untrusted: a value beyond a bound is reported with its JSON path (code `too-long`,
 * `too-big` or `too-deep`) and dropped, or rejects its item when the item cannot be
 * shown without it (an action's id or title). No bound is near what a real fiche holds
 * (the longest text of the project's seed fiches is 659 characters, the deepest value 4 levels).
 */

/** Characters of a long text (summary, description, the original budget text…). */
export const MAX_TEXT_LENGTH = 20_000;
/** Characters of a title, label, name, keyword, phone or date. */
export const MAX_LABEL_LENGTH = 1_000;
/** Characters of a link. */
export const MAX_URL_LENGTH = 2_048;
/** Entries of any list inside one action or structure (funders, partners, keywords…). */
export const MAX_LIST_LENGTH = 1_000;
/**
 * Euros of any amount (budget total, revenue, expense): 10^12, a thousand billion. Bounded
 * so that sums over a million actions stay exact-enough finite numbers (never "∞ €").
 */
export const MAX_AMOUNT = 1e12;
/** ETP of any staffing figure. */
export const MAX_ETP = 1e6;
/** Hours in a week. */
export const MAX_HOURS_PER_WEEK = 168;
/** Any count (people, beneficiaries, outcomes). */
export const MAX_COUNT = 1e9;
/**
 * Levels of nesting of any value inside one item (the schema needs 4). Deeper values
 * are cut where they start, before anything walks them recursively.
 */
export const MAX_DEPTH = 32;
