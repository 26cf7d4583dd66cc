/**
 * One download of a feed: the request, the body decoded in the charset the server names, the JSON, the
 * validation. Sharing, timeouts and the cache are load.ts's; this file knows nothing of who waits.
 */
import { FeedLoadError, asLoadError, type LoadedFeed } from './loaded.js';

/**
 * The validator (zod and the schema) is a module of its own: a page downloads it
 * while its first feed downloads, instead of before anything can start.
 */
export const parser = () =>
  import('./parse.js').catch((e: unknown) => {
    // A chunk that could not be downloaded is a network failure; anything else is ours.
    throw e instanceof TypeError ? new FeedLoadError('network') : asLoadError(e);
  });

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

/**
 * The body as text in the charset of its Content-Type (a feed served as windows-1252 by an old CMS reads right),
 * UTF-16 when a byte order mark says so, UTF-8 otherwise; `Response.text()` would always assume UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  let label = charset ?? 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // A charset no browser knows: UTF-8, what JSON is meant to be.
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}

const httpDetail = (response: Response) => `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;

/** A failure of the request itself: fetch rejects with a TypeError when the network or the browser refuses it. */
function requestError(e: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason ?? e;
  return e instanceof TypeError ? new FeedLoadError('network') : asLoadError(e);
}

/**
 * Downloads, decodes and validates `url`. `downloaded` is called once the body is in (what a timeout
 * measures: validation may take longer on a large feed, and shows progress meanwhile).
 */
export async function fetchAndParse(url: string, signal: AbortSignal, downloaded: () => void): Promise<LoadedFeed> {
  const validator = parser();
  // Not awaited yet: a failed fetch must report itself, not a pending module.
  validator.catch(() => undefined);
  let bytes: Uint8Array;
  let response: Response;
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
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw requestError(e, signal);
  } finally {
    downloaded();
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeBody(bytes, response.headers.get('content-type')));
  } catch {
    throw new FeedLoadError('json');
  }
  const { parseFeedAsync } = await validator;
  return parseFeedAsync(json, signal);
}
