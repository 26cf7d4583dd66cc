import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define.js';
import { define } from '../../src/elements.js';
import type { ActionCard } from '../../src/action-card/action-card.js';
import { ActionSelectEvent } from '../../src/shared/events.js';
import { axeViolations, settled, shadowText, uniqueUrl } from './helpers.js';

const MINI = '/test/fixtures/mini-feed.json';

async function card(template: ReturnType<typeof html>): Promise<ActionCard> {
  const el = await fixture<ActionCard>(template);
  await settled(el);
  return el;
}

describe('<action-card> fields', () => {
  it('shows every field the fiche holds, formatted in French', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="sejour-neige" variant="full"></action-card>`);
    const text = shadowText(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Séjour à la neige');
    expect(root.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect(root.querySelector('[part="status"]')!.textContent).to.equal('Terminée');
    expect(root.querySelector('.reason')!.textContent).to.equal('séjour réalisé');
    expect(text).to.contain('Jeunesse');
    expect([...root.querySelectorAll('[part="keyword"]')].map((k) => k.textContent)).to.deep.equal(['vacances / loisirs', 'Mobilité']);
    expect(text).to.contain('Douze jeunes préparent');
    expect(text).to.contain('Centre social des Dunes');
    expect(text).to.contain('Berck, Pas-de-Calais');
    expect(text).to.contain('Plusieurs communes · Berck · Rang-du-Fliers');
    expect(text).to.contain('Ville de Berck · CAF du Pas-de-Calais');
    // Intl writes a narrow no-break space between thousands and before €.
    expect(text).to.contain('21\u202f280\u00a0€');
    const legend = [...root.querySelectorAll('[part~="budget"] .legend li')].map((li) => li.textContent!.replace(/[ \n]+/g, ' ').trim());
    expect(legend.slice(0, 4)).to.deep.equal([
      'CAF 6\u202f700\u00a0€ (31\u00a0%)',
      'Commune 4\u202f080\u00a0€ (19\u00a0%)',
      'Usagers et familles 6\u202f000\u00a0€ (28\u00a0%)',
      'Autofinancement 4\u202f500\u00a0€ (21\u00a0%)',
    ]);
    expect(root.querySelector('[part="funding-bar"]')!.getAttribute('aria-label')).to.contain('CAF 6\u202f700\u00a0€');
    expect(text).to.contain('Hébergement ≈ 720\u00a0€');
    expect(text).to.contain('0,4\u00a0ETP salarié · 0,8\u00a0ETP bénévole');
    expect(text).to.contain('animatrice : 0,4\u00a0ETP · bénévole : 4 personnes, 0,2\u00a0ETP');
    expect(text).to.contain('12 jeunes');
    expect(text).to.contain('5 jeunes ont passé un diplôme de secourisme (2019)');
    const details = [...root.querySelectorAll('[part="details"] summary')].map((s) => s.textContent);
    expect(details).to.deep.equal(['Pour le territoire', 'Pour la structure', 'Pour les habitants', 'Limites', 'Perspectives']);
    const links = [...root.querySelectorAll('[part~="links"] a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/bilan.pdf', 'https://example.org', 'mailto:accueil@example.org', 'tel:0321000000']);
  });

  it('never shows a person’s name kept in the feed', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="sejour-neige" variant="full"></action-card>`);
    expect(shadowText(el)).not.to.contain('Prénom-Secret');
  });

  it('leaves out missing fields instead of printing empty headings or "undefined"', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="fiche-vide" variant="full"></action-card>`);
    const text = shadowText(el);
    expect(text).not.to.match(/undefined|null|NaN/);
    expect(el.shadowRoot!.querySelectorAll('[role="heading"]:not([part="title"]), [part="details"], [part="keywords"], [part="funding-bar"]').length).to.equal(0);
    expect(text).to.contain('Fiche presque vide');
  });

  it('puts its title at heading-level and its section headings under it, capped at 6', async () => {
    const outline = (el: ActionCard) => ({
      title: el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level'),
      sections: [...new Set([...el.shadowRoot!.querySelectorAll('[part~="section"] > [role="heading"]:first-child')].map((h) => h.getAttribute('aria-level')))],
      expenses: el.shadowRoot!.querySelector('[part~="budget"] .minor')?.getAttribute('aria-level'),
    });
    const at = (level?: string) =>
      card(html`<action-card src=${MINI} action-id="sejour-neige" variant="full" heading-level=${level ?? nothing}></action-card>`);
    expect(outline(await at())).to.deep.equal({ title: '3', sections: ['4'], expenses: '5' });
    expect(outline(await at('2'))).to.deep.equal({ title: '2', sections: ['3'], expenses: '4' });
    expect(outline(await at('5'))).to.deep.equal({ title: '5', sections: ['6'], expenses: '6' });
    expect(outline(await at('9'))).to.deep.equal({ title: '6', sections: ['6'], expenses: '6' });
    expect(outline(await at('abc'))).to.deep.equal({ title: '3', sections: ['4'], expenses: '5' });
  });

  it('shows the total and says the breakdown is missing when only a total is known', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="sans-structure"></action-card>`);
    expect(shadowText(el)).to.contain('9\u202f300\u00a0€');
    expect(shadowText(el)).to.contain('Répartition par financeur non renseignée.');
  });

  it('measures funders against the whole budget, showing the part not broken down', async () => {
    const action = {
      id: 'a',
      structureId: 's',
      title: 'Sport au féminin',
      budget: { total: 20000, revenues: [{ label: 'Subvention', funderType: 'autre', amount: 7000 }] },
    };
    const el = await card(html`<action-card .action=${action}></action-card>`);
    const legend = [...el.shadowRoot!.querySelectorAll('[part~="budget"] .legend li')].map((li) => li.textContent!.replace(/[ \n]+/g, ' ').trim());
    expect(legend).to.deep.equal(['Autres 7\u202f000\u00a0€ (35\u00a0%)', 'Non détaillé 13\u202f000\u00a0€ (65\u00a0%)']);
  });

  it('compact shows the key figures and expands on "Voir la fiche", firing action-select', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="sejour-neige"></action-card>`);
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    let fired: ActionSelectEvent | undefined;
    el.addEventListener('action-select', (e) => (fired = e));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(fired?.action.id).to.equal('sejour-neige');
    expect(fired?.composed).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part="details"]').length).to.equal(5);
  });

  it('lets the host page take over by cancelling action-select', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="sejour-neige"></action-card>`);
    el.addEventListener('action-select', (e) => e.preventDefault());
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
  });

  it('renders an action given as a property, with its structure', async () => {
    const action = { id: 'a', structureId: 's', title: 'Atelier cuisine', keywords: ['Santé'] };
    const el = await card(html`<action-card .action=${action} .structure=${{ id: 's', name: 'EVS du Port', departement: '59' }}></action-card>`);
    expect(shadowText(el)).to.contain('Atelier cuisine');
    expect(shadowText(el)).to.contain('EVS du Port · Nord');
  });
});

describe('<action-card> roles', () => {
  // A fiche writes one line per volunteer: fifteen "bénévole : 0,2 ETP" are one role of fifteen people.
  const volunteers = {
    id: 'v',
    structureId: 's',
    title: 'Jardin partagé',
    staffing: {
      people: [
        { role: 'coordinatrice', kind: 'salarie', etp: 0.5 },
        ...Array.from({ length: 15 }, () => ({ role: 'bénévole', kind: 'benevole', hoursPerWeek: 7, etp: 0.2 })),
        { role: 'bénévoles du jeudi', kind: 'benevole', count: 1 },
      ],
    },
  };
  const roles = (el: ActionCard) => [...el.shadowRoot!.querySelectorAll('[part~="staffing"] p')].at(-1)!.textContent!.trim();

  it('shows a repeated role once, with its people and summed ETP', async () => {
    const el = await card(html`<action-card .action=${volunteers}></action-card>`);
    expect(roles(el)).to.equal('coordinatrice : 0,5\u00a0ETP · bénévole : 15 personnes, 3\u00a0ETP · bénévoles du jeudi : 1 personne');
    expect(shadowText(el).match(/bénévole :/g)).to.have.length(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says it in English, with English plurals', async () => {
    const el = await card(html`<action-card lang="en" .action=${volunteers}></action-card>`);
    await waitUntil(() => roles(el).includes('people'), 'English strings', { timeout: 30000 });
    expect(roles(el)).to.equal('coordinatrice: 0.5\u00a0ETP · bénévole: 15 people, 3\u00a0ETP · bénévoles du jeudi: 1 person');
  });
});

describe('<action-card> states', () => {
  it('reserves space with a skeleton while loading', async () => {
    const el = await fixture<ActionCard>(html`<action-card src=${uniqueUrl('/__slow-feed.json')}></action-card>`);
    const skeleton = el.shadowRoot!.querySelector<HTMLElement>('[part="skeleton"]')!;
    expect(skeleton).to.exist;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(skeleton.getBoundingClientRect().height).to.be.at.least(12 * rem);
  });

  it('says so when the feed answers 404, and nothing is thrown into the page', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(e);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const el = await card(html`<action-card src="/test/fixtures/missing.json"></action-card>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Le serveur a répondu par une erreur (404');
    expect(alert.querySelector('button')!.textContent).to.equal('Réessayer');
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).to.have.length(0);
  });

  it('keeps the fallback content visible under the message when the feed fails, and hides it once data renders', async () => {
    const failed = await card(html`<action-card src="/test/fixtures/missing.json"><a href="/fiches/sejour.html">Séjour à la neige</a></action-card>`);
    const link = failed.querySelector('a')!;
    expect(failed.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(link.getClientRects().length, 'the link is laid out').to.be.above(0);
    expect(link.checkVisibility()).to.equal(true);
    const loaded = await card(html`<action-card src=${MINI} action-id="sejour-neige"><a href="/fiches/sejour.html">Séjour à la neige</a></action-card>`);
    expect(loaded.querySelector('a')!.checkVisibility()).to.equal(false);
  });

  it('links to the centre’s own page for the action with href-template, and never to another scheme', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="sejour-neige" href-template="/nos-actions/{id}/"></action-card>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="page-link"]')!;
    expect(link.getAttribute('href')).to.equal('/nos-actions/sejour-neige/');
    expect(link.textContent).to.equal('Page de l’action : Séjour à la neige');
    const hostile = await card(html`<action-card src=${MINI} action-id="sejour-neige" variant="full" href-template="javascript:alert('{id}')"></action-card>`);
    expect(hostile.shadowRoot!.querySelector('[part="page-link"]')).to.equal(null);
  });

  it('links to the action’s own url from the feed, unless href-template is set; a javascript: url is never a link', async () => {
    const base = { id: 'repit', structureId: 's', title: 'Halte répit' };
    const structure = { id: 's', name: 'Centre social' };
    const withUrl = await fixture<ActionCard>(html`<action-card .action=${{ ...base, url: 'https://mon-centre.fr/repit' }} .structure=${structure}></action-card>`);
    await settled(withUrl);
    expect(withUrl.shadowRoot!.querySelector('[part="page-link"]')!.getAttribute('href')).to.equal('https://mon-centre.fr/repit');
    const both = await fixture<ActionCard>(html`<action-card .action=${{ ...base, url: 'https://mon-centre.fr/repit' }} .structure=${structure} href-template="/fiches/{id}.html"></action-card>`);
    await settled(both);
    expect(both.shadowRoot!.querySelector('[part="page-link"]')!.getAttribute('href')).to.equal('/fiches/repit.html');
    const hostile = await fixture<ActionCard>(html`<action-card variant="full" .action=${{ ...base, url: 'javascript:alert(1)' }} .structure=${structure}></action-card>`);
    await settled(hostile);
    expect(hostile.shadowRoot!.querySelector('[part="page-link"]')).to.equal(null);
    expect(hostile.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(shadowText(hostile)).to.contain('Halte répit');
  });

  it('says so when the file is not JSON', async () => {
    const el = await card(html`<action-card src="/test/fixtures/not-json.txt"></action-card>`);
    expect(shadowText(el)).to.contain('n’est pas un JSON lisible');
  });

  it('says so when the JSON is not a feed, with the path of the problem', async () => {
    const el = await card(html`<action-card src="/package.json"></action-card>`);
    expect(shadowText(el)).to.contain('n’est pas un flux Vitrine valide');
    expect(shadowText(el)).to.contain('version : format invalide');
  });

  it('says so when the action id is unknown, without a retry button', async () => {
    const el = await card(html`<action-card src=${MINI} action-id="nulle-part"></action-card>`);
    expect(shadowText(el)).to.contain('Aucune action « nulle-part » dans ce flux.');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('gives up after its timeout', async () => {
    const el = await fixture<ActionCard>(html`<action-card .timeout=${300} src=${uniqueUrl('/__slow-feed.json')}></action-card>`);
    await settled(el, 3000);
    expect(shadowText(el)).to.contain('met trop de temps à répondre');
  });

  it('says what is missing when it has no source at all', async () => {
    const el = await card(html`<action-card></action-card>`);
    expect(shadowText(el)).to.contain('Aucune source de données');
  });
});

describe('<action-card> loading', () => {
  it('shares one request between every element naming the same src', async () => {
    const url = uniqueUrl(MINI);
    performance.clearResourceTimings();
    const container = await fixture<HTMLElement>(html`<div>
      ${['sejour-neige', 'fiche-vide', 'sans-structure', 'budget-faux'].map((id) => html`<action-card src=${url} action-id=${id}></action-card>`)}
    </div>`);
    const cards = [...container.querySelectorAll('action-card')];
    for (const c of cards) await settled(c);
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url));
    expect(requests).to.have.length(1);
    expect(cards.map((c) => c.shadowRoot!.querySelector('[part="title"]')?.textContent)).to.deep.equal([
      'Séjour à la neige',
      'Fiche presque vide',
      'Action d’une structure absente',
      'Budget illisible',
    ]);
  });

  it('aborts the previous load when src changes, and the latest wins', async () => {
    const signals: { url: string; signal?: AbortSignal | null }[] = [];
    const realFetch = window.fetch;
    // Observes the real fetch (the request still goes to the test server).
    window.fetch = (input, init) => {
      signals.push({ url: String(input), signal: init?.signal });
      return realFetch(input, init);
    };
    try {
      const slow = uniqueUrl('/__slow-feed.json');
      const el = await fixture<ActionCard>(html`<action-card src=${slow} action-id="sejour-neige"></action-card>`);
      await new Promise((r) => setTimeout(r, 50));
      el.src = uniqueUrl(MINI);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Séjour à la neige');
      const slowCall = signals.find((s) => s.url.endsWith(slow))!;
      expect(slowCall.signal?.aborted).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<action-card> languages', () => {
  it('speaks English with lang="en"', async () => {
    const el = await card(html`<action-card lang="en" src=${MINI} action-id="sejour-neige"></action-card>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Completed');
    expect(shadowText(el)).to.contain('€21,280');
    expect(shadowText(el)).to.contain('Open the record');
  });

  it('follows the nearest ancestor’s lang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><section><action-card src=${MINI} action-id="fiche-vide"></action-card></section></div>`);
    const el = wrapper.querySelector('action-card')!;
    await settled(el);
    expect(shadowText(el)).to.contain('Open the record');
  });
});

describe('<action-card> safety and accessibility', () => {
  it('renders hostile feed text inert', async () => {
    const el = await card(html`<action-card src="/test/fixtures/hostile-feed.json" action-id="payload" variant="full"></action-card>`);
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(root.querySelectorAll('script, img, svg, b, iframe').length).to.equal(0);
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('<script>window.__pwned=1</script>Titre');
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1"> résumé');
  });

  it('has no axe violations, compact and full', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main>
      <action-card src=${MINI} action-id="sejour-neige"></action-card>
      <action-card src=${MINI} action-id="sejour-neige" variant="full"></action-card>
      <action-card src="/test/fixtures/missing.json"></action-card>
    </main>`);
    for (const c of wrapper.querySelectorAll('action-card')) await settled(c);
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('can be registered again or under another name without throwing', async () => {
    expect(() => define()).not.to.throw();
    define({ 'action-card': 'mon-action' });
    expect(customElements.get('mon-action')).to.exist;
    const el = await card(html`<mon-action src=${MINI} action-id="fiche-vide"></mon-action>` as never);
    expect(shadowText(el)).to.contain('Fiche presque vide');
  });
});
