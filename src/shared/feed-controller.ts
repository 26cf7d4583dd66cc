/**
 * A reactive controller that gives an element its feed, from a `src` URL or a
 * `.feed` property, through @lit/task: a changed source aborts the previous load and
 * the latest one wins. Errors stay inside the element (rendered by `renderFeedError`).
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { FeedLoadError, loadFeed, parseFeedObject, type LoadedFeed } from '../feed/load.js';
import { isLangLoaded, loadLang, resolveLang } from './i18n.js';

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

export class FeedController {
  readonly task: Task<[string | null | undefined, object | null | undefined, boolean], LoadedFeed | undefined>;

  constructor(host: FeedSourceHost, options: FeedControllerOptions = {}) {
    this.task = new Task(host, {
      args: () => [host.src, host.feed, options.enabled?.() ?? true] as [string | null | undefined, object | null | undefined, boolean],
      task: async ([src, feed, enabled], { signal }) => {
        // The strings arrive with the data, so an English page never flashes French.
        const lang = resolveLang(host as unknown as Element);
        if (!isLangLoaded(lang)) await loadLang(lang).catch(() => undefined);
        if (!enabled) return undefined;
        // A property wins over the attribute: a CMS may inline the JSON and keep src as a fallback.
        if (feed) return parseFeedObject(feed);
        if (src) return loadFeed(src, signal, host.timeout);
        throw new FeedLoadError('no-source');
      },
    });
  }

  get value(): LoadedFeed | undefined {
    return this.task.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The load error as a FeedLoadError (anything unexpected counts as a schema error). */
  get error(): FeedLoadError | undefined {
    const e = this.task.error;
    if (e === undefined) return undefined;
    return e instanceof FeedLoadError ? e : new FeedLoadError('schema', String(e));
  }

  retry(): void {
    void this.task.run();
  }
}

export { TaskStatus };
