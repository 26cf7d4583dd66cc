/**
 * The dashboard while its feed loads: the frames of the finished page (filters, figures, two charts, the map,
 * distributions, list) at about their final sizes, so nothing below jumps when the data arrives, with a real
 * progress bar (bytes downloaded, then fiches read, counted by the loader or its worker) in the figures' place.
 */
import { css, html, nothing } from 'lit';
import type { LoadProgress } from '../feed/fetch-feed.js';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { styleProps } from '../shared/style-props.js';
import { dashboardMessages } from './messages.js';
import { renderHeadline } from './headline-view.js';

/**
 * Shares of the bar: the download, then reading the fiches (parsing comes between, without steps of its own),
 * and with a worker, the page receiving them (the last 30). A worker reading the body as it arrives fills the
 * download's share and the reading's with the bytes it has read (READ_END), from when the body's size is known.
 */
const DOWNLOAD_SHARE = 30;
const PARSED_AT = 40;
const RECEIVED_SHARE = 30;
const READ_END = 100 - RECEIVED_SHARE;

/** The bar's position (0–100), or undefined while nothing says how far (no length announced, nothing read). */
export function progressPercent(p: LoadProgress | undefined): number | undefined {
  if (!p) return undefined;
  const streamed = streamedPercent(p);
  if (p.actions === 0) return PARSED_AT;
  if (p.actions) {
    const share = (n = 0) => n / p.actions!;
    if (p.received === undefined) return Math.round(PARSED_AT + (100 - PARSED_AT) * share(p.read));
    // Never back: the counting after a streamed read starts where its bytes had taken the bar (READ_END).
    return Math.max(streamed ?? 0, Math.round(PARSED_AT + (READ_END - PARSED_AT) * share(p.read) + RECEIVED_SHARE * share(p.received)));
  }
  return streamed;
}

/** The download's share, plus the worker's bytes read once the whole body is in (its size is known then). */
function streamedPercent(p: LoadProgress): number | undefined {
  if (!p.totalBytes) return undefined;
  const downloaded = (DOWNLOAD_SHARE * Math.min(p.bytes, p.totalBytes)) / p.totalBytes;
  const read = p.bodyIn && p.readBytes !== undefined && p.bytes ? ((READ_END - DOWNLOAD_SHARE) * Math.min(p.readBytes, p.bytes)) / p.bytes : 0;
  return Math.round(downloaded + read);
}

const megabytes = (bytes: number, lang: Lang) => formatNumber(bytes / 1e6, lang, 1);

/**
 * "34 000 / 100 000 fiches lues"; while a worker reads the body as it arrives, the fiches read so far (with the
 * megabytes downloaded until the body is in); before, the megabytes downloaded.
 */
export function progressText(p: LoadProgress | undefined, lang: Lang): string {
  const t = dashboardMessages(lang);
  if (!p) return t.loadingStarts;
  if (p.actions !== undefined) return t.fichesRead(formatNumber(p.read ?? 0, lang, 0), formatNumber(p.actions, lang, 0));
  const downloaded = t.downloaded(megabytes(p.bytes, lang), p.totalBytes ? megabytes(p.totalBytes, lang) : undefined);
  if (p.read === undefined) return downloaded;
  const read = t.fichesReadSoFar(formatNumber(p.read, lang, 0));
  return p.bodyIn ? read : `${downloaded} · ${read}`;
}

const frame = (kind: string) => html`<div class="frame ${kind}"><span class="skeleton-line"></span><span class="skeleton-line short"></span></div>`;

/**
 * `showFigures`: the headline a worker sent (the whole feed's) is the dashboard's, shown while the actions come
 * over; not when the dashboard merges several sources or filters the feed (its figures will be others).
 */
export function renderLoading(progress: LoadProgress | undefined, lang: Lang, showFigures = false) {
  const t = dashboardMessages(lang);
  const percent = progressPercent(progress);
  const text = progressText(progress, lang);
  const figures = showFigures ? progress?.headline : undefined;
  // The bar sits in the filters' frame, so that the figures arriving in theirs make no frame grow (no shift).
  return html`<div part="skeleton" class="loading" aria-busy="true">
    <div class="frame controls">
      <div
        class="progress"
        role="progressbar"
        aria-label=${t.loadingLabel}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent ?? nothing}
        aria-valuetext=${text}
      >
        <span class="progress-fill" ${styleProps({ '--progress': percent === undefined ? undefined : percent / 100 })}></span>
      </div>
      <p class="progress-text" aria-hidden="true">${text}</p>
    </div>
    <div class="frame figures-frame">
      ${figures ? html`<p class="heading">${t.figures}</p>${renderHeadline(figures, figures.actions, t, lang)}` : frame('lines')}
    </div>
    <div class="panels">${frame('chart')}${frame('chart')}${frame('chart wide')}</div>
    ${frame('distributions-frame')} ${frame('list-frame')}
    <slot></slot>
  </div>`;
}

/**
 * The frames' heights are those of a national feed's dashboard at 1280 px (measured on the bench's 100,000
 * actions); the bar's fill is a transform of a custom property set through the CSSOM (styleProps: CSP allows it).
 */
export const loadingStyles = css`
  .loading > * + * {
    margin-top: var(--vitrine-space);
  }
  .frame {
    box-sizing: border-box;
    padding: var(--vitrine-space);
    border: 1px solid var(--vitrine-color-border);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface);
  }
  .frame.controls {
    min-height: 17rem;
    background: var(--vitrine-color-surface-alt);
  }
  .figures-frame {
    min-height: 15.3rem;
  }
  .frame.lines {
    padding: 0;
    border: 0;
  }
  /* The finished page's panels keep these heights until their element shows its content (panel-frames.ts). */
  .frame.chart,
  .chart.waiting {
    min-height: 50rem;
  }
  .frame.wide,
  .wide.waiting {
    min-height: 40rem;
  }
  .distributions-frame,
  .list-frame,
  .panel.waiting {
    box-sizing: border-box;
    min-height: 30rem;
  }
  .skeleton-line.short {
    width: 40%;
  }
  .progress {
    position: relative;
    overflow: hidden;
    height: 0.75rem;
    margin-top: 6rem;
    border-radius: 999px;
    background: var(--vitrine-color-surface-alt);
    border: 1px solid var(--vitrine-color-border);
  }
  .progress-fill {
    position: absolute;
    inset: 0;
    transform-origin: left;
    transform: scaleX(var(--progress, 0));
    background: var(--vitrine-color-accent);
  }
  .progress:not([aria-valuenow]) .progress-fill {
    transform: scaleX(0.08);
  }
  .progress-text {
    margin: 0.5rem 0 0;
    font-variant-numeric: tabular-nums;
    color: var(--vitrine-color-muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .progress-fill {
      transition: transform 0.2s linear;
    }
  }
`;
