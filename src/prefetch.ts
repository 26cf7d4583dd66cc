/**
 * What the CDN entry starts the moment it runs, so that no download waits for another to arrive first: the feed
 * of every Vitrine tag already in the page (the map's, the list's and the dashboard's too, while their own chunks
 * download), the validator with the first feed (loadFeed requests both at once), and the English strings when
 * one of those tags is in English. Elements find their feed's download under way: loadFeed shares it by URL.
 */
import { loadFeed } from './feed/load.js';
import { isInlineReference } from './shared/inline-feed.js';
import { loadLang, resolveLang } from './shared/i18n.js';

/** The feed URLs an element will load: its `src` (several, space-separated, for a dashboard) and its sources. */
function feedUrls(element: Element): string[] {
  const own = (element.getAttribute('src') ?? '').split(/\s+/);
  const sources = [...element.querySelectorAll(':scope > vitrine-source[src]')].map((s) => s.getAttribute('src')!);
  // `#id` names a JSON script of the page: nothing to download.
  return [...own, ...sources].map((url) => url.trim()).filter((url) => url && !isInlineReference(url));
}

/** Starts the downloads the elements with one of `tags` in `root` will need. Failures are theirs to report. */
export function prefetchFeeds(tags: readonly string[], root: ParentNode = document): void {
  let english = false;
  for (const element of root.querySelectorAll(tags.join(','))) {
    english ||= resolveLang(element) === 'en';
    const timeout = Number(element.getAttribute('timeout')) || undefined;
    for (const url of feedUrls(element)) loadFeed(url, undefined, timeout).catch(() => undefined);
  }
  if (english) loadLang('en').catch(() => undefined);
}
