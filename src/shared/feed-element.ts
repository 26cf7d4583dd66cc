/**
 * The one base of Vitrine's feed elements (one level, as Shoelace's one base class): the feed's source
 * (`src`, `.feed`, `timeout`), the language, the loading through FeedController, and the switch between the
 * skeleton, the error message and the element's own content. An element only says what it shows.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { FeedLoadError, type LoadedFeed } from '../feed/load.js';
import { FeedController, type FeedControllerOptions } from './feed-controller.js';
import { renderLoadError } from './feed-status.js';
import { resolveLang, type Lang } from './i18n.js';

/** Connected feed elements: a page that switches language (a `lang` attribute changed anywhere) re-renders them all. */
const shown = new Set<LitElement>();
let langChanges: MutationObserver | undefined;

/**
 * Theme tokens every element reads (host.styles.ts); the manifest lists them on each element.
 *
 * @cssprop [--vitrine-font-family=system-ui] - Font of every Vitrine element.
 * @cssprop [--vitrine-color-text=#1f2328] - Main text colour.
 * @cssprop [--vitrine-color-muted=#57606a] - Secondary text colour.
 * @cssprop [--vitrine-color-surface=#ffffff] - Background, and the gaps between segments.
 * @cssprop [--vitrine-color-border=#d0d7de] - Borders.
 * @cssprop [--vitrine-color-accent=#0b5cad] - Buttons and focus ring.
 * @cssprop [--vitrine-radius=0.5rem] - Corner radius.
 * @cssprop [--vitrine-space=1rem] - Base spacing.
 */
export abstract class FeedElement<T = LoadedFeed> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    timeout: { type: Number },
    lang: { reflect: true },
  };

  /** URL of the feed (JSON), or `#id` of a `<script type="application/json">` in the page. Elements naming the same URL share one download. */
  src?: string;

  /** A whole feed object (e.g. inlined by a CMS) instead of `src`. */
  feed?: object;

  /** Milliseconds before a feed download is abandoned. */
  timeout?: number;

  /** Language of the element (`fr` or `en`); by default the nearest `lang` of the page. Changing it, or the page's, re-renders the element. */
  override lang!: string;

  /** The element's data: loaded when its source changes, aborted when it leaves the page. */
  protected readonly data = new FeedController<T>(this, this.feedOptions());

  /** How the data is loaded: one feed from `src` or `.feed` unless an element says otherwise. */
  protected feedOptions(): FeedControllerOptions<T> {
    return {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    shown.add(this);
    if (!langChanges) {
      langChanges = new MutationObserver(() => shown.forEach((el) => el.requestUpdate()));
      langChanges.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    shown.delete(this);
  }

  override render() {
    const lang = resolveLang(this);
    const content = this.data.error ?? this.renderContent(lang);
    // "Réessayer" loads again; renderLoadError leaves it out where a retry cannot help (an unknown id).
    if (content instanceof FeedLoadError) return renderLoadError(content, lang, () => this.data.retry());
    return content ?? this.renderSkeleton(lang);
  }

  /**
   * What the element shows from `this.data.value`: undefined while it has nothing to show yet (the skeleton
   * stays), or a FeedLoadError (e.g. an unknown `action-id`) shown as the element's error.
   */
  protected abstract renderContent(lang: Lang): unknown;

  /** The placeholder while loading, as tall as the content will be (no layout shift), holding the default slot. */
  protected abstract renderSkeleton(lang: Lang): unknown;
}
