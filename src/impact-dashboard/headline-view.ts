/** The dashboard's headline figures: actions, structures, budget, staffing, beneficiaries, each with what the fiches leave out. */
import { html } from 'lit';
import type { Headline } from '../feed/dashboard.js';
import { formatEtp, formatMoney, formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import type { DashboardMessages } from './messages.js';

export function renderHeadline(h: Headline, total: number, t: DashboardMessages, lang: Lang) {
  const n = (x: number) => formatNumber(x, lang);
  const without = (missing: number, what: string) => t.without(n(missing), n(h.actions), h.actions, what);
  const figure = (label: string, value: unknown, note: string) => html`<div part="figure" class="figure">
    <dt>${label}</dt>
    <dd class="value">${value}</dd>
    <dd class="note">${note}</dd>
  </div>`;
  // A total that no selected fiche gives reads "non renseigné", not a misleading 0.
  const given = (missing: number, value: unknown) => (h.actions && missing === h.actions ? html`<small>${t.notGivenValue}</small>` : value);
  return html`<dl class="figures">
    ${figure(t.actions, n(h.actions), total === h.actions ? '' : t.ofTotal(n(total)))}
    ${figure(t.structures, n(h.structures), '')}
    ${figure(t.budget, given(h.withoutBudget, `${h.budgetApproximate ? '≈\u00a0' : ''}${formatMoney(h.budget, lang)}`), without(h.withoutBudget, t.withoutBudget))}
    ${figure(
      t.staffing,
      given(
        h.withoutEtp,
        html`<span>${formatEtp(h.etp, lang)} <small>${t.etpTotal}</small></span>
          <span>${formatEtp(h.etpSalaried, lang)} <small>${t.etpSalaried}</small></span>
          <span>${formatEtp(h.etpVolunteer, lang)} <small>${t.etpVolunteer}</small></span>`,
      ),
      without(h.withoutEtp, t.withoutEtp),
    )}
    ${figure(
      t.beneficiaries,
      given(h.withoutBeneficiaries, html`<small>${t.atLeast}</small> ${n(h.beneficiaries)}`),
      `${without(h.withoutBeneficiaries, t.withoutBeneficiaries)} (${t.beneficiariesRule})`,
    )}
  </dl>`;
}
