/**
 * What both charts (<funding-breakdown>, <staffing-chart>) share, declared once: the attributes that choose which
 * actions a chart adds up, its heading level and its downloads, and the frame's title and table toggle.
 *
 * Not a class in between: each chart keeps FeedElement as its one, direct base (feed-element.test.ts checks it).
 * A chart calls `withChartProperties(this)` in a static block, which declares the template's reactive properties
 * (its `static properties`) on it through Lit's `createProperty`; `interface Chart extends ChartProperties {}` gives
 * it their types. The analyzer documents them on both elements from the template's JSDoc
 * (custom-elements-manifest.config.mjs).
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { isolate } from './bidi.js';
import type { ChartSelection, FrameOptions } from './chart.js';

/** The template the charts' properties are copied from; never registered, never rendered. */
export abstract class ChartPropertiesTemplate extends LitElement {
  static override properties: PropertyDeclarations = {
    actionId: { attribute: 'action-id', reflect: true },
    structure: {},
    departement: {},
    keyword: {},
    noExport: { attribute: 'no-export', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of one action; without it the chart sums every action matching the filters below. */
  actionId?: string;

  /** Only the actions of this structure (its id in the feed). */
  structure?: string;

  /** Only the actions of structures in this département (code: `62`, `2A`, `974`). */
  departement?: string;

  /** Only the actions with this keyword (case and accents ignored). */
  keyword?: string;

  /** Hides the download buttons (the data table stays available). */
  noExport = false;

  /** Heading level of the title (2–6), to fit the host page's outline. */
  headingLevel = 3;
}

/** Their types on a chart: undefined until set (the template's defaults are the documented ones, applied where read). */
export type ChartProperties = Partial<Pick<ChartPropertiesTemplate, 'actionId' | 'structure' | 'departement' | 'keyword' | 'noExport' | 'headingLevel'>>;

/** Declares the shared properties on a chart class (call it from the class's static block). */
export function withChartProperties(chart: typeof LitElement): void {
  // The template's declarations themselves: a class Lit never finalises (never registered) has no elementProperties.
  for (const [name, options] of Object.entries(ChartPropertiesTemplate.properties)) chart.createProperty(name, options);
}

/** The two titles a chart's messages give: one action's, or an aggregate's. */
export interface TitleMessages {
  actionTitle(title: string): string;
  aggregateTitle(count: number): string;
}

/** A chart as the frame needs it: its shared properties and its table toggle. */
interface FramedChart extends ChartProperties {
  tableOpen: boolean;
}

/** The selection as a memo key: a chart recomputes its model only when one of these changes. */
export function selectionKey(chart: ChartProperties): readonly unknown[] {
  return [chart.actionId, chart.structure, chart.departement, chart.keyword];
}

/** The frame's parts that follow from the chart and its selection (renderFrame takes the rest). */
export function chartFrame(chart: FramedChart, selection: ChartSelection, t: TitleMessages) {
  const title = selection.action
    ? t.actionTitle(isolate(selection.action.title))
    : t.aggregateTitle(selection.actions.length) + (selection.scope.length ? ` — ${selection.scope.join(', ')}` : '');
  return {
    title,
    headingLevel: chart.headingLevel ?? 3,
    single: !!selection.action,
    tableOpen: chart.tableOpen,
    onToggle: () => (chart.tableOpen = !chart.tableOpen),
  } satisfies Partial<FrameOptions>;
}
