/**
 * The dashboard's data: every source at once (`src` URLs, `<vitrine-source>` children, `.feed`), merged into one
 * feed, or a published observatory. A source that fails is kept as a named failure while the others show; only
 * when all fail does the dashboard show the (first) error.
 */
import { mergeFeeds } from '../feed/dashboard.js';
import { FeedLoadError, adoptFeed, asLoadError, indexFeed, loadFeed, parseFeedObject, type LoadProgress, type LoadedFeed } from '../feed/load.js';
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
  /** How far the sources are, all together (bytes and fiches added up). */
  onProgress?: (progress: LoadProgress) => void;
}

/** Every source's progress as one: the totals are known only once each source has said its own. One source's is its own. */
function combined(parts: readonly (LoadProgress | undefined)[]): LoadProgress {
  if (parts.length === 1 && parts[0]) return parts[0];
  const sum = (pick: (p: LoadProgress) => number | undefined) =>
    parts.every((p) => p && pick(p) !== undefined) ? parts.reduce((n, p) => n + pick(p!)!, 0) : undefined;
  const progress: LoadProgress = { bytes: parts.reduce((n, p) => n + (p?.bytes ?? 0), 0) };
  const totalBytes = sum((p) => p.totalBytes);
  const actions = sum((p) => p.actions);
  if (totalBytes !== undefined) progress.totalBytes = totalBytes;
  if (actions !== undefined) [progress.read, progress.actions] = [sum((p) => p.read ?? 0), actions];
  return progress;
}

export async function loadSources({ feed, urls, label, timeout, onProgress }: Sources, signal: AbortSignal): Promise<Loaded> {
  if (feed) return { loaded: await parseFeedObject(feed), failures: [] };
  if (!urls.length) throw new FeedLoadError('no-source');
  if (urls.length === 1 && isObservatoryUrl(urls[0]!)) {
    return { loaded: indexFeed({ feed: { version: '1.0', structures: [], actions: [] }, issues: [], actionCount: 0 }), failures: [], observatory: await Observatory.open(urls[0]!, signal) };
  }
  const parts: (LoadProgress | undefined)[] = urls.map(() => undefined);
  const heard = (i: number) => (p: LoadProgress) => ((parts[i] = p), onProgress?.(combined(parts)));
  const results = await Promise.allSettled(urls.map((url, i) => loadFeed(url, signal, timeout, onProgress && heard(i))));
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
