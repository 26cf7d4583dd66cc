/**
 * The filter form shared by <action-list> and <impact-dashboard>: a search box and one
 * native `<select>` per criterion (keyboard and screen-reader friendly as they are),
 * listing the values present in the feed with their number of actions.
 */
import { html, nothing } from 'lit';
import { FILTER_KEYS, type Bar, type DashboardFilters, type Facets, type FilterKey } from '../feed/dashboard.js';
import { departementName } from '../feed/departements.js';
import { normalizeLabel } from '../feed/filter.js';
import type { FunderType } from '../feed/funders.js';
import type { Lang } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';
import { sharedMessages } from '../shared/messages.js';
import { isolate } from '../shared/bidi.js';
import { listMessages } from './messages.js';

/** Called with the criterion changed and its new value (`undefined` = any); `typing` asks for a debounce. */
export type FilterChange = (key: FilterKey, value: string | number | undefined, typing?: boolean) => void;

/** How a filter value reads in the form, the chips and the bar lists. */
export function valueLabel(key: FilterKey, value: string | number, lang: Lang): string {
  if (key === 'departement') return `${value} ${departementName(String(value)) ?? ''}`.trim();
  if (key === 'status') return listMessages(lang).status[value as 'en-cours'] ?? String(value);
  if (key === 'funder') return sharedMessages(lang).funderType[value as FunderType] ?? String(value);
  // Feed text (keywords, publics, dimensions…) sits beside counts here: kept from reordering them.
  return isolate(String(value));
}

/** The value a bar or an option stands for: a label for free vocabularies, a code otherwise. */
export function barValue(key: FilterKey, bar: Bar): string | number {
  return key === 'year' ? Number(bar.key) : key === 'keyword' || key === 'public' || key === 'dimension' ? bar.label : bar.key;
}

/** True when a bar is the active filter (free vocabularies compare without case or accents). */
export function isActive(key: FilterKey, bar: Bar, filters: DashboardFilters): boolean {
  const current = filters[key];
  if (current === undefined || current === '') return false;
  return key === 'keyword' || key === 'public' || key === 'dimension' ? normalizeLabel(String(current)) === bar.key : String(current) === bar.key;
}

/** The placeholder both elements show while their feed loads (height reserved, announced once). */
export function renderSkeleton(lang: Lang) {
  return html`<div part="skeleton" class="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${sharedMessages(lang).loading}</span>
    <span class="skeleton-line"></span><span class="skeleton-line"></span><span class="skeleton-line"></span>
    <slot></slot>
  </div>`;
}

export function renderFilterForm(facets: Facets, filters: DashboardFilters, lang: Lang, onChange: FilterChange) {
  const t = listMessages(lang);
  const select = (key: Exclude<FilterKey, 'q'>) => {
    const bars = facets[key];
    const current = filters[key];
    if (!bars.length && current === undefined) return nothing;
    const known = current === undefined || bars.some((b) => isActive(key, b, filters));
    return html`<label class="field">
      <span>${t.filter[key]}</span>
      <select
        name=${key}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          onChange(key, v === '' ? undefined : key === 'year' ? Number(v) : v);
        }}
      >
        <option value="" .selected=${current === undefined}>${t.any[key]}</option>
        ${known ? nothing : html`<option selected value=${String(current)}>${valueLabel(key, current!, lang)}</option>`}
        ${bars.map(
          (b) => html`<option value=${String(barValue(key, b))} .selected=${isActive(key, b, filters)}>
            ${valueLabel(key, barValue(key, b), lang)} (${formatNumber(b.count, lang)})
          </option>`,
        )}
      </select>
    </label>`;
  };
  return html`<form part="filters" class="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
    <label class="field search">
      <span>${t.search}</span>
      <input
        type="search"
        name="q"
        autocomplete="off"
        placeholder=${t.searchHint}
        .value=${filters.q ?? ''}
        @input=${(e: Event) => onChange('q', (e.target as HTMLInputElement).value || undefined, true)}
      />
    </label>
    ${FILTER_KEYS.slice(1).map((k) => select(k as Exclude<FilterKey, 'q'>))}
  </form>`;
}
