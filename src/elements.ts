/**
 * Every element but the map (which brings its geometry: see territory-map/define.ts),
 * for applications that bundle Vitrine themselves. No side effect on import.
 */
import { ActionList } from './action-list/action-list.js';
import { ImpactDashboard } from './impact-dashboard/impact-dashboard.js';
import { EMBED_ELEMENTS, defineElements } from './registry.js';

export const ELEMENTS = {
  ...EMBED_ELEMENTS,
  'action-list': ActionList,
  'impact-dashboard': ImpactDashboard,
} as const;

export type TagName = keyof typeof ELEMENTS;

/** Registers every element (but the map), skipping names already taken; `renames` maps a tag to another name. */
export function define(renames: Partial<Record<TagName, string>> = {}): void {
  defineElements(ELEMENTS, renames);
}
