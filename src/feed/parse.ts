/**
 * Validation turned into loaded feeds (indexed, errors as FeedLoadError), for the browser: imported on demand
 * by load.ts and by the card. Valid feeds never download zod: the fast path (validate-core.ts) reads them, and
 * zod (validate.ts, a chunk of its own) is imported only when a fiche is invalid and must be explained.
 */
import { FeedEnvelopeError, type FeedIssue, type ValidationResult } from './issues.js';
import { FeedLoadError, indexFeed, type LoadedFeed } from './loaded.js';
import type { Action } from './schema.js';
import { checkAction, runStepsAsync, validationSteps, type Explainer, type Readers, type ValidationProgress } from './validate-core.js';

export type { ValidationProgress };
/** The fast path's reader of one action, for the feed worker's actions sent as the feed's own bytes (lazy-actions.ts). */
export { readAction } from './checker.generated.js';

/** Thrown by the fast pass at the first thing it cannot explain itself. */
const NEEDS_ZOD = Symbol('needs zod');
const giveUp = (): never => {
  throw NEEDS_ZOD;
};
const fastOnly: Explainer = { envelope: giveUp, structure: giveUp, action: giveUp };

const explainer = () => import('./validate.js');

function asLoadError(e: unknown): unknown {
  return e instanceof FeedEnvelopeError ? new FeedLoadError('schema', '', e.issues) : e;
}

/**
 * Validates a feed in slices (the fast pass, then zod's if something must be explained), giving the thread back
 * between them. `onStep` hears each slice; a second pass starts again from the first action (a new `kept` list).
 * The worker (worker/feed-worker.ts) runs this too.
 */
export async function validateInSlices(
  json: unknown,
  signal?: AbortSignal,
  onStep?: (step: ValidationProgress) => void,
  /** Hears that the fast pass could not read it all: the result is zod's (the feed worker then writes its actions out). */
  onExplain?: () => void,
  /** The fast path's readers: the feed worker's read its own JSON in place (validate-core.ts Readers). */
  readers?: Readers,
): Promise<ValidationResult> {
  try {
    return await runStepsAsync(validationSteps(json, fastOnly, readers), signal, onStep);
  } catch (e) {
    if (e !== NEEDS_ZOD) throw asLoadError(e);
  }
  // Something to explain: the whole feed again with zod, so issues and salvaged fiches are exactly validateFeed's.
  onExplain?.();
  const { validateFeedAsync } = await explainer().catch(() => {
    throw new FeedLoadError('network');
  });
  try {
    return await validateFeedAsync(json, signal, onStep);
  } catch (e) {
    throw asLoadError(e);
  }
}

/** Validates a feed in slices, giving the page its main thread back between them. */
export async function parseFeedAsync(json: unknown, signal?: AbortSignal, onStep?: (step: ValidationProgress) => void): Promise<LoadedFeed> {
  return indexFeed(await validateInSlices(json, signal, onStep));
}

/** One action on its own (an element's `.action` property): zod only when it is not valid as it is. */
export async function parseAction(input: unknown): Promise<{ action?: Action; issues: FeedIssue[] }> {
  try {
    const { data } = checkAction(input, ['action'], fastOnly);
    return { action: data, issues: [] };
  } catch (e) {
    if (e !== NEEDS_ZOD) throw e;
  }
  return (await explainer()).validateAction(input);
}
