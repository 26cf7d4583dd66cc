/**
 * Free-text search over actions, accent- and case-insensitive ("securite" finds
 * "Sécurité", "coeur" finds "cœur"). Each action's searchable text is folded once per
 * feed and kept in a WeakMap keyed by the feed object, so typing in the search box
 * only runs `includes` over prepared strings.
 */
import { departementName } from './departements.js';
import { isLazy, lazyRow } from './lazy-rows.js';
import type { Action, Feed, Structure } from './schema.js';

/**
 * Lower case, no diacritics, ligatures and typographic apostrophes spelled out. Plain
 * ASCII text (most titles) skips the Unicode work, which is most of the cost.
 */
export function fold(text: string): string {
  let t = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(t)) {
    t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (/[œæ’‘´]/.test(t)) t = t.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[’‘´]/g, "'");
  }
  return t;
}

/** The words of a query, folded; an empty query gives no term (everything matches). */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

type Searchable = Pick<Feed, 'actions' | 'structures'>;

/** An index being built: texts so far, the next action to fold, and folded short values. */
interface Index {
  texts: Map<Action, string>;
  /** Texts folded elsewhere (seedSearchIndex) for a lazy-actions.ts feed, by row: keyed by action, they would read every action. */
  rows: (string | undefined)[];
  next: number;
  folded: Map<string, string>;
  structures: Map<string, string>;
}

const indexes = new WeakMap<Searchable, Index>();

/** Folds a short value once per index: keywords, publics, places and funders repeat across thousands of actions. */
function short(index: Index, value: string | undefined): string {
  if (!value) return '';
  let out = index.folded.get(value);
  if (out === undefined) index.folded.set(value, (out = fold(value)));
  return out;
}

/**
 * What a reader may type to find an action: its title, summary, themes, public,
 * places, partners and funders, and its structure's name, commune and département.
 */
function searchText(index: Index, a: Action): string {
  return searchParts(index, a).join(' ');
}

/** The pieces of searchText: the title and summary first, then the short values that repeat from fiche to fiche. */
function searchParts(index: Index, a: Action): string[] {
  const parts = [fold(a.title), a.summary ? fold(a.summary) : '', short(index, a.dimension), index.structures.get(a.structureId) ?? ''];
  for (const k of a.keywords) parts.push(short(index, k));
  for (const p of a.public) parts.push(short(index, p));
  for (const p of a.territory?.places ?? []) parts.push(short(index, p));
  for (const p of a.partners) parts.push(short(index, p.name));
  for (const r of a.budget?.revenues ?? []) parts.push(short(index, r.label));
  return parts;
}

/** Short values folded for `actionSearchParts`, bounded like normalizeLabel's cache. */
const loose: Index = { texts: new Map(), rows: [], next: 0, folded: new Map(), structures: new Map() };

/**
 * The text `searchActions` matches one action against, outside any feed index, in pieces
 * (joined by a space, they are that text): what a published observatory's search index is
 * built from (see src/publish/search-index.ts). The folded title and summary come first,
 * then the short values (structure, themes, places, partners, funders), so that an index
 * can skip the ones it has already seen.
 */
export function actionSearchParts(action: Action, structure: Structure | undefined): string[] {
  if (loose.folded.size > 50_000) loose.folded.clear();
  loose.structures.clear();
  if (structure) loose.structures.set(action.structureId, structureText(loose, structure));
  return searchParts(loose, action);
}

function structureText(index: Index, s: Structure): string {
  return [s.name, s.commune?.name, departementName(s.departement)].map((v) => short(index, v)).join(' ');
}

/**
 * Folds the next actions of a feed's index for about `budgetMs` milliseconds (all of
 * them without a budget); true once the index is complete. Elements call it in idle
 * time, so that on a large feed the first key press finds the index ready and the
 * page never freezes for the whole fold.
 */
export function buildSearchIndex(feed: Searchable, budgetMs = Infinity): boolean {
  const index = indexOf(feed);
  const end = performance.now() + budgetMs;
  const actions = feed.actions;
  while (index.next < actions.length) {
    const row = index.next++;
    if (index.rows[row] !== undefined) continue;
    const a = actions[row]!;
    index.texts.set(a, searchText(index, a));
    // The clock every 64 actions: 500 took 68–132 ms at 100,000 actions on this 2-core machine under load (a long
    // task in every idle slice, right when the reader starts to click); 64 are a few ms.
    if (index.next % 64 === 0 && performance.now() > end) break;
  }
  return index.next >= actions.length;
}

function indexOf(feed: Searchable): Index {
  let index = indexes.get(feed);
  if (!index) {
    index = { texts: new Map(), rows: [], next: 0, folded: new Map(), structures: new Map() };
    for (const s of feed.structures) index.structures.set(s.id, structureText(index, s));
    indexes.set(feed, index);
  }
  return index;
}

/**
 * The texts of actions `from`, `from + 1`… of the feed, folded elsewhere by this very code (the feed worker,
 * feed-worker.ts), in feed order: the index takes them instead of folding those actions on the page.
 */
export function seedSearchIndex(feed: Searchable, from: number, texts: readonly string[]): void {
  const index = indexOf(feed);
  const actions = feed.actions;
  const to = Math.min(actions.length, from + texts.length);
  const lazy = isLazy(actions);
  for (let i = from; i < to; i++) {
    if (lazy) index.rows[i] = texts[i - from]!;
    else index.texts.set(actions[i]!, texts[i - from]!);
  }
  // The fold goes in feed order: where it has reached these, it goes on after them.
  if (index.next >= from) index.next = Math.max(index.next, to);
}

/** The folded text of every action of a feed, completed on first use (a feed of eagerly read actions: see Index.rows). */
export function searchIndex(feed: Searchable): Map<Action, string> {
  buildSearchIndex(feed);
  return indexes.get(feed)!.texts;
}

/**
 * The actions (a subset of `feed.actions`, in their order) whose text holds every
 * term of the query, wherever it is: "ski jeunes" finds "Séjour ski pour les jeunes".
 */
export function searchActions(feed: Searchable, actions: readonly Action[], query: string): Action[] {
  const matches = queryMatcher(feed, query);
  return matches ? actions.filter(matches) : actions.slice();
}

/** A test of every term of the query against the text `text` finds in the feed's index (complete); none without a term. */
function matcher<T>(feed: Searchable, query: string, text: (index: Index, x: T) => string | undefined): ((x: T) => boolean) | undefined {
  const terms = queryTerms(query);
  if (!terms.length) return undefined;
  buildSearchIndex(feed);
  const index = indexes.get(feed)!;
  return (x) => {
    const t = text(index, x);
    return t !== undefined && terms.every((term) => t.includes(term));
  };
}

/** Whether an action of the feed holds every term of the query; `undefined` when the query has no term. */
export const queryMatcher = (feed: Searchable, query: string) => matcher<Action>(feed, query, (index, a) => index.texts.get(a) ?? index.rows[lazyRow(a) ?? -1]);

/** queryMatcher by row of the feed: a lazy feed's rows are tested without reading their actions. */
export const rowMatcher = (feed: Searchable, query: string) => matcher<number>(feed, query, (index, row) => index.rows[row] ?? index.texts.get(feed.actions[row]!));
