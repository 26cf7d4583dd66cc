import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { FundingBreakdown } from '../../src/funding-breakdown/funding-breakdown.js';
import { FunderSelectEvent } from '../../src/shared/events.js';
import { DONUT_HOLE } from '../../src/funding-breakdown/layout.js';
import { axeViolations, captureDownload, fold, rendered, seen, segs, settled, shadowText } from './helpers.js';

if (!customElements.get('funding-breakdown')) customElements.define('funding-breakdown', FundingBreakdown);

const FEED = '/demo/sample-feed.json';
const SKI = 'mise-en-place-sejour-au-ski-interquartier';

const chart = (template: ReturnType<typeof html>) => rendered<FundingBreakdown>(template);


describe('<funding-breakdown> figures', () => {
  it('shows the ski stay’s 21 280 € and its four funders with their shares', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const root = el.shadowRoot!;
    expect(fold(root.querySelector('.headline')!.textContent)).to.equal('Budget : 21 280 €');
    // The stay's four funders, read off the fiche: CAF 6 700 €, the town 4 080 €, the families 6 000 € and the
    // centre's own funds 4 500 €, over 21 280 €; the shares below were rounded by hand.
    expect([...root.querySelectorAll('.legend li')].map(seen)).to.deep.equal([
      'CAF 6 700 € 31 %',
      'Commune 4 080 € 19 %',
      'Usagers et familles 6 000 € 28 %',
      'Autofinancement 4 500 € 21 %',
    ]);
    const svg = root.querySelector('.graphic svg')!;
    expect(fold(svg.getAttribute('aria-label'))).to.equal('Budget de 21 280 € : CAF 31 %, Usagers et familles 28 %, Autofinancement 21 %, Commune 19 %');
    expect(segs(el).map((s) => fold(s.getAttribute('aria-label')))).to.deep.equal([
      'CAF : 6 700 €, 31 %',
      'Commune : 4 080 €, 19 %',
      'Usagers et familles : 6 000 €, 28 %',
      'Autofinancement : 4 500 €, 21 %',
    ]);
    expect(fold(svg.querySelector('.center-total')!.textContent)).to.equal('21 280 €');
  });

  it('shows the same figures as a real table behind "Voir les données"', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const root = el.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
    expect(root.querySelector<HTMLElement>('#data')!.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(fold(toggle.textContent)).to.equal('Masquer les données');
    const rows = [...root.querySelectorAll('#data tr')].map((tr) => [...tr.children].map((c) => fold(c.textContent)));
    expect(rows).to.deep.equal([
      ['Type de financeur', 'Montant (€)', 'Part (%)'],
      ['CAF', '6 700 €', '31 %'],
      ['Commune', '4 080 €', '19 %'],
      ['Usagers et familles', '6 000 €', '28 %'],
      ['Autofinancement', '4 500 €', '21 %'],
      ['Total', '21 280 €', '100 %'],
    ]);
    expect(root.querySelector('#data th[scope="row"]')!.textContent).to.equal('CAF');
  });

  it('groups by funder as named in the fiche, in English', async () => {
    const el = await chart(html`<funding-breakdown lang="en" src=${FEED} action-id=${SKI} group-by="funder" type="bar"></funding-breakdown>`);
    // Ranked: largest first.
    expect([...el.shadowRoot!.querySelectorAll('.ranked li')].map(seen)).to.deep.equal([
      'CAF CAF (family allowances) €6,700 31%',
      'Participation des familles Users and families €6,000 28%',
      'Autofinancement Own funds €4,500 21%',
      'Ville Municipality €4,080 19%',
    ]);
    expect(fold(el.shadowRoot!.querySelector('.graphic svg')!.getAttribute('aria-label'))).to.equal(
      'Budget of €21,280: CAF 31%, Participation des familles 28%, Autofinancement 21%, Ville 19%',
    );
  });

  it('shows the unfunded part as such', async () => {
    // "Allez les filles": a 20 000 € cost, 7 000 € of it from one subsidy.
    const el = await chart(html`<funding-breakdown src=${FEED} action-id="allez-les-filles"></funding-breakdown>`);
    const unfunded = segs(el).find((s) => s.dataset.kind === 'unfunded')!;
    expect(fold(unfunded.getAttribute('aria-label'))).to.equal('Non financé : 13 000 €, 65 %');
    expect(unfunded.nextElementSibling!.getAttribute('fill')).to.equal('url(#vt-unfunded)');
  });

  it('draws the hatch tile and every legend swatch as sibling shapes (what the CDN minifier once broke)', async () => {
    // In an svg template `<rect/>` closes itself but `<rect>` does not: a minifier dropping the slash
    // nested the hatch path inside the rect, which draws nothing (a white wedge, a swatch-less legend).
    const el = await chart(html`<funding-breakdown src=${FEED} action-id="allez-les-filles"></funding-breakdown>`);
    const root = el.shadowRoot!;
    const tile = root.querySelector('#vt-unfunded')!;
    expect([...tile.children].map((c) => c.localName)).to.deep.equal(['rect', 'path']);
    expect(root.querySelector('#vt-unfunded rect *')).to.equal(null);
    for (const swatch of root.querySelectorAll('.legend .swatch')) {
      expect([...swatch.children].map((c) => c.localName)).to.deep.equal(['path', 'path']);
    }
    const legendUnfunded = [...root.querySelectorAll('.legend li')].find((li) => li.textContent!.includes('Non financé'))!;
    const box = legendUnfunded.querySelector('.swatch')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(4);
    for (const pattern of root.querySelectorAll('pattern')) expect(pattern.querySelector('pattern, rect > *, circle > *, path > *')).to.equal(null);
  });

  it('marks approximate amounts', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id="autodefense-feministe-stages" show="both"></funding-breakdown>`);
    const text = shadowText(el);
    expect(fold(text)).to.contain('≈ 6 000 €');
    expect(fold(text)).to.contain('≈ : montant approximatif');
    // No revenue is listed: the revenue side says so instead of drawing a chart.
    expect(text).to.contain('La répartition par financeur n’est pas renseignée.');
    expect(segs(el).map((s) => fold(s.getAttribute('aria-label')))).to.deep.equal([
      'Prestation : environ 6 000 €, 86 %',
      'Hébergement : environ 720 €, 10 %',
      'Alimentation convivialité : environ 250 €, 3,6 %',
    ]);
  });

  it('shows a total without breakdown as a total, and no budget as "Budget non renseigné"', async () => {
    const totalOnly = await chart(html`<funding-breakdown src=${FEED} action-id="bourse-actions-familles"></funding-breakdown>`);
    expect(fold(shadowText(totalOnly))).to.contain('Budget : 6 700 €');
    expect(shadowText(totalOnly)).to.contain('La répartition par financeur n’est pas renseignée.');
    expect(segs(totalOnly)).to.have.length(0);
    const none = await chart(html`<funding-breakdown src=${FEED} action-id="projet-elle-m-a-dit"></funding-breakdown>`);
    expect(shadowText(none)).to.contain('Budget non renseigné');
    expect(none.shadowRoot!.querySelector('.graphic')).to.equal(null);
    // The fiche names its funders without amounts: they are listed, not charted at zero.
    expect(shadowText(none)).to.contain('Cités sans montant');
  });

  it('sums a département like the feed says', async () => {
    const feed = await (await fetch(FEED)).json();
    const ids = new Set(feed.structures.filter((s: { departement?: string }) => s.departement === '62').map((s: { id: string }) => s.id));
    let caf = 0;
    for (const a of feed.actions) if (ids.has(a.structureId)) for (const r of a.budget?.revenues ?? []) if (r.funderType === 'caf') caf += r.amount ?? 0;
    expect(caf).to.be.greaterThan(0);
    const el = await chart(html`<funding-breakdown src=${FEED} departement="62"></funding-breakdown>`);
    const cafSeg = segs(el).find((s) => s.getAttribute('aria-label')!.startsWith('CAF'))!;
    expect(fold(cafSeg.getAttribute('aria-label'))).to.contain(fold(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(caf)));
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Pas-de-Calais');
  });
});

describe('<funding-breakdown> shares of an aggregate', () => {
  /** The sample's revenues given by funder type, and its cost, summed here from the raw feed. */
  async function sampleRevenues() {
    const feed = await (await fetch(FEED)).json();
    const byType = new Map<string, number>();
    for (const a of feed.actions) for (const r of a.budget?.revenues ?? []) if (r.amount) byType.set(r.funderType, (byType.get(r.funderType) ?? 0) + r.amount);
    return { byType, detailed: [...byType.values()].reduce((s, x) => s + x, 0) };
  }

  it('by default, shares among the detailed revenues, with the undetailed amount said beside', async () => {
    const { byType, detailed } = await sampleRevenues();
    expect(detailed).to.equal(67930);
    const el = await chart(html`<funding-breakdown src=${FEED}></funding-breakdown>`);
    const root = el.shadowRoot!;
    expect(seen(root.querySelector('.rest-note'))).to.equal('67 930 € détaillés sur 513 700 € ; 445 770 € non détaillés');
    const legend = [...root.querySelectorAll('.legend li')].map(seen);
    expect(legend.some((l) => l.includes('non détaillé') || l.includes('Non financé'))).to.equal(false);
    // MSA 18 450 € of 67 930 € detailed: 27,2 %, shown rounded to 27 %.
    expect(byType.get('msa')).to.equal(18450);
    expect(legend).to.include('MSA 18 450 € 27 %');
    expect(legend).to.include('Commune 14 338 € 21 %');
    expect(legend).to.include('Département 8 600 € 13 %');
    expect(fold(root.querySelector('.graphic svg .center-total')!.textContent)).to.equal('≈ 67 930 €');
    // The table and its CSV keep the whole: detailed, not detailed, total.
    const { blob } = await captureDownload(el, 'csv');
    const csv = await blob.text();
    expect(csv).to.contain('MSA;18450;27,2');
    expect(csv).to.contain('Total détaillé;67930;100;');
    expect(csv).to.contain('Non détaillé;445770;;');
    expect(csv).to.contain('\r\nTotal;513700;;');
  });

  it('shares="budget" gives shares of the whole budget, the rest a segment of its own', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} shares="budget"></funding-breakdown>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('.rest-note')).to.equal(null);
    const legend = [...root.querySelectorAll('.legend li')].map(seen);
    expect(legend).to.include('Financement non détaillé 432 770 € 84 %');
    expect(legend).to.include('MSA 18 450 € 3,6 %');
    expect(fold(root.querySelector('.graphic svg .center-total')!.textContent)).to.equal('≈ 513 700 €');
    // Switching back re-renders with the default.
    el.removeAttribute('shares');
    el.shares = 'detailed';
    await el.updateComplete;
    expect(root.querySelector('.rest-note')).to.not.equal(null);
  });

  it('one action keeps shares of its own budget, its unfunded part drawn', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id="allez-les-filles"></funding-breakdown>`);
    expect(el.shadowRoot!.querySelector('.rest-note')).to.equal(null);
    expect(fold(segs(el).find((s) => s.dataset.kind === 'unfunded')!.getAttribute('aria-label'))).to.equal('Non financé : 13 000 €, 65 %');
  });
});

describe('<funding-breakdown> keyboard, pointer and events', () => {
  it('is one tab stop; arrows, Home and End move between segments; a tooltip follows focus', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const root = el.shadowRoot!;
    expect(segs(el).map((s) => s.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    segs(el)[0]!.focus();
    await el.updateComplete;
    expect(seen(root.querySelector('.tooltip'))).to.equal('CAF 6 700 € · 31 %');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((root.activeElement as SVGElement).dataset.index).to.equal('1');
    expect(seen(root.querySelector('.tooltip'))).to.equal('Commune 4 080 € · 19 %');
    expect(segs(el).map((s) => s.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect((root.activeElement as SVGElement).dataset.index).to.equal('3');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((root.activeElement as SVGElement).dataset.index).to.equal('0');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((root.activeElement as SVGElement).dataset.index).to.equal('3');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root.querySelector('.tooltip')).to.equal(null);
  });

  it('fires funder-select on Enter, Space and click', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    segs(el)[2]!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const byEnter = (await oneEvent(el, 'funder-select')) as FunderSelectEvent;
    expect([byEnter.key, byEnter.groupBy, byEnter.bubbles, byEnter.composed]).to.deep.equal(['usagers', 'type', true, true]);
    setTimeout(() => void sendKeys({ press: 'Space' }));
    expect(((await oneEvent(el, 'funder-select')) as FunderSelectEvent).key).to.equal('usagers');
    setTimeout(() => segs(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(((await oneEvent(el, 'funder-select')) as FunderSelectEvent).key).to.equal('caf');
  });

  it('shows a tooltip on hover and on tap', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI} type="bar"></funding-breakdown>`);
    const seg = segs(el)[1]!;
    const box = seg.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + 5, bubbles: true };
    seg.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(seen(el.shadowRoot!.querySelector('.tooltip'))).to.equal('Commune 4 080 € · 19 %');
    seg.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
    seg.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch' }));
    seg.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).not.to.equal(null);
  });

  it('centres the tooltip on the pointer, wherever it is over the donut', async () => {
    // It once stayed at the donut's left edge: CSS clamped it inside a box narrower than the tooltip.
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const centres: number[] = [];
    for (const seg of segs(el).slice(0, 3)) {
      const box = seg.getBoundingClientRect();
      const x = box.x + box.width / 2;
      seg.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: box.y + box.height / 2, bubbles: true, pointerType: 'mouse' }));
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('.tooltip')!.getBoundingClientRect();
      expect(Math.abs(tip.x + tip.width / 2 - x)).to.be.lessThan(2);
      centres.push(Math.round(tip.x + tip.width / 2));
    }
    expect(new Set(centres).size).to.equal(3);
  });
});

describe('<funding-breakdown> exports', () => {
  it('downloads the CSV French Excel expects, byte for byte', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const { name, blob } = await captureDownload(el, 'csv');
    expect(name).to.equal(`financement-${SKI}.csv`);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(
      '\ufeffType de financeur;Montant (€);Part (%)\r\nCAF;6700;31,5\r\nCommune;4080;19,2\r\nUsagers et familles;6000;28,2\r\n' +
        'Autofinancement;4500;21,1\r\nTotal;21280;100\r\n',
    );
  });

  it('downloads an SVG with the page’s colours inlined, theme overrides included', async () => {
    const el = await chart(html`<funding-breakdown style="--vitrine-funder-caf: #ff0000" src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const { name, blob } = await captureDownload(el, 'svg');
    expect(name).to.equal(`financement-${SKI}.svg`);
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const fills = [...doc.querySelectorAll('g path')].map((p) => p.getAttribute('fill'));
    expect(fills).to.deep.equal(['rgb(255, 0, 0)', 'rgb(194, 106, 0)', 'rgb(47, 127, 159)', 'rgb(208, 42, 101)']);
    // Long titles wrap over several <text> lines.
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(lines).to.contain('Financement : Mise en place séjour au ski interquartier Budget : 21\u202f280\u00a0€');
  });

  it('downloads a PNG drawn from that SVG at twice its size', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const { name, blob } = await captureDownload(el, 'png');
    expect(name).to.equal(`financement-${SKI}.png`);
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(1280);
  });

  it('hides the downloads with no-export, keeps the table', async () => {
    const el = await chart(html`<funding-breakdown no-export src=${FEED} action-id=${SKI}></funding-breakdown>`);
    expect(el.shadowRoot!.querySelector('[data-export]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.toggle')).not.to.equal(null);
  });
});

describe('<funding-breakdown> accessibility, modes and states', () => {
  it('keeps a table of figures written inside the tag visible under the message when the feed fails', async () => {
    const el = await fixture<FundingBreakdown>(html`<funding-breakdown src="/test/fixtures/missing.json">
      <table><tr><th>CAF</th><td>6 700 €</td></tr></table>
    </funding-breakdown>`);
    await settled(el);
    expect(shadowText(el)).to.contain('404');
    expect(el.querySelector('table')!.checkVisibility()).to.equal(true);
  });

  it('has no axe violations as a donut, as bars, and with the table open', async () => {
    const donut = await chart(html`<funding-breakdown src=${FEED} action-id="allez-les-filles" show="both"></funding-breakdown>`);
    expect(await axeViolations(donut)).to.deep.equal([]);
    const bars = await chart(html`<funding-breakdown src=${FEED} type="bar" group-by="funder"></funding-breakdown>`);
    bars.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await bars.updateComplete;
    expect(await axeViolations(bars)).to.deep.equal([]);
  });

  it('has forced-colours rules that turn segments into outlined patterns', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    const text = forced.map((r) => r.cssText).join('\n');
    expect(text).to.match(/\.seg[^{]*\{[^}]*fill: canvas !important/i);
    expect(text).to.match(/\.seg[^{]*\{[^}]*stroke: canvastext/i);
    expect(text).to.match(/\.hatch\s*\{[^}]*display: inline/);
    // Every segment has its own pattern overlay, and consecutive segments never share one.
    const hatches = [...el.shadowRoot!.querySelectorAll('.graphic .hatch')].map((h) => h.getAttribute('fill'));
    expect(hatches).to.deep.equal(['url(#vt-pat-0)', 'url(#vt-pat-1)', 'url(#vt-pat-2)', 'url(#vt-pat-3)']);
  });

  it('prints the chart as patterns and always prints the table', async () => {
    const el = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    const root = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root.querySelector('#data')!).display).to.equal('block');
      expect(getComputedStyle(root.querySelector('.graphic .hatch')!).display).to.equal('inline');
      expect(getComputedStyle(root.querySelector('.graphic .seg')!).fill).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(root.querySelector('.actions')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(root.querySelector('#data')!).display).to.equal('none');
  });

  it('scales a national total down into the donut’s hole, and leaves a centre’s total as drawn', async () => {
    // A federation's sum: nine digits, wider than the hole at the total's usual size.
    const feed = {
      version: '1.0',
      structures: [{ id: 'federation', name: 'Fédération' }],
      actions: [{ id: 'all', structureId: 'federation', title: 'Toutes les actions', budget: { total: 820_801_350, revenues: [
        { label: 'CAF', funderType: 'caf', amount: 520_801_350 },
        { label: 'Communes', funderType: 'commune', amount: 300_000_000 },
      ] } }],
    };
    const big = await chart(html`<funding-breakdown style="width: 240px" .feed=${feed} action-id="all"></funding-breakdown>`);
    const total = big.shadowRoot!.querySelector<SVGTextElement>('.center-total')!;
    expect(fold(total.textContent)).to.equal('820 801 350 €');
    const size = Number(big.shadowRoot!.querySelector('.graphic svg')!.getAttribute('width'));
    const hole = size * DONUT_HOLE;
    const drawn = total.getBoundingClientRect().width;
    expect(total.style.scale).to.match(/^0\.\d+$/);
    expect(drawn).to.be.above(hole / 2);
    expect(drawn).to.be.at.most(hole);
    // A narrower donut (the page's column shrinks): measured again, scaled further.
    const before = Number(total.style.scale);
    big.style.width = '180px';
    await waitUntil(() => Number(big.shadowRoot!.querySelector<SVGTextElement>('.center-total')?.style.scale) < before, 'scaled again', { timeout: 10_000 });
    const ski = await chart(html`<funding-breakdown src=${FEED} action-id=${SKI}></funding-breakdown>`);
    expect(ski.shadowRoot!.querySelector<SVGTextElement>('.center-total')!.style.scale).to.equal('');
  });

  it('fits 280 px without overflowing', async () => {
    const el = await chart(html`<funding-breakdown style="width: 280px" src=${FEED} type="bar" show="both"></funding-breakdown>`);
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
    const svg = el.shadowRoot!.querySelector('.graphic svg')!;
    expect(Number(svg.getAttribute('width'))).to.be.at.most(280 - 2 * 16);
  });

  it('reserves its height while loading', async () => {
    const el = await fixture<FundingBreakdown>(html`<funding-breakdown src="/__slow-feed.json"></funding-breakdown>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Chargement…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(240);
    await settled(el, 6000);
    expect(shadowText(el)).to.contain('Aucune action ne correspond');
  });

  it('shows a localized error for a missing feed or action, and never throws', async () => {
    const missing = await chart(html`<funding-breakdown src="/does-not-exist.json"></funding-breakdown>`);
    expect(missing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
    const unknown = await chart(html`<funding-breakdown lang="en" src=${FEED} action-id="no-such-action"></funding-breakdown>`);
    expect(shadowText(unknown)).to.contain('No action “no-such-action” in this feed.');
  });
});
