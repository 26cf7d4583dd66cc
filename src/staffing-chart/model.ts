/**
 * What <staffing-chart> shows, computed once per data change: the kinds of people
 * (salaried, volunteers…) with their share, the roles, the summary sentence that
 * names the chart, the optional value of volunteer time, and the tables that are
 * both the accessible alternative and the CSV. Person names are never read.
 */
import { PERSON_KINDS, type PersonKind } from '../feed/funders.js';
import type { Action } from '../feed/schema.js';
import { staffingTotals, volunteerValuation, type StaffingTotals } from '../feed/aggregate.js';
import { HOURS_PER_ETP_YEAR, clean } from '../feed/figures.js';
import { isolate } from '../shared/bidi.js';
import type { Lang } from '../shared/i18n.js';
import { formatEtp, formatMeasure, formatMoney, formatShare } from '../shared/format.js';
import { personKindColor } from '../shared/palette.js';
import { type Cell, type DataTableModel } from '../shared/data-table.js';
import { kindValues, pickMeasure, type Measure } from './layout.js';
import { staffingMessages, type StaffingMessages } from './messages.js';

export interface KindSegment {
  kind: PersonKind;
  label: string;
  value: number;
  share: number;
  color: string;
}

export interface StaffRow {
  key: string;
  label: string;
  kind: PersonKind;
  kindLabel: string;
  etp?: number;
  count?: number;
  /** `count` covers every entry of the role (otherwise it is a lower bound). */
  countComplete: boolean;
  fromHours: boolean;
}

/** Beyond this many roles the chart lists the largest and counts the others (all are in the table). */
export const MAX_ROLE_ROWS = 8;

export interface Valuation {
  etp: number;
  rate: number;
  value: number;
  text: string;
}

export interface StaffingModel {
  state: 'ok' | 'no-actions' | 'no-staffing';
  totals: StaffingTotals;
  measure: Measure;
  kinds: KindSegment[];
  /** Every role (the table). */
  rows: StaffRow[];
  /** The roles drawn: all of them, or the MAX_ROLE_ROWS largest. */
  shownRows: StaffRow[];
  /** Roles left out of the chart. */
  otherRoles: number;
  /** The chart's accessible name. */
  summary: string;
  /** "Salariés : 2 ETP · Bénévoles : 1,1 ETP". */
  etpLine: string;
  /** "4 professionnels · 22 bénévoles". */
  countLine: string;
  notes: string[];
  valuation?: Valuation;
  tables: DataTableModel[];
  /** What prints instead: the roles drawn and one line for the others (every role is in `tables` and the CSV). */
  printTables: DataTableModel[];
}

/** The printed role rows: those the chart draws, in table order, then one line adding up the others. */
function printedRoles(rows: readonly StaffRow[], shown: readonly StaffRow[], t: StaffingMessages, roleRow: (r: StaffRow) => Cell[]): Cell[][] {
  if (shown.length === rows.length) return rows.map(roleRow);
  const kept = new Set(shown);
  const others = rows.filter((r) => !kept.has(r));
  const etp = others.some((r) => r.etp !== undefined) ? clean(others.reduce((sum, r) => sum + (r.etp ?? 0), 0)) : null;
  const count = others.some((r) => r.count !== undefined) ? others.reduce((sum, r) => sum + (r.count ?? 0), 0) : null;
  return [...rows.filter((r) => kept.has(r)).map(roleRow), [t.otherRolesRow(others.length), '', etp, count, t.otherRolesNote]];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function staffingModel(actions: readonly Action[], volunteerHourValue: number | undefined, lang: Lang): StaffingModel {
  const t = staffingMessages(lang);
  const kindNames = t.personKind;
  const totals = staffingTotals(actions);
  const measure = pickMeasure(totals);
  const empty = { totals, measure, kinds: [], rows: [], shownRows: [], otherRoles: 0, summary: '', etpLine: '', countLine: '', notes: [], tables: [], printTables: [] };
  if (!actions.length) return { state: 'no-actions', ...empty };
  if (!totals.completeness.withStaffing) return { state: 'no-staffing', ...empty };

  const values = kindValues(totals, measure);
  const sum = values.reduce((s, k) => s + k.value, 0);
  const kinds: KindSegment[] = values.map((k) => ({
    kind: k.kind,
    label: kindNames[k.kind],
    value: k.value,
    share: sum > 0 ? k.value / sum : 0,
    color: personKindColor(k.kind),
  }));
  const totalText = measure === 'etp' ? t.etpTotal(formatEtp(totals.etp, lang)) : t.people(sum);
  const parts = kinds.map((k) => t.part(k.label, formatMeasure(measure, k.value, lang), formatShare(k.share, lang))).join(', ');
  const summary = measure === 'etp' ? t.summaryEtp(totalText, parts) : t.summaryCount(totalText, parts);

  // Roles in kind order; a declared total no role accounts for follows its kind's roles.
  const rows: StaffRow[] = [];
  for (const kind of PERSON_KINDS) {
    for (const r of totals.roles) {
      if (r.kind !== kind) continue;
      rows.push({
        key: r.key,
        label: isolate(capitalize(r.role)),
        kind,
        kindLabel: kindNames[kind],
        ...(r.etpKnown ? { etp: r.etp } : {}),
        ...(r.count > 0 ? { count: r.count } : {}),
        countComplete: r.countComplete,
        fromHours: r.fromHours,
      });
    }
    const rest = kind === 'salarie' ? totals.salariedNotDetailed : kind === 'benevole' ? totals.volunteerNotDetailed : 0;
    if (rest > 0) {
      rows.push({ key: `${kind}|`, label: t.notDetailed(kindNames[kind]), kind, kindLabel: kindNames[kind], etp: rest, countComplete: false, fromHours: false });
    }
  }

  const size = (r: StaffRow) => (measure === 'etp' ? r.etp : r.count) ?? 0;
  const shownRows = rows.length > MAX_ROLE_ROWS ? [...rows].sort((a, b) => size(b) - size(a) || (b.count ?? 0) - (a.count ?? 0)).slice(0, MAX_ROLE_ROWS) : rows;

  const etpLine =
    measure === 'etp'
      ? values.map((k) => `${kindNames[k.kind]}${lang === 'fr' ? ' : ' : ': '}${formatEtp(k.value, lang)}`).join(' · ')
      : '';
  const countLine = PERSON_KINDS.filter((k) => totals.countByKind[k] > 0)
    .map((k) => t.headcount(k, totals.countByKind[k]))
    .join(' · ');

  const notes: string[] = [];
  if (totals.fromHours) notes.push(t.hoursNote);
  if (measure === 'count') notes.push(t.countsOnlyNote);
  const c = totals.completeness;
  if (c.actions > 1 && (c.withoutStaffing || (measure === 'etp' && c.countsOnly))) {
    notes.push(t.completeness(c.actions, c.withoutStaffing, measure === 'etp' ? c.countsOnly : 0));
  }

  const roleRow = (r: StaffRow): Cell[] => [
    r.label,
    r.kindLabel,
    r.etp ?? null,
    r.count ?? null,
    [r.fromHours ? t.hoursConverted : '', r.count !== undefined && !r.countComplete ? t.countPartial : ''].filter(Boolean).join(', '),
  ];
  const totalCount = PERSON_KINDS.reduce((s, k) => s + totals.countByKind[k], 0);
  const tables: DataTableModel[] = [
    {
      caption: summary,
      columns: [
        { label: t.columnRole, format: 'text' },
        { label: t.columnKind, format: 'text' },
        { label: t.columnEtp, format: 'number' },
        { label: t.columnCount, format: 'number' },
        { label: t.columnNote, format: 'text' },
      ],
      rows: rows.map(roleRow),
      foot: [[t.total, '', totals.etp > 0 ? totals.etp : null, totalCount > 0 ? totalCount : null, '']],
    },
  ];
  const printTables = [{ ...tables[0]!, rows: printedRoles(rows, shownRows, t, roleRow) }];

  let valuation: Valuation | undefined;
  if (volunteerHourValue !== undefined && volunteerHourValue > 0 && totals.etpVolunteer > 0) {
    const value = volunteerValuation(totals.etpVolunteer, volunteerHourValue);
    valuation = {
      etp: totals.etpVolunteer,
      rate: volunteerHourValue,
      value,
      text: t.valuation(formatEtp(totals.etpVolunteer, lang), formatMoney(volunteerHourValue, lang), formatMoney(value, lang)),
    };
    tables.push({
      caption: t.valuationTitle,
      columns: [
        { label: t.columnItem, format: 'text' },
        { label: t.columnValue, format: 'number' },
      ],
      rows: [
        [t.valuationRows.etp, totals.etpVolunteer],
        [t.valuationRows.hours, Math.round(totals.etpVolunteer * HOURS_PER_ETP_YEAR * 100) / 100],
        [t.valuationRows.rate, volunteerHourValue],
        [t.valuationRows.value, value],
      ],
    });
  }

  return { state: 'ok', totals, measure, kinds, rows, shownRows, otherRoles: rows.length - shownRows.length, summary, etpLine, countLine, notes, ...(valuation ? { valuation } : {}), tables, printTables: [...printTables, ...tables.slice(1)] };
}
