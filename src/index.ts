/** Vitrine's public API: element classes, feed schema and helpers. Registers nothing (see define.ts). */
export { ActionCard } from './action-card/action-card.js';
export * from './feed/index.js';
export { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from './shared/events.js';
export { resolveLang, type Lang } from './shared/i18n.js';
export { define, ELEMENTS, type TagName } from './registry.js';
