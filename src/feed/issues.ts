/**
 * What validation reports, without the validator: elements format issues and errors
 * without loading zod, which arrives with the first feed (see load.ts).
 */
import type { Feed } from './schema.js';

export type IssueCode =
  | 'required'
  | 'type'
  | 'format'
  | 'enum'
  | 'too-small'
  /** A text longer than its limit (`expected`: the most characters allowed; see limits.ts). */
  | 'too-long'
  /** A list with more entries than its limit (`expected`: the most entries allowed). */
  | 'too-many'
  /** A number above its limit (`expected`: the largest value allowed). */
  | 'too-big'
  /** A value nested deeper than MAX_DEPTH levels (`expected`: the limit). */
  | 'too-deep'
  | 'unknown-structure'
  | 'duplicate-id'
  /** The same action given by two sources of a publication (`expected`: the other source and id). */
  | 'duplicate-across-sources'
  | 'invalid';

export interface FeedIssue {
  /** JSON path as segments, e.g. ['actions', 3, 'budget', 'revenues', 1, 'amount']. */
  path: (string | number)[];
  code: IssueCode;
  /** Expected type or allowed values, when the schema says. */
  expected?: string;
  /** True when the whole item (structure or action) was left out; false when only this field was. */
  rejected: boolean;
  /** Id of the item kept without this field, so its element can say data is missing. */
  itemId?: string;
}

export interface ValidationResult {
  feed: Feed;
  issues: FeedIssue[];
  /** Number of actions in the input, valid or not: lets a view say "3 of 28 could not be read". */
  actionCount: number;
}

export class FeedEnvelopeError extends Error {
  constructor(readonly issues: FeedIssue[]) {
    super('invalid feed envelope');
  }
}

/** `['actions', 3, 'amount']` → `actions[3].amount` */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
