/**
 * The list's first page of each département, as a small feed of its own
 * (`shards/<dep>-first.<hash>.json`): after a département filter the dashboard shows these
 * cards at once, from a few kilobytes, while the département's parts (megabytes) load.
 *
 * The order is the list's default one (action-list's sortActions by title, ties in feed
 * order), kept while the actions stream past: each département holds its best FIRST_PAGE
 * actions and the candidates seen since the last cut (titles that sort before the page's
 * last one, by the list's own collator), re-sorted every CUT_EVERY candidates. A sort that
 * is stable keeps earlier actions first among equal titles, which is feed order.
 */
import { sortActions } from '../action-list/sort.js';
import { titleCollator } from '../feed/title-order.js';
import type { Action, Structure } from '../feed/schema.js';
import { FEED_VERSION } from '../feed/schema.js';

/** The action list's `page-size` default. */
export const FIRST_PAGE = 20;
const CUT_EVERY = 100;

interface Page {
  actions: { action: Action; ordinal: number }[];
  total: number;
  /** The last title of a full first page at the last cut: a later action whose title does not sort before it cannot enter. */
  last?: string;
}

export class FirstPages {
  private readonly pages = new Map<string, Page>();

  add(key: string, action: Action, ordinal: number): void {
    let page = this.pages.get(key);
    if (!page) this.pages.set(key, (page = { actions: [], total: 0 }));
    page.total++;
    // Later in feed order, an equal title sorts after it (the sort is stable): only a smaller one can take a place.
    if (page.last !== undefined && titleCollator.compare(action.title, page.last) >= 0) return;
    page.actions.push({ action, ordinal });
    if (page.actions.length >= FIRST_PAGE + CUT_EVERY) {
      page.actions = best(page.actions);
      page.last = page.actions[FIRST_PAGE - 1]?.action.title;
    }
  }

  /** Each département's first page as feed text (with the collection positions of its actions), by key. */
  *documents(structureById: ReadonlyMap<string, Structure>): Generator<{ key: string; actions: number; text: string }> {
    for (const [key, page] of this.pages) {
      const first = best(page.actions);
      const structures = new Map<string, Structure>();
      for (const { action } of first) {
        const s = structureById.get(action.structureId);
        if (s) structures.set(s.id, s);
      }
      const feed = { version: FEED_VERSION, actions: first.map((f) => f.action), order: first.map((f) => f.ordinal), structures: [...structures.values()] };
      yield { key, actions: first.length, text: JSON.stringify(feed) };
    }
  }
}

function best(candidates: { action: Action; ordinal: number }[]): { action: Action; ordinal: number }[] {
  const byOrdinal = new Map(candidates.map((c) => [c.action, c]));
  return sortActions(candidates.map((c) => c.action), 'title')
    .slice(0, FIRST_PAGE)
    .map((a) => byOrdinal.get(a)!);
}
