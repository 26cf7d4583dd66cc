import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { darkTheme } from './dark-theme.js';
import { NEVER, PENDING_FEED, loadingStory } from './pending.js';
import { FEED, MISSING_FEED } from './data.js';


const meta: Meta = {
  title: 'Elements/action-card',
  component: 'action-card',
  args: { 'action-id': 'mise-en-place-sejour-au-ski-interquartier', variant: 'compact', lang: 'fr' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) =>
    html`<action-card src=${FEED} action-id=${args['action-id']} variant=${args.variant} lang=${args.lang}></action-card>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Compact: Story = { args: { 'action-id': 'halte-repit' } };

export const Full: Story = { args: { 'action-id': 'acces-au-numerique', variant: 'full' } };

export const Loading: Story = loadingStory(
  () => html`<action-card src=${PENDING_FEED} .timeout=${NEVER}></action-card>`,
  'A skeleton reserves the card’s height while the feed downloads.',
);

export const Error: Story = {
  render: () => html`<action-card src=${MISSING_FEED}></action-card>`,
};

export const NotFound: Story = {
  args: { 'action-id': 'fiche-qui-n-existe-pas' },
};

export const MissingFields: Story = {
  render: () => html`<action-card .action=${{ id: 'presque-vide', structureId: 's', title: 'Réveillon solidaire' }}></action-card>`,
};

export const LongText: Story = {
  render: () =>
    html`<action-card
      variant="full"
      .action=${{
        id: 'long',
        structureId: 's',
        title: 'Un titre de fiche très long, comme les centres en écrivent parfois, qui doit passer à la ligne proprement sans déborder',
        keywords: ['Parentalité', 'Éducation / scolarité', 'Solidarité', 'Démocratie & citoyenneté', 'Santé', 'Mixité sociale', 'Vacances / loisirs'],
        summary: 'Un résumé volontairement long. '.repeat(30),
        limits: 'Une limite détaillée sur plusieurs phrases. '.repeat(20),
        partners: Array.from({ length: 14 }, (_, i) => ({ name: `Partenaire associatif numéro ${i + 1}` })),
      }}
      .structure=${{ id: 's', name: 'Centre social et culturel intercommunal des Trois Vallées et du Plateau', departement: '62' }}
    ></action-card>`,
};

export const English: Story = { args: { lang: 'en', 'action-id': 'allez-les-filles' } };

export const Themed: Story = {
  render: (args) => html`<div class="themed vitrine-dark">
    ${darkTheme}
    <style>
      .themed action-card {
        --vitrine-radius: 0;
      }
      .themed action-card::part(title) {
        font-size: 1.6rem;
      }
    </style>
    <action-card src=${FEED} action-id=${args['action-id']}></action-card>
  </div>`,
};
