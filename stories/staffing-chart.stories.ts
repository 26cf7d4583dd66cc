import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { darkTheme } from './dark-theme.js';
import { NEVER, PENDING_FEED, loadingStory } from './pending.js';
import { FEED, MISSING_FEED, longTextFeed } from './data.js';

const INNOVATION = 'action-innovation-sociale-et-solidaire-pour-un-autre-modele';
/** Weekly hours only: the chart converts them at 35 h = 1 ETP. */
const hoursFeed = {
  version: '1.0',
  structures: [{ id: 'cs', name: 'Centre social' }],
  actions: [
    {
      id: 'repair-cafe',
      structureId: 'cs',
      title: 'Repair café',
      staffing: {
        etpSalaried: 0.6,
        people: [
          { role: 'animatrice', kind: 'salarie', hoursPerWeek: 14 },
          { role: 'bénévole bricoleur', kind: 'benevole', hoursPerWeek: 6, count: 5 },
          { role: 'volontaire en service civique', kind: 'service-civique', hoursPerWeek: 24, count: 1 },
        ],
      },
    },
  ],
};

const meta: Meta = {
  title: 'Elements/staffing-chart',
  component: 'staffing-chart',
  args: { 'action-id': INNOVATION, 'volunteer-hour-value': '', lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: (args) =>
    html`<staffing-chart
      src=${FEED}
      action-id=${args['action-id'] ?? ''}
      volunteer-hour-value=${args['volunteer-hour-value']}
      lang=${args.lang}
    ></staffing-chart>`,
};
export default meta;

type Story = StoryObj;

/** Salaried and volunteer ETP of one action. */
export const OneAction: Story = {};

/** The value of volunteer time, shown apart from the budget (1 ETP = 1607 h). */
export const VolunteerValuation: Story = { args: { 'volunteer-hour-value': '12' } };

/** Only head counts in the fiche ("3 animateurs"): the chart counts people. */
export const HeadCountsOnly: Story = { args: { 'action-id': 'mise-en-place-sejour-au-ski-interquartier' } };

export const HoursConverted: Story = {
  render: () => html`<staffing-chart .feed=${hoursFeed} action-id="repair-cafe" volunteer-hour-value="11.65"></staffing-chart>`,
};

export const Aggregate: Story = { args: { 'action-id': undefined, 'volunteer-hour-value': '11.65' } };

export const NoStaffing: Story = { args: { 'action-id': 'trialyscolor' } };

export const English: Story = { args: { lang: 'en', 'action-id': 'halte-repit' } };

export const Themed: Story = {
  render: () => html`<div class="themed vitrine-dark">
    ${darkTheme}
    <style>
      .themed staffing-chart {
        --vitrine-staff-salarie: #7fb8ff;
        --vitrine-staff-benevole: #ff8fc8;
      }
    </style>
    <staffing-chart src=${FEED} action-id=${INNOVATION} volunteer-hour-value="12"></staffing-chart>
  </div>`,
};

export const Narrow280: Story = {
  render: () => html`<div style="width: 280px"><staffing-chart src=${FEED} action-id="halte-repit"></staffing-chart></div>`,
};

export const Loading: Story = loadingStory(
  () => html`<staffing-chart src=${PENDING_FEED} .timeout=${NEVER}></staffing-chart>`,
  'A placeholder reserves the chart’s height while the feed downloads.',
);

/** Roles described at length: they wrap beside their bars and in the table. */
export const LongText: Story = {
  render: () => html`<staffing-chart .feed=${longTextFeed} action-id="fiche-longue-1" volunteer-hour-value="12"></staffing-chart>`,
};

export const Error: Story = {
  render: () => html`<staffing-chart src=${MISSING_FEED}></staffing-chart>`,
};
