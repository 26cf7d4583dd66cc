/** A feed validated at once and indexed, for Node and tests (the browser uses parse.ts, in slices). */
import { FeedEnvelopeError } from './issues.js';
import { FeedLoadError, indexFeed, type LoadedFeed } from './loaded.js';
import { validateFeed } from './validate.js';

/** Validates an in-memory feed at once (Node, tests, small feeds). */
export function parseFeed(json: unknown): LoadedFeed {
  try {
    return indexFeed(validateFeed(json));
  } catch (e) {
    throw e instanceof FeedEnvelopeError ? new FeedLoadError('schema', '', e.issues) : e;
  }
}
