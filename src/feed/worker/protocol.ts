/**
 * What the page and the feed worker (feed-worker.ts) say to each other. The worker is handed the body's bytes
 * (transferred, not copied), says how far its reading is, sends the headline figures of the whole feed, then the
 * validated actions in slices, each its own message: the page reads each one in a short task of its own instead of
 * one structured clone of 100,000 actions (measured at 2.5 s in one task). Then the columnar index of those actions,
 * built in the worker while the page reads them.
 */
import type { LoadErrorKind } from '../loaded.js';
import type { FeedIssue } from '../issues.js';
import type { Headline } from '../dashboard.js';
import type { IndexParts } from '../index-build.js';
import type { Feed } from '../schema.js';

export interface ParseRequest {
  /** The body as it arrived, in pieces (transferred). */
  chunks: Uint8Array[];
  contentType: string | null;
}

export type WorkerMessage =
  /** The worker's module is loaded: it can be handed the body. */
  | { type: 'ready' }
  /** Actions read (validated) of the document's total; the first once it is parsed. */
  | { type: 'progress'; read: number; actions: number }
  /** The headline of every kept action, once all are validated. */
  | { type: 'figures'; headline: Headline }
  /** The next kept actions, in order, as JSON text; `received` of them have been sent with this one. */
  | { type: 'actions'; json: string; received: number }
  /** The columnar index of the kept actions (index-build.ts), its typed arrays transferred; after the last actions. */
  | { type: 'index'; parts: IndexParts }
  /** The rest of the feed: every action has been sent. */
  | { type: 'done'; feed: Omit<Feed, 'actions'>; issues: FeedIssue[]; actionCount: number }
  /** After `done`: the search texts (search.ts) of the kept actions `from`… in order; the worker ends after the last. */
  | { type: 'search'; from: number; texts: string[]; last: boolean }
  | { type: 'error'; kind: LoadErrorKind; detail: string; issues: FeedIssue[] };
