/**
 * What both charts (<funding-breakdown>, <staffing-chart>) share, declared once: the attributes that choose which
 * actions the chart adds up, its heading level, its downloads, and the frame's title and table toggle. A mixin of
 * properties with no lifecycle and no rendering of its own: each chart keeps FeedElement as its one base, and the
 * analyzer documents these attributes on both elements from this one place. The selection itself is
 * `selectActions` (shared/chart.ts).
 */
import { property, state } from 'lit/decorators.js';
import type { FeedElement } from './feed-element.js';
import { isolate } from './bidi.js';
import type { ChartSelection, FrameOptions } from './chart.js';

/** The two titles a chart's messages give: one action's, or an aggregate's. */
export interface TitleMessages {
  actionTitle(title: string): string;
  aggregateTitle(count: number): string;
}

// The mixin pattern needs a constructor type open to any arguments.
type FeedElementClass = abstract new (...args: any[]) => FeedElement;

export function ChartProperties<Base extends FeedElementClass>(base: Base) {
  abstract class ChartPropertiesElement extends base {
    /** Id of one action; without it the chart sums every action matching the filters below. */
    @property({ attribute: 'action-id', reflect: true }) actionId?: string;

    /** Only the actions of this structure (its id in the feed). */
    @property() structure?: string;

    /** Only the actions of structures in this département (code: `62`, `2A`, `974`). */
    @property() departement?: string;

    /** Only the actions with this keyword (case and accents ignored). */
    @property() keyword?: string;

    /** Hides the download buttons (the data table stays available). */
    @property({ attribute: 'no-export', type: Boolean }) noExport = false;

    /** Heading level of the title (2–6), to fit the host page's outline. */
    @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

    /** The data table is shown (it starts hidden; the toggle's state survives re-renders). */
    @state() protected tableOpen = false;

    /** The frame's parts that follow from the element and its selection (renderFrame takes the rest). */
    protected frameOf(selection: ChartSelection, t: TitleMessages) {
      const title = selection.action
        ? t.actionTitle(isolate(selection.action.title))
        : t.aggregateTitle(selection.actions.length) + (selection.scope.length ? ` — ${selection.scope.join(', ')}` : '');
      return {
        title,
        headingLevel: this.headingLevel,
        single: !!selection.action,
        tableOpen: this.tableOpen,
        onToggle: () => (this.tableOpen = !this.tableOpen),
      } satisfies Partial<FrameOptions>;
    }

    /** The selection as a memo key: a chart recomputes its model only when one of these changes. */
    protected selectionKey(): readonly unknown[] {
      return [this.actionId, this.structure, this.departement, this.keyword];
    }
  }
  return ChartPropertiesElement;
}
