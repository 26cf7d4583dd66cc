/** An `.action` given directly to a card: validated once, the validator (zod) downloaded only when needed. */
import type { LitElement } from 'lit';
import type { Action } from '../feed/schema.js';
import { FeedLoadError } from '../feed/load.js';
import { isValidatedAction } from '../feed/loaded.js';

/** Validated `.action` objects, so re-renders and several cards do not re-validate. */
const validatedActions = new WeakMap<object, Action | FeedLoadError>();
const validations = new WeakMap<object, Promise<unknown>>();

/** The action, the reason it cannot be shown, or undefined while the validator downloads (zod only if invalid). */
export function checkedAction(input: object, host: LitElement): Action | FeedLoadError | undefined {
  if (isValidatedAction(input)) return input;
  const result = validatedActions.get(input);
  if (result) return result;
  let validation = validations.get(input);
  if (!validation) {
    validation = import('../feed/parse.js')
      .then((module) => module.parseAction(input))
      .then(({ action, issues }) => validatedActions.set(input, action ?? new FeedLoadError('schema', '', issues)));
    // Offline for a moment: the next render asks again.
    validation.catch(() => validations.delete(input));
    validations.set(input, validation);
  }
  validation.then(() => host.requestUpdate(), () => undefined);
  return undefined;
}
