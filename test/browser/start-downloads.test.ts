// The CDN entry's first module (src/start-downloads.ts): it starts the feed of a Vitrine tag already in the page,
// and the chunk of a lazy tag, without evaluating any element's code first. Its own file: it runs once, at import.
import { expect } from '@open-wc/testing';

const requested: string[] = [];
const realFetch = window.fetch;

describe('start-downloads (the CDN entry runs it before anything else)', () => {
  it('requests the feed of a tag in the page, and the map’s chunk, before any element is defined', async () => {
    const feed = `/demo/sample-feed.json?start-downloads=${Math.random()}`;
    const host = document.createElement('div');
    host.innerHTML = `<funding-breakdown src="${feed}"></funding-breakdown><territory-map src="${feed}"></territory-map>`;
    document.body.append(host);
    let definedAtFetch: boolean | undefined;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      definedAtFetch ??= customElements.get('funding-breakdown') !== undefined;
      return realFetch(input, init);
    };
    try {
      await import('../../src/start-downloads.js');
      const feedRequests = requested.filter((url) => url.endsWith(feed)).length;
      // The cdn group's page loaded the whole bundle first (its elements load the feed too, through the bundle's
      // own loader); the source group's page has no element at all.
      if (customElements.get('impact-dashboard')) expect(feedRequests).to.be.at.least(1);
      else {
        expect(feedRequests).to.equal(1);
        expect(definedAtFetch).to.equal(false);
      }
      // The map's module is on its way too (its import() started in the same task).
      const start = performance.now();
      while (!performance.getEntriesByType('resource').some((e) => /territory-map/.test(e.name))) {
        if (performance.now() - start > 30_000) throw new Error('the map’s module was never requested');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      window.fetch = realFetch;
      host.remove();
    }
  });
});
