/**
 * Registers <territory-map> eagerly, for npm users who bundle the map with the rest of their page (`define()`
 * registers it on demand). Guarded, so a second copy does not throw.
 */
import { defineElement } from '../registry.js';
import { TerritoryMap } from './territory-map.js';

defineElement('territory-map', TerritoryMap);
