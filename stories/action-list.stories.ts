import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { darkTheme } from './dark-theme.js';
import { FEED, MISSING_FEED, longTextFeed, sampleFeed } from './data.js';
import { NEVER, PENDING_FEED, loadingStory } from './pending.js';
import { makeFeed } from '../scripts/make-feed.mjs';

const meta: Meta = {
  title: 'Elements/action-list',
  component: 'action-list',
  args: { sort: 'title', 'page-size': 20, lang: 'fr' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['title', 'date', 'budget', 'etp'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<action-list src=${FEED} sort=${args.sort} page-size=${args['page-size']} lang=${args.lang}></action-list>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const ByBudget: Story = { args: { sort: 'budget', 'page-size': 6 } };

export const Filtered: Story = {
  render: () => html`<action-list src=${FEED} .filters=${{ departement: '62', keyword: 'Solidarité' }}></action-list>`,
  parameters: { docs: { description: { story: 'Criteria set by the page through the `filters` property; the form shows them.' } } },
};

export const WithoutFilters: Story = {
  render: () => html`<action-list src=${FEED} no-filters page-size="6"></action-list>`,
  parameters: { docs: { description: { story: '`no-filters`: the page filters the feed itself (as the dashboard does); only the sort remains.' } } },
};

export const NoMatch: Story = {
  render: () => html`<action-list src=${FEED} .filters=${{ q: 'aucune fiche ne parle de ceci' }}></action-list>`,
};

export const Empty: Story = {
  render: () => html`<action-list .feed=${{ version: '1.0', structures: [], actions: [] }}></action-list>`,
};

export const Error: Story = {
  render: () => html`<action-list src=${MISSING_FEED}></action-list>`,
};

export const Loading: Story = loadingStory(
  () => html`<action-list src=${PENDING_FEED} .timeout=${NEVER}></action-list>`,
  'The filters’ and the cards’ places are held while the feed downloads.',
);

export const LongText: Story = {
  render: () => html`<action-list .feed=${longTextFeed}></action-list>`,
  parameters: { docs: { description: { story: 'Long titles, structure name, keywords and publics wrap inside their cards and filters.' } } },
};

export const English: Story = { args: { lang: 'en' } };

export const TenThousandActions: Story = {
  loaders: [async () => ({ feed: makeFeed(10_000, 1, sampleFeed) })],
  render: (_args, { loaded }) => html`<action-list .feed=${loaded.feed}></action-list>`,
  parameters: { docs: { description: { story: 'A synthetic feed built in the browser by scripts/make-feed.mjs: only the cards shown are in the page.' } } },
};

export const Themed: Story = {
  render: () => html`<div class="themed vitrine-dark">
    ${darkTheme}
    <style>
      .themed action-list {
        --action-list-card-min-width: 24rem;
        background: #1d1b26;
        padding: 1rem;
      }
    </style>
    <action-list src=${FEED} page-size="4"></action-list>
  </div>`,
};
