/**
 * The CDN bundle: a CMS page loads this one file with `<script type="module" src>`;
 * it registers every element. Exports let a page rename tags or read the API.
 */
import { define } from './registry.js';

define();

export * from './index.js';
