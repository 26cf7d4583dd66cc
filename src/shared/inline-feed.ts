/**
 * Feeds a CMS prints into the page, read without any request:
 *
 * ```html
 * <funding-breakdown action-id="sejour-ski"><script type="application/json">{"version":"1.0",…}</script></funding-breakdown>
 * <script type="application/json" id="flux">{…}</script>  <action-card src="#flux" action-id="…"></action-card>
 * ```
 *
 * A `<script type="application/json">` is never executed, so a strict CSP (`script-src 'self'`) allows it.
 * Every element naming the same script shares one `JSON.parse` (and so, through `parseFeedObject`, one validation).
 */
import { FeedLoadError } from '../feed/load.js';

const JSON_SCRIPT = 'script[type="application/json"]';

/** Parsed scripts, with the text they were parsed from (a CMS preview may rewrite it). */
const parsed = new WeakMap<HTMLScriptElement, { text: string; value: unknown }>();

function read(script: HTMLScriptElement): object {
  const text = script.textContent ?? '';
  let entry = parsed.get(script);
  if (entry?.text !== text) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON: no object, reported below as any JSON that is not a feed object.
    }
    entry = { text, value };
    parsed.set(script, entry);
  }
  if (!entry.value || typeof entry.value !== 'object') throw new FeedLoadError('json');
  return entry.value;
}

/** Whether `src` names a script of the page (`#id`) rather than a URL. */
export function isInlineReference(src: string | null | undefined): src is string {
  return !!src && src.startsWith('#');
}

/** The `<script type="application/json">` an element's feed is in: its own child, or the one `src="#id"` names. */
export function inlineFeedScript(host: Element, src: string | null | undefined): HTMLScriptElement | undefined {
  if (isInlineReference(src)) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const id = decodeURIComponent(src.slice(1));
    const target = root.getElementById?.(id) ?? host.ownerDocument.getElementById(id);
    if (!(target instanceof HTMLScriptElement) || !target.matches(JSON_SCRIPT)) throw new FeedLoadError('no-source', src);
    return target;
  }
  if (src) return undefined;
  return host.querySelector<HTMLScriptElement>(`:scope > ${JSON_SCRIPT}`) ?? undefined;
}

/** The inlined feed of `host` as a parsed object, or undefined when it has none (it loads `src` instead). */
export function inlineFeed(host: Element, src: string | null | undefined): object | undefined {
  const script = inlineFeedScript(host, src);
  return script ? read(script) : undefined;
}
