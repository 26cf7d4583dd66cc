/**
 * Fetching and parsing feeds. Every element on a page that names the same URL shares one request and one
 * parse. A caller holds the URL's entry until its `signal` aborts (its `src` changed, it left the page): the
 * request is aborted when the last caller lets go before it is answered, each caller's timeout is its own, and
 * answered feeds nobody holds any more stay in a small least-recently-used cache.
 */
import { fetchAndParse, parser, type LoadProgress } from './fetch-feed.js';
import { FeedLoadError, asLoadError, indexFeed, type LoadErrorKind, type LoadedFeed } from './loaded.js';
import type { ValidationResult } from './issues.js';
import type { Feed } from './schema.js';

export { FeedLoadError, asLoadError, indexFeed, type LoadErrorKind, type LoadedFeed, type LoadProgress };

/** Feeds already validated or adopted, so N elements given the same `.feed` object validate it once. */
const parsedObjects = new WeakMap<object, LoadedFeed>();
const parsingObjects = new WeakMap<object, Promise<LoadedFeed>>();

/**
 * Validates an in-memory feed (inlined by a CMS, set by Storybook or a dashboard).
 * Synchronous when the object was seen before, which keeps filter changes immediate.
 */
export function parseFeedObject(feed: object): LoadedFeed | Promise<LoadedFeed> {
  const done = parsedObjects.get(feed);
  if (done) return done;
  let pending = parsingObjects.get(feed);
  if (!pending) {
    pending = parser().then(({ parseFeedAsync }) => parseFeedAsync(feed));
    parsingObjects.set(feed, pending);
    pending.then(
      (loaded) => parsedObjects.set(feed, loaded),
      () => parsingObjects.delete(feed),
    );
  }
  return pending;
}

/**
 * Registers a feed built from already validated data (several feeds merged, or a
 * filtered view of one) so that elements given it as `.feed` only index it instead
 * of validating every action again: what keeps a dashboard's filter changes fast.
 */
export function adoptFeed(result: ValidationResult | LoadedFeed): LoadedFeed {
  const loaded = parsedObjects.get(result.feed) ?? ('actionById' in result ? result : indexFeed(result));
  parsedObjects.set(result.feed, loaded);
  return loaded;
}

interface SharedLoad {
  promise: Promise<LoadedFeed>;
  controller: AbortController;
  /** Callers that have not let go (their signal has not aborted). */
  holders: number;
  /** The request has started (after any `Retry-After` wait): what a caller's timeout counts from. */
  started: Promise<void>;
  /** The body is in: from then on no timeout applies (validation shows its own progress). */
  downloaded: Promise<void>;
  settled: boolean;
  /** How far the load is, and who is told (each caller's `onProgress` while it holds the entry). */
  progress?: LoadProgress;
  listeners: Set<(progress: LoadProgress) => void>;
}

/** Entries by absolute URL, in least-recently-used order (a use moves an entry to the end). */
const loads = new Map<string, SharedLoad>();

/** Answered feeds kept once no element holds them: a page that swaps `src` back and forth does not download again. */
export const IDLE_FEEDS_KEPT = 8;

/** URL → the time before which the server asked (`Retry-After`) not to be asked again. */
const notBefore = new Map<string, number>();

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Forgets the least recently used feeds nobody holds, beyond IDLE_FEEDS_KEPT. */
function evictIdle(): void {
  let idle = 0;
  for (const entry of loads.values()) if (entry.settled && entry.holders === 0) idle++;
  for (const [url, entry] of loads) {
    if (idle <= IDLE_FEEDS_KEPT) break;
    if (entry.settled && entry.holders === 0) {
      loads.delete(url);
      idle--;
    }
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function startLoad(url: string): SharedLoad {
  const controller = new AbortController();
  let begin!: () => void;
  let end!: () => void;
  const started = new Promise<void>((r) => (begin = r));
  const downloaded = new Promise<void>((r) => (end = r));
  const entry: SharedLoad = { controller, holders: 0, started, downloaded, settled: false, promise: undefined!, listeners: new Set() };
  const onProgress = (progress: LoadProgress) => {
    entry.progress = progress;
    for (const listener of entry.listeners) listener(progress);
  };
  const delay = (notBefore.get(url) ?? 0) - Date.now();
  entry.promise = (async () => {
    // The server asked for some patience (a 503 or 429 with Retry-After): the retry waits for it. Otherwise the
    // request starts now, in this task: the CDN entry's prefetch starts the map's feed before the map's chunk.
    if (delay > 0) await wait(delay, controller.signal);
    notBefore.delete(url);
    begin();
    return fetchAndParse(url, controller.signal, end, onProgress);
  })();
  entry.promise.then(
    () => {
      entry.settled = true;
      evictIdle();
    },
    (error: unknown) => {
      begin();
      end();
      if (error instanceof FeedLoadError && error.retryAt) notBefore.set(url, error.retryAt);
      // Failed loads are forgotten so that a retry fetches again.
      if (loads.get(url) === entry) loads.delete(url);
    },
  );
  return entry;
}

/** The entry for `url`, moved to the most recently used end. */
function entryFor(url: string): SharedLoad {
  const entry = loads.get(url) ?? startLoad(url);
  loads.delete(url);
  loads.set(url, entry);
  return entry;
}

/**
 * Loads a feed by URL. Callers naming the same absolute URL share one fetch. The caller holds the feed until
 * `signal` aborts (without a signal, until it is answered); `timeoutMs` (from when the request starts until the
 * body is in) gives up for this caller only. `onProgress` hears how far the shared load is until it settles.
 */
export function loadFeed(src: string, signal?: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS, onProgress?: (progress: LoadProgress) => void): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  const entry = entryFor(url);
  entry.holders++;
  if (onProgress && !entry.settled) {
    entry.listeners.add(onProgress);
    if (entry.progress) onProgress(entry.progress);
    void entry.promise.catch(() => undefined).finally(() => entry.listeners.delete(onProgress));
  }
  return new Promise<LoadedFeed>((resolve, reject) => {
    let held = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = () => {
      if (!held) return;
      held = false;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (onProgress) entry.listeners.delete(onProgress);
      entry.holders--;
      if (entry.holders > 0 || loads.get(url) !== entry) return;
      // Nobody else waits for this response: stop downloading it. An answered one stays, idle, in the cache.
      if (entry.settled) evictIdle();
      else {
        loads.delete(url);
        entry.controller.abort(new DOMException('Nobody waits for this feed', 'AbortError'));
      }
    };
    const onAbort = () => {
      if (!entry.settled) reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
      release();
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    void entry.started.then(() => {
      if (!held || entry.settled) return;
      timer = setTimeout(() => {
        reject(new FeedLoadError('timeout'));
        release();
      }, timeoutMs);
      void entry.downloaded.then(() => clearTimeout(timer));
    });
    entry.promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
        if (!signal) release();
      },
      (error: unknown) => {
        reject(error);
        release();
      },
    );
  });
}

/**
 * Holds again a feed an element shows after it came back to the page (moved by a CMS, a framework, a
 * dashboard): it is put back in the cache if it was evicted meanwhile, and held until `signal` aborts.
 */
export function holdFeed(src: string, loaded: LoadedFeed, signal: AbortSignal): void {
  const url = new URL(src, document.baseURI).href;
  if (!loads.has(url)) {
    const entry: SharedLoad = {
      promise: Promise.resolve(loaded),
      controller: new AbortController(),
      holders: 0,
      started: Promise.resolve(),
      downloaded: Promise.resolve(),
      settled: true,
      listeners: new Set(),
    };
    loads.set(url, entry);
  }
  loadFeed(url, signal).catch(() => undefined);
}

/** Forgets cached feeds (tests, or a page that knows its feed changed). */
export function clearFeedCache(): void {
  loads.clear();
  notBefore.clear();
}

export type { Feed };
