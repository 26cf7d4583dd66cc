/**
 * Fetching and parsing feeds. Every element on a page that names the same URL shares
 * one request and one parse; the request is aborted only when every element waiting
 * for it has given up (its `src` changed or it left the page).
 */
import type { FeedIssue, ValidationResult } from './issues.js';
import type { Action, Feed, Structure } from './schema.js';

/** Why a load failed; `unexpected` is a fault of ours (a bug, a browser refusing an API), never blamed on the network. */
export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'schema' | 'not-found' | 'no-source' | 'unexpected';

export class FeedLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    /** HTTP status, missing id… shown inside the localized message. */
    readonly detail = '',
    readonly issues: FeedIssue[] = [],
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'FeedLoadError';
  }
}

/** Any failure as a FeedLoadError: what is not one already is `unexpected`, with the error's name as detail. */
export function asLoadError(e: unknown): FeedLoadError {
  if (e instanceof FeedLoadError) return e;
  return new FeedLoadError('unexpected', e instanceof Error ? e.name : typeof e);
}

/** A validated feed with its lookup tables, built once per parse and shared. */
export interface LoadedFeed extends ValidationResult {
  actionById: ReadonlyMap<string, Action>;
  structureById: ReadonlyMap<string, Structure>;
}

export function indexFeed(result: ValidationResult): LoadedFeed {
  return {
    ...result,
    actionById: new Map(result.feed.actions.map((a) => [a.id, a])),
    structureById: new Map(result.feed.structures.map((s) => [s.id, s])),
  };
}

/**
 * The validator (zod and the schema) is a module of its own: a page downloads it
 * while its first feed downloads, instead of before anything can start.
 */
const parser = () => import('./parse.js');

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
    pending = parser().then(
      ({ parseFeedAsync }) => parseFeedAsync(feed),
      () => Promise.reject(new FeedLoadError('network')),
    );
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
  waiting: number;
}

const loads = new Map<string, SharedLoad>();

export const DEFAULT_TIMEOUT_MS = 15_000;

async function fetchAndParse(url: string, signal: AbortSignal, timeoutMs: number): Promise<LoadedFeed> {
  const validator = parser();
  // Not awaited yet: a failed fetch must report itself, not a pending module.
  validator.catch(() => undefined);
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(), timeoutMs);
  const both = AbortSignal.any([signal, timeoutController.signal]);
  let response: Response;
  try {
    // The request a page's `<link rel="preload" as="fetch" crossorigin>` makes (mode cors, credentials
    // same-origin, no extra header), so the browser hands over the preloaded response instead of downloading the
    // feed twice. A feed on another origin gets no cookie; one on the page's own origin gets what the page has.
    response = await fetch(url, { signal: both, mode: 'cors', credentials: 'same-origin' });
  } catch (e) {
    clearTimeout(timer);
    if (timeoutController.signal.aborted) throw new FeedLoadError('timeout');
    if (signal.aborted) throw e;
    throw new FeedLoadError('network');
  }
  let text: string;
  try {
    if (!response.ok) throw new FeedLoadError('http', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    text = await response.text();
  } catch (e) {
    if (e instanceof FeedLoadError) throw e;
    if (timeoutController.signal.aborted) throw new FeedLoadError('timeout');
    throw signal.aborted ? e : new FeedLoadError('network');
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedLoadError('json');
  }
  const { parseFeedAsync } = await validator.catch(() => {
    // The validator's chunk could not be downloaded (the connection dropped): a network failure.
    throw new FeedLoadError('network');
  });
  return parseFeedAsync(json, signal);
}

/**
 * Loads a feed by URL. Callers naming the same absolute URL share one fetch; `signal`
 * only detaches this caller. Failed loads are forgotten so that a retry fetches again.
 */
export function loadFeed(src: string, signal?: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let shared = loads.get(url);
  if (!shared) {
    const controller = new AbortController();
    const entry: SharedLoad = { controller, waiting: 0, promise: fetchAndParse(url, controller.signal, timeoutMs) };
    entry.promise.catch(() => {
      if (loads.get(url) === entry) loads.delete(url);
    });
    loads.set(url, entry);
    shared = entry;
  }
  const entry = shared;
  entry.waiting++;
  return new Promise<LoadedFeed>((resolve, reject) => {
    const detach = () => {
      entry.waiting--;
      reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
      // Nobody else waits for this response: stop downloading it.
      if (entry.waiting === 0 && loads.get(url) === entry) {
        loads.delete(url);
        entry.controller.abort();
      }
    };
    if (signal?.aborted) return detach();
    signal?.addEventListener('abort', detach, { once: true });
    entry.promise.then(
      (value) => {
        signal?.removeEventListener('abort', detach);
        entry.waiting--;
        resolve(value);
      },
      (error) => {
        signal?.removeEventListener('abort', detach);
        entry.waiting--;
        reject(error);
      },
    );
  });
}

/** Forgets cached feeds (tests, or a page that knows its feed changed). */
export function clearFeedCache(): void {
  loads.clear();
}

export type { Feed };
