// The demo pages as a webmaster's visitor gets them: the CDN build served with a strict
// Content-Security-Policy, in Debian's Chromium. Every page must render its elements with
// no CSP violation, no uncaught error and no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './chromium.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { envPort, portOf } from '../../scripts/free-port.mjs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

// E2E_PORT fixes the port; by default the system picks a free one, so two runs can share a machine.
let ORIGIN = '';
let server;
let browser;

before(async () => {
  server = await startDemoServer(envPort('E2E_PORT'));
  ORIGIN = `http://127.0.0.1:${portOf(server)}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function visit(path, act) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const foreign = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (m) => {
    // The demo shows a missing feed on purpose; its 404 is expected.
    if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  const result = await act(page);
  await page.close();
  return { problems, foreign, result };
}

/** Waits until no Vitrine element on the page (or inside one) is still loading. */
const settledScript = async () => {
  const busy = (root) => [...root.querySelectorAll('*')].some((el) => el.getAttribute('aria-busy') === 'true' || (el.shadowRoot && busy(el.shadowRoot)));
  for (let i = 0; i < 100 && busy(document); i++) await new Promise((r) => setTimeout(r, 50));
  return !busy(document);
};

test('the centre page renders its cards, charts and map under a strict CSP', async () => {
  const { problems, foreign, result } = await visit('/', async (page) => {
    assert.equal(await page.evaluate(settledScript), true);
    return page.evaluate(() => ({
      cards: [...document.querySelectorAll('action-card')].filter((c) => c.shadowRoot?.querySelector('[part="title"]')).length,
      map: document.querySelector('territory-map')?.shadowRoot?.querySelectorAll('[data-code]').length ?? 0,
    }));
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.ok(result.cards >= 5, `${result.cards} cards rendered`);
  assert.ok(result.map >= 101, `${result.map} map areas`);
});

test('the centre page downloads its preloaded feed once, and no empty preload helper', async () => {
  const { result } = await visit('/', async (page) => {
    assert.equal(await page.evaluate(settledScript), true);
    return page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  });
  // The page's <link rel="preload" as="fetch" crossorigin> and the elements' fetch are one download.
  assert.equal(result.filter((path) => path === '/sample-feed.json').length, 1);
  assert.deepEqual(result.filter((path) => /preload-helper/.test(path)), []);
  // The fast validator is inside vitrine.js (3c6d827): a valid feed requests no validator chunk at all, and zod's
  // (validate-*) only comes to explain an invalid fiche.
  assert.deepEqual(result.filter((path) => /\/chunks\/(parse|validate)-/.test(path)), []);
});

test('the funders’ dashboard renders under a strict CSP and filters from a click', async () => {
  const { problems, foreign, result } = await visit('/dashboard.html', async (page) => {
    assert.equal(await page.evaluate(settledScript), true);
    return page.evaluate(() => document.querySelector('impact-dashboard')?.shadowRoot?.textContent?.includes('actions') ?? false);
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.equal(result, true);
});

test('the importer page reads a pasted fiche in the browser under a strict CSP', async () => {
  const { problems, foreign, result } = await visit('/import.html', async (page) => {
    await page.getByText('Mettre un exemple').click();
    await page.getByText('Lire la fiche').click();
    await page.waitForSelector('action-card');
    return page.evaluate(() => ({
      title: document.querySelector('action-card')?.shadowRoot?.querySelector('[part="title"]')?.textContent,
      missing: document.querySelector('#result .missing')?.textContent.replace(/\s+/g, ' ').trim(),
    }));
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.equal(result.title, 'Jardin partagé des Tilleuls');
  // The example states no expenses and no beneficiary count: the report says so, in words.
  assert.equal(result.missing, 'Non trouvés dans le texte (à compléter dans feed.json si vous les connaissez) : dépenses, bénéficiaires');
});

test('the importer page reads chosen and dropped files of every kind under a strict CSP', async () => {
  const { problems, foreign, result } = await visit('/import.html', async (page) => {
    await page.setInputFiles('#fiche-files', ['ludotheque.docx', 'seniors-sport.pdf', 'senacs-quoted-cp1252.txt', 'centre-page.html', 'photo.png', 'empty.txt'].map((f) => fixtures + f));
    await page.getByText('Lire la fiche').click();
    await page.waitForFunction(() => document.querySelectorAll('#result .files li').length === 6, null, { timeout: 60000 });
    // Cards render after the list: wait until each shows its title.
    const titled = () => [...document.querySelectorAll('action-card')].every((c) => c.shadowRoot?.querySelector('[part="title"]'));
    await page.waitForFunction(titled, null, { timeout: 60000 });
    const chosen = await page.evaluate(() => ({
      files: [...document.querySelectorAll('#result .files li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
      titles: [...document.querySelectorAll('action-card')].map((c) => c.shadowRoot?.querySelector('[part="title"]')?.textContent),
    }));
    // A UTF-16 file dropped on the page, as a file manager would.
    await page.evaluate(() => {
      const text = 'Actions\nAtelier cuisine du monde\nDESCRIPTION DE L\'ACTION\n- Statut de l\'action\n- En cours\n';
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'cuisine-utf16.txt', { type: 'text/plain' }));
      document.querySelector('#fiche-files').value = '';
      document.querySelector('#drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => [...document.querySelectorAll('#result .files li')].some((li) => li.textContent.includes('cuisine-utf16.txt')), null, { timeout: 60000 });
    await page.waitForFunction(titled, null, { timeout: 60000 });
    const droppedTitles = await page.evaluate(() => [...document.querySelectorAll('action-card')].map((c) => c.shadowRoot?.querySelector('[part="title"]')?.textContent));
    return { ...chosen, droppedTitles };
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(result.titles.sort(), ['Accompagnement à la scolarité', 'Café des aidants', 'Les seniors de Lunéville reprennent le sport', 'Ludothèque itinérante']);
  assert.match(result.files.find((f) => f.startsWith('photo.png')), /non importé — fichier binaire/);
  assert.match(result.files.find((f) => f.startsWith('empty.txt')), /non importé — fichier vide/);
  assert.match(result.files.find((f) => f.startsWith('senacs-quoted-cp1252.txt')), /windows-1252/);
  assert.match(result.files.find((f) => f.startsWith('ludotheque.docx')), /Word\) : 1 fiche/);
  assert.ok(result.droppedTitles.includes('Atelier cuisine du monde'), result.droppedTitles.join(', '));
});
