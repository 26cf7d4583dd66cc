/** The dashboard's active filters, each a "Retirer le filtre" chip, and "Tout effacer" when there are several. */
import { html, nothing } from 'lit';
import { activeFilters, type DashboardFilters, type FilterKey } from '../feed/dashboard.js';
import type { Lang } from '../shared/i18n.js';
import { valueLabel } from '../action-list/filter-form.js';
import { listMessages } from '../action-list/messages.js';
import type { DashboardMessages } from './messages.js';

export function renderChips(filters: DashboardFilters, t: DashboardMessages, lang: Lang, onRemove: (key: FilterKey) => void, onClear: () => void) {
  const keys = activeFilters(filters);
  if (!keys.length) return html`<p class="no-filter">${t.noFilter}</p>`;
  const names = listMessages(lang).filter;
  const label = (k: FilterKey) => `${names[k]} : ${valueLabel(k, filters[k]!, lang)}`;
  return html`<div part="chips" class="chips" role="group" aria-label=${t.activeFilters}>
    ${keys.map(
      (k) => html`<button type="button" class="button chip" aria-label=${t.remove(label(k))} @click=${() => onRemove(k)}>
        ${label(k)} <span aria-hidden="true">×</span>
      </button>`,
    )}
    ${keys.length > 1 ? html`<button type="button" class="button clear" @click=${onClear}>${t.clear}</button>` : nothing}
  </div>`;
}
