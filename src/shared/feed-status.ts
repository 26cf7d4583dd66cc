/**
 * The states every feed-driven element shows before or instead of its content:
 * an error message with a retry button, and a warning when some fiches of the
 * feed were rejected (with their JSON paths, so the feed author can fix them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedLoadError, LoadedFeed } from '../feed/load.js';
import { formatPath, type FeedIssue } from '../feed/issues.js';
import type { Lang } from './i18n.js';
import { sharedMessages } from './messages.js';

const MAX_LISTED_ISSUES = 20;

function issueList(issues: readonly FeedIssue[], lang: Lang): TemplateResult {
  const t = sharedMessages(lang);
  const shown = issues.slice(0, MAX_LISTED_ISSUES);
  return html`<ul>
    ${shown.map((i) => html`<li><code>${t.issue(formatPath(i.path), i.code, i.expected)}</code></li>`)}
    ${issues.length > shown.length ? html`<li>…</li>` : nothing}
  </ul>`;
}

/**
 * The error message, then the element's own content (its default slot): the fallback a
 * webmaster wrote inside the tag (a link, a table of figures) stays readable when the feed fails.
 */
export function renderLoadError(error: FeedLoadError, lang: Lang, retry?: () => void): TemplateResult {
  const t = sharedMessages(lang);
  return html`<div class="message" data-tone="error" role="alert" part="message">
    <strong>${t.errorTitle}</strong>
    ${t.loadError(error.kind, error.detail)}
    ${error.issues.length ? html`<details><summary>${lang === 'fr' ? 'Détails' : 'Details'}</summary>${issueList(error.issues, lang)}</details>` : nothing}
    ${retry && error.kind !== 'not-found' && error.kind !== 'no-source'
      ? html`<div><button type="button" class="button quiet" @click=${retry}>${t.retry}</button></div>`
      : nothing}
  </div>
  <slot></slot>`;
}

/** Top-level fields of the feed ($schema, title, generated, source) dropped as invalid. */
function droppedFeedFields(loaded: LoadedFeed): FeedIssue[] {
  return loaded.issues.filter((i) => i.path[0] !== 'actions' && i.path[0] !== 'structures');
}

/**
 * A warning when the feed had fiches that could not be read, or top-level fields that
 * were dropped, with how many; nothing otherwise. Everything else is still shown.
 */
export function renderSkipped(loaded: LoadedFeed, lang: Lang): TemplateResult | typeof nothing {
  const rejected = new Set(loaded.issues.filter((i) => i.rejected && i.path[0] === 'actions').map((i) => i.path[1]));
  const fieldIssues = droppedFeedFields(loaded);
  if (rejected.size === 0 && fieldIssues.length === 0) return nothing;
  const t = sharedMessages(lang);
  const fields = [...new Set(fieldIssues.map((i) => String(i.path[0])))];
  return html`<div class="message" data-tone="warning" role="status" part="message">
    ${rejected.size ? t.skipped(rejected.size, loaded.actionCount) : nothing}
    ${fields.length ? t.fieldsDropped(fields.join(', ')) : nothing}
    <details><summary>${lang === 'fr' ? 'Détails' : 'Details'}</summary>${issueList([...fieldIssues, ...loaded.issues.filter((i) => i.rejected)], lang)}</details>
  </div>`;
}
