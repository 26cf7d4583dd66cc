import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Action, ActionInput, Structure } from '../feed/schema.js';
import { FeedLoadError } from '../feed/load.js';
import { actionFigures } from '../feed/figures.js';
import { FeedElement } from '../shared/feed-element.js';
import type { Lang } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import { isolate } from '../shared/bidi.js';
import { headingLevel } from '../shared/heading.js';
import { pageHref, webHref } from '../shared/links.js';
import { ActionSelectEvent } from '../shared/events.js';
import { hostStyles } from '../shared/host.styles.js';
import { cardMessages } from './messages.js';
import { actionCardStyles } from './action-card.styles.js';
import { checkedAction } from './validated-action.js';
import { renderBudget, renderDetails, renderFigures, renderLinks, renderList, renderStaffing, renderStructure, type Section } from './sections.js';

type CardMessages = ReturnType<typeof cardMessages>;

/**
 * One action ("fiche action") of a social centre: title, status, themes, public,
 * partners, budget with its funders, staffing in ETP, results and evaluation.
 *
 * @summary A card that presents one action of a social centre from a Vitrine feed.
 * @tag action-card
 *
 * @slot - Fallback content shown until the data arrives and kept, under the message, when the feed cannot be read (e.g. a link to the fiche), for pages without JavaScript.
 *
 * @fires action-select - The reader opened the action ("Voir la fiche"). Cancelable: call `preventDefault()` to stop the card from expanding (e.g. to navigate instead). `event.action` holds the action.
 *
 * @csspart card - The card's frame.
 * @csspart header - Title, status and dimension.
 * @csspart title - The action's title.
 * @csspart status - The status badge.
 * @csspart keywords - The list of keywords.
 * @csspart keyword - One keyword chip.
 * @csspart summary - The summary paragraph.
 * @csspart section - Each titled section (territory, public, partners, budget…).
 * @csspart budget - The budget section.
 * @csspart funding-bar - The small stacked bar of funders.
 * @csspart staffing - The staffing (ETP) section.
 * @csspart figures - The beneficiaries and results list.
 * @csspart details - Each expandable block of the full variant (evaluation, limits, perspectives).
 * @csspart links - Files and contact links.
 * @csspart button - The open/close button.
 * @csspart page-link - The link to the centre's own page for the action (`href-template`, else the action's `url` in the feed).
 * @csspart message - Loading errors and warnings.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--vitrine-color-surface-alt=#f3f5f8] - Chips, skeleton and message background.
 * @cssprop [--vitrine-funder-caf=#0072b2] - Colour of a funder type (one property per type: caf, commune, departement, etat, europe, fondation, usagers, autofinancement…).
 * @cssprop [--action-card-max-width=40rem] - Maximum width of the card.
 * @cssprop [--action-card-min-height=12rem] - Height reserved while loading (no layout shift).
 */
export class ActionCard extends FeedElement {
  static override properties: PropertyDeclarations = {
    actionId: { attribute: 'action-id', reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hrefTemplate: { attribute: 'href-template' },
    action: { attribute: false },
    structure: { attribute: false },
    expanded: { state: true, attribute: false },
  };

  static override styles = [hostStyles, actionCardStyles];

  /** Id (slug) of the action to show in the feed. */
  actionId?: string;

  /** `compact` (summary and key figures, expandable) or `full` (every field). */
  variant: 'compact' | 'full' = 'compact';

  /**
   * Heading level of the title (2–6, default 3), to fit the host page's outline; the card's section headings
   * (budget, staffing…) are one level under it, the expenses' two (capped at 6).
   */
  headingLevel = 3;

  /**
   * The centre's own page for each action, `{id}` standing for the action's id (e.g. `/nos-actions/{id}/`):
   * the card then links to it. Only a path on the site or an http(s) URL. It wins over the action's own `url`
   * in the feed (the page knows its site's addresses; a shared feed may point elsewhere).
   */
  hrefTemplate?: string;

  /** One action object instead of a feed (Storybook, previews). */
  action?: ActionInput;

  /** The structure of `.action`, when it is given directly. */
  structure?: Structure;

  private expanded = false;

  /** A card given `.action` loads no feed. */
  protected override feedOptions() {
    return { enabled: () => !this.action };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actionId') || changed.has('src') || changed.has('action')) this.expanded = false;
  }

  /** The action shown and its structure, or the reason there is none. */
  private resolve(): { action: Action; structure?: Structure } | FeedLoadError | undefined {
    if (this.action) {
      const action = checkedAction(this.action, this);
      return action instanceof FeedLoadError || !action ? action : { action, structure: this.structure };
    }
    const loaded = this.data.value;
    if (!loaded) return undefined;
    const id = this.actionId ?? loaded.feed.actions[0]?.id;
    const action = id === undefined ? undefined : loaded.actionById.get(id);
    if (!action) return new FeedLoadError('not-found', id ?? '');
    return { action, structure: loaded.structureById.get(action.structureId) };
  }

  protected override renderContent(lang: Lang) {
    const resolved = this.resolve();
    return !resolved || resolved instanceof FeedLoadError ? resolved : this.renderCard(resolved.action, resolved.structure, lang);
  }

  protected override renderSkeleton(lang: Lang) {
    return html`<div part="skeleton" class="card skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${sharedMessages(lang).loading}</span>
      <span class="skeleton-line title-line"></span>
      <span class="skeleton-line short"></span>
      <span class="skeleton-line"></span><span class="skeleton-line"></span>
      <span class="skeleton-line medium"></span>
      <slot></slot>
    </div>`;
  }

  private renderCard(action: Action, structure: Structure | undefined, lang: Lang) {
    const t = cardMessages(lang);
    const level = headingLevel(this.headingLevel, 3);
    const section: Section = { lang, t, level };
    const full = this.variant === 'full' || this.expanded;
    const figures = actionFigures(action);
    return html`<article part="card" class="card" aria-label=${t.cardLabel(isolate(action.title))}>
      <header part="header">
        <div part="title" class="title" role="heading" aria-level=${level}>${action.title}</div>
        <div class="meta">
          ${action.status
            ? html`<span part="status" class="status" data-state=${action.status.state}>${t.status[action.status.state]}</span>
                ${action.status.reason ? html`<span class="reason">${isolate(action.status.reason)}</span>` : nothing}`
            : nothing}
          ${action.dimension ? html`<span class="dimension"><span class="visually-hidden">${t.dimension} : </span>${isolate(action.dimension)}</span>` : nothing}
          ${action.year ? html`<span class="year">${action.year}</span>` : nothing}
        </div>
      </header>
      ${structure ? renderStructure(structure, section) : nothing}
      ${action.keywords.length
        ? html`<ul part="keywords" class="chips" aria-label=${t.keywords}>
            ${action.keywords.map((k) => html`<li part="keyword">${isolate(k)}</li>`)}
          </ul>`
        : nothing}
      ${action.summary ? html`<p part="summary" class=${full ? 'summary' : 'summary clamped'}>${action.summary}</p>` : nothing}
      <div class="facts">
        ${renderList(t.territory, [...(action.territory?.scale ? [t.territoryScale[action.territory.scale]] : []), ...(action.territory?.places ?? [])], section)}
        ${renderList(t.public, action.public, section)}
        ${full ? renderList(t.initiative, action.initiative, section) : nothing}
        ${full ? renderList(t.partners, action.partners.map((p) => p.name), section) : nothing}
      </div>
      ${action.budget ? renderBudget(action.budget, figures.budget, full, section) : nothing}
      ${renderStaffing(action, figures.staffing, section)}
      ${renderFigures(action, section)}
      ${full ? renderDetails(action, section) : nothing}
      ${full ? renderLinks(action, section) : nothing}
      ${this.renderActions(action, t)}
    </article>`;
  }

  /** The expander (compact card) and the link to the centre's page (href-template, else the feed's url). */
  private renderActions(action: Action, t: CardMessages) {
    const href = pageHref(this.hrefTemplate, action.id, document.baseURI) ?? webHref(action.url);
    const compact = this.variant === 'compact';
    if (!compact && !href) return nothing;
    return html`<div class="actions">
      ${compact
        ? html`<button part="button" type="button" class="button toggle" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => this.toggle(action)}>
            ${this.expanded ? t.close : t.open}<span class="visually-hidden"> : ${isolate(action.title)}</span>
          </button>`
        : nothing}
      ${href ? html`<a part="page-link" class="page-link" href=${href}>${t.page}<span class="visually-hidden"> : ${isolate(action.title)}</span></a>` : nothing}
    </div>`;
  }

  private toggle(action: Action): void {
    if (this.expanded) {
      this.expanded = false;
      return;
    }
    // A host page may take over (navigate to its own page) by cancelling the event.
    if (this.dispatchEvent(new ActionSelectEvent(action))) this.expanded = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'action-card': ActionCard;
  }
}
