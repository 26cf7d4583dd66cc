/**
 * Validation turned into loaded feeds (indexed, errors as FeedLoadError). Imported
 * on demand by load.ts: this module brings zod and the schema.
 */
import { FeedEnvelopeError } from './issues.js';
import { FeedLoadError, indexFeed, type LoadedFeed } from './load.js';
import { validateFeed, validateFeedAsync } from './validate.js';

// The card validates a single `.action` with the same module: one validator chunk, requested once.
export { validateAction } from './validate.js';

function asLoadError(e: unknown): unknown {
  return e instanceof FeedEnvelopeError ? new FeedLoadError('schema', '', e.issues) : e;
}

/** Validates an in-memory feed at once (Node, tests, small feeds). */
export function parseFeed(json: unknown): LoadedFeed {
  try {
    return indexFeed(validateFeed(json));
  } catch (e) {
    throw asLoadError(e);
  }
}

/** Validates a feed in slices, giving the page its main thread back between them. */
export async function parseFeedAsync(json: unknown, signal?: AbortSignal): Promise<LoadedFeed> {
  try {
    return indexFeed(await validateFeedAsync(json, signal));
  } catch (e) {
    throw asLoadError(e);
  }
}
