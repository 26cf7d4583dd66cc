/**
 * A reactive controller that gives an element its feed, from a `.feed` property, a JSON script in the page
 * (see inline-feed.ts) or a `src` URL, through @lit/task: a changed source aborts the previous load and
 * the latest one wins. Errors stay inside the element (rendered by `renderFeedError`).
 *
 * An element that leaves the page lets go of its feed (load.ts aborts the request when nobody else waits for
 * it, and may evict the answer later); one that comes back loads again, or holds what it still shows. A move
 * (out and back in within one task, as a CMS or a framework does) changes nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { FeedLoadError, asLoadError, holdFeed, loadFeed, parseFeedObject, type LoadedFeed } from '../feed/load.js';
import { loadLang, resolveLang } from './i18n.js';
import { inlineFeed } from './inline-feed.js';

export interface FeedSourceHost extends ReactiveControllerHost {
  src?: string | null;
  feed?: object | null;
  /** Milliseconds before a load is abandoned. */
  timeout?: number;
}

export interface FeedControllerOptions<T> {
  /** When false the element has its data from elsewhere (e.g. `.action`): nothing is loaded. */
  enabled?: () => boolean;
  /**
   * Loads something else than one feed (the dashboard: several sources merged, or an observatory): what its
   * value depends on, and how it loads it. The strings, the hold on the page and the errors stay handled here.
   */
  load?: { args: () => readonly unknown[]; run: (signal: AbortSignal) => Promise<T> };
}

/** Resolves in a task of its own: scheduler.yield() where the browser has it (it goes first), else a timeout. */
const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

export class FeedController<T = LoadedFeed> implements ReactiveController {
  readonly task: Task<readonly unknown[], T | undefined>;
  /** Aborted when the current run is superseded or the element leaves the page: the run's hold on its URL. */
  private hold?: AbortController;
  /** The URL the current value came from (undefined for a `.feed` or an inline script). */
  private heldSrc?: string;
  private connected = false;
  /** What the element let go of when it left: a load under way (run again) or a feed it shows (hold again). */
  private released?: 'pending' | 'shown';

  constructor(
    private readonly host: FeedSourceHost,
    options: FeedControllerOptions<T> = {},
  ) {
    host.addController(this);
    const { load } = options;
    this.task = new Task(host, {
      args: () => load?.args() ?? [host.src, host.feed, options.enabled?.() ?? true],
      task: async ([src, feed, enabled], { signal }) => {
        const hold = (this.hold = new AbortController());
        signal.addEventListener('abort', () => hold.abort(signal.reason), { once: true });
        // The strings arrive with the data, so an English page never flashes French; both download at once.
        const strings = loadLang(resolveLang(host as unknown as Element)).catch(() => undefined);
        const data = load ? load.run(hold.signal) : enabled ? (this.source(src as string, feed as object, hold.signal) as Promise<T>) : undefined;
        // A failure is shown once the strings are there too (in the page's language): marked handled meanwhile.
        data?.catch(() => undefined);
        await strings;
        // Every element naming a feed gets it at the same moment: each renders in a task of its own, so that a page
        // of a dozen elements does not block its main thread for all of them at once (one task of ~300 ms under
        // Lighthouse's 4× CPU slowdown on the demo page).
        const value = await data;
        await nextTask();
        return value;
      },
    });
  }

  /** Settles once the element has what it will show for its current source (tests and exports wait on it). */
  async loaded(): Promise<void> {
    await this.task.taskComplete.catch(() => undefined);
  }

  private async source(src: string | null | undefined, feed: object | null | undefined, signal: AbortSignal): Promise<LoadedFeed> {
    this.heldSrc = undefined;
    // A property wins over the attribute: a CMS may inline the JSON and keep src as a fallback.
    if (feed) return parseFeedObject(feed);
    // Then JSON the CMS printed in the page (inside the tag, or `src="#id"`): no request.
    const inline = inlineFeed(this.host as unknown as Element, src);
    if (inline) return parseFeedObject(inline);
    if (!src) throw new FeedLoadError('no-source');
    this.heldSrc = src;
    return loadFeed(src, signal, this.host.timeout);
  }

  hostConnected(): void {
    this.connected = true;
    const released = this.released;
    this.released = undefined;
    if (released === 'pending') void this.task.run();
    else if (released === 'shown' && this.heldSrc && this.task.value) {
      this.hold = new AbortController();
      holdFeed(this.heldSrc, this.task.value as unknown as LoadedFeed, this.hold.signal);
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    // Deferred: a node moved elsewhere in the page is disconnected and connected again in the same task.
    queueMicrotask(() => {
      if (this.connected || !this.hold || this.hold.signal.aborted) return;
      this.released = this.task.status === TaskStatus.PENDING ? 'pending' : 'shown';
      this.hold.abort(new DOMException('The element left the page', 'AbortError'));
    });
  }

  /** The last value loaded (kept while a new source loads, so the element does not flash its skeleton). */
  get value(): T | undefined {
    return this.task.value;
  }

  /**
   * The failure of the last load, as a FeedLoadError: anything else is a fault of ours, said so, never blamed
   * on the network. The one place an error is mapped; undefined while a retry runs.
   */
  get error(): FeedLoadError | undefined {
    return this.task.status === TaskStatus.ERROR ? asLoadError(this.task.error) : undefined;
  }

  retry(): void {
    void this.task.run();
  }
}

