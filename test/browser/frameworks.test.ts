// The elements from React (vitrine/react: @lit/react wrappers) and from Vue (vitrine/vue: the plugin and
// isCustomElement), each in a real app: properties reach the element as properties, events reach the app's handlers.
import { expect } from '@open-wc/testing';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, type App } from 'vue';
import { ActionCard, FundingBreakdown } from '../../src/react/index.js';
import { isVitrineElement, vitrine } from '../../src/vue/index.js';
import type { ActionCard as ActionCardElement } from '../../src/action-card/action-card.js';
import { ActionSelectEvent, FunderSelectEvent } from '../../src/shared/events.js';
import { axeViolations, settled, shadowText } from './helpers.js';

const MINI = '/test/fixtures/mini-feed.json';

async function until<T>(read: () => T | null | undefined, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > 30_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('vitrine/react', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders a card from a feed object set as a property, updates on new props and hands the app a typed event', async () => {
    const feed = await (await fetch(MINI)).json();
    const selected: ActionSelectEvent[] = [];
    const render = (variant: 'compact' | 'full') =>
      flushSync(() => root.render(React.createElement(ActionCard, { feed, actionId: 'sejour-neige', variant, onActionSelect: (e) => selected.push(e) })));
    render('compact');
    const el = container.querySelector<ActionCardElement>('action-card')!;
    await settled(el);
    expect(el.feed, 'an object is a property, not an attribute').to.equal(feed);
    expect(el.hasAttribute('feed')).to.equal(false);
    expect(el.getAttribute('action-id')).to.equal('sejour-neige');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Séjour à la neige');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    expect(selected.length).to.equal(1);
    expect(selected[0]).to.be.instanceOf(ActionSelectEvent);
    expect(selected[0]!.action.id).to.equal('sejour-neige');
    render('full');
    expect(container.querySelector('action-card')).to.equal(el, 'the same element, updated');
    expect(el.variant).to.equal('full');
    await settled(el);
    expect(shadowText(el)).to.contain('Douze jeunes préparent');
    expect(await axeViolations(container)).to.deep.equal([]);
  });

  it('wires a chart’s funder-select to onFunderSelect', async () => {
    const keys: string[] = [];
    flushSync(() => root.render(React.createElement(FundingBreakdown, { src: MINI, actionId: 'sejour-neige', onFunderSelect: (e) => keys.push(`${e.groupBy}:${e.key}`) })));
    const el = container.querySelector('funding-breakdown')!;
    el.dispatchEvent(new FunderSelectEvent('caf', 'type'));
    expect(keys).to.deep.equal(['type:caf']);
  });
});

describe('vitrine/vue', () => {
  let host: HTMLElement;
  let app: App | undefined;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
  });

  const mount = (withPlugin: boolean, warnings: string[], selected: string[]) => {
    app = createApp({
      data: () => ({ heading: 2 }),
      methods: { onSelect: (e: ActionSelectEvent) => selected.push(e.action.id) },
      // <vitrine-source> is never registered (the dashboard reads it): only isCustomElement tells Vue what it is.
      template: `<div>
        <action-card src="${MINI}" action-id="sejour-neige" :heading-level="heading" @action-select="onSelect"></action-card>
        <vitrine-source hidden src="${MINI}"></vitrine-source>
      </div>`,
    });
    app.config.warnHandler = (msg) => warnings.push(msg);
    if (withPlugin) app.use(vitrine);
    app.mount(host);
    return app;
  };

  it('renders a card in a Vue template, binds a property and passes the event to the handler', async () => {
    const warnings: string[] = [];
    const selected: string[] = [];
    mount(true, warnings, selected);
    const el = await until(() => host.querySelector<ActionCardElement>('action-card'), 'the card');
    await settled(el);
    expect(el.headingLevel, 'a bound value reaches the property').to.equal(2);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    expect(selected).to.deep.equal(['sejour-neige']);
    expect(warnings).to.deep.equal([]);
  });

  it('without the plugin, Vue takes an unregistered Vitrine tag for a missing component (what the plugin prevents)', async () => {
    const warnings: string[] = [];
    mount(false, warnings, []);
    expect(warnings.filter((w) => w.startsWith('Failed to resolve component')).map((w) => w.split('\n')[0])).to.deep.equal(['Failed to resolve component: vitrine-source']);
    expect(isVitrineElement('action-card')).to.equal(true);
    expect(isVitrineElement('vitrine-source')).to.equal(true);
    expect(isVitrineElement('my-widget')).to.equal(false);
  });
});
