/**
 * The dashboard's filters in the page's query string (`?departement=62&keyword=Santé`),
 * so a filtered view can be bookmarked, shared and reloaded. Reading is strict: a value
 * that cannot be a filter (unknown status, malformed code) is ignored rather than
 * producing an empty view. The page's own parameters are kept untouched.
 */
import { FILTER_KEYS, STATUSES, type DashboardFilters, type Status } from './dashboard.js';
import { FUNDER_TYPES, type FunderType } from './funders.js';

/** Longer text is not a filter anybody typed; it is cut rather than trusted. */
const MAX_TEXT = 200;
const DEPARTEMENT = /^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;

function text(value: string | null): string | undefined {
  const t = value?.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  return t || undefined;
}

/** Filters read from a query string (`location.search`, with or without `?`). */
export function readFilters(search: string): DashboardFilters {
  const p = new URLSearchParams(search);
  const filters: DashboardFilters = {};
  const q = text(p.get('q'));
  if (q) filters.q = q;
  const departement = p.get('departement')?.trim().toUpperCase();
  if (departement && DEPARTEMENT.test(departement)) filters.departement = departement;
  for (const key of ['keyword', 'public', 'dimension'] as const) {
    const value = text(p.get(key));
    if (value) filters[key] = value;
  }
  const status = p.get('status');
  if (STATUSES.includes(status as Status)) filters.status = status as Status;
  const funder = p.get('funder');
  if (FUNDER_TYPES.includes(funder as FunderType)) filters.funder = funder as FunderType;
  const year = Number(p.get('year'));
  if (Number.isInteger(year) && year >= 1900 && year <= 2100) filters.year = year;
  return filters;
}

/**
 * The query string for these filters (`?…`, or `''` when nothing is left): the
 * page's other parameters first, in their order, then the filters in FILTER_KEYS order.
 */
export function writeFilters(search: string, filters: DashboardFilters): string {
  const p = new URLSearchParams(search);
  for (const key of FILTER_KEYS) p.delete(key);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') p.append(key, String(value));
  }
  const out = p.toString();
  return out ? `?${out}` : '';
}
