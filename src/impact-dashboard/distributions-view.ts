/**
 * The dashboard's distributions: one list of bars per criterion (keyword, public, dimension, status, year,
 * département), each bar a button that filters by its value, the first TOP shown until "Voir les N".
 */
import { html, nothing } from 'lit';
import type { Bar, DashboardFilters, Distributions, FilterKey } from '../feed/dashboard.js';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { styleProps } from '../shared/style-props.js';
import { barValue, isActive, valueLabel } from '../action-list/filter-form.js';
import { listMessages } from '../action-list/messages.js';
import type { DashboardMessages } from './messages.js';

export const DISTRIBUTIONS = ['keyword', 'public', 'dimension', 'status', 'year', 'departement'] as const;
export type DistributionKey = (typeof DISTRIBUTIONS)[number];
/** Bars listed before "Voir les N". */
const TOP = 8;

/** What the bars act on: the dashboard's filters, and which criteria show every bar. */
export interface DistributionsHost {
  filters: DashboardFilters;
  readonly expanded: ReadonlySet<string>;
  toggle(key: FilterKey, value: string | number): void;
  toggleExpanded(key: DistributionKey): void;
}

/** `level`: the heading level of each criterion's name. */
export function renderDistributions(d: Distributions, host: DistributionsHost, t: DashboardMessages, lang: Lang, level: number) {
  return html`<div class="distributions">${DISTRIBUTIONS.map((key) => renderBars(key, d, host, t, lang, level))}</div>`;
}

function renderBars(key: DistributionKey, d: Distributions, host: DistributionsHost, t: DashboardMessages, lang: Lang, level: number) {
  const { filters } = host;
  const bars: Bar[] = d[key];
  if (!bars.length && !filters[key]) return nothing;
  const open = host.expanded.has(key);
  const shown = open ? bars : bars.slice(0, TOP);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const id = `bars-${key}`;
  return html`<div class="distribution">
    <div class="subheading" role="heading" aria-level=${level} id=${id}>${listMessages(lang).filter[key]}</div>
    <ul part="bars" class="bars" aria-labelledby=${id}>
      ${shown.map((b) => {
        const value = barValue(key, b);
        const label = valueLabel(key, value, lang);
        return html`<li>
          <button part="bar" type="button" aria-pressed=${isActive(key, b, filters) ? 'true' : 'false'} @click=${() => host.toggle(key, value)}>
            <span class="bar-label">${label}</span>
            <span class="track" aria-hidden="true"><span class="fill" ${styleProps({ '--share': `${(b.count / max) * 100}%` })}></span></span>
            <span class="bar-value">${formatNumber(b.count, lang)}</span>
          </button>
        </li>`;
      })}
    </ul>
    ${d.missing[key] ? html`<p class="note">${t.notGiven(formatNumber(d.missing[key], lang), d.missing[key])}</p>` : nothing}
    ${bars.length > TOP
      ? html`<button part="button" type="button" class="button link" aria-expanded=${open ? 'true' : 'false'} @click=${() => host.toggleExpanded(key)}>
          ${open ? t.showLess : t.showAll(formatNumber(bars.length, lang))}
        </button>`
      : nothing}
  </div>`;
}
