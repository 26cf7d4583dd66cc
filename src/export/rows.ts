/**
 * One action (or structure) as rows of the tidy tables, cells in the dictionary's column
 * order. The figures Vitrine derives (an action's cost, a role's ETP, the beneficiaries
 * kept) come from src/feed/figures.ts, so a query over the export adds up to the
 * dashboard's totals.
 */
import { actionBudget, beneficiaryFigure, personEtp } from '../feed/figures.js';
import { normalizeLabel } from '../feed/filter.js';
import type { Action, Structure } from '../feed/schema.js';
import { regionOfDepartement } from '../geo/divisions.js';
import type { TableName } from './dictionary.js';

export type Value = string | number | boolean | null;
export type Rows = Record<TableName, Value[][]>;

const v = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
const bool = (x: boolean | undefined): boolean | null => (x === undefined ? null : x);

export function structureRow(s: Structure, source: string): Value[] {
  return [
    s.id,
    source,
    s.name,
    v(s.kind),
    v(s.departement),
    v(s.departement ? regionOfDepartement(s.departement)?.code : undefined),
    v(s.commune?.name),
    v(s.commune?.insee),
    v(s.commune?.postcode),
    v(s.website),
  ];
}

/** Rows of every action table for one action (the structures table aside). */
export function actionRows(a: Action, source: string, out: Omit<Rows, 'structures'>): void {
  const b = a.budget;
  const s = a.staffing;
  out.actions.push([
    a.id,
    source,
    a.structureId,
    a.title,
    v(a.status?.state),
    v(a.status?.reason),
    v(a.year),
    v(a.period?.start),
    v(a.period?.end),
    v(a.dimension),
    v(a.territory?.scale),
    v(a.summary),
    v(actionBudget(a)),
    v(b?.total),
    bool(b?.approximate),
    v(b?.basis),
    v(s?.etpSalaried),
    v(s?.etpVolunteer),
    v(beneficiaryFigure(a)?.count),
    v(a.source?.url),
  ]);
  b?.revenues.forEach((r, i) => out.revenues.push([a.id, i + 1, r.label, r.funderType, v(r.amount), bool(r.approximate)]));
  b?.expenses.forEach((e, i) => out.expenses.push([a.id, i + 1, e.label, v(e.amount), bool(e.approximate)]));
  // Roles only: a person's name, when a feed keeps one, is never exported.
  s?.people.forEach((p, i) => out.staffing.push([a.id, i + 1, p.role, p.kind, v(p.count), v(p.etp), v(p.hoursPerWeek), v(personEtp(p))]));
  a.partners.forEach((p, i) => out.partners.push([a.id, i + 1, p.name, v(p.type)]));
  a.keywords.forEach((k, i) => out.keywords.push([a.id, i + 1, k, normalizeLabel(k)]));
  a.public.forEach((p, i) => out.publics.push([a.id, i + 1, p, normalizeLabel(p)]));
}
