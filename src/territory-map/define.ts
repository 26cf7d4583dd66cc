/**
 * Registers <territory-map> eagerly, for npm users who bundle it with the rest of their page. The CDN bundle does
 * not import this file: it loads the map on demand (see src/lazy.ts). Guarded, so a second copy does not throw.
 */
import { TerritoryMap } from './territory-map.js';

if (!customElements.get('territory-map')) customElements.define('territory-map', TerritoryMap);
