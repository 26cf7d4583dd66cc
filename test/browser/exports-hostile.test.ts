// Exports of labels a feed should not hold but may: a NUL, a lone surrogate, formula signs. The SVG must stay
// well-formed XML, the PNG must draw, the CSV must not run, and a failure is said, never thrown into the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LitElement } from 'lit';

const HOSTILE = ['Ville\u0000de Berck', 'CAF \ud800 du Nord', ' =HYPERLINK("http://x")', '＝1+1', '\n@SUM(A1)', 'Fondation \u202egauche'];

const feed = {
  version: '1.0',
  structures: [{ id: 's', name: 'Centre', departement: '62' }],
  actions: [
    {
      id: 'a',
      structureId: 's',
      title: 'Atelier \u0000\udc00',
      budget: { revenues: HOSTILE.map((label, i) => ({ label, funderType: i % 2 ? 'commune' : 'caf', amount: 100 * (i + 1) })) },
      staffing: { people: HOSTILE.map((role) => ({ role, kind: 'salarie', etp: 0.5 })) },
    },
  ],
};

/** What the element downloads (instead of saving it), and the errors that reached the page meanwhile. */
async function download(el: LitElement, format: 'csv' | 'svg' | 'png'): Promise<{ blob?: Blob; errors: string[] }> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const errors: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  const onError = (e: ErrorEvent) => errors.push(e.message);
  let blob: Blob | undefined;
  let clicked = false;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:captured');
  HTMLAnchorElement.prototype.click = () => void (clicked = true);
  addEventListener('unhandledrejection', onRejection);
  addEventListener('error', onError);
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-export="${format}"]`)!.click();
    const failed = () => el.shadowRoot!.querySelector<HTMLElement>('.export-failed:not([hidden])');
    for (let i = 0; i < 1500 && !clicked && !failed() && !errors.length; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
  }
  return { blob, errors };
}

for (const tag of ['funding-breakdown', 'staffing-chart']) {
  describe(`<${tag}> exports of hostile labels`, () => {
    let el: LitElement;
    beforeEach(async () => {
      el = await fixture<LitElement>(html`<div></div>`);
      const chart = document.createElement(tag) as LitElement & { feed: object };
      chart.setAttribute('action-id', 'a');
      chart.feed = feed;
      el.append(chart);
      el = chart;
      for (let i = 0; i < 1500 && !el.shadowRoot?.querySelector('[data-export]'); i++) await new Promise((r) => setTimeout(r, 20));
    });

    it('writes an SVG that parses as XML', async () => {
      const { blob, errors } = await download(el, 'svg');
      expect(errors).to.deep.equal([]);
      const doc = new DOMParser().parseFromString(await blob!.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.textContent).to.contain('Atelier \ufffd\ufffd');
    });

    it('draws a PNG that decodes', async () => {
      const { blob, errors } = await download(el, 'png');
      expect(errors).to.deep.equal([]);
      expect(blob!.type).to.equal('image/png');
      expect((await createImageBitmap(blob!)).width).to.equal(1280);
    });

    it('writes a CSV where no cell starts a formula', async () => {
      const { blob } = await download(el, 'csv');
      const cells = (await blob!.text()).replace(/^\ufeff/, '').split(/;|\r\n/).map((c) => c.replace(/^"|"$/g, ''));
      expect(cells.filter((c) => /^[\s]*[=+\-@＝＋－＠]/.test(c))).to.deep.equal([]);
    });

    it('says under the buttons when the browser cannot draw the image, without an unhandled rejection', async () => {
      const decode = HTMLImageElement.prototype.decode;
      HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('refused', 'EncodingError'));
      try {
        const { blob, errors } = await download(el, 'png');
        expect(errors).to.deep.equal([]);
        expect(blob).to.equal(undefined);
        expect(el.shadowRoot!.querySelector('.export-failed:not([hidden])')!.textContent).to.equal('Le fichier n’a pas pu être créé par ce navigateur.');
      } finally {
        HTMLImageElement.prototype.decode = decode;
      }
    });
  });
}
