/**
 * The loaders of the elements registered on demand (see registry.ts): each is a chunk of its own in the CDN
 * build, and in an application's bundle when it registers through `define()`.
 */
import type { ElementLoader } from './registry.js';

/** The <action-list> module: a federation tool. */
export const loadActionList: ElementLoader = () => import('./action-list/action-list.js').then((m) => m.ActionList);

/** The <impact-dashboard> module (it brings <action-list> with it). */
export const loadImpactDashboard: ElementLoader = () =>
  import('./impact-dashboard/impact-dashboard.js').then((m) => m.ImpactDashboard);

/** The <territory-map> module: its code and geometry. */
export const loadTerritoryMap: ElementLoader = () => import('./territory-map/territory-map.js').then((m) => m.TerritoryMap);
