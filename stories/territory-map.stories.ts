import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/territory-map/define.js';
import { darkTheme } from './dark-theme.js';
import { FEED, MISSING_FEED, longTextFeed } from './data.js';
import { NEVER, PENDING_FEED, loadingStory } from './pending.js';


/** Centres in the five overseas départements (INSEE codes of their main communes), with 1 to 6 actions each. */
const OVERSEAS = [
  { departement: '971', commune: 'Les Abymes', insee: '97101', actions: 4, budget: 18_000 },
  { departement: '972', commune: 'Fort-de-France', insee: '97209', actions: 2, budget: 9_500 },
  { departement: '973', commune: 'Cayenne', insee: '97302', actions: 1, budget: 4_200 },
  { departement: '974', commune: 'Saint-Denis', insee: '97411', actions: 6, budget: 41_000 },
  { departement: '976', commune: 'Mamoudzou', insee: '97611', actions: 3, budget: 12_300 },
  { departement: '13', commune: 'Marseille', insee: '13055', actions: 2, budget: 15_000 },
];

const overseasFeed = {
  version: '1.0',
  title: 'Centres sociaux d’outre-mer (exemple)',
  structures: OVERSEAS.map((s) => ({
    id: `centre-${s.departement}`,
    name: `Centre social de ${s.commune}`,
    kind: 'centre-social',
    departement: s.departement,
    commune: { name: s.commune, insee: s.insee },
  })),
  actions: OVERSEAS.flatMap((s) =>
    Array.from({ length: s.actions }, (_, i) => ({
      id: `action-${s.departement}-${i + 1}`,
      structureId: `centre-${s.departement}`,
      title: `Action ${i + 1} à ${s.commune}`,
      budget: { total: Math.round(s.budget / s.actions) },
      staffing: { etpSalaried: 0.5 },
    })),
  ),
};

const meta: Meta = {
  title: 'Elements/territory-map',
  component: 'territory-map',
  args: { metric: 'actions', level: 'departement', focus: '', lang: 'fr' },
  argTypes: {
    metric: { control: 'inline-radio', options: ['actions', 'budget', 'etp'] },
    level: { control: 'inline-radio', options: ['departement', 'region'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) =>
    html`<territory-map src=${FEED} metric=${args.metric} level=${args.level} focus=${args.focus} lang=${args.lang}></territory-map>`,
};
export default meta;

type Story = StoryObj;

export const National: Story = {};

export const Region: Story = {
  args: { focus: 'region:32' },
  parameters: { docs: { description: { story: 'Zoomed on Hauts-de-France (`focus="region:32"`): the other départements stay as a grey backdrop.' } } },
};

export const Departement: Story = { args: { focus: '62' } };

export const ByRegion: Story = { args: { level: 'region' } };

export const Budget: Story = { args: { metric: 'budget' } };

export const Overseas: Story = {
  render: (args) => html`<territory-map .feed=${overseasFeed} metric=${args.metric} lang=${args.lang}></territory-map>`,
  parameters: { docs: { description: { story: 'Actions in the five overseas départements, drawn in their insets.' } } },
};

export const OverseasFocus: Story = {
  render: () => html`<territory-map .feed=${overseasFeed} focus="974"></territory-map>`,
};

export const Empty: Story = {
  render: () => html`<territory-map .feed=${{ version: '1.0', structures: [], actions: [] }}></territory-map>`,
};

export const Loading: Story = loadingStory(
  () => html`<territory-map src=${PENDING_FEED} .timeout=${NEVER}></territory-map>`,
  'A placeholder reserves the map’s height while the feed downloads.',
);

export const Error: Story = {
  render: () => html`<territory-map src=${MISSING_FEED}></territory-map>`,
};

export const English: Story = { args: { lang: 'en' } };

/** A structure with a very long name, on its département: the marker's label, tooltip and table wrap, never overflow. */
export const LongText: Story = {
  render: () => html`<territory-map .feed=${longTextFeed} focus="62" metric="budget"></territory-map>`,
};

export const Themed: Story = {
  render: () => html`<div class="themed vitrine-dark">
    ${darkTheme}
    <style>
      .themed territory-map {
        --territory-map-class-1: #fde0c5;
        --territory-map-class-2: #facba6;
        --territory-map-class-3: #f59e72;
        --territory-map-class-4: #eb7f5a;
        --territory-map-class-5: #d65f4b;
        --territory-map-marker: #7ee2a8;
        --territory-map-none: #6a6680;
      }
    </style>
    <territory-map src=${FEED}></territory-map>
  </div>`,
};

export const Narrow: Story = {
  render: () => html`<div class="narrow">
    <style>
      .narrow {
        width: 320px;
      }
    </style>
    <territory-map src=${FEED}></territory-map>
  </div>`,
};
