/**
 * What the page and the feed worker (feed-worker.ts) say to each other. The worker is handed the body's bytes
 * as they arrive (transferred, not copied), says how far its reading is, sends the headline figures of the whole feed, then the
 * validated actions in slices, each its own message of UTF-8 JSON bytes (transferred): the page keeps them as
 * bytes and parses an action only when something reads it (lazy-actions.ts). Then the columnar index of those
 * actions, built in the worker, from which the page's figures come.
 */
import type { LoadErrorKind } from '../loaded.js';
import type { FeedIssue } from '../issues.js';
import type { Headline } from '../dashboard.js';
import type { IndexParts, WholeFigures } from '../index-build.js';
import type { Feed } from '../schema.js';
import type { ActionBytes } from '../lazy-actions.js';

/**
 * The body's next pieces, as they arrive (transferred): the worker reads the actions in them while the page is still
 * downloading the rest (streamed-body.ts); the rest once `last` is in.
 */
export interface ParseRequest {
  chunks: Uint8Array[];
  contentType: string | null;
  /** The announced length (Content-Length), 0 when unknown: the worker's buffer is made that large at once. */
  length: number;
  last: boolean;
}

export type WorkerMessage =
  /** The worker's module is loaded: it can be handed the body. */
  | { type: 'ready' }
  /** While the body is read as it arrives (streamed-body.ts): actions read so far, up to which byte of the body. */
  | { type: 'reading'; read: number; bytes: number }
  /** Actions read (validated) of the document's total; the first once it is parsed. */
  | { type: 'progress'; read: number; actions: number }
  /** The headline of every kept action, once all are validated. */
  | { type: 'figures'; headline: Headline }
  /** The next kept actions, in order, as JSON bytes (lazy-actions.ts) with their ids (a JSON array); `received` of them have been sent with this one. */
  | { type: 'actions'; slice: ActionBytes; ids: string; received: number }
  /** The columnar index of the kept actions (index-build.ts), its typed arrays transferred; after the last actions. */
  | { type: 'index'; parts: IndexParts; whole: WholeFigures }
  /** The rest of the feed: every action has been sent. */
  | { type: 'done'; feed: Omit<Feed, 'actions'>; issues: FeedIssue[]; actionCount: number }
  /** After `done`: the title order of the kept actions (the index came without it: title-select.ts), transferred. */
  | { type: 'order'; titleOrder: Uint32Array }
  /** After `order`: the search texts (search.ts) of the kept actions `from`… in order; the worker ends after the last. */
  | { type: 'search'; from: number; texts: string[]; last: boolean }
  | { type: 'error'; kind: LoadErrorKind; detail: string; issues: FeedIssue[] };
