/**
 * The feed worker: parses and validates a large feed off the page's main thread, as its body arrives where it can
 * (streamed-body.ts), with the same code as the main-thread path (decodeBody, the generated readers,
 * validateInSlices), and hands the validated actions back in slices (their own
 * bytes in the body where it can: action-spans.ts). No DOM
 * here; zod is imported (a chunk of its own) only when a fiche must be explained.
 */
import { decodeBody } from '../body.js';
import { StreamedBody, readersOf, type BodyRead } from './streamed-body.js';
import { ownBytes, ownSlice, readsAsUtf8, type OwnBytes } from '../action-spans.js';
import { FeedLoadError, asLoadError } from '../loaded.js';
import { validateInSlices } from '../parse.js';
import { headline, type Headline } from '../dashboard.js';
import { FeedIndex } from '../feed-index.js';
import { budgetTotals, fundingByType, staffingTotals } from '../aggregate.js';
import { territoryFigures } from '../../territory-map/aggregate-territory.js';
import { partsBuffers, partsSteps, runSteps, titleOrderSteps, type IndexParts, type WholeFigures } from '../index-build.js';
import { searchIndex } from '../search.js';
import type { Action, Feed } from '../schema.js';
import { encodeActions } from '../lazy-actions.js';
import { titleHead, titlesOf } from '../title-select.js';
import { titleCollator } from '../title-order.js';
import type { ParseRequest, WorkerMessage } from './protocol.js';

const scope = self as unknown as { postMessage(message: WorkerMessage, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ParseRequest>) => void) | null };
/** The index's typed arrays are transferred, not copied (the worker ends after its reply). */
const post = (message: WorkerMessage) => scope.postMessage(message, message.type === 'index' ? partsBuffers(message.parts) : []);

/**
 * Actions per message, as UTF-8 JSON bytes with the end of each action: the page only stores them (a transfer,
 * no copy, no parse), so the messages may be large; a few of them still let its progress bar move.
 */
const ACTIONS_PER_MESSAGE = 5_000;

/** The kept actions, in order, as JSON byte slices, transferred: their own bytes where `own` finds them. */
function send(actions: readonly Action[], own: OwnBytes | undefined): void {
  for (let at = 0; at < actions.length; at += ACTIONS_PER_MESSAGE) {
    const some = actions.slice(at, at + ACTIONS_PER_MESSAGE);
    const slice = own ? ownSlice(own, at, some.length) : encodeActions(some);
    const transfer = [slice.bytes.buffer, slice.ends.buffer, ...(slice.starts ? [slice.starts.buffer] : [])];
    scope.postMessage({ type: 'actions', slice, ids: JSON.stringify(some.map((a) => a.id)), received: at + some.length }, transfer);
  }
}

/**
 * The whole feed's figures (index-build.ts WholeFigures), read from the index's columns as every filtered view's
 * are on the page (feed-index.ts, equal to the plain functions: feed-index.test.ts): the columns hold each
 * action's figures already, which the plain functions would work out again (1.4 s of this worker's CPU at load 8).
 */
function wholeFigures(feed: Feed, parts: IndexParts, whole: Headline): WholeFigures {
  const index = new FeedIndex(feed, parts);
  const all = index.select({});
  // The feed's own array, registered with the sums of its columns (selection-sums.ts): the adders read those.
  const actions = index.actionsOf(all);
  return {
    headline: whole,
    distributions: index.distributions(all),
    budgetTotals: budgetTotals(actions),
    fundingByType: fundingByType(actions),
    staffingTotals: staffingTotals(actions),
    territory: territoryFigures(feed),
  };
}

async function parse(read: BodyRead, contentType: string | null): Promise<void> {
  const { body, spans } = read;
  let json = read.json;
  if (json === undefined) {
    try {
      json = JSON.parse(decodeBody(body, contentType));
    } catch {
      throw new FeedLoadError('json');
    }
  }
  const raw = (json as { actions?: unknown } | null)?.actions;
  // Actions read on the way (read.json) were counted then: their validation pass is not counted from 0 again.
  const counted = read.json !== undefined;
  if (!counted) post({ type: 'progress', read: 0, actions: Array.isArray(raw) ? raw.length : 0 });
  // A second pass (zod's, when a fiche must be explained) reads the actions again: the count starts over.
  let explained = false;
  const validation = await validateInSlices(
    json,
    undefined,
    ({ read, total }) => (!counted || explained) && post({ type: 'progress', read, actions: total }),
    () => (explained = true),
    readersOf(read),
  );
  const { feed, issues, actionCount } = validation;
  const { actions, ...rest } = feed;
  post({ type: 'progress', read: actionCount, actions: actionCount });
  const structureById = new Map(rest.structures.map((s) => [s.id, s]));
  // The headline first, with the dashboard's own function: the page shows it while the actions come over.
  const whole = headline(actions, structureById);
  post({ type: 'figures', headline: whole });
  send(actions, ownBytes(body, readsAsUtf8(body, contentType), validation, explained, spans));
  // Then the columnar index (index-build.ts), here rather than in the page's idle time: its first view and first
  // clicks answer from columns (at 100,000 actions the build is 1–2 s of CPU); and the whole feed's figures.
  // Without the title order: sorting 100,000 titles is a second more; the page picks its first cards from the
  // titles meanwhile (title-select.ts), and the order follows everything the dashboard waits for.
  const parts = runSteps(partsSteps(feed, structureById, false));
  parts.titles = titlesOf(actions);
  parts.titleHead = titleHead(parts.titles, titleCollator.compare);
  post({ type: 'index', parts, whole: wholeFigures(feed, parts, whole) });
  post({ type: 'done', feed: rest, issues, actionCount });
  const titleOrder = runSteps(titleOrderSteps(actions));
  scope.postMessage({ type: 'order', titleOrder }, [titleOrder.buffer]);
  // Then the search box's texts, folded here by the page's own code: the page would otherwise fold 100,000 actions
  // in its idle time (3.4 s of CPU in Node on this machine), in the minutes a reader starts to click and type.
  const texts = [...searchIndex(feed).values()];
  // At least one message, the last, even for a feed without actions: the page ends the worker on it.
  for (let from = 0; from === 0 || from < texts.length; from += TEXTS_PER_MESSAGE) {
    const to = from + TEXTS_PER_MESSAGE;
    post({ type: 'search', from, texts: texts.slice(from, to), last: to >= texts.length });
  }
}

/** Search texts per message: about 1.4 MB of strings, a few ms for the page to take. */
const TEXTS_PER_MESSAGE = 5_000;

/** The body so far, read as the page hands its pieces over (StreamedBody). */
let incoming: StreamedBody | undefined;

/** The page hears how far the reading of a streamed body is at most this often (each message is a render of its bar). */
const READING_EVERY_MS = 50;

/** The 'reading' messages of one body, no more often than READING_EVERY_MS. */
function readingReporter(): (read: number, bytes: number) => void {
  let last = -Infinity;
  return (read, bytes) => {
    const now = performance.now();
    if (now - last < READING_EVERY_MS) return;
    last = now;
    post({ type: 'reading', read, bytes });
  };
}

scope.onmessage = ({ data: { chunks, contentType, length, last } }) => {
  incoming ??= new StreamedBody(contentType, length, readingReporter());
  for (const chunk of chunks) incoming.add(chunk);
  if (!last) return;
  parse(incoming.finish(), contentType).catch((error: unknown) => {
    const { kind, detail, issues } = asLoadError(error);
    post({ type: 'error', kind, detail, issues });
  });
  incoming = undefined;
};
post({ type: 'ready' });
