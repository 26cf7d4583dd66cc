/**
 * What an import gives beyond the feed's bounds (src/feed/limits.ts), cut to them instead of failing the whole
 * import: a page pasted as one line of 120,000 characters keeps the first 20,000 of its description, a listing
 * read as 1,500 funders its first 1,000, and every other fact of every fiche stays. The bounds are the
 * validator's own (its `too-long` / `too-many` / `too-big` issues name each value and its limit); each cut is
 * noted in its fiche's report, so the webmaster sees what was shortened.
 */
import type { FeedInput } from '../feed/schema.js';
import type { FeedIssue } from '../feed/issues.js';
import { formatPath, validateFeed } from '../feed/validate.js';
import type { ImportReport } from './report.js';

/** A long text cut at its last word within the limit, "…" at the end. */
function cutText(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  return `${space > max * 0.9 ? room.slice(0, space) : room}…`;
}

type Container = Record<string | number, unknown>;

/** The value at `path` and what holds it, or undefined. */
function locate(root: unknown, path: readonly (string | number)[]): { holder: Container; key: string | number } | undefined {
  let holder = root as Container;
  for (const seg of path.slice(0, -1)) {
    const next = holder?.[seg];
    if (typeof next !== 'object' || next === null) return undefined;
    holder = next as Container;
  }
  return holder ? { holder, key: path[path.length - 1]! } : undefined;
}

function fit(feed: FeedInput, issue: FeedIssue): string | undefined {
  const at = locate(feed, issue.path);
  const max = Number(issue.expected);
  if (!at || !Number.isFinite(max)) return undefined;
  const value = at.holder[at.key];
  if (issue.code === 'too-long' && typeof value === 'string') {
    at.holder[at.key] = cutText(value, max);
    return `texte de ${value.length} caractères coupé aux ${max} premiers (limite du flux)`;
  }
  if (issue.code === 'too-many' && Array.isArray(value)) {
    value.length = max;
    return `liste réduite aux ${max} premiers éléments (limite du flux)`;
  }
  if (issue.code === 'too-big' && typeof value === 'number') {
    delete at.holder[at.key];
    return `nombre ${value} au-delà de la limite du flux (${max}) : non repris, sans doute mal lu`;
  }
  return undefined;
}

/**
 * Cuts every value beyond a bound and notes it in the fiche's report (the fiche of the action, or of its structure).
 * Returns the feed's issues once nothing more is cut: one validation when nothing is beyond a bound (the importer's
 * own, which it would run anyway), two or three otherwise (a list cut short may still hold a text too long).
 */
export function fitToBounds(feed: FeedInput, report: ImportReport): FeedIssue[] {
  const fitted = new Set<string>();
  for (let pass = 0; ; pass++) {
    const { issues } = validateFeed(feed);
    let cut = false;
    for (const issue of pass < 2 ? issues : []) {
      const where = `${formatPath(issue.path)} ${issue.code}`;
      if (fitted.has(where)) continue;
      const done = fit(feed, issue);
      if (!done) continue;
      fitted.add(where);
      cut = true;
      const [list, index] = issue.path;
      const structureId = list === 'structures' ? feed.structures?.[index as number]?.id : undefined;
      const fiche = list === 'actions' ? report.fiches[index as number] : report.fiches.find((f) => f.structureId === structureId);
      fiche?.assumptions.push({ field: formatPath(issue.path.slice(2)) || formatPath(issue.path), text: list === 'structures' ? `structure : ${done}` : done });
    }
    if (!cut) return issues;
  }
}
