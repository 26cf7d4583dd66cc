/**
 * Registration on demand: an element's code is downloaded only once its tag is used. The CDN bundle registers
 * <territory-map> this way, so a page with cards and charts never downloads the map and its geometry.
 *
 * The CDN bundle also loads <action-list> and <impact-dashboard> this way: the tools of a federation's page
 * cost nothing to a centre's page that embeds cards and charts.
 *
 * A tag is looked for in the document when `defineLazy` is called, then watched with one MutationObserver.
 * Observers do not see into shadow roots: an element that renders a lazy tag in its own shadow root calls
 * `ensureDefined(tag)` (or `ensureTerritoryMap()`) before rendering it, or `observeLazyTags(shadowRoot)`.
 */

/** What a loader resolves to: the element class, or a module whose default export is the class. */
export type ElementModule = CustomElementConstructor | { readonly default: CustomElementConstructor };
export type ElementLoader = () => Promise<ElementModule>;

const loaders = new Map<string, ElementLoader>();
const loads = new Map<string, Promise<void>>();
let observer: MutationObserver | undefined;

/** Tags registered lazily and not loaded yet. */
function pending(): string[] {
  return [...loaders.keys()].filter((tag) => !loads.has(tag) && !customElements.get(tag));
}

function scan(root: ParentNode): void {
  for (const tag of pending()) if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void load(tag);
}

function load(tag: string): Promise<void> {
  let promise = loads.get(tag);
  if (promise) return promise;
  const loader = loaders.get(tag);
  if (!loader) return customElements.whenDefined(tag).then(() => undefined);
  promise = loader().then((module) => {
    if (customElements.get(tag)) return;
    const ctor = typeof module === 'function' ? module : module.default;
    try {
      customElements.define(tag, ctor);
    } catch {
      // The class is already registered under another name (a renamed tag): a subclass takes this one.
      customElements.define(tag, class extends (ctor as typeof HTMLElement) {});
    }
  });
  loads.set(tag, promise);
  // A failed download (offline for a moment) is tried again when the tag next appears.
  promise.catch(() => {
    loads.delete(tag);
    watch(document);
  });
  if (!pending().length) {
    observer?.disconnect();
    observer = undefined;
  }
  return promise;
}

function watch(root: Document | ShadowRoot): void {
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Registers `tag` to be defined with the class `loader` resolves to, as soon as the tag is in the document
 * (now or later). Does nothing when the tag is already defined or already registered lazily.
 */
export function defineLazy(tag: string, loader: ElementLoader): void {
  const name = tag.toLowerCase();
  if (customElements.get(name) || loaders.has(name)) return;
  loaders.set(name, loader);
  scan(document);
  if (!loads.has(name)) watch(document);
}

/** Loads and defines a lazily registered tag now; resolves once it is defined (or when another script defines it). */
export function ensureDefined(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  return customElements.get(name) ? Promise.resolve() : load(name);
}

/** Watches a shadow root for lazily registered tags, as the document is watched. */
export function observeLazyTags(root: ShadowRoot): void {
  if (!pending().length) return;
  scan(root);
  if (pending().length) watch(root);
}

/** The <action-list> module: a federation tool, a chunk of its own in the CDN build. */
export const loadActionList: ElementLoader = () => import('./action-list/action-list.js').then((m) => m.ActionList);

/** The <impact-dashboard> module (it brings <action-list> with it). */
export const loadImpactDashboard: ElementLoader = () =>
  import('./impact-dashboard/impact-dashboard.js').then((m) => m.ImpactDashboard);

/** The <territory-map> module: its code and geometry are a chunk of their own. */
export const loadTerritoryMap: ElementLoader = () => import('./territory-map/territory-map.js');

/** Makes sure <territory-map> is defined (downloading it if needed): for elements that render one. */
export function ensureTerritoryMap(): Promise<void> {
  defineLazy('territory-map', loadTerritoryMap);
  return ensureDefined('territory-map');
}
