/**
 * `vitrine publish`: the observatory read back through the browser's reader gives the
 * dashboard's numbers over the raw feed, for every one-filter slice (from the summary) and
 * for combined filters and searches (from the shards); shards are complete feeds; sources
 * are merged with prefixes and every left-out fiche is counted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyFilters, facets, type DashboardFilters } from '../../src/feed/dashboard.js';
import { indexFeed } from '../../src/feed/load.js';
import { Observatory, type FetchJson } from '../../src/feed/observatory.js';
import { SLICE_KEYS, sliceFigures, totalFigures, type ObservatoryManifest, type ObservatorySummary } from '../../src/feed/observatory-format.js';
import { validateFeed } from '../../src/feed/validate.js';
import { regionOfDepartement } from '../../src/geo/divisions.js';
import { publish } from '../../src/publish/publish.js';
import { sourceInputs } from '../../src/publish/stage.js';
import { runPublishCommand } from '../../src/publish/cli.js';
import { FIRST_PAGE, FirstPages } from '../../src/publish/first-pages.js';
import { sortActions } from '../../src/action-list/sort.js';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';

const dir = mkdtempSync(join(tmpdir(), 'vitrine-publish-test-'));
const samplePath = fileURLToPath(new URL('../../demo/sample-feed.json', import.meta.url));
const { sample, communes } = await loadInputs();
const generatedPath = join(dir, 'generated.json');
writeFileSync(generatedPath, JSON.stringify(makeFeed(1200, 3, sample, communes)));

const summaryDepartements = (summary: ObservatorySummary) => Object.keys(summary.slices.departement);

const raw1200 = validateFeed(JSON.parse(readFileSync(generatedPath, 'utf8')));

const readJson: FetchJson = async (url) => JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));

async function published(path: string, partSize: number) {
  const out = join(dir, `obs-${partSize}-${Math.random().toString(36).slice(2)}`);
  const { manifest } = await publish(sourceInputs([path]), out, { partSize });
  const raw = indexFeed(validateFeed(JSON.parse(readFileSync(path, 'utf8'))));
  const observatory = await Observatory.open(pathToFileURL(out).href + '/', undefined, readJson);
  return { out, manifest, raw, observatory };
}

/** The figures the dashboard computes over the raw feed for these filters. */
function rawFigures(raw: ReturnType<typeof indexFeed>, filters: DashboardFilters) {
  return sliceFigures(applyFilters(raw.feed, filters), raw.structureById);
}

for (const [name, path, partSize] of [
  ['sample feed', samplePath, 4],
  ['generated feed', generatedPath, 60],
] as const) {
  test(`${name}: every summary slice equals the dashboard over the raw feed`, async () => {
    const { raw, observatory } = await published(path, partSize);
    const summary = observatory.summary;
    assert.deepEqual(summary.total, totalFigures(raw.feed.actions, raw.structureById));
    assert.deepEqual(summary.facets, facets(raw.feed, raw.structureById));
    let slices = 0;
    for (const key of SLICE_KEYS) {
      for (const [value, figures] of Object.entries(summary.slices[key])) {
        slices++;
        if (key === 'region') {
          const inRegion = raw.feed.actions.filter((a) => {
            const dep = raw.structureById.get(a.structureId)?.departement;
            return dep !== undefined && regionOfDepartement(dep)?.code === value;
          });
          assert.deepEqual(figures, sliceFigures(inRegion, raw.structureById), `region ${value}`);
          continue;
        }
        const filters = { [key]: key === 'year' ? Number(value) : value } as DashboardFilters;
        assert.deepEqual(figures, rawFigures(raw, filters), `${key} ${value}`);
        assert.equal(observatory.fromSummary(filters), figures, `${key} ${value} answered from the summary`);
      }
    }
    // Every value of the filter form has its slice.
    for (const bar of summary.facets.keyword) assert.ok(summary.slices.keyword[bar.key], bar.key);
    assert.ok(slices > 20, `${slices} slices`);
  });

  test(`${name}: combined filters and searches from the shards equal the dashboard over the raw feed`, async () => {
    const { raw, observatory, manifest } = await published(path, partSize);
    const first = raw.feed.actions[0]!;
    const dep = raw.structureById.get(first.structureId)!.departement!;
    const keyword = first.keywords[0] ?? 'Santé';
    const selections: DashboardFilters[] = [
      { departement: dep, keyword },
      { keyword, status: 'en-cours' },
      { q: first.title.split(' ')[0]! },
      { q: raw.structureById.get(first.structureId)!.name, year: first.year },
      { departement: dep, funder: 'caf', q: 'atelier' },
      { q: 'aucun-mot-de-ce-genre' },
    ];
    for (const filters of selections) {
      assert.equal(observatory.fromSummary(filters), undefined, JSON.stringify(filters));
      const selection = await observatory.select(filters);
      const expected = applyFilters(raw.feed, filters);
      assert.deepEqual(selection.figures, rawFigures(raw, filters), JSON.stringify(filters));
      assert.deepEqual(selection.loaded.feed.actions.map((a) => a.id), expected.map((a) => a.id), `${JSON.stringify(filters)}: same actions in feed order`);
    }
    // A département filter fetches that département's parts only.
    const parts = await observatory.partsFor({ departement: dep, keyword });
    assert.ok(parts.length >= 1 && parts.every((p) => p.key === dep));
    assert.ok(parts.length < manifest.shards.length);
  });
}

test('each département’s first page is the list’s first page over the raw feed: its first 20 actions by title', async () => {
  const { raw, observatory, manifest } = await published(generatedPath, 60);
  const departements = Object.keys(manifest.firstPages ?? {});
  assert.equal(departements.length, summaryDepartements(observatory.summary).length + (manifest.shards.some((p) => p.key === 'none') ? 1 : 0));
  let longer = 0;
  for (const dep of departements.filter((d) => d !== 'none')) {
    const page = await observatory.firstPage({ departement: dep });
    const all = applyFilters(raw.feed, { departement: dep });
    if (all.length > FIRST_PAGE) longer++;
    assert.deepEqual(page!.loaded.feed.actions.map((a) => a.id), sortActions(all, 'title').slice(0, FIRST_PAGE).map((a) => a.id), dep);
    assert.equal(page!.total, all.length, dep);
    assert.ok(page!.loaded.feed.actions.every((a) => page!.loaded.structureById.get(a.structureId)?.departement === dep), dep);
  }
  assert.ok(longer >= 3, `${longer} départements with more than one page`);
  assert.equal(await observatory.firstPage({ departement: departements[0]!, keyword: 'Santé' }), undefined, 'only a département alone has one');
});

test('FirstPages keeps, as thousands of actions stream past, exactly the first page sortActions gives (ties in feed order)', () => {
  // Few distinct titles, with accents, case and punctuation: many ties and many cuts.
  const words = ['Atelier', 'atelier', 'Écoute', 'ecoute', '« Café »', 'Café', 'Zumba', 'Accueil', 'accueil 2', 'accueil 10'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const base = raw1200.feed.actions[0]!;
  const actions = Array.from({ length: 3000 }, (_, i) => ({ ...base, id: `a${i}`, title: `${words[Math.floor(next() * words.length)]} ${words[Math.floor(next() * 3)]}` }));
  const pages = new FirstPages();
  actions.forEach((a, i) => pages.add('62', a, i));
  const [page] = [...pages.documents(new Map())];
  const feed = JSON.parse(page!.text) as { actions: { id: string }[]; order: number[] };
  const expected = sortActions(actions, 'title').slice(0, FIRST_PAGE);
  assert.deepEqual(feed.actions.map((a) => a.id), expected.map((a) => a.id));
  assert.deepEqual(feed.order, expected.map((a) => Number(a.id.slice(1))));
});

test('the summary added up in the worker thread is the one added up on the main thread, byte for byte', async () => {
  const inputs = sourceInputs([`a=${generatedPath}`, `b=${samplePath}`]);
  const inWorker = await publish(inputs, join(dir, 'worker-on'), { partSize: 50, published: '2026-01-01T00:00:00.000Z' });
  const inThread = await publish(inputs, join(dir, 'worker-off'), { partSize: 50, published: '2026-01-01T00:00:00.000Z', worker: false });
  assert.deepEqual(inWorker.manifest.files, inThread.manifest.files);
  assert.ok(inWorker.manifest.counts.actions > 1200, `${inWorker.manifest.counts.actions} actions`);
});

test('shards are complete feeds named by their hash; parts hold at most part-size actions', async () => {
  const { out, manifest, raw } = await published(generatedPath, 20);
  const ids: string[] = [];
  for (const part of manifest.shards) {
    const text = readFileSync(join(out, part.path), 'utf8');
    assert.ok(part.path.includes(createHash('sha256').update(text).digest('hex').slice(0, 12)), part.path);
    assert.equal(Buffer.byteLength(text), part.bytes);
    const shard = validateFeed(JSON.parse(text));
    assert.deepEqual(shard.issues, [], part.path);
    assert.ok(shard.feed.actions.length <= 20 && shard.feed.actions.length === part.actions);
    for (const a of shard.feed.actions) {
      ids.push(a.id);
      assert.equal(shard.feed.structures.find((s) => s.id === a.structureId)?.departement ?? 'none', part.key);
    }
  }
  assert.deepEqual(ids.sort(), raw.feed.actions.map((a) => a.id).sort());
  const largest = manifest.shards.reduce((big, p) => (p.part > big.part ? p : big));
  assert.ok(largest.part > 1 && manifest.shards.filter((p) => p.key === largest.key).length === largest.part, 'a large département is cut into parts');
  assert.ok(manifest.shards.every((p, i) => p.part === 1 || manifest.shards[i - 1]!.key === p.key), 'parts listed by département');
});

test('many sources: ids prefixed by source, invalid fiches, duplicates and broken sources reported, none dropped silently', async () => {
  const a = join(dir, 'centre-a.json');
  const b = join(dir, 'centre-b.json');
  const broken = join(dir, 'broken.json');
  const feed = (actions: unknown[], name = 'Centre social') => ({ version: '1.0', title: 'Centre', generated: '2026-06-01', structures: [{ id: 's1', name, departement: '62' }], actions });
  const action = (id: string, total: number) => ({ id, structureId: 's1', title: `Action ${id}`, budget: { total, revenues: [{ label: 'CAF', funderType: 'caf', amount: total }] } });
  writeFileSync(a, JSON.stringify(feed([action('atelier', 100), action('atelier', 5), { id: 'BAD ID', title: 'x', structureId: 's1' }, action('sortie', 40)])));
  writeFileSync(b, JSON.stringify(feed([action('atelier', 1000), { ...action('repare', 10), year: 'deux mille' }], 'Centre social B')));
  writeFileSync(broken, '{"version":"1.0","actions":[{"id":"x","structureId":"s1","title":"X"},');
  const out = join(dir, 'merged');
  const { manifest } = await publish(sourceInputs([a, `caf62=${b}`, broken]), out);
  const [ra, rb, rbroken] = manifest.sources;
  assert.deepEqual([ra!.id, rb!.id, rbroken!.id], ['centre-a', 'caf62', 'broken']);
  assert.deepEqual(ra!.actions, { read: 4, kept: 2, rejected: 1, repaired: 0, duplicates: 1, crossSource: 0, unknownStructure: 0 });
  assert.deepEqual(rb!.actions, { read: 2, kept: 2, rejected: 0, repaired: 1, duplicates: 0, crossSource: 0, unknownStructure: 0 });
  assert.equal(rbroken!.status, 'failed');
  assert.equal(rbroken!.error!.kind, 'json');
  assert.equal(ra!.generated, '2026-06-01');
  assert.deepEqual(manifest.counts, { sources: 3, failedSources: 1, structures: 2, actions: 4 });
  const summary = JSON.parse(readFileSync(join(out, manifest.files.summary.path), 'utf8')) as ObservatorySummary;
  assert.equal(summary.total.headline.budget, 100 + 40 + 1000 + 10);
  assert.equal(summary.total.headline.structures, 2);
  const shard = JSON.parse(readFileSync(join(out, manifest.shards[0]!.path), 'utf8'));
  assert.deepEqual(shard.actions.map((x: { id: string }) => x.id), ['centre-a-atelier', 'centre-a-sortie', 'caf62-atelier', 'caf62-repare']);
  const report = JSON.parse(readFileSync(join(out, manifest.files.report.path), 'utf8'));
  assert.ok(report.sources[0].issues.some((i: { code: string; path: unknown[] }) => i.code === 'duplicate-id' && i.path[1] === 1));
  assert.ok(report.sources[1].issues.some((i: { path: unknown[] }) => i.path.join('.') === 'actions.1.year'));
});

test('the same action from two sources is published once; both reports name the other copy', async () => {
  const structure = (name: string) => ({ id: 'cs', name, departement: '59', commune: { name: 'Lille' } });
  const action = (id: string, title: string, total: number, year?: number) => ({
    id, structureId: 'cs', title, ...(year ? { year } : {}), budget: { total, revenues: [{ label: 'CAF', funderType: 'caf', amount: total }] },
  });
  const own = join(dir, 'own.json');
  const federation = join(dir, 'federation.json');
  const other = join(dir, 'other.json');
  // The centre's own feed: two sessions of one workshop (same title) are two fiches and both stay.
  writeFileSync(own, JSON.stringify({ version: '1.0', structures: [structure('Centre social Les Tilleuls')], actions: [
    action('jardin', 'Jardin partagé', 800, 2025), action('jardin-bis', 'Jardin partagé', 300, 2025), action('repair', 'Repair café', 200, 2025),
  ] }));
  // The federation republishes the centre under its own ids, with other case, accents and spacing.
  writeFileSync(federation, JSON.stringify({ version: '1.0', structures: [structure('CENTRE SOCIAL les  tilleuls')], actions: [
    action('f-17', 'Jardin Partage', 800, 2025), action('f-18', 'Repair café', 200, 2024), action('f-19', 'Sorties familles', 500, 2025),
  ] }));
  // Another centre in another département with a workshop of the same name.
  writeFileSync(other, JSON.stringify({ version: '1.0', structures: [{ ...structure('Centre social Les Tilleuls'), departement: '62' }], actions: [action('j', 'Jardin partagé', 90, 2025)] }));
  const out = join(dir, 'cross');
  const { manifest } = await publish(sourceInputs([own, federation, other]), out);
  const [rOwn, rFed, rOther] = manifest.sources;
  assert.equal(rOwn!.actions.kept, 3);
  assert.deepEqual([rFed!.actions.read, rFed!.actions.kept, rFed!.actions.crossSource], [3, 2, 1]);
  assert.deepEqual([rOther!.actions.kept, rOther!.actions.crossSource], [1, 0]);
  assert.equal(manifest.counts.actions, 6);
  const summary = JSON.parse(readFileSync(join(out, manifest.files.summary.path), 'utf8')) as ObservatorySummary;
  assert.equal(summary.total.headline.budget, 800 + 300 + 200 + 200 + 500 + 90);
  const ids = manifest.shards.flatMap((p) => JSON.parse(readFileSync(join(out, p.path), 'utf8')).actions.map((x: { id: string }) => x.id));
  assert.ok(!ids.includes('federation-f-17') && ids.includes('federation-f-18') && ids.includes('own-jardin-bis'), ids.join(' '));
  assert.equal(ids.length, 6);
  const report = JSON.parse(readFileSync(join(out, manifest.files.report.path), 'utf8'));
  const [ownIssues, fedIssues] = [report.sources[0].issues, report.sources[1].issues];
  assert.deepEqual(fedIssues, [{ path: ['actions', 0, 'id'], code: 'duplicate-across-sources', expected: 'own : own-jardin', rejected: true }]);
  assert.deepEqual(ownIssues, [{ path: ['actions', 0, 'id'], code: 'duplicate-across-sources', expected: 'federation : federation-f-17', rejected: false, itemId: 'own-jardin' }]);
});

test('a new publication keeps the previous one’s files and removes older ones', async () => {
  const out = join(dir, 'nightly');
  const feedAt = (n: number) => {
    const path = join(dir, `nightly-${n}.json`);
    writeFileSync(path, JSON.stringify(makeFeed(30 + n, n, sample, communes)));
    return path;
  };
  const m1 = (await publish(sourceInputs([feedAt(1)]), out)).manifest;
  const m2 = (await publish(sourceInputs([feedAt(2)]), out)).manifest;
  const m3 = (await publish(sourceInputs([feedAt(3)]), out)).manifest;
  const exists = (m: ObservatoryManifest) => existsSync(join(out, m.files.summary.path));
  assert.deepEqual([exists(m1), exists(m2), exists(m3)], [false, true, true]);
  const files = [...readdirSync(out), ...readdirSync(join(out, 'shards')).map((f) => `shards/${f}`)].filter((f) => f.endsWith('.json') && f !== 'manifest.json');
  const named = new Set([...[m2, m3].flatMap((m) => [m.files.summary.path, m.files.search.path, m.files.report.path, ...m.shards.map((s) => s.path), ...Object.values(m.firstPages ?? {}).map((f) => f.path)])]);
  assert.ok(Object.keys(m1.firstPages ?? {}).length > 0, 'first pages are published');
  assert.deepEqual(files.filter((f) => !named.has(f)), []);
});

test('the command: usage errors exit 2, a failed source exits 1 and the others are published', async () => {
  const err: string[] = [];
  const io = { out: () => undefined, err: (t: string) => err.push(t) };
  assert.equal(await runPublishCommand('publish', [samplePath], io), 2);
  assert.match(err.join('\n'), /-o DOSSIER/);
  assert.equal(await runPublishCommand('publish', [samplePath, '-o', join(dir, 'x'), '--part-size', '0'], io), 2);
  err.length = 0;
  const status = await runPublishCommand('publish', [samplePath, join(dir, 'missing.json'), '-o', join(dir, 'cli'), '--lang', 'en'], io);
  assert.equal(status, 1);
  assert.match(err.join('\n'), /missing: unreadable .*left out whole/);
  assert.match(err.join('\n'), /sample-feed: 38 of 38 actions kept/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'cli', 'manifest.json'), 'utf8')).counts.actions, 38);
});

test('the browser tests’ observatory (test/fixtures/observatory) is what `npm run build:observatory` writes today', async () => {
  const out = join(dir, 'fixture');
  const { manifest } = await publish(sourceInputs(['demo/sample-feed.json']), out, { partSize: 6, published: '2026-11-21T00:00:00.000Z' });
  const committed = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/observatory/manifest.json', import.meta.url)), 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(manifest)), 'run npm run build:observatory');
});
