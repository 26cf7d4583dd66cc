/**
 * The loaders of the elements registered on demand (see registry.ts): each is a chunk of its own in the CDN
 * build, and in an application's bundle when it registers through `define()`.
 */
import type { ElementLoader } from './registry.js';

/** The <action-list> module: a federation tool. */
export const loadActionList: ElementLoader = () => import('./action-list/action-list.js').then((m) => m.ActionList);

/** The <territory-map> module: its code and geometry. */
export const loadTerritoryMap: ElementLoader = () => import('./territory-map/territory-map.js').then((m) => m.TerritoryMap);

/**
 * The <impact-dashboard> module. It renders a list and a map: their code downloads beside its own, not once it has
 * run and rendered them (two round trips later on the demo dashboard). Their registry loaders then find them in
 * the module map.
 */
export const loadImpactDashboard: ElementLoader = () => {
  for (const nested of [loadActionList, loadTerritoryMap]) nested().catch(() => undefined);
  return import('./impact-dashboard/impact-dashboard.js').then((m) => m.ImpactDashboard);
};
