/**
 * The dashboard's data: every source at once (`src` URLs, `<vitrine-source>` children, `.feed`), merged into one
 * feed, or a published observatory. A source that fails is kept as a named failure while the others show; only
 * when all fail does the dashboard show the (first) error.
 */
import { mergeFeeds } from '../feed/dashboard.js';
import { FeedLoadError, adoptFeed, asLoadError, indexFeed, loadFeed, parseFeedObject, type LoadedFeed } from '../feed/load.js';
import { Observatory, isObservatoryUrl } from '../feed/observatory.js';

export interface SourceFailure {
  source: string;
  error: FeedLoadError;
}

export interface Loaded {
  loaded: LoadedFeed;
  failures: SourceFailure[];
  /** A published observatory (`src` names its folder or manifest): `loaded` then holds no action. */
  observatory?: Observatory;
}

export interface Sources {
  feed?: object;
  urls: string[];
  /** The name a failed source is reported under (its `<vitrine-source label>`, else its URL). */
  label: (url: string) => string;
  timeout?: number;
}

export async function loadSources({ feed, urls, label, timeout }: Sources, signal: AbortSignal): Promise<Loaded> {
  if (feed) return { loaded: await parseFeedObject(feed), failures: [] };
  if (!urls.length) throw new FeedLoadError('no-source');
  if (urls.length === 1 && isObservatoryUrl(urls[0]!)) {
    return { loaded: indexFeed({ feed: { version: '1.0', structures: [], actions: [] }, issues: [], actionCount: 0 }), failures: [], observatory: await Observatory.open(urls[0]!, signal) };
  }
  const results = await Promise.allSettled(urls.map((url) => loadFeed(url, signal, timeout)));
  signal.throwIfAborted();
  const ok: LoadedFeed[] = [];
  const failures: SourceFailure[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') ok.push(r.value);
    else failures.push({ source: label(urls[i]!), error: asLoadError(r.reason) });
  });
  if (!ok.length) throw failures[0]!.error;
  // The merged feed (or the single one) is handed to the panels as `.feed`: adopted, it is not validated again.
  return { loaded: adoptFeed(ok.length === 1 ? ok[0]! : mergeFeeds(ok)), failures };
}
