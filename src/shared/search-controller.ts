/**
 * The search box's two timings, for every element that has one (the list, the dashboard): a change typed in
 * the search box applies after a quiet moment (one filtering per pause, not per key), and the feed's search
 * texts are folded in idle time as soon as it is shown, so the first key press finds the index ready.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/schema.js';
import { buildSearchIndex } from '../feed/search.js';

/** Milliseconds of quiet typing before a search runs. */
const TYPING_DELAY = 250;

/** Milliseconds of folding per idle slice: short enough that a key press in between is not delayed. */
const SLICE_MS = 8;

export class SearchController implements ReactiveController {
  private typing = 0;
  private indexed?: object;
  /** Settles once the shown feed's search index is complete (tests wait on it). */
  warmed: Promise<void> = Promise.resolve();

  /** `feed` says which feed the element shows, or undefined when it has no search box. */
  constructor(
    host: ReactiveControllerHost,
    private readonly feed: () => Pick<Feed, 'actions' | 'structures'> | undefined,
    private readonly delay = TYPING_DELAY,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const feed = this.feed();
    if (!feed || feed === this.indexed) return;
    this.indexed = feed;
    const idle = (run: () => void) => (window.requestIdleCallback ?? setTimeout)(run);
    this.warmed = new Promise((done) => {
      const slice = () => (buildSearchIndex(feed, SLICE_MS) ? done() : idle(slice));
      idle(slice);
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.typing);
  }

  /** Applies a change now, or after a quiet moment while typing; a newer change replaces a pending one. */
  change(apply: () => void, typing = false): void {
    clearTimeout(this.typing);
    if (typing) this.typing = window.setTimeout(apply, this.delay);
    else apply();
  }
}
