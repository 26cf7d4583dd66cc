/**
 * What the page and the feed worker (feed-worker.ts) say to each other. The worker is handed the body's bytes
 * (transferred, not copied) and answers with the validated feed in slices of actions, each its own message: the
 * page reads each one in a short task of its own instead of one structured clone of 100,000 actions (measured at
 * 2.5 s in one task), and shows how far the reading is meanwhile.
 */
import type { LoadErrorKind } from '../loaded.js';
import type { FeedIssue } from '../issues.js';
import type { Feed } from '../schema.js';

export interface ParseRequest {
  /** The body as it arrived, in pieces (transferred). */
  chunks: Uint8Array[];
  contentType: string | null;
}

export type WorkerMessage =
  /** The worker's module is loaded: it can be handed the body. */
  | { type: 'ready' }
  /** The document is parsed: how many actions it holds. */
  | { type: 'parsed'; total: number }
  /** Validated actions, in order, from position `from` of the kept list (0 again when a second pass starts). */
  | { type: 'actions'; from: number; json: string; read: number; total: number }
  /** The rest of the feed: every action has been sent. */
  | { type: 'done'; feed: Omit<Feed, 'actions'>; issues: FeedIssue[]; actionCount: number; kept: number }
  | { type: 'error'; kind: LoadErrorKind; detail: string; issues: FeedIssue[] };
