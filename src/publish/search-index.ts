/**
 * The observatory's search index: which shard parts hold which words. A query is
 * answered in the browser by fetching only the parts that may match, then running the
 * dashboard's own search (src/feed/search.ts) on their actions, so results are the same
 * as over the raw feed.
 *
 * Words are the letter and digit runs of the text `searchActions` matches against
 * (`actionSearchParts`). A query term matches a text only if each of its runs sits inside
 * some word of that text, so the parts a term's runs all reach are a superset of the
 * parts that match: no result is ever missed, a few parts may be fetched for nothing.
 */
import { actionSearchParts } from '../feed/search.js';
import type { Action, Structure } from '../feed/schema.js';
import { WORD_SPLIT, type SearchIndexFile, type ShardPart } from '../feed/observatory-format.js';

export class SearchIndexBuilder {
  /** Words per part, the part named `key-n` until parts get their final order. */
  private readonly words = new Map<string, Set<string>>();
  /**
   * Per part, the short values already split (a structure's name, a theme, a funder recur
   * in most of its fiches): each is split once per part instead of once per action.
   */
  private readonly seen = new Map<string, Set<string>>();

  add(partName: string, action: Action, structure: Structure | undefined): void {
    let words = this.words.get(partName);
    let seen = this.seen.get(partName);
    if (!words || !seen) {
      this.words.set(partName, (words = new Set()));
      this.seen.set(partName, (seen = new Set()));
    }
    const parts = actionSearchParts(action, structure);
    parts.forEach((text, i) => {
      // The title and summary (the first two) are the fiche's own: keeping them would hold every text.
      if (i >= 2) {
        if (seen.has(text)) return;
        seen.add(text);
      }
      for (const w of text.split(WORD_SPLIT)) if (w) words.add(w);
    });
  }

  build(parts: readonly ShardPart[]): SearchIndexFile {
    const where = new Map<string, number[]>();
    parts.forEach((p, i) => {
      for (const w of this.words.get(`${p.key}-${p.part}`) ?? []) {
        let list = where.get(w);
        if (!list) where.set(w, (list = []));
        list.push(i);
      }
    });
    const words = [...where.keys()].sort();
    return {
      version: 1,
      parts: parts.length,
      words,
      where: words.map((w) => {
        const list = where.get(w)!;
        return list.length === parts.length ? '*' : list.map((n) => n.toString(36)).join(',');
      }),
    };
  }
}
