/**
 * A reactive controller that gives an element its feed, from a `.feed` property, a JSON script in the page
 * (see inline-feed.ts) or a `src` URL, through @lit/task: a changed source aborts the previous load and
 * the latest one wins. Errors stay inside the element (rendered by `renderFeedError`).
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { FeedLoadError, asLoadError, loadFeed, parseFeedObject, type LoadedFeed } from '../feed/load.js';
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

async function source(
  host: FeedSourceHost,
  src: string | null | undefined,
  feed: object | null | undefined,
  signal: AbortSignal,
): Promise<LoadedFeed> {
  // A property wins over the attribute: a CMS may inline the JSON and keep src as a fallback.
  if (feed) return parseFeedObject(feed);
  // Then JSON the CMS printed in the page (inside the tag, or `src="#id"`): no request.
  const inline = inlineFeed(host as unknown as Element, src);
  if (inline) return parseFeedObject(inline);
  if (src) return loadFeed(src, signal, host.timeout);
  throw new FeedLoadError('no-source');
}

export class FeedController {
  readonly task: Task<[string | null | undefined, object | null | undefined, boolean], LoadedFeed | undefined>;

  constructor(host: FeedSourceHost, options: FeedControllerOptions = {}) {
    this.task = new Task(host, {
      args: () => [host.src, host.feed, options.enabled?.() ?? true] as [string | null | undefined, object | null | undefined, boolean],
      task: async ([src, feed, enabled], { signal }) => {
        // The strings arrive with the data, so an English page never flashes French; both download at once.
        const lang = resolveLang(host as unknown as Element);
        const strings = isLangLoaded(lang) ? undefined : loadLang(lang).catch(() => undefined);
        const data = enabled ? source(host, src, feed, signal) : undefined;
        // A failure is shown once the strings are there too (in the page's language): marked handled meanwhile.
        data?.catch(() => undefined);
        await strings;
        return data;
      },
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
