/**
 * What the map's tooltip and each area's accessible name say: an area's figures, or the structures at a marker.
 * The tooltip (shared/tooltip.ts, as the charts') repeats what assistive technology already reads (the area's name),
 * so it is hidden from it.
 */
import { html, nothing } from 'lit';
import { departementName } from '../feed/departements.js';
import { formatEtp, formatMoney } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { pointerAnchor, renderTooltip } from '../shared/tooltip.js';
import type { AreaFigures } from './aggregate-territory.js';
import type { MapArea } from './areas.js';
import type { MapMessages } from './messages.js';
import type { StructurePoint } from './points.js';

/** Where the tooltip is: an area or a marker, anchored in px in the graphic box. */
export interface Tip {
  kind: 'area' | 'point';
  key: string;
  x: number;
  y: number;
}

const MAX_TIP_STRUCTURES = 4;

/**
 * The tooltip an event calls for, anchored in `box`: where the pointer is, or at the middle of a focused area;
 * `undefined` when the event's target is neither an area nor a marker.
 */
export function tipAt(event: MouseEvent | FocusEvent, box: Element): Tip | undefined {
  const target = event.target as Element;
  const code = target.getAttribute('data-code');
  const point = target.getAttribute('data-point');
  if (code === null && point === null) return undefined;
  const kind = code !== null ? 'area' : 'point';
  if (event instanceof MouseEvent) return { kind, key: (code ?? point)!, ...pointerAnchor(event, box) };
  const b = box.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  return { kind, key: (code ?? point)!, x: Math.round(r.left + r.width / 2 - b.left), y: Math.round(r.top + r.height / 2 - b.top) };
}

/** What the tooltip and the accessible name say about an area. */
export function figureLines(f: AreaFigures | undefined, lang: Lang, t: MapMessages): string[] {
  if (!f?.actions) return [f?.structures ? `${t.noAction} · ${t.structures(f.structures)}` : t.noAction];
  return [
    `${t.actions(f.actions)} · ${t.structures(f.structures)}`,
    `${t.budget} : ${f.budgetActions ? formatMoney(f.budget, lang) : t.notGiven}`,
    f.etpActions ? formatEtp(f.etp, lang) : `${t.etp} : ${t.notGiven}`,
  ];
}

export interface TipContext {
  readonly byArea: ReadonlyMap<string, AreaFigures>;
  readonly navigable: readonly MapArea[];
  readonly points: readonly StructurePoint[];
  readonly lang: Lang;
  readonly t: MapMessages;
}

export function renderTip(tip: Tip | undefined, c: TipContext) {
  if (!tip) return nothing;
  const body = tip.kind === 'area' ? areaTip(tip.key, c) : pointTip(tip.key, c);
  return body === nothing ? nothing : renderTooltip(tip, () => body);
}

function areaTip(code: string, { byArea, navigable, lang, t }: TipContext) {
  const area = navigable.find((a) => a.code === code);
  if (!area) return nothing;
  return html`<strong>${area.name} (${area.code})</strong>${figureLines(byArea.get(area.code), lang, t).map((line) => html`<span>${line}</span>`)}`;
}

function pointTip(key: string, { points, t }: TipContext) {
  const point = points.find((p) => p.key === key);
  if (!point) return nothing;
  // A département's point may hold dozens of structures: the tooltip names a few, the table lists them all.
  const shown = point.structures.slice(0, MAX_TIP_STRUCTURES);
  return html`${shown.map(
    (s) => html`<strong>${s.name}</strong><span>${[s.commune ?? departementName(s.departement), t.actions(s.actions)].filter(Boolean).join(' · ')}</span>`,
  )}${point.structures.length > shown.length ? html`<span>${t.more(point.structures.length - shown.length)}</span>` : nothing}`;
}
