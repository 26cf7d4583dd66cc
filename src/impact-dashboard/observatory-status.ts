/** What the dashboard shows in place of the list while an observatory's actions are not loaded. */
import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import type { DashboardMessages } from './messages.js';
import type { ObservatoryState } from './observatory-view.js';

/** `card`: the action card's tag as registered with the dashboard (renamed ones included). */
export function renderNotLoaded(state: ObservatoryState, t: DashboardMessages, lang: Lang, load: () => void, card: StaticValue, level: number) {
  if (state.error) {
    return html`<p class="message" data-tone="warning" role="status" part="message">${sharedMessages(lang).loadError(state.error.kind, state.error.detail)}</p>`;
  }
  const first = state.firstPage;
  const status = first
    ? t.firstPage(formatNumber(first.loaded.feed.actions.length, lang), formatNumber(first.total, lang), first.total)
    : state.heavy === undefined
      ? t.actionsLoading
      : t.actionsHeavy(formatNumber(Math.round(state.heavy / 1e5) / 10, lang));
  return html`<p class="message" role="status" part="message">${status}</p>
    ${state.heavy === undefined ? nothing : html`<button part="button" type="button" class="button quiet" @click=${load}>${t.loadActions}</button>`}
    ${first
      ? html`<ol part="first-page" class="first-page">
          ${first.loaded.feed.actions.map(
            (a) => html`<li>${staticHtml`<${card} .action=${a} .structure=${first.loaded.structureById.get(a.structureId)} heading-level=${level}></${card}>`}</li>`,
          )}
        </ol>`
      : nothing}`;
}
