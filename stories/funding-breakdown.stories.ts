import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { darkTheme } from './dark-theme.js';
import { NEVER, PENDING_FEED, loadingStory } from './pending.js';
import { FEED, MISSING_FEED, longTextFeed, sampleFeed } from './data.js';

const SKI = 'mise-en-place-sejour-au-ski-interquartier';

/** A feed of one action financed by a single funder. */
const oneFunderFeed = {
  version: '1.0',
  structures: [{ id: 'cs', name: 'Centre social', departement: '62' }],
  actions: [
    {
      id: 'ludotheque',
      structureId: 'cs',
      title: 'Ludothèque itinérante',
      budget: { total: 12000, revenues: [{ label: 'CAF du Pas-de-Calais', funderType: 'caf', amount: 12000 }] },
    },
  ],
};

const meta: Meta = {
  title: 'Elements/funding-breakdown',
  component: 'funding-breakdown',
  args: { 'action-id': SKI, type: 'donut', 'group-by': 'type', show: 'revenues', shares: 'detailed', lang: 'fr' },
  argTypes: {
    type: { control: 'inline-radio', options: ['donut', 'bar'] },
    'group-by': { control: 'inline-radio', options: ['type', 'funder'] },
    show: { control: 'inline-radio', options: ['revenues', 'expenses', 'both'] },
    shares: { control: 'inline-radio', options: ['detailed', 'budget'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) =>
    html`<funding-breakdown
      src=${FEED}
      action-id=${args['action-id'] ?? ''}
      type=${args.type}
      group-by=${args['group-by']}
      show=${args.show}
      shares=${args.shares}
      lang=${args.lang}
      @funder-select=${(e: Event) => console.log('funder-select', (e as Event & { key: string }).key)}
    ></funding-breakdown>`,
};
export default meta;

type Story = StoryObj;

/** The ski stay of the sample feed: 21 280 € from four funders. */
export const OneAction: Story = {};

export const Bar: Story = { args: { type: 'bar' } };

/** Every action of the feed: shares among the detailed amounts, the part not detailed said beside each chart. */
export const Aggregate: Story = {
  args: { 'action-id': undefined, show: 'both' },
};

/** The same with `shares="budget"`: shares of the whole budget, the part not detailed a grey segment. */
export const AggregateBudgetShares: Story = {
  args: { 'action-id': undefined, show: 'both', shares: 'budget' },
};

/** One département, as a funder would embed it. */
export const Departement: Story = {
  render: () => html`<funding-breakdown src=${FEED} departement="62" type="bar"></funding-breakdown>`,
};

/** Funders as named in the fiches: a ranked bar list. */
export const ManyFunders: Story = {
  args: { 'action-id': undefined, type: 'bar', 'group-by': 'funder' },
};

export const OneFunder: Story = {
  render: () => html`<funding-breakdown .feed=${oneFunderFeed} action-id="ludotheque"></funding-breakdown>`,
};

/** A cost of 20 000 € of which 7 000 € is covered: the rest shows as unfunded. */
export const Unfunded: Story = { args: { 'action-id': 'allez-les-filles' } };

/** Amounts written "6000€ (env.)" in the fiche. */
export const Approximate: Story = { args: { 'action-id': 'autodefense-feministe-stages', show: 'both' } };

export const MissingBudget: Story = { args: { 'action-id': 'projet-elle-m-a-dit' } };

export const TotalOnly: Story = { args: { 'action-id': 'bourse-actions-familles', show: 'both' } };

export const ExpensesOnly: Story = { args: { 'action-id': 'acces-au-numerique', show: 'expenses', type: 'bar' } };

export const English: Story = { args: { lang: 'en', show: 'both', 'action-id': 'acces-au-numerique' } };

/** Inline JSON, as a CMS would print it into the page. */
export const InlineFeed: Story = {
  render: () => html`<funding-breakdown .feed=${sampleFeed} action-id=${SKI} type="bar"></funding-breakdown>`,
};

export const Themed: Story = {
  render: () => html`<div class="themed vitrine-dark">
    ${darkTheme}
    <style>
      .themed funding-breakdown {
        --vitrine-funder-caf: #7fb8ff;
        --vitrine-funder-autofinancement: #ff8fc8;
        --vitrine-radius: 0;
      }
      .themed funding-breakdown::part(title) {
        font-size: 1.4rem;
      }
    </style>
    <funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>
  </div>`,
};

export const Narrow280: Story = {
  render: () => html`<div style="width: 280px">
    <funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>
    <funding-breakdown src=${FEED} type="bar" show="both"></funding-breakdown>
  </div>`,
};

export const Loading: Story = loadingStory(
  () => html`<funding-breakdown src=${PENDING_FEED} .timeout=${NEVER}></funding-breakdown>`,
  'A placeholder reserves the chart’s height while the feed downloads.',
);

/** Funders named at length, as fiches do: labels wrap in the legend and the ranked list. */
export const LongText: Story = {
  render: () => html`<funding-breakdown .feed=${longTextFeed} action-id="fiche-longue-1" group-by="funder"></funding-breakdown>
    <funding-breakdown .feed=${longTextFeed} action-id="fiche-longue-1" group-by="funder" type="bar"></funding-breakdown>`,
};

export const Error: Story = {
  render: () => html`<funding-breakdown src=${MISSING_FEED}></funding-breakdown>`,
};

export const NotFound: Story = { args: { 'action-id': 'fiche-qui-n-existe-pas' } };
