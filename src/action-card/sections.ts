/**
 * The sections of an <action-card> under its title: structure, facts, budget, staffing, results, details and
 * links. Each takes what it shows and a Section context; a section's heading sits one level under the card's
 * title, the expenses' one more (`heading-level`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Budget, Figure, Structure } from '../feed/schema.js';
import { departementName } from '../feed/departements.js';
import { clean, revenuesByFunderType, roleGroups, type BudgetFigures, type StaffingFigures } from '../feed/figures.js';
import type { Lang } from '../shared/i18n.js';
import { formatEtp, formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import { sharedMessages } from '../shared/messages.js';
import { NOT_DETAILED_COLOR, funderColor } from '../shared/palette.js';
import { styleProps } from '../shared/style-props.js';
import { isolate } from '../shared/bidi.js';
import { heading } from '../shared/heading.js';
import { mailtoHref, safeHref, telHref } from '../shared/links.js';
import type { cardMessages } from './messages.js';

export interface Section {
  lang: Lang;
  t: ReturnType<typeof cardMessages>;
  /** The level of the card's title. */
  level: number;
}

export function renderStructure(structure: Structure, { t }: Section) {
  const place = [structure.commune?.name, departementName(structure.departement)].filter((p): p is string => !!p).map(isolate).join(', ');
  return html`<p class="structure">
    <span class="visually-hidden">${t.structure} : </span>${isolate(structure.name)}${place ? html` <span class="muted">· ${place}</span>` : nothing}
  </p>`;
}

export function renderList(label: string, items: readonly string[], { level }: Section) {
  if (!items.length) return nothing;
  return html`<section part="section" class="fact">
    ${heading(level, 1, label)}
    <p>${items.map(isolate).join(' · ')}</p>
  </section>`;
}

/** The budget as figures.ts counts it (README, "Comment Vitrine compte"): the same total as every other view. */
export function renderBudget(budget: Budget, figures: BudgetFigures | undefined, full: boolean, { lang, t, level }: Section) {
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
    ${heading(level, 1, t.budget)}
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
      ? html`${heading(level, 2, t.expenses, 'heading minor')}
          <ul class="legend">
            ${expenses.map((e) => html`<li>${isolate(e.label)} <span class="muted">${e.approximate ? '≈ ' : ''}${formatMoney(e.amount!, lang)}</span></li>`)}
          </ul>`
      : nothing}
  </section>`;
}

/** ETP as figures.ts counts them: a declared total, or the roles when they add up to more. */
export function renderStaffing(action: Action, figures: StaffingFigures | undefined, { lang, t, level }: Section) {
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
    ${heading(level, 1, t.staffing)}
    ${etp.length ? html`<p><strong>${etp.join(' · ')}</strong></p>` : nothing}
    ${people.length ? html`<p>${people.join(' · ')}</p>` : nothing}
  </section>`;
}

export function renderFigures(action: Action, { lang, t, level }: Section) {
  const figures: Figure[] = [...action.beneficiaries, ...action.outcomes];
  if (!figures.length) return nothing;
  return html`<section part="section" class="fact">
    ${heading(level, 1, t.results)}
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

export function renderDetails(action: Action, { t }: Section) {
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

export function renderLinks(action: Action, { t, level }: Section) {
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
    ${heading(level, 1, action.files.length ? `${t.files} · ${t.contact}` : t.contact)}
    <ul class="links">${links}</ul>
  </section>`;
}
