/**
 * Re-import into an existing feed: structures and actions with the same id are replaced
 * in place (ids are slugs of titles and names, so the same fiche keeps its id), new ones
 * are appended, the others are kept untouched.
 */
import type { FeedInput } from '../feed/schema.js';

function byId<T extends { id: string }>(existing: readonly T[], incoming: readonly T[]): T[] {
  const fresh = new Map(incoming.map((x) => [x.id, x]));
  const out = existing.map((x) => fresh.get(x.id) ?? x);
  const kept = new Set(existing.map((x) => x.id));
  return [...out, ...incoming.filter((x) => !kept.has(x.id))];
}

export function mergeFeeds(existing: FeedInput, incoming: FeedInput): FeedInput {
  return {
    ...existing,
    ...(incoming.title !== undefined ? { title: incoming.title } : {}),
    ...(incoming.generated !== undefined ? { generated: incoming.generated } : {}),
    structures: byId(existing.structures ?? [], incoming.structures ?? []),
    actions: byId(existing.actions ?? [], incoming.actions ?? []),
  };
}
