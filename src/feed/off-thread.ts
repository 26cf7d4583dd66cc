/**
 * A large feed read off the main thread: the bytes go to a module Worker (worker/feed-worker.ts, a same-origin
 * chunk of its own, so `worker-src 'self'` allows it), which parses and validates them and sends the actions
 * back in slices of JSON bytes, then their columnar index; the page keeps the bytes as they are and parses an
 * action only when something reads it (lazy-actions.ts): its figures come from the index. Small feeds stay on
 * the main thread: below WORKER_MIN_BYTES (fetch-feed.ts) the worker's start-up costs more than it saves.
 */
import { FeedLoadError, indexFeed, type LoadedFeed } from './loaded.js';
import type { IndexParts, WholeFigures } from './index-build.js';
import { standIn } from './title-select.js';
import { LazyActionMap, lazyActions, type ActionBytes, type ActionReader } from './lazy-actions.js';
import type { LoadProgress } from './fetch-feed.js';
import type { ParseRequest, WorkerMessage } from './worker/protocol.js';

/**
 * How far a worker read is, for a progress bar: actions read so far and up to which byte while the body streams in,
 * then of the total, then received; the headline figures.
 */
export type ReadProgress = (update: Pick<LoadProgress, 'read' | 'readBytes' | 'actions' | 'received' | 'headline'>) => void;

/** A started worker; `ready` is false when it cannot run (no Worker, a CSP refusal, its chunk not found). */
export interface FeedWorker {
  ready: Promise<boolean>;
  /** `validator`: the page's validator module (fetch-feed.ts parser), whose reader raw slices go through (lazy-actions.ts). */
  read(head: BodyHead, signal: AbortSignal, progress: ReadProgress | undefined, validator: Promise<{ readAction: ActionReader }>): WorkerRead;
  terminate(): void;
}

/** What the response's headers say of its body. */
export type BodyHead = Pick<ParseRequest, 'contentType' | 'length'>;

/** A read under way: the body's pieces are handed over as they arrive (transferred: the page no longer has them). */
export interface WorkerRead {
  send(chunks: Uint8Array[], last: boolean): void;
  result: Promise<LoadedFeed>;
}

/** Search texts nobody took are dropped after this long (a page without a dashboard folds its own, if it searches). */
const TEXTS_KEPT_MS = 30_000;

/** Waits this long for the worker's module at most; then the main thread reads the feed itself. */
const READY_TIMEOUT_MS = 20_000;

export function startFeedWorker(): FeedWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker/feed-worker.ts', import.meta.url), { type: 'module', name: 'vitrine-feed' });
  } catch {
    return undefined;
  }
  const ready = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => e.data.type === 'ready' && (clearTimeout(timer), resolve(true)), { once: true });
    worker.addEventListener('error', (e) => (e.preventDefault(), clearTimeout(timer), resolve(false)), { once: true });
  });
  void ready.then((ok) => ok || worker.terminate());
  return {
    ready,
    read: (head, signal, progress, validator) => read(worker, head, signal, progress, validator),
    terminate: () => worker.terminate(),
  };
}

/** A piece whose buffer is its own, to transfer (a view of a larger buffer is copied: that buffer may hold the next one). */
const own = (chunk: Uint8Array) => (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice());

function read(worker: Worker, { contentType, length }: BodyHead, signal: AbortSignal, progress: ReadProgress | undefined, validator: Promise<{ readAction: ActionReader }>): WorkerRead {
  const send = (pieces: Uint8Array[], last: boolean) => {
    const chunks = pieces.map(own);
    worker.postMessage({ chunks, contentType, length, last } satisfies ParseRequest, chunks.map((c) => c.buffer as ArrayBuffer));
  };
  const result = new Promise<LoadedFeed>((resolve, reject) => {
    if (signal.aborted) return (worker.terminate(), reject(signal.reason));
    const slices: ActionBytes[] = [];
    // Each slice's ids as the worker sent them (LazyActionMap reads them on its first lookup).
    const ids: string[] = [];
    let index: { parts: IndexParts; whole: WholeFigures } | undefined;
    const texts: [number, string[]][] = [];
    let take: ((from: number, texts: string[]) => void) | undefined;
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => (finish(), reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (e) => (e.preventDefault(), finish(), reject(new FeedLoadError('unexpected', 'Worker')));
    const done = (data: Extract<WorkerMessage, { type: 'done' }>, read: ActionReader) => {
      // The dashboard takes the worker's index of these very actions (selection.ts) instead of building its own.
      const actions = lazyActions(slices, read);
      const result = { feed: { ...data.feed, actions }, issues: data.issues, actionCount: data.actionCount };
      const loaded: LoadedFeed = { ...indexFeed(result, new LazyActionMap(ids, actions), true), ...(index && { workerIndex: index.parts, workerWhole: index.whole }) };
      // The search texts the worker folds next, for whoever takes them (the dashboard, selection.ts), at most once.
      loaded.workerSearch = (receive) => {
        delete loaded.workerSearch;
        take = receive;
        for (const [from, some] of texts.splice(0)) receive(from, some);
      };
      resolve(loaded);
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      switch (data.type) {
        case 'reading':
          progress?.({ read: data.read, readBytes: data.bytes });
          break;
        case 'progress':
          // All of them come before the first actions: nothing received yet, the bar's last share still to fill.
          progress?.({ read: data.read, actions: data.actions, received: 0 });
          break;
        case 'figures':
          progress?.({ headline: data.headline });
          break;
        case 'actions':
          ids.push(data.ids);
          slices.push(data.slice);
          progress?.({ received: data.received });
          break;
        case 'index':
          index = data;
          // What the list's first cards are read from until the title order comes (title-select.ts).
          if (data.parts.titles && data.parts.titleHead) data.parts.firstByTitle = standIn(data.parts.titles, data.parts.titleHead);
          delete data.parts.titles;
          delete data.parts.titleHead;
          break;
        case 'done':
          signal.removeEventListener('abort', onAbort);
          // The validator's module is requested with the feed (fetch-feed.ts): no wait in practice.
          void validator.then(({ readAction }) => done(data, readAction), reject);
          break;
        case 'order':
          // Into the parts the page's index reads (feed-index.ts byTitle), in place of the titles kept until now.
          if (index) {
            index.parts.titleOrder = data.titleOrder;
            delete index.parts.firstByTitle;
          }
          break;
        case 'search':
          if (take) take(data.from, data.texts);
          else texts.push([data.from, data.texts]);
          if (data.last) (worker.terminate(), setTimeout(() => (texts.length = 0), TEXTS_KEPT_MS));
          break;
        case 'error':
          finish();
          reject(new FeedLoadError(data.kind, data.detail, data.issues));
      }
    };
  });
  return { send, result };
}
