/**
 * The one place where Vitrine's tags are registered: `defineElement(tag, classOrLoader, renames)`, used by
 * `define()` (src/elements.ts, behind `vitrine/define.js`), the CDN bundle (src/autoload.ts) and the map's own entry.
 *
 * - Names already taken are skipped, so a second copy of the library on the page (two plugins, two CDN tags) does
 *   not throw.
 * - A site may rename tags: `define({ 'action-card': 'mon-action' })`. A class registered with renames is a
 *   subclass that keeps them (`static tags`), so an element that renders another one (the list its cards, the
 *   dashboard its charts, map and list) renders it under the name registered with it: `tagName(this, 'action-card')`.
 * - A loader (`() => import(…)`) registers its tag on demand: the code downloads once the tag is in the document
 *   or in a shadow root, the site's own included (every shadow root attached while a tag waits is watched, and the
 *   open ones already there are looked into). A closed shadow root attached before Vitrine ran is out of reach:
 *   its owner calls `ensureDefined(tag)`.
 */

/** What a loader resolves to: the element class, or a module whose default export is the class. */
export type ElementModule = CustomElementConstructor | { readonly default: CustomElementConstructor };
export type ElementLoader = () => Promise<ElementModule>;
/** Tag → the name a site registers it under. */
export type Renames = Readonly<Partial<Record<string, string>>>;

/** The name `tag` is rendered under inside `host`: the one registered with the host's own class. */
export function tagName(host: Element, tag: string): string {
  return (host.constructor as { tags?: Renames }).tags?.[tag] ?? tag;
}

function register(name: string, ctor: CustomElementConstructor, renames: Renames): void {
  if (customElements.get(name)) return;
  if (!Object.keys(renames).length) {
    try {
      return customElements.define(name, ctor);
    } catch {
      // The class is already registered under another name: a subclass takes this one.
    }
  }
  // A constructor can be registered under one name only, and a renamed family must know its names.
  customElements.define(name, class extends (ctor as typeof HTMLElement) {
    static tags = renames;
  });
}

/** Tags registered on demand: their loader and the renames they were registered with. */
const loaders = new Map<string, { loader: ElementLoader; renames: Renames }>();
const loads = new Map<string, Promise<void>>();
const OBSERVED = { childList: true, subtree: true };
let observer: MutationObserver | undefined;
let patched = false;

/** Tags registered on demand and not loaded yet. */
function pending(): string[] {
  return [...loaders.keys()].filter((tag) => !loads.has(tag) && !customElements.get(tag));
}

/** Loads the pending tags in `root`, and watches the open shadow roots inside it (a site's components). */
function scan(root: Element | Document | ShadowRoot): void {
  const tags = pending();
  if (!tags.length) return;
  for (const tag of tags) if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void load(tag);
  // A document or a shadow root has no shadowRoot of its own: only an element root's can be looked into.
  for (const host of [root, ...root.querySelectorAll('*')] as Element[]) {
    if (!host.shadowRoot) continue;
    observer?.observe(host.shadowRoot, OBSERVED);
    scan(host.shadowRoot);
  }
}

function load(tag: string): Promise<void> {
  let promise = loads.get(tag);
  if (promise) return promise;
  const entry = loaders.get(tag);
  if (!entry) return customElements.whenDefined(tag).then(() => undefined);
  promise = entry.loader().then((module) => register(tag, typeof module === 'function' ? module : module.default, entry.renames));
  loads.set(tag, promise);
  // A failed download (offline for a moment) is tried again when the tag next appears, not in a loop.
  promise.catch(() => {
    loads.delete(tag);
    watch();
  });
  if (!pending().length) {
    observer?.disconnect();
    observer = undefined;
  }
  return promise;
}

/** Watches the document and every shadow root attached from now on, while a tag waits (scan() adds the open ones there). */
function watch(): void {
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    });
    observer.observe(document, OBSERVED);
  }
  if (patched) return;
  patched = true;
  // Observers do not see into shadow roots: a root attached while a tag waits is watched from birth.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    observer?.observe(root, OBSERVED);
    return root;
  };
}

const isClass = (x: CustomElementConstructor | ElementLoader): x is CustomElementConstructor => x.prototype instanceof HTMLElement;

/**
 * Registers `tag` (under `renames[tag]` when given) with a class now, or with the class a loader resolves to as
 * soon as the tag is used. Does nothing when the name is taken or already waits for its code.
 */
export function defineElement(tag: string, classOrLoader: CustomElementConstructor | ElementLoader, renames: Renames = {}): void {
  const name = (renames[tag] ?? tag).toLowerCase();
  if (isClass(classOrLoader)) return register(name, classOrLoader, renames);
  if (customElements.get(name) || loaders.has(name)) return;
  loaders.set(name, { loader: classOrLoader, renames });
  watch();
  scan(document);
}

/** Registers every tag of `elements` (tag → class or loader), renamed as `renames` says. */
export function defineElements(elements: Readonly<Record<string, CustomElementConstructor | ElementLoader>>, renames: Renames = {}): void {
  for (const [tag, classOrLoader] of Object.entries(elements)) defineElement(tag, classOrLoader, renames);
}

/** Loads and defines a tag registered on demand now; resolves once it is defined (or when another script defines it). */
export function ensureDefined(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  return customElements.get(name) ? Promise.resolve() : load(name);
}
