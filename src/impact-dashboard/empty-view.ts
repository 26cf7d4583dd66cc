/**
 * What the dashboard shows when its filters leave no action: one plain sentence where the
 * figures were, and no figure at all. A headline of zeros with "renseigné pour l'action"
 * under it stated that the budget and ETP of an action were given and came to 0.
 */
import { html } from 'lit';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import type { DashboardMessages } from './messages.js';

/** The filtered selection holds no action (the collection itself does). */
export function isEmptySelection(actions: number, total: number): boolean {
  return actions === 0 && total > 0;
}

export function renderEmptyFigures(total: number, t: DashboardMessages, lang: Lang, clear: () => void) {
  return html`<div class="message empty" role="status" part="message">
    <p>${t.emptySelection(formatNumber(total, lang), total)}</p>
    <button part="button" type="button" class="button quiet" @click=${clear}>${t.clearToSee}</button>
  </div>`;
}

export function renderEmptyDistributions(t: DashboardMessages) {
  return html`<p class="message" part="message">${t.emptyDistributions}</p>`;
}
