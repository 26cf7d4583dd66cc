/**
 * The feed worker: decodes, parses and validates a large feed off the page's main thread, with the same code as
 * the main-thread path (decodeBody, validateInSlices), and hands the validated actions back in slices. No DOM
 * here; zod is imported (a chunk of its own) only when a fiche must be explained.
 */
import { concat, decodeBody } from '../body.js';
import { FeedLoadError, asLoadError } from '../loaded.js';
import { validateInSlices } from '../parse.js';
import type { ParseRequest, WorkerMessage } from './protocol.js';

const scope = self as unknown as { postMessage(message: WorkerMessage): void; onmessage: ((e: MessageEvent<ParseRequest>) => void) | null };
const post = (message: WorkerMessage) => scope.postMessage(message);

/**
 * Actions per message, sent as JSON text: the page parses each message in a task of its own, 250 actions about
 * 5 ms on an idle core (20–40 ms at load 9 on this project's 2-core machine), under a long task. Text rather than
 * a structured clone: at 100,000 actions the page spent 3.4 s reading clones against 1.1 s parsing the same
 * slices as JSON (CPU profile, same run conditions), and the GC half as much.
 */
const ACTIONS_PER_MESSAGE = 250;

function send(actions: readonly unknown[], from: number, to: number, read: number, total: number): void {
  for (let at = from; at < to; at += ACTIONS_PER_MESSAGE) {
    const end = Math.min(to, at + ACTIONS_PER_MESSAGE);
    post({ type: 'actions', from: at, json: JSON.stringify(actions.slice(at, end)), read: end === to ? read : at, total });
  }
}

async function parse({ chunks, contentType }: ParseRequest): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(decodeBody(concat(chunks), contentType));
  } catch {
    throw new FeedLoadError('json');
  }
  chunks.length = 0;
  const raw = (json as { actions?: unknown } | null)?.actions;
  post({ type: 'parsed', total: Array.isArray(raw) ? raw.length : 0 });
  // What the page has been sent of the current pass's kept list (a second pass, zod's, starts a new list).
  let list: unknown;
  let sent = 0;
  const { feed, issues, actionCount } = await validateInSlices(json, undefined, ({ kept, read, total }) => {
    if (kept !== list) [list, sent] = [kept, 0];
    send(kept, sent, kept.length, read, total);
    sent = kept.length;
  });
  const { actions, ...rest } = feed;
  if (actions !== list) sent = 0;
  send(actions, sent, actions.length, actionCount, actionCount);
  post({ type: 'done', feed: rest, issues, actionCount, kept: actions.length });
}

scope.onmessage = (e) => {
  parse(e.data).catch((error: unknown) => {
    const { kind, detail, issues } = asLoadError(error);
    post({ type: 'error', kind, detail, issues });
  });
};
post({ type: 'ready' });
