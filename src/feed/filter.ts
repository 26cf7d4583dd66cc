/**
 * Choosing the actions a chart, the dashboard or the map aggregates. One pass over
 * the actions; structures are looked up in a map built once per call (a feed has
 * far fewer structures than actions).
 */
import type { Action, Feed } from './schema.js';

export interface ActionCriteria {
  /** One action by id: the other criteria are then ignored. */
  actionId?: string;
  /** Structure id. */
  structure?: string;
  /** Département code of the action's structure (`62`, `2A`, `974`). */
  departement?: string;
  /** A keyword, compared without case or accents (`famille` matches `Famille`). */
  keyword?: string;
  /** A public, compared like keywords (`jeunesse`, `familles`…). */
  public?: string;
  status?: 'en-cours' | 'terminee' | 'en-projet';
  year?: number;
}

const normalized = new Map<string, string>();

/**
 * Lower case, no accents, single spaces. Cached: keywords and funder labels repeat
 * across thousands of actions, and normalizing is the costly part of matching.
 */
export function normalizeLabel(value: string): string {
  let out = normalized.get(value);
  if (out === undefined) {
    out = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
    // Bounded: free text from a huge feed must not grow the cache without limit.
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(value, out);
  }
  return out;
}

function hasLabel(values: readonly string[], wanted: string): boolean {
  for (const v of values) if (normalizeLabel(v) === wanted) return true;
  return false;
}

/** True when no criterion narrows the selection (the whole feed is shown). */
export function isWholeFeed(criteria: ActionCriteria): boolean {
  return (
    !criteria.actionId &&
    !criteria.structure &&
    !criteria.departement &&
    !criteria.keyword &&
    !criteria.public &&
    !criteria.status &&
    criteria.year === undefined
  );
}

/** The actions matching every given criterion, in feed order. */
export function filterActions(feed: Pick<Feed, 'actions' | 'structures'>, criteria: ActionCriteria): Action[] {
  if (criteria.actionId) return feed.actions.filter((a) => a.id === criteria.actionId);
  if (isWholeFeed(criteria)) return feed.actions;
  let structureIds: Set<string> | undefined;
  if (criteria.departement) {
    const code = criteria.departement.trim().toUpperCase();
    structureIds = new Set(feed.structures.filter((s) => s.departement === code).map((s) => s.id));
  }
  const keyword = criteria.keyword ? normalizeLabel(criteria.keyword) : undefined;
  const audience = criteria.public ? normalizeLabel(criteria.public) : undefined;
  const out: Action[] = [];
  for (const a of feed.actions) {
    if (criteria.structure && a.structureId !== criteria.structure) continue;
    if (structureIds && !structureIds.has(a.structureId)) continue;
    if (criteria.status && a.status?.state !== criteria.status) continue;
    if (criteria.year !== undefined && a.year !== criteria.year) continue;
    if (keyword && !hasLabel(a.keywords, keyword)) continue;
    if (audience && !hasLabel(a.public, audience)) continue;
    out.push(a);
  }
  return out;
}
