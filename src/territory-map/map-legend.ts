/** The legend under the map (classes, hatching, markers) and the notes under it (unplaced actions, credits). */
import { html, nothing } from 'lit';
import { formatEtp, formatMoney, formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import type { TerritoryFigures } from './aggregate-territory.js';
import type { MapMessages } from './messages.js';
import type { StructurePoint } from './points.js';
import type { Metric, Shading } from './shading.js';

export function formatValue(value: number, metric: Metric, lang: Lang): string {
  return metric === 'budget' ? formatMoney(value, lang) : metric === 'etp' ? formatEtp(value, lang) : formatNumber(value, lang);
}

/** The range of figures of one class, as the legend writes it. */
export function classLabel(c: { min: number; max: number }, metric: Metric, lang: Lang): string {
  const format = (v: number) => formatValue(v, metric, lang);
  return c.min === c.max ? format(c.min) : `${format(c.min)} – ${format(c.max)}`;
}

export function renderLegend(shading: Shading, metric: Metric, points: readonly StructurePoint[], lang: Lang, t: MapMessages) {
  const { classes } = shading.classification;
  if (shading.empty) return html`<p part="legend" class="legend empty" role="status">${t.noActions}</p>`;
  return html`<div part="legend" class="legend">
    <span class="legend-title">${t.metric[metric]}</span>
    <ul>
      ${classes.map(
        (c, i) => html`<li>
          <span class="swatch" data-shade="class" data-step=${shading.steps[i]!}></span>${classLabel(c, metric, lang)}
        </li>`,
      )}
      ${shading.hasUnknown ? html`<li><span class="swatch" data-shade="unknown"></span>${t.legendUnknown}</li>` : nothing}
      <li><span class="swatch" data-shade="none"></span>${t.legendNoAction}</li>
      ${points.length ? html`<li><span class="swatch marker-swatch"></span>${t.legendPoint}</li>` : nothing}
      ${points.some((p) => !p.exact) ? html`<li><span class="swatch marker-swatch" data-exact="false"></span>${t.legendPointApprox}</li>` : nothing}
    </ul>
  </div>`;
}

/** The remarks under the legend, also written under an exported image. */
export function noteLines(figures: TerritoryFigures, points: readonly StructurePoint[], t: MapMessages): string[] {
  const credits = `${t.creditsMap}${points.some((p) => p.exact) ? ` ${t.creditsCommunes}` : ''}`;
  return figures.unplaced ? [t.unplaced(figures.unplaced), credits] : [credits];
}

export function renderNotes(figures: TerritoryFigures, points: readonly StructurePoint[], t: MapMessages) {
  return html`<ul part="notes" class="notes">
    ${noteLines(figures, points, t).map((line) => html`<li>${line}</li>`)}
  </ul>`;
}
