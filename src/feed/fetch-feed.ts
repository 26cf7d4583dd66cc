/**
 * One download of a feed: the request, the body decoded in the charset the server names, the JSON, the
 * validation. Sharing, timeouts and the cache are load.ts's; this file knows nothing of who waits.
 */
import { FeedLoadError, asLoadError, type LoadedFeed } from './loaded.js';
import type { FeedWorker, WorkerRead } from './off-thread.js';
import type { Headline } from './dashboard.js';
import { concat, decodeBody } from './body.js';

export { decodeBody };

/** How far a load is: bytes downloaded (of the announced length, compressed or not), then actions read. */
export interface LoadProgress {
  bytes: number;
  /** The Content-Length, when the server says it; the body's size once it is in. */
  totalBytes?: number;
  /** The whole body is in (`bytes` is its size: a compressed body's announced length is not). */
  bodyIn?: boolean;
  /** Actions read (validated) of `actions`, once the document is parsed; before, those a worker read as the body arrived. */
  read?: number;
  /** Of a worker reading the body as it arrives (worker/streamed-body.ts): the bytes read so far, of `bytes`. */
  readBytes?: number;
  actions?: number;
  /** Of a worker's read (off-thread.ts): the kept actions the page has received so far, and the headline figures. */
  received?: number;
  headline?: Headline;
}

/**
 * The validator (zod and the schema) is a module of its own: a page downloads it
 * while its first feed downloads, instead of before anything can start.
 */
export const parser = () =>
  import('./parse.js').catch((e: unknown) => {
    // A chunk that could not be downloaded is a network failure; anything else is ours.
    throw e instanceof TypeError ? new FeedLoadError('network') : asLoadError(e);
  });

/**
 * Bodies from this size are read in a worker (off-thread.ts, a chunk of its own that smaller feeds never
 * download). JSON.parse reads about 40 MB/s on a busy 2-core machine: 1 MB is ~25 ms on the main thread, under a
 * long task, while a worker takes 30–80 ms to start.
 */
export const WORKER_MIN_BYTES = 1_000_000;

/** A worker for a large body, started as soon as its size is known; undefined where none can start. */
const startWorker = (): Promise<FeedWorker | undefined> =>
  import('./off-thread.js').then(
    (m) => m.startFeedWorker(),
    () => undefined,
  );

/** The longest `Retry-After` a retry waits for: beyond it the server is down, not busy, and the reader is told so. */
export const MAX_RETRY_AFTER_MS = 120_000;

/** When the server allows the next request (`Retry-After` in seconds or as an HTTP date), as a time in ms. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const at = /^\d+$/.test(value) ? now + Number(value) * 1000 : Date.parse(value);
  if (!Number.isFinite(at) || at <= now) return undefined;
  return Math.min(at, now + MAX_RETRY_AFTER_MS);
}

const httpDetail = (response: Response) => `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;

/** A failure of the request itself: fetch rejects with a TypeError when the network or the browser refuses it. */
function requestError(e: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason ?? e;
  return e instanceof TypeError ? new FeedLoadError('network') : asLoadError(e);
}

/** The body's pieces as they arrive, each to `onPiece` with the bytes so far. */
async function readBody(response: Response, onPiece: (piece: Uint8Array, bytes: number) => void): Promise<number> {
  // No body (a 204, say): nothing to read, which JSON.parse then refuses.
  if (!response.body) return 0;
  const reader = response.body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    onPiece(value, (bytes += value.length));
  }
}

/**
 * Downloads, decodes and validates `url`. `downloaded` is called once the body is in (what a timeout
 * measures: validation may take longer on a large feed, and shows progress meanwhile). A body of
 * WORKER_MIN_BYTES or more is read in a worker (off-thread.ts), started as soon as the headers announce that size or
 * that many bytes are in, and handed each piece as it arrives once it is ready: it reads the actions in them while
 * the rest downloads (worker/streamed-body.ts).
 */
export async function fetchAndParse(url: string, signal: AbortSignal, downloaded: () => void, onProgress?: (p: LoadProgress) => void): Promise<LoadedFeed> {
  const validator = parser();
  // Not awaited yet: a failed fetch must report itself, not a pending module.
  validator.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let response: Response;
  let contentType: string | null = null;
  let worker: Promise<FeedWorker | undefined> | undefined;
  /** The worker's read, once it is ready: from then on each piece goes to it as it arrives (those before, with the first). */
  let handedOver: WorkerRead | undefined;
  let bodyIn = false;
  const progress: LoadProgress = { bytes: 0 };
  const read = (update: Omit<LoadProgress, 'bytes'>) => onProgress?.(Object.assign(progress, update) && { ...progress });
  try {
    // The request a page's `<link rel="preload" as="fetch" crossorigin>` makes (mode cors, credentials
    // same-origin, no extra header), so the browser hands over the preloaded response instead of downloading the
    // feed twice. A feed on another origin gets no cookie; one on the page's own origin gets what the page has.
    response = await fetch(url, { signal, mode: 'cors', credentials: 'same-origin' });
    if (!response.ok) {
      const error = new FeedLoadError('http', httpDetail(response));
      error.retryAt = retryAfter(response.headers.get('retry-after'));
      throw error;
    }
    contentType = response.headers.get('content-type');
    const length = Number(response.headers.get('content-length'));
    if (length > 0) progress.totalBytes = length;
    /** The worker, once the body is known to be large: it is handed each piece from when it is ready. */
    const start = () => {
      worker = startWorker();
      void worker.then(async (started) => {
        if (started && (await started.ready) && !bodyIn) handedOver = started.read({ contentType, length: progress.totalBytes ?? 0 }, signal, read, validator);
      });
    };
    if (length >= WORKER_MIN_BYTES) start();
    progress.bytes = await readBody(response, (piece, bytes) => {
      chunks.push(piece);
      // No length announced (a compressed or chunked response, what most servers send): the bytes so far tell.
      if (!worker && bytes >= WORKER_MIN_BYTES) start();
      handedOver?.send(chunks.splice(0), false);
      // Kept in `progress`: what the worker says of its reading meanwhile is merged into it (`read`).
      progress.bytes = bytes;
      onProgress?.({ ...progress });
    });
  } catch (e) {
    void worker?.then((w) => w?.terminate());
    handedOver?.result.catch(() => undefined);
    throw requestError(e, signal);
  } finally {
    bodyIn = true;
    downloaded();
  }
  // The whole body is in: its size is the total now (a compressed or unannounced length said nothing useful).
  progress.totalBytes = progress.bytes;
  progress.bodyIn = true;
  onProgress?.({ ...progress });
  const started = await worker;
  if (!handedOver && started && (await started.ready)) handedOver = started.read({ contentType, length: progress.totalBytes ?? 0 }, signal, read, validator);
  if (handedOver) {
    handedOver.send(chunks.splice(0), true);
    return handedOver.result;
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeBody(concat(chunks), contentType));
  } catch {
    throw new FeedLoadError('json');
  }
  const { parseFeedAsync } = await validator;
  return parseFeedAsync(json, signal, (step) => read({ read: step.read, actions: step.total }));
}
