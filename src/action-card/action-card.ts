import { html, nothing, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Action, ActionInput, Budget, Figure, Structure } from '../feed/schema.js';
import { departementName } from '../feed/departements.js';
import { FeedLoadError } from '../feed/load.js';
import { isValidatedAction } from '../feed/loaded.js';
import { actionFigures, clean, revenuesByFunderType, roleGroups, type BudgetFigures, type StaffingFigures } from '../feed/figures.js';
import { FeedElement } from '../shared/feed-element.js';
import type { Lang } from '../shared/i18n.js';
import { formatEtp, formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import { sharedMessages } from '../shared/messages.js';
import { NOT_DETAILED_COLOR, funderColor } from '../shared/palette.js';
import { styleProps } from '../shared/style-props.js';
import { isolate } from '../shared/bidi.js';
import { mailtoHref, pageHref, safeHref, telHref, webHref } from '../shared/links.js';
import { ActionSelectEvent } from '../shared/events.js';
import { hostStyles } from '../shared/host.styles.js';
import { cardMessages } from './messages.js';
import { actionCardStyles } from './action-card.styles.js';

type CardMessages = ReturnType<typeof cardMessages>;

/** Validated `.action` objects, so re-renders and several cards do not re-validate. */
const validatedActions = new WeakMap<object, Action | FeedLoadError>();
const validations = new WeakMap<object, Promise<unknown>>();

/** The action, the reason it cannot be shown, or undefined while the validator downloads (zod only if invalid). */
function checkedAction(input: object, host: LitElement): Action | FeedLoadError | undefined {
  if (isValidatedAction(input)) return input;
  const result = validatedActions.get(input);
  if (result) return result;
  let validation = validations.get(input);
  if (!validation) {
    validation = import('../feed/parse.js')
      .then((module) => module.parseAction(input))
      .then(({ action, issues }) => validatedActions.set(input, action ?? new FeedLoadError('schema', '', issues)));
    // Offline for a moment: the next render asks again.
    validation.catch(() => validations.delete(input));
    validations.set(input, validation);
  }
  validation.then(() => host.requestUpdate(), () => undefined);
  return undefined;
}

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
 * @cssprop [--vitrine-font-family=system-ui] - Font of every Vitrine element.
 * @cssprop [--vitrine-color-text=#1f2328] - Main text colour.
 * @cssprop [--vitrine-color-muted=#57606a] - Secondary text colour (AA on the surface).
 * @cssprop [--vitrine-color-surface=#ffffff] - Card background.
 * @cssprop [--vitrine-color-surface-alt=#f3f5f8] - Chips, skeleton and message background.
 * @cssprop [--vitrine-color-border=#d0d7de] - Borders.
 * @cssprop [--vitrine-color-accent=#0b5cad] - Links, buttons and focus ring.
 * @cssprop [--vitrine-radius=0.5rem] - Corner radius.
 * @cssprop [--vitrine-space=1rem] - Base spacing.
 * @cssprop [--vitrine-funder-caf=#0072b2] - Colour of a funder type (one property per type: caf, commune, departement, etat, europe, fondation, usagers, autofinancement…).
 * @cssprop [--action-card-max-width=40rem] - Maximum width of the card.
 * @cssprop [--action-card-min-height=12rem] - Height reserved while loading (no layout shift).
 */
export class ActionCard extends FeedElement {
  static override styles = [hostStyles, actionCardStyles];

  /** Id (slug) of the action to show in the feed. */
  @property({ attribute: 'action-id', reflect: true }) actionId?: string;

  /** `compact` (summary and key figures, expandable) or `full` (every field). */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  /** Heading level of the title (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * The centre's own page for each action, `{id}` standing for the action's id (e.g. `/nos-actions/{id}/`):
   * the card then links to it. Only a path on the site or an http(s) URL. It wins over the action's own `url`
   * in the feed (the page knows its site's addresses; a shared feed may point elsewhere).
   */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** One action object instead of a feed (Storybook, previews). */
  @property({ attribute: false }) action?: ActionInput;

  /** The structure of `.action`, when it is given directly. */
  @property({ attribute: false }) structure?: Structure;

  @state() private expanded = false;

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
    const full = this.variant === 'full' || this.expanded;
    return html`<article part="card" class="card" aria-label=${t.cardLabel(isolate(action.title))}>
      <header part="header">
        ${this.renderTitle(action.title)}
        <div class="meta">
          ${action.status
            ? html`<span part="status" class="status" data-state=${action.status.state}>${t.status[action.status.state]}</span>
                ${action.status.reason ? html`<span class="reason">${isolate(action.status.reason)}</span>` : nothing}`
            : nothing}
          ${action.dimension ? html`<span class="dimension"><span class="visually-hidden">${t.dimension} : </span>${isolate(action.dimension)}</span>` : nothing}
          ${action.year ? html`<span class="year">${action.year}</span>` : nothing}
        </div>
      </header>
      ${structure ? this.renderStructure(structure, t) : nothing}
      ${action.keywords.length
        ? html`<ul part="keywords" class="chips" aria-label=${t.keywords}>
            ${action.keywords.map((k) => html`<li part="keyword">${isolate(k)}</li>`)}
          </ul>`
        : nothing}
      ${action.summary ? html`<p part="summary" class=${full ? 'summary' : 'summary clamped'}>${action.summary}</p>` : nothing}
      <div class="facts">
        ${this.renderList(t.territory, [
          ...(action.territory?.scale ? [t.territoryScale[action.territory.scale]] : []),
          ...(action.territory?.places ?? []),
        ])}
        ${this.renderList(t.public, action.public)}
        ${full ? this.renderList(t.initiative, action.initiative) : nothing}
        ${full ? this.renderList(t.partners, action.partners.map((p) => p.name)) : nothing}
      </div>
      ${action.budget ? this.renderBudget(action.budget, actionFigures(action).budget, lang, t, full) : nothing}
      ${this.renderStaffing(action, actionFigures(action).staffing, lang, t)}
      ${this.renderFigures(action, lang, t)}
      ${full ? this.renderDetails(action, t) : nothing}
      ${full ? this.renderLinks(action, t) : nothing}
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
        ? html`<button part="button" type="button" class="toggle" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => this.toggle(action)}>
            ${this.expanded ? t.close : t.open}<span class="visually-hidden"> : ${action.title}</span>
          </button>`
        : nothing}
      ${href ? html`<a part="page-link" class="page-link" href=${href}>${t.page}<span class="visually-hidden"> : ${action.title}</span></a>` : nothing}
    </div>`;
  }

  private renderTitle(title: string) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div part="title" class="title" role="heading" aria-level=${level}>${title}</div>`;
  }

  private renderStructure(structure: Structure, t: CardMessages) {
    const place = [structure.commune?.name, departementName(structure.departement)].filter((p): p is string => !!p).map(isolate).join(', ');
    return html`<p class="structure">
      <span class="visually-hidden">${t.structure} : </span>${isolate(structure.name)}${place ? html` <span class="muted">· ${place}</span>` : nothing}
    </p>`;
  }

  private renderList(label: string, items: readonly string[]) {
    if (!items.length) return nothing;
    return html`<section part="section" class="fact">
      <h4>${label}</h4>
      <p>${items.map(isolate).join(' · ')}</p>
    </section>`;
  }

  /** The budget as figures.ts counts it (README, "Comment Vitrine compte"): the same total as every other view. */
  private renderBudget(budget: Budget, figures: BudgetFigures | undefined, lang: Lang, t: CardMessages, full: boolean) {
    const expenses = budget.expenses.filter((e) => e.amount !== undefined);
    if (!figures) return nothing;
    const total = figures.cost;
    const shares = revenuesByFunderType(budget);
    const approx = figures.approximate ? html`<abbr title=${t.approximate}>≈</abbr> ` : nothing;
    const s = sharedMessages(lang);
    // Shares are of the whole budget (plus any surplus): the part not broken down by funder is a grey remainder.
    const whole = total + figures.surplus;
    const bar = [
      ...shares.map((x) => ({ label: s.funderType[x.type], amount: x.amount, color: funderColor(x.type) })),
      ...(figures.revenuesNotBrokenDown > 0 ? [{ label: t.notBrokenDown, amount: figures.revenuesNotBrokenDown, color: NOT_DETAILED_COLOR }] : []),
    ];
    return html`<section part="section budget" class="budget">
      <h4>${t.budget}</h4>
      <p class="total">
        ${approx}<strong>${formatMoney(total, lang)}</strong>
        ${budget.period === 'annual' ? html`<span class="muted">${t.budgetAnnual}</span>` : nothing}
        ${budget.basis === 'forecast' ? html`<span class="muted">(${t.forecast})</span>` : nothing}
      </p>
      ${shares.length
        ? html`<div part="funding-bar" class="funding-bar" role="img" aria-label=${`${t.fundedBy} : ${bar
            .map((x) => `${x.label} ${formatMoney(x.amount, lang)}`)
            .join(', ')}`}>
              ${bar.map((x) => html`<span ${styleProps({ flexGrow: x.amount, background: x.color })}></span>`)}
            </div>
            <ul class="legend">
              ${bar.map(
                (x) => html`<li>
                  <span class="swatch" ${styleProps({ background: x.color })}></span>${x.label}
                  <span class="muted">${formatMoney(x.amount, lang)} (${formatPercent(x.amount / whole, lang)})</span>
                </li>`,
              )}
            </ul>`
        : html`<p class="muted">${t.breakdownMissing}</p>`}
      ${full && expenses.length
        ? html`<h5>${t.expenses}</h5>
            <ul class="legend">
              ${expenses.map((e) => html`<li>${isolate(e.label)} <span class="muted">${e.approximate ? '≈ ' : ''}${formatMoney(e.amount!, lang)}</span></li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  /** ETP as figures.ts counts them: a declared total, or the roles when they add up to more. */
  private renderStaffing(action: Action, figures: StaffingFigures | undefined, lang: Lang, t: CardMessages) {
    const staffing = action.staffing;
    if (!staffing || !figures) return nothing;
    const salaried = staffing.etpSalaried !== undefined || figures.etpSalaried > 0;
    const volunteer = staffing.etpVolunteer !== undefined || figures.etpVolunteer > 0;
    const others = clean(figures.etp - figures.etpSalaried - figures.etpVolunteer) > 0;
    const etp = figures.etpKnown
      ? [
          others ? `${formatEtp(figures.etp, lang)} ${t.etpTotal}` : '',
          salaried ? `${formatEtp(figures.etpSalaried, lang)} ${t.etpSalaried}` : '',
          volunteer ? `${formatEtp(figures.etpVolunteer, lang)} ${t.etpVolunteer}` : '',
        ].filter(Boolean)
      : [];
    // Roles and counts only: Person.name is personal data and is never shown. A role listed once per person is one group.
    const people = roleGroups(staffing.people).map((g) => {
      const amount = [g.countKnown ? t.people(g.count) : '', g.etpKnown ? formatEtp(g.etp, lang) : ''].filter(Boolean).join(', ');
      return amount ? t.role(isolate(g.role), amount) : isolate(g.role);
    });
    if (!etp.length && !people.length) return nothing;
    return html`<section part="section staffing" class="fact">
      <h4>${t.staffing}</h4>
      ${etp.length ? html`<p><strong>${etp.join(' · ')}</strong></p>` : nothing}
      ${people.length ? html`<p>${people.join(' · ')}</p>` : nothing}
    </section>`;
  }

  private renderFigures(action: Action, lang: Lang, t: CardMessages) {
    const figures: Figure[] = [...action.beneficiaries, ...action.outcomes];
    if (!figures.length) return nothing;
    return html`<section part="section" class="fact">
      <h4>${t.results}</h4>
      <ul part="figures" class="figures">
        ${figures.map(
          (f) => html`<li>
            ${f.count !== undefined ? html`<strong>${f.approximate ? '≈ ' : ''}${formatNumber(f.count, lang)}</strong> ` : nothing}${isolate(f.label)}${f.year
              ? html` <span class="muted">(${f.year})</span>`
              : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderDetails(action: Action, t: CardMessages) {
    const ev = action.evaluation;
    const blocks: [string, string | undefined][] = [
      [t.description, action.description],
      [t.rationale, action.rationale],
      [t.evaluationTerritory, ev?.territory],
      [t.evaluationCentre, ev?.centre],
      [t.evaluationInhabitants, ev?.inhabitants],
      [t.successFactors, ev?.successFactors],
      [t.limits, action.limits],
      [t.perspectives, action.perspectives],
    ];
    const present = blocks.filter((b): b is [string, string] => !!b[1]?.trim());
    if (!present.length) return nothing;
    return present.map(
      ([label, text]) => html`<details part="details">
        <summary>${label}</summary>
        <p>${text}</p>
      </details>`,
    );
  }

  private renderLinks(action: Action, t: CardMessages) {
    const links: TemplateResult[] = [];
    for (const f of action.files) {
      const href = safeHref(f.url);
      if (href) links.push(html`<li><a href=${href} rel="noopener noreferrer" target="_blank">${f.label}</a></li>`);
    }
    const c = action.contact;
    const site = safeHref(c?.website);
    const mail = mailtoHref(c?.email);
    const tel = telHref(c?.phone);
    if (site) links.push(html`<li><a href=${site} rel="noopener noreferrer" target="_blank">${t.website}</a></li>`);
    if (mail) links.push(html`<li><a href=${mail}>${c!.email}</a></li>`);
    if (tel) links.push(html`<li><a href=${tel}>${c!.phone}</a></li>`);
    if (!links.length) return nothing;
    return html`<section part="section links" class="fact">
      <h4>${action.files.length ? `${t.files} · ${t.contact}` : t.contact}</h4>
      <ul class="links">${links}</ul>
    </section>`;
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
