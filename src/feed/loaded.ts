/** What a load gives: a validated feed with its lookup tables, or a FeedLoadError saying why not. */
import type { FeedIssue, ValidationResult } from './issues.js';
import type { IndexParts, WholeFigures } from './index-build.js';
import type { Action, Structure } from './schema.js';

/** Why a load failed; `unexpected` is a fault of ours (a bug, a browser refusing an API), never blamed on the network. */
export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'schema' | 'not-found' | 'no-source' | 'unexpected';

export class FeedLoadError extends Error {
  /** When the server said (`Retry-After`) a new request may be made, in ms since the epoch. */
  retryAt?: number;

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
  /** The columnar index of `feed.actions` a worker built (off-thread.ts), until the dashboard takes it (selection.ts). */
  workerIndex?: IndexParts;
  /** The whole feed's figures the worker computed beside its index (taken with it). */
  workerWhole?: WholeFigures;
  /** Hands the search texts a worker folded (search.ts, actions `from`… in order) to `receive`, as they come; once. */
  workerSearch?: (receive: (from: number, texts: string[]) => void) => void;
}

/**
 * Every action of an indexed (validated) feed. A card handed one of them (by a list, a
 * dashboard) shows it at once instead of validating it again, asynchronously: a list
 * that renders its remaining cards for print must not print skeletons.
 */
const indexedActions = new WeakSet<object>();

/** The object is an action of a validated feed (see indexFeed). */
export function isValidatedAction(action: object): action is Action {
  return indexedActions.has(action);
}

/** Marks an action of a validated feed read later than its feed (lazy-actions.ts parses each when first read). */
export function markValidated(action: Action): void {
  indexedActions.add(action);
}

/**
 * `actionById`: the actions' table when already built as they arrived (a worker's slices, off-thread.ts); `lazy`:
 * the actions are a lazy-actions.ts array, marked as each is read (marking them here would read them all).
 */
export function indexFeed(result: ValidationResult, actionById?: ReadonlyMap<string, Action>, lazy = false): LoadedFeed {
  if (!lazy) for (const action of result.feed.actions) indexedActions.add(action);
  return {
    ...result,
    actionById: actionById?.size === result.feed.actions.length ? actionById : new Map(result.feed.actions.map((a) => [a.id, a])),
    structureById: new Map(result.feed.structures.map((s) => [s.id, s])),
  };
}

