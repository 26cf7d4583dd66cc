import { expect } from '@open-wc/testing';
import { loadTerritoryMap } from '../../src/lazy.js';
import { defineElement, ensureDefined } from '../../src/registry.js';


/** Module files the page has downloaded whose path matches. */
const fetched = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => pattern.test(path));

const MAP_MODULES = /\/territory-map\/territory-map\.ts$|\/geo\/france\.topo\.json$/;

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('lazy registration', () => {
  it('does not download the map on a page without <territory-map>, then loads and defines it when the tag appears', async () => {
    defineElement('territory-map', loadTerritoryMap);
    await new Promise((r) => setTimeout(r, 200));
    expect(fetched(MAP_MODULES)).to.deep.equal([]);
    expect(customElements.get('territory-map')).to.equal(undefined);

    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<territory-map src="/demo/sample-feed.json"></territory-map>';
    document.body.append(wrapper);
    await customElements.whenDefined('territory-map');
    expect(fetched(MAP_MODULES)).to.have.length(2);
    const map = wrapper.querySelector('territory-map')!;
    expect(map.shadowRoot).to.exist;
    await until(() => map.shadowRoot!.querySelectorAll('path.area').length === 101);
    wrapper.remove();
  });

  it('loads a tag already in the document when it is registered', async () => {
    let loads = 0;
    const probe = document.createElement('lazy-probe-present');
    document.body.append(probe);
    defineElement('lazy-probe-present', async () => {
      loads++;
      return class extends HTMLElement {};
    });
    await customElements.whenDefined('lazy-probe-present');
    expect(loads).to.equal(1);
    probe.remove();
  });

  it('never loads a tag that does not appear', async () => {
    let loads = 0;
    defineElement('lazy-probe-absent', async () => {
      loads++;
      return class extends HTMLElement {};
    });
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 50));
    expect(loads).to.equal(0);
    expect(customElements.get('lazy-probe-absent')).to.equal(undefined);
  });

  it('sees a tag inside a shadow root attached later, and loads on demand with ensureDefined', async () => {
    let loads = 0;
    const loader = async () => {
      loads++;
      return { default: class extends HTMLElement {} };
    };
    defineElement('lazy-probe-shadow', loader);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<lazy-probe-shadow></lazy-probe-shadow>';
    // A document's observer cannot see into a shadow root: the registry watches every root attached while a tag waits.
    await customElements.whenDefined('lazy-probe-shadow');
    expect(loads).to.equal(1);

    defineElement('lazy-probe-ensure', loader);
    await ensureDefined('lazy-probe-ensure');
    expect(customElements.get('lazy-probe-ensure')).to.exist;
    expect(loads).to.equal(2);
    host.remove();
  });

  it('a renamed tag gets a subclass of an already registered element', async () => {
    await ensureDefined('territory-map');
    defineElement('territory-map', loadTerritoryMap, { 'territory-map': 'ma-carte' });
    await ensureDefined('ma-carte');
    const Renamed = customElements.get('ma-carte')!;
    expect(Renamed).to.not.equal(customElements.get('territory-map'));
    expect(Object.getPrototypeOf(Renamed)).to.equal(customElements.get('territory-map'));
  });

  it('tries again after a failed download', async () => {
    let attempts = 0;
    defineElement('lazy-probe-retry', async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return class extends HTMLElement {};
    });
    const first = document.createElement('lazy-probe-retry');
    document.body.append(first);
    await until(() => attempts === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(customElements.get('lazy-probe-retry')).to.equal(undefined);
    document.body.append(document.createElement('lazy-probe-retry'));
    await customElements.whenDefined('lazy-probe-retry');
    expect(attempts).to.equal(2);
  });
});
