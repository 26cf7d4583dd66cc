/**
 * What <funding-breakdown> shows, computed once per data change (not per hover):
 * segments with their shares and colours, the summary sentence that names the
 * chart, and the table that is both the accessible alternative and the CSV.
 */
import type { Action } from '../feed/schema.js';
import { clean } from '../feed/figures.js';
import { budgetTotals, expensesByLine, fundingByFunder, fundingByType, type AmountLine, type BudgetTotals } from '../feed/aggregate.js';
import { amountShares, type ShareBasis, type Shares } from '../feed/shares.js';
import { isolate } from '../shared/bidi.js';
import type { Lang } from '../shared/i18n.js';
import { formatMoney, formatShare } from '../shared/format.js';
import { sharedMessages } from '../shared/messages.js';
import { funderColor, seriesColor, NOT_DETAILED_COLOR, UNFUNDED_FILL } from '../shared/palette.js';
import { type Cell, type DataColumn, type DataTableModel } from '../shared/data-table.js';
import { fundingMessages, type FundingMessages } from './messages.js';

export type GroupBy = 'type' | 'funder';
export type Show = 'revenues' | 'expenses' | 'both';
export type SegmentKind = 'funder' | 'expense' | 'unfunded' | 'not-detailed';

export interface Segment {
  /** Funder type, funder label (normalized) or expense line; special kinds use their kind. */
  key: string;
  label: string;
  amount: number;
  /** amount / chart total (see amountShares). */
  share: number;
  approximate: boolean;
  /** CSS colour or pattern URL. */
  color: string;
  kind: SegmentKind;
  /** Funder type name shown with a funder's own label. */
  detail?: string;
}

export interface ChartModel {
  id: 'revenues' | 'expenses';
  heading: string;
  /** Sum of the segments: the detailed amounts, or with `budget` shares the cost plus any surplus of revenues. */
  total: number;
  segments: Segment[];
  /** What the shares are of, and the amounts detailed and not. */
  shares: Shares;
  /** With `detailed` shares and a part not broken down: "67 930 € détaillés sur 513 700 € ; 445 770 € non détaillés". */
  restNote?: string;
  /** The two lines written inside the donut. */
  center: [string, string];
  /** The chart's accessible name. */
  summary: string;
  /** Why there is no chart (no breakdown given). */
  missing?: string;
  /** Funders or lines named without an amount. */
  unquantified: string[];
  table: DataTableModel;
}

export interface FundingModel {
  state: 'ok' | 'no-actions' | 'no-budget';
  totals: BudgetTotals;
  charts: ChartModel[];
  notes: string[];
}

function lineLabel(line: AmountLine, groupBy: GroupBy | 'expense', lang: Lang): string {
  return groupBy === 'type' && line.funderType ? sharedMessages(lang).funderType[line.funderType] : isolate(line.label);
}

function money(amount: number, approximate: boolean, lang: Lang, t: FundingMessages): string {
  return approximate ? t.about(formatMoney(amount, lang)) : formatMoney(amount, lang);
}

/**
 * The table's total rows. With shares among the detailed amounts the table still adds up
 * to the whole: the detailed total (100 %), then the part not detailed and the whole, without a share.
 */
function footRows(total: number, share: number | null, rest: Shares | undefined, withType: boolean, approximate: boolean, t: FundingMessages): Cell[][] {
  const note = approximate ? t.approximate : '';
  const row = (label: string, amount: number, part: number | null): Cell[] => [label, ...(withType ? [''] : []), amount, part, note];
  if (!rest) return [row(t.total, total, share)];
  return [row(t.totalDetailed, total, share), row(t.notDetailed, rest.notDetailed, null), row(t.total, clean(rest.detailed + rest.notDetailed), null)];
}

function buildChart(
  id: ChartModel['id'],
  lines: readonly AmountLine[],
  extras: { kind: SegmentKind; label: string; amount: number }[],
  totals: BudgetTotals,
  groupBy: GroupBy,
  basis: ShareBasis,
  lang: Lang,
): ChartModel {
  const t = fundingMessages(lang);
  const types = sharedMessages(lang).funderType;
  const quantified = lines.filter((l) => l.amount > 0);
  // Only parts of a total that is otherwise broken down count; with no line at all there is no chart.
  const rest = quantified.length ? extras.filter((e) => e.amount > 0) : [];
  const shares = amountShares(
    quantified.map((l) => l.amount),
    rest.map((e) => e.amount),
    basis,
  );
  const segments: Segment[] = quantified.map((l, i) => ({
    key: id === 'revenues' && groupBy === 'funder' ? l.label : l.key,
    label: lineLabel(l, id === 'revenues' ? groupBy : 'expense', lang),
    amount: l.amount,
    share: shares.shares[i]!,
    approximate: l.approximate,
    color: l.funderType ? funderColor(l.funderType) : seriesColor(i),
    kind: id === 'revenues' ? 'funder' : 'expense',
    ...(id === 'revenues' && groupBy === 'funder' && l.funderType ? { detail: types[l.funderType] } : {}),
  }));
  if (basis === 'budget') {
    rest.forEach((e, j) =>
      segments.push({
        key: e.kind,
        label: e.label,
        amount: e.amount,
        share: shares.shares[quantified.length + j]!,
        // A remainder is as approximate as the figures it comes from; across many actions that is unknown.
        approximate: totals.approximate && totals.completeness.actions === 1,
        color: e.kind === 'unfunded' ? UNFUNDED_FILL : NOT_DETAILED_COLOR,
        kind: e.kind,
      }),
    );
  }
  const total = shares.base;
  const whole = clean(shares.detailed + shares.notDetailed);
  const restNote =
    basis === 'detailed' && shares.notDetailed > 0
      ? t.detailedOf(formatMoney(shares.detailed, lang), formatMoney(whole, lang), formatMoney(shares.notDetailed, lang))
      : undefined;
  const unquantified = lines.filter((l) => l.unquantified > 0 && l.amount === 0).map((l) => lineLabel(l, id === 'revenues' ? groupBy : 'expense', lang));

  const ranked = [...segments].sort((a, b) => b.amount - a.amount);
  const parts = ranked.map((s) => t.part(s.label, formatShare(s.share, lang))).join(', ');
  const heading = id === 'revenues' ? t.revenues : t.expenses;
  const totalText = money(id === 'revenues' ? totals.cost : segments.length ? total : totals.cost, totals.approximate, lang, t);
  const summary = (id === 'revenues' ? t.summary(totalText, parts) : t.expensesSummary(totalText, parts)) + (restNote ? ` (${restNote})` : '');
  const approx = totals.approximate ? '≈ ' : '';
  const center: [string, string] = restNote
    ? [`${approx}${formatMoney(total, lang)}`, t.detailed]
    : [`${approx}${formatMoney(id === 'revenues' ? totals.cost : total, lang)}`, id === 'revenues' ? t.budget : t.expenses];

  const withType = id === 'revenues' && groupBy === 'funder';
  const firstColumn = id === 'expenses' ? t.columnExpense : groupBy === 'type' ? t.columnType : t.columnFunder;
  const rows: Cell[][] = segments.map((s) => [
    s.label,
    ...(withType ? [s.detail ?? ''] : []),
    s.amount,
    s.share,
    s.approximate ? t.approximate : '',
  ]);
  for (const label of unquantified) rows.push([label, ...(withType ? [''] : []), null, null, t.notGiven]);
  const hasNote = totals.approximate || rows.some((r) => r[r.length - 1] !== '');
  const columns: DataColumn[] = [
    { label: firstColumn, format: 'text' },
    ...(withType ? [{ label: t.columnType, format: 'text' as const }] : []),
    { label: t.columnAmount, format: 'money' },
    { label: t.columnShare, format: 'percent' },
    ...(hasNote ? [{ label: t.columnNote, format: 'text' as const }] : []),
  ];
  const cut = (r: Cell[]) => (hasNote ? r : r.slice(0, -1));
  const table: DataTableModel = {
    caption: `${heading} — ${summary}`,
    columns,
    rows: rows.map(cut),
    foot: footRows(segments.length ? total : totals.cost, segments.length ? 1 : null, restNote ? shares : undefined, withType, totals.approximate, t).map(cut),
  };
  return {
    id,
    heading,
    total,
    segments,
    shares,
    ...(restNote ? { restNote } : {}),
    center,
    summary,
    ...(segments.length ? {} : { missing: id === 'revenues' ? t.breakdownMissing : t.expensesMissing }),
    unquantified,
    table,
  };
}

/** Everything the element renders, from the selected actions. */
export function fundingModel(actions: readonly Action[], groupBy: GroupBy, show: Show, lang: Lang, basis: ShareBasis = 'budget'): FundingModel {
  const t = fundingMessages(lang);
  const totals = budgetTotals(actions);
  if (!actions.length) return { state: 'no-actions', totals, charts: [], notes: [] };
  if (totals.completeness.withBudget === 0) {
    // No amount anywhere, but the fiches may still name their funders: say who they are.
    const named = (groupBy === 'type' ? fundingByType(actions) : fundingByFunder(actions)).map((l) => lineLabel(l, groupBy, lang));
    return { state: 'no-budget', totals, charts: [], notes: named.length ? [t.unquantified(named.join(', '))] : [] };
  }
  const charts: ChartModel[] = [];
  if (show !== 'expenses') {
    const lines = groupBy === 'type' ? fundingByType(actions) : fundingByFunder(actions);
    charts.push(
      buildChart(
        'revenues',
        lines,
        [
          { kind: 'unfunded', label: t.unfunded, amount: totals.unfunded },
          { kind: 'not-detailed', label: t.revenuesNotDetailed, amount: totals.revenuesNotDetailed },
        ],
        totals,
        groupBy,
        basis,
        lang,
      ),
    );
  }
  if (show !== 'revenues') {
    charts.push(
      buildChart('expenses', expensesByLine(actions), [{ kind: 'not-detailed', label: t.expensesNotDetailed, amount: totals.expensesNotDetailed }], totals, groupBy, basis, lang),
    );
  }
  const notes: string[] = [];
  if (totals.approximate) notes.push(t.approximateNote);
  if (totals.surplus > 0 && show !== 'expenses') notes.push(t.surplus(formatMoney(totals.surplus, lang)));
  for (const c of charts) if (c.unquantified.length) notes.push(t.unquantified(c.unquantified.join(', ')));
  const c = totals.completeness;
  if (c.actions > 1 && (c.withoutBudget || c.totalOnly)) notes.push(t.completeness(c.actions, c.withoutBudget, c.totalOnly));
  return { state: 'ok', totals, charts, notes };
}
