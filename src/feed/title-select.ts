/**
 * The list's first cards in title order before the whole feed's title order is known. Sorting 100,000 titles
 * with the French collator takes about a second of the feed worker's CPU; the worker sends the columnar index
 * first, with the feed's titles as one string and the first rows of the title order (a partial selection: about
 * one comparison per row), and sorts after it has sent everything else (feed-worker.ts). Until the order comes,
 * the page's index answers from these (`standIn`, set by off-thread.ts, read by feed-index.ts byTitle): exactly
 * the first rows a stable sort would give. Here, not in the dashboard's chunk: only a worker's feed needs it.
 * The comparison is handed in, the list's own (title-order.ts titleCollator): importing it here would move the
 * chunks of the list and the dashboard around (80 B more for every page with a dashboard).
 */

/** Two titles' order: title-order.ts `titleCollator.compare`. */
type Compare = (a: string, b: string) => number;
import type { IndexParts } from './index-build.js';

/** Every row's title, one after another: row i's is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface Titles {
  text: string;
  ends: Uint32Array;
}

export function titlesOf(actions: readonly { title: string }[]): Titles {
  const ends = new Uint32Array(actions.length);
  let at = 0;
  const parts = actions.map((a, i) => ((ends[i] = at += a.title.length), a.title));
  return { text: parts.join(''), ends };
}

const titleAt = ({ text, ends }: Titles, row: number): string => text.slice(row ? ends[row - 1]! : 0, ends[row]!);

/**
 * The first `count` of `rows` (in increasing order) by title, ties in row order: the first `count` of a stable
 * sort, kept in a sorted buffer that most rows do not enter (one comparison with its last).
 */
export function firstByTitle(rows: ArrayLike<number>, title: (row: number) => string, count: number, compare: Compare): number[] {
  if (count >= rows.length) {
    const all = Array.from(rows);
    const keys = new Map(all.map((row) => [row, title(row)]));
    // Array.prototype.sort is stable: equal titles stay in row order.
    return all.sort((a, b) => compare(keys.get(a)!, keys.get(b)!));
  }
  const best: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const key = title(row);
    if (best.length >= count && compare(key, keys[count - 1]!) >= 0) continue;
    // After every title equal to this one: those rows come first.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(keys[mid]!, key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, row);
    keys.splice(lo, 0, key);
    if (best.length > count) (best.pop(), keys.pop());
  }
  return best;
}

/** Rows of the whole feed's title order sent ahead of it: five pages of the list's default 20 cards. */
export const TITLE_HEAD = 100;

/** The first TITLE_HEAD rows of the feed's title order. */
export function titleHead(titles: Titles, compare: Compare): Uint32Array {
  const rows = Uint32Array.from({ length: titles.ends.length }, (_, i) => i);
  return Uint32Array.from(firstByTitle(rows, (row) => titleAt(titles, row), TITLE_HEAD, compare));
}

/**
 * The first `count` rows of `rows` (a selection's, in increasing order) in title order, from the titles and the
 * head of the order: the selected rows of the head come before any other selected row, so when the head holds
 * enough of them no title is compared.
 */
export function standIn(titles: Titles, head: Uint32Array): NonNullable<IndexParts['firstByTitle']> {
  return (rows, count, compare) => {
    const picked: number[] = [];
    for (const row of head) {
      if (picked.length >= count) break;
      if (has(rows, row)) picked.push(row);
    }
    return picked.length >= Math.min(count, rows.length) ? picked : firstByTitle(rows, (row) => titleAt(titles, row), count, compare);
  };
}

/** `row` is in `rows` (increasing): a binary search. */
function has(rows: Uint32Array, row: number): boolean {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  return rows[lo] === row;
}
