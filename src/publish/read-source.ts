/**
 * Reading one feed (a file or an http(s) URL) without holding it in memory: a national
 * collection runs to hundreds of megabytes, more than one JavaScript string may hold.
 * feed-splitter.ts hands over each structure and action as soon as its closing brace
 * arrives, for JSON.parse to read; only one item is in memory at a time.
 */
import { createReadStream } from 'node:fs';
import { FeedSplitter, SplitError } from './feed-splitter.js';
import type { SourceErrorKind } from '../feed/observatory-format.js';

/** One feed to read, named by the prefix its ids take when several feeds are merged. */
export interface SourceInput {
  /** Short lowercase name (`centre-a`, `caf-62`): the id prefix and the name in reports. */
  id: string;
  /** A file path or an http(s) URL, as given on the command line. */
  location: string;
}


export class SourceError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    readonly detail = '',
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'SourceError';
  }
}

/** The envelope fields of a feed, read as they stream past. */
export interface SourceMeta {
  version?: unknown;
  title?: unknown;
  generated?: unknown;
  source?: unknown;
}

export interface SourceHandlers {
  structure(raw: unknown, index: number): void;
  action(raw: unknown, index: number): void;
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

async function* chunksOf(location: string, timeoutMs: number): AsyncIterable<Uint8Array> {
  if (!isUrl(location)) {
    try {
      // 1 MB reads: fewer callbacks into the parser than the 64 kB default.
      yield* createReadStream(location, { highWaterMark: 1 << 20 });
    } catch (e) {
      throw new SourceError('unreadable', (e as Error).message);
    }
    return;
  }
  let response: Response;
  try {
    response = await fetch(location, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (e) {
    throw new SourceError('unreadable', (e as Error).message);
  }
  if (!response.ok || !response.body) throw new SourceError('http', `${response.status} ${response.statusText}`.trim());
  try {
    // Node's web streams are async iterable; the DOM typings of this project do not say so.
    yield* response.body as unknown as AsyncIterable<Uint8Array>;
  } catch (e) {
    throw new SourceError('unreadable', (e as Error).message);
  }
}

const META_KEYS = new Set(['version', 'title', 'generated', 'source']);

/**
 * Streams one feed, calling the handlers for each structure and action in document
 * order. Resolves with the envelope; rejects with a SourceError when the document
 * cannot be read, is not JSON, or is not a feed (no object with a `version`).
 */
export async function readSource(location: string, handlers: SourceHandlers, timeoutMs = 10 * 60_000): Promise<SourceMeta> {
  const meta: SourceMeta = {};
  let notAFeed = false;
  // What the handlers throw (a full disk) is no fault of the feed: it is rethrown as is.
  let handlerError: unknown;
  const splitter = new FeedSplitter({
    item(list, index, json) {
      const value: unknown = JSON.parse(json);
      try {
        if (list === 'structures') handlers.structure(value, index);
        else handlers.action(value, index);
      } catch (e) {
        handlerError = e;
        throw e;
      }
    },
    member(key, json) {
      // `"actions": {…}` is no list of actions: the feed is refused whole rather than read as empty.
      if (key === 'structures' || key === 'actions') notAFeed = true;
      else if (META_KEYS.has(key)) meta[key as keyof SourceMeta] = JSON.parse(json);
    },
  });
  let first = true;
  try {
    for await (let chunk of chunksOf(location, timeoutMs)) {
      // A byte-order mark (Windows editors write one) is not part of the JSON text.
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      first = false;
      splitter.write(chunk);
      if (notAFeed) break;
    }
    if (!notAFeed) splitter.end();
  } catch (e) {
    if (e === handlerError || e instanceof SourceError) throw e;
    if (e instanceof SplitError && e.message.startsWith('not an object')) throw new SourceError('not-a-feed');
    throw new SourceError('json', (e as Error).message);
  }
  if (notAFeed || typeof meta.version !== 'string' || !/^1\.\d+$/.test(meta.version)) throw new SourceError('not-a-feed');
  return meta;
}
