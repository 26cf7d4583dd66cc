/**
 * Builds the pages of the peer bench into dist/bench-peers (see bench/README.md):
 * - the Chart.js and ECharts pages of bench/pages, bundled by Vite as their users would (tree-shaken, minified);
 * - Vitrine's pages, plain HTML loading the CDN build from /cdn/ (nothing bundled for them: a CMS page);
 * - their data, derived from demo/sample-feed.json and src/geo by the project's own functions, so that every
 *   chart shows the same figures.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { validateFeed } from '../../src/feed/validate.js';
import { fundingByType } from '../../src/feed/aggregate.js';
import { sharedMessages } from '../../src/shared/messages.js';
import { FUNDER_COLORS } from '../../src/shared/palette.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';

const root = resolve(import.meta.dirname, '../..');
export const OUT = join(root, 'dist/bench-peers');
export const SKI_ID = 'mise-en-place-sejour-au-ski-interquartier';

const PEER_PAGES = ['chartjs-donut', 'echarts-donut', 'echarts-map'];

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <link rel="stylesheet" href="./bench.css" />
${head}
  </head>
  <body>
${body}
  </body>
</html>
`;

const SCRIPT = '    <script type="module" src="/cdn/vitrine.js"></script>';
/** The lines the README's snippet documents: start the bundle and the feed while the HTML is still parsing. */
const PRELOADS = (feed: string) =>
  `    <link rel="modulepreload" href="/cdn/vitrine.js" />\n    <link rel="preload" as="fetch" crossorigin href="${feed}" />`;

const MAP = '    <h1>Actions par département</h1>\n    <territory-map src="./sample-feed.json" no-markers></territory-map>';

/** The map's chunk in the CDN build (its name carries a content hash): chunks/territory-map-<hash>.js. */
function mapChunk(): string {
  const name = readdirSync(join(root, 'dist/cdn/chunks')).find((f) => /^territory-map-[\w-]+\.js$/.test(f));
  if (!name) throw new Error('dist/cdn/chunks has no territory-map chunk: run `npm run build:cdn` first.');
  return `chunks/${name}`;
}

/** A centre's own feed: the ski stay's structure and its actions, as that centre would publish it. */
function centreFeed(sample: { structures: { id: string }[]; actions: { id: string; structureId: string }[] }) {
  const ski = sample.actions.find((a) => a.id === SKI_ID)!;
  return {
    ...sample,
    structures: sample.structures.filter((s) => s.id === ski.structureId),
    actions: sample.actions.filter((a) => a.structureId === ski.structureId),
  };
}

export async function buildBenchPages(): Promise<void> {
  // One build per page, as each would be a site of its own: no chunk shared between two peers.
  rmSync(OUT, { recursive: true, force: true });
  for (const name of PEER_PAGES) {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: join(root, 'bench/pages'),
      publicDir: false,
      build: {
        outDir: OUT,
        emptyOutDir: false,
        target: 'es2022',
        rolldownOptions: { input: { [name]: join(root, 'bench/pages', `${name}.html`) } },
      },
    });
  }
  writeFileSync(join(OUT, 'bench.css'), readFileSync(join(root, 'bench/pages/bench.css')));

  const sample = JSON.parse(readFileSync(join(root, 'demo/sample-feed.json'), 'utf8'));
  const feed = centreFeed(sample);
  writeFileSync(join(OUT, 'centre-feed.json'), JSON.stringify(feed));
  writeFileSync(join(OUT, 'sample-feed.json'), JSON.stringify(sample));

  // The peers' data: the same funders and amounts, computed by the project's aggregation.
  const ski = validateFeed(feed).feed.actions.find((a) => a.id === SKI_ID)!;
  const funders = fundingByType([ski]).map((line) => ({
    label: sharedMessages('fr').funderType[line.funderType ?? 'autre'],
    amount: line.amount,
    color: FUNDER_COLORS[line.funderType ?? 'autre'],
  }));
  writeFileSync(join(OUT, 'ski.json'), JSON.stringify({ total: ski.budget!.total, funders }));

  const figures = territoryFigures(validateFeed(sample).feed);
  const topology = JSON.parse(readFileSync(join(root, 'src/geo/france.topo.json'), 'utf8')) as Topology;
  const departements = feature(topology, topology.objects.departements as GeometryCollection<{ code: string; name: string }>);
  writeFileSync(join(OUT, 'departements.geo.json'), JSON.stringify(departements));
  const counts = departements.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    actions: figures.departements.get(f.properties.code)?.actions ?? 0,
  }));
  writeFileSync(join(OUT, 'map-data.json'), JSON.stringify(counts));

  const donut = (src: string) => `<funding-breakdown src="${src}" action-id="${SKI_ID}"></funding-breakdown>`;
  const h1 = '    <h1>Séjour au ski inter-quartier</h1>';
  const pages: Record<string, string> = {
    'vitrine-donut': page('Vitrine — financement du séjour au ski', SCRIPT, `${h1}\n    ${donut('./centre-feed.json')}`),
    'vitrine-donut-preload': page(
      'Vitrine — financement du séjour au ski',
      `${PRELOADS('./centre-feed.json')}\n${SCRIPT}`,
      `${h1}\n    ${donut('./centre-feed.json')}`,
    ),
    // The CMS prints the feed inside the tag: no request for data at all.
    'vitrine-donut-inline': page(
      'Vitrine — financement du séjour au ski',
      SCRIPT,
      `${h1}\n    <funding-breakdown action-id="${SKI_ID}"><script type="application/json">${JSON.stringify(feed).replaceAll('<', '\\u003c')}</script></funding-breakdown>`,
    ),
    'vitrine-map': page('Vitrine — actions par département', SCRIPT, MAP),
    // The README's map snippet: the bundle, the map's chunk (its code and geometry) and the feed start together.
    'vitrine-map-preload': page(
      'Vitrine — actions par département',
      `${PRELOADS('./sample-feed.json')}\n    <link rel="modulepreload" href="/cdn/${mapChunk()}" />\n${SCRIPT}`,
      MAP,
    ),
  };
  // BENCH_CDN_B names another build of dist/cdn: its plain pages, `-b`, load it, for an A/B of two builds in one run.
  if (process.env.BENCH_CDN_B) for (const name of ['vitrine-donut', 'vitrine-map']) pages[`${name}-b`] = pages[name]!.replace('/cdn/vitrine.js', '/cdn-b/vitrine.js');
  mkdirSync(OUT, { recursive: true });
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(OUT, `${name}.html`), html);
}
