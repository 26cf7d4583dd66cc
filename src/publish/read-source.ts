/**
 * Reading one feed (a file or an http(s) URL) without holding it in memory: a national
 * collection runs to hundreds of megabytes, more than one JavaScript string may hold.
 * @streamparser/json hands over each structure and action as soon as its closing brace
 * arrives; only one item is in memory at a time.
 */
import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';
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

/** True for `{`, false for anything else, undefined while only blanks were seen. */
function firstByte(chunk: Uint8Array): boolean | undefined {
  for (const byte of chunk) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x7b;
  }
  return undefined;
}

const PATHS = ['$.version', '$.title', '$.generated', '$.source', '$.structures.*', '$.actions.*'];

/**
 * Streams one feed, calling the handlers for each structure and action in document
 * order. Resolves with the envelope; rejects with a SourceError when the document
 * cannot be read, is not JSON, or is not a feed (no object with a `version`).
 */
export async function readSource(location: string, handlers: SourceHandlers, timeoutMs = 10 * 60_000): Promise<SourceMeta> {
  const meta: SourceMeta = {};
  let failure: Error | undefined;
  let rootIsObject: boolean | undefined;
  // Strings are collected in 64 kB buffers: far faster than concatenating characters on long texts.
  const parser = new JSONParser({ paths: PATHS, keepStack: false, stringBufferSize: 1 << 16 });
  // What the handlers throw (a full disk) is no fault of the feed: it is rethrown as is.
  let handlerError: unknown;
  parser.onValue = ({ value, key, stack }) => {
    const parent = stack.length === 2 ? stack[1]!.key : undefined;
    try {
      if (parent === 'structures') handlers.structure(value, key as number);
      else if (parent === 'actions') handlers.action(value, key as number);
      else if (stack.length === 1 && typeof key === 'string') meta[key as keyof SourceMeta] = value;
    } catch (e) {
      handlerError ??= e;
      throw e;
    }
  };
  parser.onError = (e) => (failure ??= e);
  for await (let chunk of chunksOf(location, timeoutMs)) {
    // A byte-order mark (Windows editors write one) is not part of the JSON text.
    if (rootIsObject === undefined && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    // The first significant byte tells an object from an array or a scalar (a feed is an object).
    rootIsObject ??= firstByte(chunk);
    try {
      parser.write(chunk);
    } catch (e) {
      failure ??= e as Error;
    }
    if (handlerError) throw handlerError;
    if (failure) break;
  }
  if (!failure && !parser.isEnded) {
    try {
      parser.end();
    } catch (e) {
      failure = e as Error;
    }
  }
  if (failure) {
    if (failure instanceof SourceError) throw failure;
    throw new SourceError('json', failure.message);
  }
  if (!rootIsObject || typeof meta.version !== 'string' || !/^1\.\d+$/.test(meta.version)) throw new SourceError('not-a-feed');
  return meta;
}
