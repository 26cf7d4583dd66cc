/**
 * The map's figures as tables: one row per area with actions or structures (and the total), then the structures
 * on the map. The same models are shown behind "Voir les données" and downloaded as CSV, so the file holds what
 * the reader sees. The figures are those of aggregate-territory.ts (src/feed/figures.ts per action).
 */
import { html, nothing } from 'lit';
import { departementName } from '../feed/departements.js';
import { renderDataTable, type Cell, type DataTableModel } from '../shared/data-table.js';
import type { Lang } from '../shared/i18n.js';
import type { AreaFigures, TerritoryFigures } from './aggregate-territory.js';
import type { MapArea } from './areas.js';
import type { Level } from './focus.js';
import type { MapMessages } from './messages.js';
import type { StructurePoint } from './points.js';

export interface MapTables {
  /** Areas of the level with actions or structures, then the total. */
  readonly areas: DataTableModel;
  /** Structures on the map, most actions first; absent when no structure is placed. */
  readonly structures?: DataTableModel;
  /** Some areas of the level have no row (no action, no structure). */
  readonly othersNone: boolean;
}

export interface MapTablesOptions {
  readonly byArea: ReadonlyMap<string, AreaFigures>;
  readonly figures: TerritoryFigures;
  readonly areas: readonly MapArea[];
  readonly points: readonly StructurePoint[];
  readonly level: Level;
  readonly lang: Lang;
  readonly t: MapMessages;
}

export function mapTables({ byArea, figures, areas, points, level, lang, t }: MapTablesOptions): MapTables {
  const nameOf = new Map(areas.map((a) => [a.code, a.name]));
  const row = (label: string, f: AreaFigures): Cell[] => [
    label,
    f.actions,
    f.structures,
    f.budgetActions ? f.budget : null,
    f.etpActions ? f.etp : null,
  ];
  const rows = [...byArea.values()].map((f) => row(`${nameOf.get(f.code) ?? f.code} (${f.code})`, f));
  const areaModel: DataTableModel = {
    caption: t.tableCaption(t.byLevel[level]),
    columns: [
      { label: t.areaColumn[level], format: 'text' },
      { label: t.actionsColumn, format: 'number' },
      { label: t.structuresColumn, format: 'number' },
      { label: t.budgetColumn, format: 'money' },
      { label: t.etpColumn, format: 'etp' },
    ],
    rows,
    foot: [row(t.total, figures.total)],
  };
  const structures = points.flatMap((p) => p.structures).sort((a, b) => b.actions - a.actions || a.name.localeCompare(b.name, lang));
  const structureModel: DataTableModel = {
    caption: t.structuresCaption,
    columns: [
      { label: t.structureColumn, format: 'text' },
      { label: t.communeColumn, format: 'text' },
      { label: t.areaColumn.departement, format: 'text' },
      { label: t.actionsColumn, format: 'number' },
    ],
    rows: structures.map((s) => [s.name, s.commune ?? null, departementName(s.departement) ?? null, s.actions]),
  };
  return { areas: areaModel, structures: structures.length ? structureModel : undefined, othersNone: rows.length < areas.length };
}

/** The tables a CSV holds: the same as on screen. */
export function toCsvTables(tables: MapTables): DataTableModel[] {
  return tables.structures ? [tables.areas, tables.structures] : [tables.areas];
}

export function renderTables(tables: MapTables, level: Level, lang: Lang, t: MapMessages) {
  return html`${renderDataTable(tables.areas, lang)}
    ${tables.othersNone ? html`<p class="table-note">${t.othersNone(level)}</p>` : nothing}
    ${tables.structures ? renderDataTable(tables.structures, lang) : nothing}`;
}
