/**
 * The filtered actions as one table, one row per action: what a funder pastes into a
 * spreadsheet. Written by shared/export.ts as French Excel CSV (`;`, BOM, decimal comma).
 * This module and the file writers are both fetched on the first download (impact-dashboard.ts).
 */
import { actionFigures, revenuesByFunderType } from '../feed/figures.js';
import { departementName } from '../feed/departements.js';
import { FUNDER_TYPES, type FunderType } from '../feed/funders.js';
import type { Action, Structure } from '../feed/schema.js';
import type { Cell, DataColumn, DataTableModel } from '../shared/data-table.js';
import type { Lang } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import { isolate } from '../shared/bidi.js';
import { loadExport } from '../shared/chart.js';
import { listMessages } from '../action-list/messages.js';
import { dashboardMessages } from './messages.js';

/** One column per funder type that funds at least one of the actions with an amount. */
export function actionsTable(actions: readonly Action[], structureById: ReadonlyMap<string, Structure>, lang: Lang, caption: string): DataTableModel {
  const t = dashboardMessages(lang).csv;
  const f = listMessages(lang).filter;
  const funded = new Set<FunderType>();
  for (const a of actions) for (const r of a.budget?.revenues ?? []) if (r.amount !== undefined) funded.add(r.funderType);
  const types = FUNDER_TYPES.filter((type) => funded.has(type));
  const text = (label: string): DataColumn => ({ label, format: 'text' });
  const columns: DataColumn[] = [
    ...[t.id, t.title, t.structure, f.departement, t.commune, f.status].map(text),
    { label: f.year, format: 'number' },
    ...[f.dimension, t.keywords, t.public].map(text),
    { label: t.budget, format: 'money' },
    ...types.map((type): DataColumn => ({ label: t.funder(sharedMessages(lang).funderType[type]), format: 'money' })),
    { label: t.etpSalaried, format: 'etp' },
    { label: t.etpVolunteer, format: 'etp' },
    { label: t.etpTotal, format: 'etp' },
    { label: t.beneficiaries, format: 'number' },
  ];
  const rows = actions.map((a): Cell[] => {
    const s = structureById.get(a.structureId);
    const code = s?.departement;
    const figures = actionFigures(a);
    const byType = new Map(revenuesByFunderType(a.budget).map((r) => [r.type, r.amount]));
    const staffing = figures.staffing?.etpKnown ? figures.staffing : undefined;
    return [
      a.id,
      a.title,
      s?.name ?? null,
      code ? `${departementName(code) ?? code} (${code})` : null,
      s?.commune?.name ?? null,
      a.status ? listMessages(lang).status[a.status.state] : null,
      a.year ?? null,
      a.dimension ?? null,
      a.keywords.map(isolate).join(', ') || null,
      a.public.map(isolate).join(', ') || null,
      figures.budget?.cost ?? null,
      ...types.map((type) => byType.get(type) ?? null),
      staffing?.etpSalaried ?? null,
      staffing?.etpVolunteer ?? null,
      staffing?.etp ?? null,
      figures.beneficiaries?.count ?? null,
    ];
  });
  return { caption, columns, rows };
}

/** Downloads the actions as `<title>.csv`; rejects when the code that writes the file cannot be fetched. */
export async function downloadActionsCsv(actions: readonly Action[], structureById: ReadonlyMap<string, Structure>, lang: Lang, title: string): Promise<void> {
  const { csvBlob, downloadBlob, fileSlug, toCsv } = await loadExport();
  downloadBlob(csvBlob(toCsv([actionsTable(actions, structureById, lang, title)])), `${fileSlug(title)}.csv`);
}
