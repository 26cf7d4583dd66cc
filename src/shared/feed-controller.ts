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
import { isLangLoaded, loadLang, resolveLang } from './i18n.js';
import { inlineFeed } from './inline-feed.js';

export interface FeedSourceHost extends ReactiveControllerHost {
  src?: string | null;
  feed?: object | null;
  /** Milliseconds before a load is abandoned. */
  timeout?: number;
}

export interface FeedControllerOptions {
  /** When false the element has its data from elsewhere (e.g. `.action`): nothing is loaded. */
  enabled?: () => boolean;
}

type Args = [string | null | undefined, object | null | undefined, boolean];

export class FeedController implements ReactiveController {
  readonly task: Task<Args, LoadedFeed | undefined>;
  /** Aborted when the current run is superseded or the element leaves the page: the run's hold on its URL. */
  private hold?: AbortController;
  /** The URL the current value came from (undefined for a `.feed` or an inline script). */
  private heldSrc?: string;
  private connected = false;
  /** What the element let go of when it left: a load under way (run again) or a feed it shows (hold again). */
  private released?: 'pending' | 'shown';

  constructor(
    private readonly host: FeedSourceHost,
    options: FeedControllerOptions = {},
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.src, host.feed, options.enabled?.() ?? true] as Args,
      task: async ([src, feed, enabled], { signal }) => {
        const hold = (this.hold = new AbortController());
        signal.addEventListener('abort', () => hold.abort(signal.reason), { once: true });
        // The strings arrive with the data, so an English page never flashes French; both download at once.
        const lang = resolveLang(host as unknown as Element);
        const strings = isLangLoaded(lang) ? undefined : loadLang(lang).catch(() => undefined);
        const data = enabled ? this.source(src, feed, hold.signal) : undefined;
        // A failure is shown once the strings are there too (in the page's language): marked handled meanwhile.
        data?.catch(() => undefined);
        await strings;
        return data;
      },
    });
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
      holdFeed(this.heldSrc, this.task.value, this.hold.signal);
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

  get value(): LoadedFeed | undefined {
    return this.task.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The load error as a FeedLoadError; anything else is a fault of ours, said so, never blamed on the network. */
  get error(): FeedLoadError | undefined {
    const e = this.task.error;
    if (e === undefined) return undefined;
    return asLoadError(e);
  }

  retry(): void {
    void this.task.run();
  }
}

export { TaskStatus };
