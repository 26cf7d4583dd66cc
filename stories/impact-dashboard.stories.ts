import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { darkTheme } from './dark-theme.js';
import { CENTRE_B_FEED, FEED, MISSING_FEED, longTextFeed, sampleFeed } from './data.js';
import { NEVER, PENDING_FEED, loadingStory } from './pending.js';
// The map is registered on demand by the CDN bundle; stories register it eagerly.
import '../src/territory-map/define.js';
import { makeFeed } from '../scripts/make-feed.mjs';

const meta: Meta = {
  title: 'Elements/impact-dashboard',
  component: 'impact-dashboard',
  args: { lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  // no-url: stories share one preview frame, whose address should not keep a story's filters.
  render: (args) => html`<impact-dashboard no-url src=${FEED} lang=${args.lang}></impact-dashboard>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Filtered: Story = {
  render: () => html`<impact-dashboard no-url src=${FEED} .filters=${{ departement: '62', keyword: 'Solidarité' }}></impact-dashboard>`,
};

export const SeveralSources: Story = {
  render: () => html`<impact-dashboard no-url src="${FEED} ${MISSING_FEED}">
    <vitrine-source src=${CENTRE_B_FEED} label="Antenne de Merlimont"></vitrine-source>
  </impact-dashboard>`,
  parameters: {
    docs: { description: { story: 'Three feeds merged, one failing: a warning names it and the two others are added up. Colliding ids get a prefix.' } },
  },
};

export const Empty: Story = {
  render: () => html`<impact-dashboard no-url .feed=${{ version: '1.0', structures: [], actions: [] }}></impact-dashboard>`,
};

export const Error: Story = {
  render: () => html`<impact-dashboard no-url src="${MISSING_FEED} /autre-flux-introuvable.json"></impact-dashboard>`,
};

export const Loading: Story = loadingStory(
  () => html`<impact-dashboard no-url src=${PENDING_FEED} .timeout=${NEVER}></impact-dashboard>`,
  'A placeholder holds the filters’ place while the feeds download.',
);

export const LongText: Story = {
  render: () => html`<impact-dashboard no-url .feed=${longTextFeed}></impact-dashboard>`,
  parameters: { docs: { description: { story: 'Long funders’ labels, roles, keywords and titles wrap in every panel.' } } },
};

export const English: Story = { args: { lang: 'en' } };

export const TenThousandActions: Story = {
  loaders: [async () => ({ feed: makeFeed(10_000, 1, sampleFeed) })],
  render: (_args, { loaded }) => html`<impact-dashboard no-url .feed=${loaded.feed}></impact-dashboard>`,
  parameters: { docs: { description: { story: 'A synthetic national feed (scripts/make-feed.mjs, run in the browser): 10,000 actions in 500 structures over the 101 départements.' } } },
};

export const Themed: Story = {
  render: () => html`<div class="themed vitrine-dark">
    ${darkTheme}
    <style>
      .themed impact-dashboard {
        --impact-dashboard-bar: #7ee2a8;
        background: #1d1b26;
        padding: 1rem;
      }
    </style>
    <impact-dashboard no-url src=${FEED}></impact-dashboard>
  </div>`,
};
