/**
 * Vitrine in Vue 3 (`vitrine/vue`). Vue renders custom elements natively (properties set as properties, events
 * listened to by name); what it needs is to be told these tags are not Vue components, and, for templates to be
 * type-checked, the elements' props and events in `GlobalComponents` (done by importing this module's types).
 *
 * ```ts
 * import { createApp } from 'vue';
 * import { vitrine } from 'vitrine/vue';
 * createApp(App).use(vitrine).mount('#app');           // registers the elements, in-browser templates
 * // vite.config.ts, for compiled templates (single-file components):
 * vue({ template: { compilerOptions: { isCustomElement: isVitrineElement } } })
 * ```
 */
import type { App, HTMLAttributes, PublicProps } from 'vue';
import type { ActionCard } from '../action-card/action-card.js';
import type { ActionList } from '../action-list/action-list.js';
import type { FundingBreakdown } from '../funding-breakdown/funding-breakdown.js';
import type { ImpactDashboard } from '../impact-dashboard/impact-dashboard.js';
import type { StaffingChart } from '../staffing-chart/staffing-chart.js';
import type { TerritoryMap } from '../territory-map/territory-map.js';
import type { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from '../shared/events.js';
import type { ELEMENT_EVENTS } from '../shared/framework-events.js';
import { define, ELEMENTS } from '../elements.js';

/** Every tag Vitrine defines, `<vitrine-source>` (read by the dashboard, never registered) included. */
export const VITRINE_TAGS: readonly string[] = [...Object.keys(ELEMENTS), 'vitrine-source'];

/** For `compilerOptions.isCustomElement`: true for Vitrine's tags only, so other unknown tags still warn. */
export function isVitrineElement(tag: string): boolean {
  return VITRINE_TAGS.includes(tag);
}

/**
 * The Vue plugin: registers every element (the map on demand: its code and geometry load once it is used) and, for templates
 * compiled in the browser, adds Vitrine's tags to the app's `isCustomElement` (keeping the app's own test).
 */
export const vitrine = {
  install(app: App): void {
    if (typeof customElements !== 'undefined') define();
    const options = app.config.compilerOptions;
    const previous = options.isCustomElement;
    options.isCustomElement = (tag: string) => isVitrineElement(tag) || (previous?.(tag) ?? false);
  },
};

type Events = typeof ELEMENT_EVENTS;
type Handlers<T> = { [K in keyof T]?: (event: T[K] extends { __eventType: infer E } ? E : Event) => void };

/**
 * A non-Vue custom element as Vue's template checker sees it (Vue's guide, "Web Components and TypeScript"): its
 * properties, and its events as `on…` props (`@action-select` in a template), from the table the React
 * components use (src/shared/framework-events.ts).
 */
export type VueCustomElement<E extends HTMLElement, Tag extends keyof Events> = new () => E & {
  /** @deprecated For template type-checking only; not on the element at run time. */
  $props: HTMLAttributes & Partial<Omit<E, keyof HTMLElement>> & PublicProps & Handlers<Events[Tag]>;
};

declare module 'vue' {
  interface GlobalComponents {
    'action-card': VueCustomElement<ActionCard, 'action-card'>;
    'funding-breakdown': VueCustomElement<FundingBreakdown, 'funding-breakdown'>;
    'staffing-chart': VueCustomElement<StaffingChart, 'staffing-chart'>;
    'territory-map': VueCustomElement<TerritoryMap, 'territory-map'>;
    'action-list': VueCustomElement<ActionList, 'action-list'>;
    'impact-dashboard': VueCustomElement<ImpactDashboard, 'impact-dashboard'>;
  }
}

export type { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent };
