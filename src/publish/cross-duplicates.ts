/**
 * The same fiche published by two sources: a centre's own feed and its federation's, or
 * a CAF collection that already holds the centre. Ids cannot tell (each source prefixes
 * its own), so an action is known by what a reader would recognise: its structure's name
 * and département, its title and its year, compared case- and accent-insensitively.
 *
 * The first source (in the order given) keeps the action; a later copy is left out and
 * both are reported: the copy's issue names the action kept, so nothing goes silently.
 */
import { fold } from '../feed/search.js';
import type { Structure } from '../feed/schema.js';

/** An action as staged, before ids are prefixed: enough to recognise it. */
export interface ActionKeyParts {
  /** Index in its feed's `actions` (the report's path). */
  index: number;
  /** Line in the source's staging file (what to skip). */
  line: number;
  id: string;
  structureId: string;
  title: string;
  year?: number;
}

export interface CrossDuplicate {
  index: number;
  line: number;
  id: string;
  /** The source and (prefixed) id of the action kept in its place. */
  keptSource: string;
  keptId: string;
  keptIndex: number;
}

const words = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The name a reader recognises an action by; undefined when its structure is unknown (nothing to compare). */
export function actionKey(parts: ActionKeyParts, structure: Structure | undefined): string | undefined {
  if (!structure) return undefined;
  return `${words(structure.name)}|${structure.departement ?? ''}|${words(parts.title)}|${parts.year ?? ''}`;
}

/** Remembers the first source of each action across sources, in the order they are read. */
export class CrossSourceIndex {
  private readonly first = new Map<string, { source: string; id: string; index: number }>();

  /**
   * Checks one source's actions against the sources read before it, then adds its own.
   * Within one source, equal keys are kept (two sessions of one workshop are two fiches).
   */
  check(source: string, prefix: string, actions: readonly ActionKeyParts[], structures: ReadonlyMap<string, Structure>): CrossDuplicate[] {
    const copies: CrossDuplicate[] = [];
    for (const a of actions) {
      const key = actionKey(a, structures.get(a.structureId));
      if (key === undefined) continue;
      const seen = this.first.get(key);
      if (!seen) this.first.set(key, { source, id: prefix + a.id, index: a.index });
      else if (seen.source !== source) copies.push({ index: a.index, line: a.line, id: a.id, keptSource: seen.source, keptId: seen.id, keptIndex: seen.index });
    }
    return copies;
  }
}
