/** What the dashboard shows in place of the list while an observatory's actions are not loaded. */
import { html } from 'lit';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import type { DashboardMessages } from './messages.js';
import type { ObservatoryState } from './observatory-view.js';

export function renderNotLoaded(state: ObservatoryState, t: DashboardMessages, lang: Lang, load: () => void) {
  if (state.error) {
    return html`<p class="message" data-tone="warning" role="status" part="message">${sharedMessages(lang).loadError(state.error.kind, state.error.detail)}</p>`;
  }
  if (state.heavy === undefined) return html`<p class="message" role="status" part="message">${t.actionsLoading}</p>`;
  return html`<p class="message" role="status" part="message">${t.actionsHeavy(formatNumber(Math.round(state.heavy / 1e5) / 10, lang))}</p>
    <button part="button" type="button" class="button quiet" @click=${load}>${t.loadActions}</button>`;
}
