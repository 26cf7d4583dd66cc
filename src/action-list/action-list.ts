import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { activeFilters, applyFilters, facets, type DashboardFilters, type FilterKey } from '../feed/dashboard.js';
import type { LoadedFeed } from '../feed/load.js';
import type { Action } from '../feed/schema.js';
import { knownSums } from '../feed/selection-sums.js';
import { tagName } from '../registry.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSkipped } from '../shared/feed-status.js';
import { formatNumber } from '../shared/format.js';
import { hostStyles } from '../shared/host.styles.js';
import { PrintController } from '../shared/print-controller.js';
import type { Lang } from '../shared/i18n.js';
import { renderFilterForm, renderSkeleton } from './filter-form.js';
import { SearchController } from '../shared/search-controller.js';
import { filterFormStyles } from './filter-form.styles.js';
import { listMessages } from './messages.js';
import { SORT_KEYS, firstActions, sortActions, type SortKey } from './sort.js';
import { actionListStyles } from './action-list.styles.js';
import { headingLevel } from '../shared/heading.js';

/** Cards printed at most: past a few hundred pages a funder filters first (the print says so). */
const PRINT_MAX = 500;

/**
 * The actions of a feed as compact cards, with a search box (accents and case
 * ignored), filters by département, keyword, public, dimension, status, funder and
 * year, four orders, and pages of `page-size` cards: only the cards shown are in the
 * page, so 100,000 actions stay smooth. A live region announces the number found.
 *
 * @summary A searchable, filterable, sortable list of a feed's actions.
 * @tag action-list
 *
 * @slot - Fallback content shown until the data arrives and kept, under the message, when the feed cannot be read (e.g. a link to the feed).
 *
 * @csspart filters - The search and filter form.
 * @csspart toolbar - The row holding the count and the sort menu.
 * @csspart count - The number of actions found (a polite live region).
 * @csspart list - The list of cards.
 * @csspart item - One list item around an `<action-card>`.
 * @csspart more - The "Afficher plus" button.
 * @csspart message - Empty result, loading errors and warnings.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--action-list-card-min-width=19rem] - Narrowest card before the grid drops a column.
 */
export class ActionList extends FeedElement {
  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    filters: { attribute: false },
    shown: { state: true, attribute: false },
  };

  static override styles = [hostStyles, filterFormStyles, actionListStyles];

  /** Order of the cards: `title` (French alphabetical), `date`, `budget` or `etp` (largest first). */
  sort: SortKey = 'title';

  /** Cards added by each "Afficher plus". */
  pageSize = 20;

  /** Heading level of each card's title (2–6). */
  headingLevel = 3;

  /** Hides the search box and filters (when the page, e.g. the dashboard, filters the feed itself). */
  noFilters = false;

  /** The criteria applied (the form edits them): `{ departement: '62', keyword: 'Santé' }`. */
  filters: DashboardFilters = {};

  private shown = 0;

  private readonly print = new PrintController(this);
  /** The actions found (feed order), and, computed when asked, all of them sorted or the first ones shown. */
  private memo?: { loaded: LoadedFeed; filters: DashboardFilters; sort: SortKey; found: readonly Action[]; sorted?: Action[]; first?: Action[] };
  /** The search box's debounce, and its index folded while the reader looks at the first cards. */
  private readonly search = new SearchController(this, () => (this.noFilters ? undefined : this.memo?.loaded.feed));

  /** The actions found, in display order (all of them, not only the cards shown). */
  get results(): readonly Action[] {
    const m = this.memo;
    if (!m) return [];
    // A selection from the dashboard's index knows its title order: no sort of 100,000 titles.
    const known = m.sort === 'title' ? knownSums(m.found) : undefined;
    return (m.sorted ??= known ? known.byTitle() : sortActions(m.found, m.sort));
  }

  /** The first `count` results, without sorting every action found to show a page of them. */
  private firstResults(count: number): readonly Action[] {
    const m = this.memo!;
    if (m.sorted) return m.sorted.slice(0, count);
    const known = m.sort === 'title' ? knownSums(m.found) : undefined;
    if (known) return known.byTitle(count);
    if (!m.first || (m.first.length < count && m.first.length < m.found.length)) m.first = firstActions(m.found, m.sort, count);
    return m.first.slice(0, count);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const loaded = this.data.value;
    if (!loaded) return;
    const m = this.memo;
    if (m && m.loaded === loaded && m.filters === this.filters && m.sort === this.sort && !changed.has('pageSize')) return;
    this.memo = { loaded, filters: this.filters, sort: this.sort, found: applyFilters(loaded.feed, this.filters) };
    this.shown = Math.max(1, this.pageSize);
  }

  private setFilter = (key: FilterKey, value: string | number | undefined, typing = false) =>
    this.search.change(() => (this.filters = { ...this.filters, [key]: value }), typing);

  private more(): void {
    const first = this.shown;
    this.shown += Math.max(1, this.pageSize);
    // Keyboard and screen-reader users land on the first new card, not back at the top.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part="item"]')[first]?.focus());
  }

  protected override renderSkeleton(lang: Lang) {
    return renderSkeleton(lang);
  }

  protected override renderContent(lang: Lang) {
    const loaded = this.data.value;
    if (!loaded || !this.memo) return;
    const t = listMessages(lang);
    const n = this.memo.found.length;
    const level = headingLevel(this.headingLevel, 3);
    // The card's tag is the one registered with this list (a renamed one included).
    const card = unsafeStatic(tagName(this, 'action-card'));
    // Print shows every action found, up to PRINT_MAX, and says how many it leaves out (it once printed the
    // first page of cards and nothing said so).
    const shown = this.print.active ? Math.min(n, Math.max(this.shown, PRINT_MAX)) : this.shown;
    return html`${this.noFilters ? nothing : html`${renderSkipped(loaded, lang)}${renderFilterForm(facets(loaded.feed, loaded.structureById), this.filters, lang, this.setFilter)}`}
      <div part="toolbar" class="toolbar">
        <p part="count" class="count" role="status">${t.count(formatNumber(n, lang), n)}</p>
        <label class="field sort">
          <span>${t.sortBy}</span>
          <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as SortKey)}>
            ${SORT_KEYS.map((k) => html`<option value=${k} .selected=${k === this.sort}>${t.sort[k]}</option>`)}
          </select>
        </label>
      </div>
      ${n
        ? html`<ol part="list" class="list">
            ${this.firstResults(shown).map(
              (a) => html`<li part="item" tabindex="-1">
                ${staticHtml`<${card} .action=${a} .structure=${loaded.structureById.get(a.structureId)} heading-level=${level}></${card}>`}
              </li>`,
            )}
          </ol>`
        : html`<div part="message" class="message">
            ${loaded.feed.actions.length || this.noFilters ? t.empty : t.emptyFeed}
            ${!this.noFilters && activeFilters(this.filters).length
              ? html`<div><button type="button" class="button quiet" @click=${() => (this.filters = {})}>${t.reset}</button></div>`
              : nothing}
          </div>`}
      ${n > shown && this.print.active ? html`<p part="message" class="message">${t.printLeftOut(formatNumber(shown, lang), formatNumber(n, lang), n - shown)}</p>` : nothing}
      ${n > this.shown && !this.print.active
        ? html`<button part="more" class="button more" type="button" @click=${this.more}>
            ${t.more(formatNumber(Math.min(this.shown, n), lang), formatNumber(n, lang))}
          </button>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'action-list': ActionList;
  }
}
