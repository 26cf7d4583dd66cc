import { html, nothing, type PropertyDeclarations } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { activeFilters, type DashboardFilters, type FilterKey } from '../feed/dashboard.js';
import { normalizeLabel } from '../feed/filter.js';
import { FeedElement } from '../shared/feed-element.js';
import { tagName } from '../registry.js';
import type { Feed } from '../feed/schema.js';
import { readFilters, writeFilters } from '../feed/url-state.js';
import type { FunderSelectEvent, TerritorySelectEvent } from '../shared/events.js';
import { renderSkipped } from '../shared/feed-status.js';
import { hostStyles } from '../shared/host.styles.js';
import type { Lang } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import { heading, headingLevel } from '../shared/heading.js';
import { SearchController } from '../shared/search-controller.js';
import { renderFilterForm } from '../action-list/filter-form.js';
import { filterFormStyles } from '../action-list/filter-form.styles.js';
import { listMessages } from '../action-list/messages.js';
import { exportFailedMessage, exportFrom } from '../shared/chart-actions.js';
import { loadExport } from '../shared/chart.js';
import { ObservatoryViews } from './observatory-view.js';
import { renderNotLoaded } from './observatory-status.js';
import { isEmptySelection, renderEmptyDistributions, renderEmptyFigures } from './empty-view.js';
import { renderHeadline } from './headline-view.js';
import { renderDistributions, type DistributionsHost } from './distributions-view.js';
import { renderChips } from './chips.js';
import { loadSources, type Loaded } from './sources.js';
import { loadingStyles, renderLoading } from './loading-view.js';
import type { LoadProgress } from '../feed/load.js';
import { feedFiguresView, observatoryFiguresView, type View } from './view.js';
import { buildIndexSoon } from './selection.js';
import { PanelViews, type Panel } from './panel-views.js';
import { PanelFrames } from './panel-frames.js';
import { dashboardMessages, type DashboardMessages } from './messages.js';
import { impactDashboardStyles } from './impact-dashboard.styles.js';

/**
 * One page for a federation or a funder: what all the centres of a territory do. It
 * merges one or several feeds, adds up actions, structures, budget, ETP and
 * beneficiaries (each with what the fiches leave out), and shows funding, staffing,
 * the map, distributions and the list of actions. Every panel shares one set of
 * filters, shown as removable chips and kept in the page's query string, so a
 * filtered view can be shared. The actions of the view export as CSV and print.
 *
 * Several sources: `src="a.json b.json"`, or `<vitrine-source src="…" label="…">`
 * children. A source that fails is named in a warning; the others still show. `src` may
 * also name a published observatory (its folder, ending in `/`, or its `manifest.json`).
 *
 * @summary An impact dashboard over one or many social centres' feeds, with shared filters.
 * @tag impact-dashboard
 *
 * @slot - Fallback content shown until the data arrives and kept, under the message, when the feed cannot be read; `<vitrine-source>` children name extra feeds.
 *
 * @csspart skip-link - The "Aller aux chiffres" link, shown when reached with Tab, that skips the filters.
 * @csspart controls - The filter form and the active filter chips.
 * @csspart chips - The active filters, each a "Retirer le filtre" button.
 * @csspart figures - The headline figures.
 * @csspart figure - One headline figure.
 * @csspart panel - Each panel (funding, staffing, map, distributions, list).
 * @csspart bars - A distribution's list of bars.
 * @csspart bar - One bar (a button that filters by its value).
 * @csspart button - The export, print and "Voir les N" buttons.
 * @csspart message - Loading errors and warnings.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--impact-dashboard-bar=#0b5cad] - Colour of the distribution bars.
 * @cssprop [--vitrine-color-accent=#0b5cad] - Buttons, chips and focus ring.
 */
export class ImpactDashboard extends FeedElement<Loaded> implements DistributionsHost {
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    noUrl: { type: Boolean, attribute: 'no-url' },
    filters: { attribute: false },
    expanded: { state: true, attribute: false },
    progress: { state: true, attribute: false },
  };

  static override styles = [hostStyles, filterFormStyles, impactDashboardStyles, loadingStyles];

  /** Heading level of the section titles (2–5); panel titles sit one level below. */
  headingLevel = 2;

  /** Leaves the page's query string alone (filters are neither read from it nor written to it). */
  noUrl = false;

  /** The filters every panel shares; set by the reader (form, chips, bars, charts, map) or by the page. */
  filters: DashboardFilters = {};

  /** Distributions whose every bar is shown (for distributions-view.ts, not an API). @internal */
  expanded: ReadonlySet<string> = new Set<string>();

  /** How far the feed's load is, for the progress bar (loading-view.ts). */
  private progress?: LoadProgress;

  private view?: View;
  private readonly observatoryViews = new ObservatoryViews(this);
  private readonly panels = new PanelViews<View>(this);
  private readonly frames = new PanelFrames(this);
  /** The search box's debounce, and its index folded while the reader looks at the figures. */
  private readonly search = new SearchController(this, () => this.view?.loaded.feed);
  private readonly children$ = new MutationObserver(() => this.requestUpdate());

  /** Every source at once (`src`, `<vitrine-source>` children, `.feed`), merged; FeedController does the rest. */
  protected override feedOptions() {
    return { load: { args: () => [this.sources().join(' '), this.feed], run: (signal: AbortSignal) => this.load(signal) } };
  }

  private load(signal: AbortSignal): Promise<Loaded> {
    this.progress = undefined;
    const onProgress = (progress: LoadProgress) => (this.progress = progress);
    return loadSources({ feed: this.feed, urls: this.sources(), label: (url) => this.sourceLabel(url), timeout: this.timeout, onProgress }, signal);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.children$.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'label'] });
    if (!this.noUrl) {
      const fromUrl = readFilters(location.search);
      if (activeFilters(fromUrl).length) this.filters = fromUrl;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.children$.disconnect();
  }

  /** Feed URLs: those of `src`, then those of `<vitrine-source>` children. */
  private sources(): string[] {
    const children = [...this.querySelectorAll(':scope > vitrine-source[src]')].map((e) => e.getAttribute('src')!.trim());
    return [...(this.src?.split(/\s+/) ?? []), ...children].filter(Boolean);
  }

  private sourceLabel(url: string): string {
    const child = [...this.querySelectorAll(':scope > vitrine-source[label]')].find((e) => e.getAttribute('src')?.trim() === url);
    return child?.getAttribute('label') || url;
  }

  protected override willUpdate(): void {
    const loaded = this.data.value?.loaded;
    const observatory = this.data.value?.observatory;
    if (observatory) return void (this.view = observatoryFiguresView(observatory, this.observatoryViews.view(observatory, this.filters), loaded!, this.filters));
    if (!loaded || (this.view?.loaded === loaded && this.view.filters === this.filters)) return;
    this.view = feedFiguresView(loaded, this.filters);
  }

  /** Also waits until every panel shows the latest selection (panel-views.ts hands it over one panel per task). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.panels.settled) done = (await this.panels.settled, await super.getUpdateComplete());
    return done;
  }

  protected override updated(): void {
    // Once a feed is shown, its columnar index is built in short slices for the filters to come.
    if (this.view?.feed && !this.view.observatory) buildIndexSoon(this.view.loaded);
  }

  /** Changes the filters and mirrors them in the query string (replaceState: no history entry per click). */
  private setFilters(filters: DashboardFilters): void {
    this.filters = filters;
    if (this.noUrl) return;
    try {
      history.replaceState(history.state, '', location.pathname + writeFilters(location.search, filters) + location.hash);
    } catch {
      // A page whose URL cannot be rewritten (a srcdoc or sandboxed iframe: SecurityError): the filters still apply.
    }
  }

  private setFilter = (key: FilterKey, value: string | number | undefined, typing = false): void =>
    this.search.change(() => this.setFilters({ ...this.filters, [key]: value }), typing);

  /** A bar, a chart segment or a map area filters by its value; choosing it again removes the filter. @internal */
  toggle(key: FilterKey, value: string | number): void {
    const current = this.filters[key];
    const free = key === 'keyword' || key === 'public' || key === 'dimension';
    const same = current !== undefined && (free ? normalizeLabel(String(current)) === normalizeLabel(String(value)) : String(current) === String(value));
    this.setFilter(key, same ? undefined : value);
  }

  private async removeChip(key: FilterKey): Promise<void> {
    const keys = activeFilters(this.filters);
    const at = keys.indexOf(key);
    this.setFilter(key, undefined);
    await this.updateComplete;
    // Focus stays in the chip row (the next chip, else the first field) instead of falling back to the page.
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('[part="chips"] button');
    (chips[Math.min(at, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('input[name="q"]'))?.focus();
  }

  /** The code that writes the file is fetched on the first download: a failure is said under the buttons. */
  private exportCsv(event: Event, lang: Lang): Promise<void> {
    const { actions, loaded } = this.view!;
    const title = loaded.feed.title ?? dashboardMessages(lang).title;
    // The table's code (csv.ts) is fetched on the first click, beside the file writers it asks for (not after).
    const csv = () => Promise.all([import('./csv.js'), loadExport()]).then(([m]) => m.downloadActionsCsv(actions, loaded.structureById, lang, title));
    return exportFrom(event, csv, exportFailedMessage(lang));
  }

  protected override renderSkeleton(lang: Lang) {
    return renderLoading(this.progress, lang, this.sources().length === 1 && !activeFilters(this.filters).length);
  }

  protected override renderContent(lang: Lang) {
    const data = this.data.value;
    const view = this.view;
    if (!data || !view) return;
    const t = dashboardMessages(lang);
    const level = headingLevel(this.headingLevel, 2, 5);
    const { loaded, failures } = data;
    return html`
      ${failures.map(
        (f) => html`<div class="message" data-tone="warning" role="status" part="message">
          ${t.sourceFailed(f.source, sharedMessages(lang).loadError(f.error.kind, f.error.detail))}
        </div>`,
      )}
      ${data.observatory ? nothing : renderSkipped(loaded, lang)}
      ${view.total ? this.renderView(view, t, lang, level) : html`<p class="message" part="message">${listMessages(lang).emptyFeed}</p>`}
    `;
  }

  /** The skip link is a button: its target is in this shadow root, where a fragment link cannot reach. */
  private readonly skipFilters = () => {
    this.renderRoot.querySelector<HTMLElement>('#figures')?.focus();
  };

  private renderView(view: View, t: DashboardMessages, lang: Lang, level: number) {
    const title = (text: string) => heading(level, 0, text);
    const empty = isEmptySelection(view.headline.actions, view.total);
    return html`
      <button type="button" class="skip-link" part="skip-link" @click=${this.skipFilters}>${t.skipFilters}</button>
      <div part="controls" class="controls">
        ${renderFilterForm(view.facets, this.filters, lang, this.setFilter)}
        ${renderChips(this.filters, t, lang, (k) => this.removeChip(k), () => this.setFilters({}))}
      </div>
      <section part="figures" class="figures-section" id="figures" tabindex="-1">
        ${title(t.figures)}
        ${empty ? renderEmptyFigures(view.total, t, lang, () => this.setFilters({})) : renderHeadline(view.headline, view.total, t, lang)}
      </section>
      ${view.feed ? this.renderPanels(view, level) : nothing}
      <section part="panel" class="panel">
        ${title(t.distributions)}
        ${empty
          ? renderEmptyDistributions(t)
          : renderDistributions(view.distributions, this, t, lang, level + 1)}
      </section>
      <section part="panel" class="panel ${view.observatory ? '' : this.frames.className('list')}" data-panel=${view.observatory ? nothing : 'list'} aria-busy=${view.feed && this.panels.pending('list') ? 'true' : nothing}>
        ${title(t.list)}
        ${view.feed ? this.renderList(this.panels.view('list', view).feed ?? view.feed, empty, t, lang, level) : renderNotLoaded(view.observatory!, t, lang, this.loadObservatoryActions, this.tag('action-card'), level + 1)}
      </section>
    `;
  }

  private loadObservatoryActions = (): void => void (this.data.value?.observatory && this.observatoryViews.loadAll(this.data.value.observatory));

  /** A nested element's tag: the one registered with this dashboard (renamed ones included). */
  private tag(name: string) {
    return unsafeStatic(tagName(this, name));
  }

  /** The panels show the view they were last handed (panel-views.ts), busy until they have the latest. */
  private renderPanels(latest: View, level: number) {
    const [funding, staffing, map] = [this.tag('funding-breakdown'), this.tag('staffing-chart'), this.tag('territory-map')];
    const onFunder = (e: FunderSelectEvent) => e.groupBy === 'type' && this.toggle('funder', e.key);
    const onTerritory = (e: TerritorySelectEvent) => e.level === 'departement' && this.toggle('departement', e.code);
    const feed = (p: Panel) => this.panels.view(p, latest).feed ?? latest.feed!;
    const busy = (p: Panel) => (this.panels.pending(p) ? 'true' : nothing);
    const [m, mapFeed] = [this.panels.view('map', latest), this.panels.view('map', latest).feed ?? latest.feed!];
    // The nested tags are one-line templates of their own: templates naming a tag by expression are not minified.
    return html`
      <div class="panels">
        <section part="panel" class="chart ${latest.observatory ? '' : this.frames.className('funding')}" data-panel=${latest.observatory ? nothing : 'funding'} aria-busy=${busy('funding')}>
          ${staticHtml`<${funding} .feed=${feed('funding')} heading-level=${level + 1} @funder-select=${onFunder}></${funding}>`}
        </section>
        <section part="panel" class="chart ${latest.observatory ? '' : this.frames.className('staffing')}" data-panel=${latest.observatory ? nothing : 'staffing'} aria-busy=${busy('staffing')}>${staticHtml`<${staffing} .feed=${feed('staffing')} heading-level=${level + 1}></${staffing}>`}</section>
        <section part="panel" class="chart wide ${latest.observatory ? '' : this.frames.className('map')}" data-panel=${latest.observatory ? nothing : 'map'} aria-busy=${busy('map')}>
          ${staticHtml`<${map} .feed=${mapFeed} selected=${m.filters.departement ?? nothing} ?no-markers=${mapFeed.structures.length > 400} @territory-select=${onTerritory}></${map}>`}
        </section>
      </div>
    `;
  }

  /** An empty selection has nothing to export or print: the buttons stay, disabled, with the reason beside them. */
  private renderList(feed: Feed, empty: boolean, t: DashboardMessages, lang: Lang, level: number) {
    return html`
      <div class="tools actions">
        <button part="button" type="button" class="button" ?disabled=${empty} @click=${(e: Event) => this.exportCsv(e, lang)}>${t.export}</button>
        <button part="button" type="button" class="button" ?disabled=${empty} @click=${() => window.print()}>${t.print}</button>
        ${empty ? html`<p class="note">${t.exportEmpty}</p>` : nothing}
        <p class="note export-failed" role="alert" part="message" hidden></p>
      </div>
      ${staticHtml`<${this.tag('action-list')} .feed=${feed} no-filters heading-level=${level + 1}></${this.tag('action-list')}>`}
    `;
  }

  /** Shows every bar of a distribution, or its first ones again. @internal */
  toggleExpanded(key: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'impact-dashboard': ImpactDashboard;
  }
}
