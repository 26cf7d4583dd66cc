import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { StaffingChart } from '../../src/staffing-chart/staffing-chart.js';
import { axeViolations, captureDownload, fold, rendered, seen, segs, shadowText } from './helpers.js';

if (!customElements.get('staffing-chart')) customElements.define('staffing-chart', StaffingChart);

const FEED = '/demo/sample-feed.json';
const INNOVATION = 'action-innovation-sociale-et-solidaire-pour-un-autre-modele';
const SKI = 'mise-en-place-sejour-au-ski-interquartier';

const chart = (template: ReturnType<typeof html>) => rendered<StaffingChart>(template);


/** A feed written for these tests: hours only, and a first name that must never show. */
const HOURS_FEED = {
  version: '1.0',
  structures: [{ id: 's', name: 'Centre' }],
  actions: [
    {
      id: 'atelier',
      structureId: 's',
      title: 'Atelier',
      staffing: {
        people: [
          { role: 'animatrice', kind: 'salarie', hoursPerWeek: 17.5, name: 'Prénom-Secret' },
          { role: 'bénévole', kind: 'benevole', hoursPerWeek: 7, count: 2 },
        ],
      },
    },
  ],
};

describe('<staffing-chart> figures', () => {
  it('shows salaried and volunteer ETP by role, as the fiche gives them', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id=${INNOVATION}></staffing-chart>`);
    const root = el.shadowRoot!;
    // Fiche: 0,4 + 0,1 ETP of professionals; seventeen volunteers totalling 2,9 ETP.
    // The fiche lists "bénévole : 6H/semaine (0,2 ETP)" once per volunteer: one role of 17 people.
    expect(seen(root.querySelector('.headline'))).to.equal('Salariés : 0,5 ETP · Bénévoles : 2,9 ETP 17 bénévoles');
    expect(fold(root.querySelector('.graphic svg')!.getAttribute('aria-label'))).to.equal(
      'Moyens humains : 3,4 ETP au total — Salariés 0,5 ETP (15 %), Bénévoles 2,9 ETP (85 %)',
    );
    expect(segs(el).map((s) => fold(s.getAttribute('aria-label')))).to.deep.equal(['Salariés : 0,5 ETP, 15 %', 'Bénévoles : 2,9 ETP, 85 %']);
    expect([...root.querySelectorAll('.ranked li')].map(seen)).to.deep.equal([
      'Professionnelle Salariés 0,4 ETP',
      'Professionnel Salariés 0,1 ETP',
      'Bénévole Bénévoles · 17 personnes 2,9 ETP',
    ]);
  });

  it('counts people where the fiche gives only head counts', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id=${SKI}></staffing-chart>`);
    const root = el.shadowRoot!;
    // Fiche: 3 animateurs for one centre, 2 and 2 for the two others.
    expect(seen(root.querySelector('.headline'))).to.equal('7 professionnels');
    expect([...root.querySelectorAll('.ranked li')].map(seen)).to.deep.equal([
      'Animateur (centre social Centre) Salariés 3 personnes',
      'Animateur (centre social Marlborough) Salariés 2 personnes',
      "Animateur (centre social d'Ostrohove) Salariés 2 personnes",
    ]);
    expect(shadowText(el)).to.contain('Aucun ETP renseigné : le graphique compte les personnes.');
  });

  it('converts hours at 35 h = 1 ETP, says so, and never shows a name', async () => {
    const el = await chart(html`<staffing-chart .feed=${HOURS_FEED} action-id="atelier"></staffing-chart>`);
    const text = fold(shadowText(el));
    expect(seen(el.shadowRoot!.querySelector('.headline'))).to.equal('Salariés : 0,5 ETP · Bénévoles : 0,2 ETP 2 bénévoles');
    expect(text).to.contain('35 h par semaine = 1 ETP');
    expect(text).not.to.contain('Prénom-Secret');
  });

  it('values volunteer time apart from the budget when asked', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id=${INNOVATION} volunteer-hour-value="12"></staffing-chart>`);
    const valuation = el.shadowRoot!.querySelector('[part="valuation"]')!;
    // 2,9 ETP × 1607 h × 12 € = 55 923,60 €
    expect(seen(valuation)).to.equal(
      'VALORISATION DU BÉNÉVOLAT 2,9 ETP × 1 607 h × 12 € de l’heure = 55 923,60 € par an 1 ETP = 1 607 heures par an. Montant indicatif, non compris dans le budget de l’action.',
    );
    const plain = await chart(html`<staffing-chart src=${FEED} action-id=${INNOVATION}></staffing-chart>`);
    expect(plain.shadowRoot!.querySelector('[part="valuation"]')).to.equal(null);
  });

  it('says when an action has no staffing', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id="trialyscolor"></staffing-chart>`);
    expect(shadowText(el)).to.contain('Moyens humains non renseignés');
    expect(el.shadowRoot!.querySelector('.graphic')).to.equal(null);
  });
});

describe('<staffing-chart> interaction, export, accessibility', () => {
  it('moves between segments with arrows and shows a tooltip on focus', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id=${INNOVATION}></staffing-chart>`);
    const root = el.shadowRoot!;
    expect(segs(el).map((s) => s.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
    segs(el)[0]!.focus();
    await el.updateComplete;
    expect(seen(root.querySelector('.tooltip'))).to.equal('Salariés 0,5 ETP · 15 %');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((root.activeElement as SVGElement).dataset.index).to.equal('1');
    expect(seen(root.querySelector('.tooltip'))).to.equal('Bénévoles 2,9 ETP · 85 %');
  });

  it('downloads its table as CSV, byte for byte', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id=${INNOVATION}></staffing-chart>`);
    const { name, blob } = await captureDownload(el, 'csv');
    expect(name).to.equal(`moyens-humains-${INNOVATION}.csv`);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())).to.equal(
      '\ufeffRôle;Statut;ETP;Effectif;Précision\r\nProfessionnelle;Salariés;0,4;;\r\nProfessionnel;Salariés;0,1;;\r\nBénévole;Bénévoles;2,9;17;\r\nTotal;;3,4;17;\r\n',
    );
  });

  it('has no axe violations, with and without the table', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} volunteer-hour-value="11.65"></staffing-chart>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('prints the table and patterns', async () => {
    const el = await chart(html`<staffing-chart src=${FEED} action-id=${INNOVATION}></staffing-chart>`);
    const root = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    try {
      // Print has its own copy of the table (the role table shortened); a one-action table prints whole.
      expect(getComputedStyle(root.querySelector('#data')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('.print-only')!).display).to.equal('block');
      expect(root.querySelector('.print-only tbody')!.querySelectorAll('tr').length).to.equal(root.querySelector('#data tbody')!.querySelectorAll('tr').length);
      expect(getComputedStyle(root.querySelector('.graphic .hatch')!).display).to.equal('inline');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('fits 280 px', async () => {
    const el = await chart(html`<staffing-chart style="width: 280px" src=${FEED} volunteer-hour-value="12"></staffing-chart>`);
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
    expect(Number(el.shadowRoot!.querySelector('.graphic svg')!.getAttribute('width'))).to.be.at.most(280 - 2 * 16);
  });

  it('shows a localized error when the feed is missing', async () => {
    const el = await chart(html`<staffing-chart lang="en" src="/missing-feed.json"></staffing-chart>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The server answered with an error (404');
  });
});
