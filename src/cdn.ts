/**
 * The CDN bundle: a CMS page loads this one file with `<script type="module" src>`;
 * it registers every element. Exports let a page rename tags or read the API.
 */
import { define } from './registry.js';
import { defineLazy, loadTerritoryMap } from './lazy.js';

define();
// The map's code and geometry are a separate chunk, downloaded only when a page uses the tag.
defineLazy('territory-map', loadTerritoryMap);

export * from './index.js';
