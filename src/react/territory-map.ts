/**
 * The React component for <territory-map> (`vitrine/react/territory-map.js`): on its own, since the map brings its
 * geometry (about 24 kB gzip) that pages without a map should not pay for. Registers the tag on import.
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { TerritoryMap as TerritoryMapElement } from '../territory-map/territory-map.js';
import { defineElement } from '../registry.js';
import { ELEMENT_EVENTS } from '../shared/framework-events.js';

if (typeof customElements !== 'undefined') defineElement('territory-map', TerritoryMapElement);

export const TerritoryMap = createComponent({
  react: React,
  tagName: 'territory-map',
  elementClass: TerritoryMapElement,
  events: ELEMENT_EVENTS['territory-map'],
  displayName: 'TerritoryMap',
});

export { TerritorySelectEvent } from '../shared/events.js';
