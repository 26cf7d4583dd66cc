/**
 * The map as an image file: its areas in the page's colours, its markers, its legend and notes, laid out by
 * shared/export-image.ts like the charts' exports. A chunk fetched on the first download (most readers never export).
 * The hatching of areas without action does not survive outside the page: a light grey stands in, as for a
 * chart's unfunded part; the legend says which grey is which.
 */
import type { ExportBlock, ExportDocument, ExportRow } from '../shared/export-image.js';
import type { Lang } from '../shared/i18n.js';
import type { MapView } from './map-view.js';
import { classLabel } from './map-legend.js';
import type { MapMessages } from './messages.js';
import type { StructurePoint } from './points.js';
import { classColor, shadeOf, type Metric, type Shading } from './shading.js';
import { MARKER_PX } from './map-layers.js';

const NO_ACTION_GREY = '#d0d0d0';

export interface MapExportInput {
  readonly view: MapView;
  readonly shading: Shading;
  readonly points: readonly StructurePoint[];
  readonly metric: Metric;
  readonly notes: readonly string[];
  readonly lang: Lang;
  readonly t: MapMessages;
}

/** A circle as path data (export shapes are paths). */
function circle(x: number, y: number, r: number): string {
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

export function mapExportDocument(
  { view, shading, points, metric, notes, lang, t }: MapExportInput,
  color: (value: string) => string,
  exportWidth: number,
): Omit<ExportDocument, 'font' | 'text' | 'muted' | 'background'> {
  const width = exportWidth - 32;
  const box = view.view;
  const ground = color('var(--vitrine-color-surface-alt)');
  const unknown = color('var(--territory-map-unknown)');
  const marker = color('var(--territory-map-marker)');
  const steps = shading.steps.map((step) => color(classColor(step)));
  const fillOf = (code: string): string => {
    const shade = shadeOf(shading, code);
    if (shade.kind === 'class') return steps[shade.index]!;
    return shade.kind === 'unknown' ? unknown : shade.kind === 'none' ? NO_ACTION_GREY : ground;
  };
  const inFocus = view.inFocus;
  const context = inFocus ? view.areas.filter((a) => !inFocus.has(a.code)).map((a) => ({ d: a.d, fill: ground })) : [];
  const r = (MARKER_PX * box.width) / width;
  const rows: ExportRow[] = shading.classification.classes.map((c, i) => ({ color: steps[i]!, label: classLabel(c, metric, lang), value: '' }));
  if (shading.hasUnknown) rows.push({ color: unknown, label: t.legendUnknown, value: '' });
  rows.push({ color: NO_ACTION_GREY, label: t.legendNoAction, value: '' });
  if (points.length) rows.push({ color: marker, label: t.legendPoint, value: '' });
  const block: ExportBlock = {
    // The title (the map's caption) already names the metric.
    heading: '',
    legend: 'below',
    graphicWidth: width,
    graphicHeight: Math.round((width * box.height) / box.width),
    view: box,
    shapes: [
      ...context,
      ...view.navigable.map((a) => ({ d: a.d, fill: fillOf(a.code) })),
      ...points.map((p) => ({ d: circle(p.x, p.y, r * Math.min(2, Math.sqrt(p.structures.length))), fill: marker })),
    ],
    rows,
  };
  return { title: view.caption, blocks: [block], notes };
}
