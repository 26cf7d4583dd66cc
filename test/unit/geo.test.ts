import { test } from 'node:test';
import assert from 'node:assert/strict';
import etalabDepartements from '@etalab/decoupage-administratif/data/departements.json';
import etalabRegions from '@etalab/decoupage-administratif/data/regions.json';
import { geoConicConformal, geoMercator, geoPath } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyJson from '../../src/geo/france.topo.json';
import {
  communePoint,
  departementCentroid,
  departementFeatures,
  departementOfInsee,
  departementShapes,
  focusViewBox,
  franceViewBox,
  innerBorders,
  insetFrames,
  loadCommunePoints,
  pathData,
  projectionParams,
  regionFeatures,
  regionShapes,
  viewBoxAttribute,
  type DepartementFeature,
  type Point,
  type ViewBox,
} from '../../src/geo/projection.js';
import { REGIONS, regionName, regionOfDepartement } from '../../src/geo/divisions.js';

// The 101 départements and 18 régions: metropolitan France and the five overseas départements (DROM).
const officialDepartements = etalabDepartements.filter((d) => d.zone === 'metro' || d.zone === 'drom');
const officialRegions = etalabRegions.filter((r) => r.zone === 'metro' || r.zone === 'drom');
const OVERSEAS = ['971', '972', '973', '974', '976'];

function rings(f: DepartementFeature): number[][][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Even-odd ray casting: inside when a horizontal ray from the point crosses the rings an odd number of times. */
function contains(f: DepartementFeature, [x, y]: Point): boolean {
  let inside = false;
  for (const ring of rings(f)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

/** Distance from the point to the nearest edge of the département. */
function distance(f: DepartementFeature, [x, y]: Point): number {
  let best = Infinity;
  for (const ring of rings(f)) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
    }
  }
  return best;
}

function departement(code: string): DepartementFeature {
  const f = departementFeatures().find((d) => d.properties.code === code);
  assert.ok(f, `département ${code} is on the map`);
  return f;
}

function withinBox(box: ViewBox, [x, y]: Point): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

const planar = geoPath();

test('the map has exactly the 101 départements of the COG, with their official names and régions', () => {
  const features = departementFeatures();
  assert.equal(features.length, 101);
  assert.deepEqual(
    features.map((f) => f.properties.code).sort(),
    officialDepartements.map((d) => d.code).sort(),
  );
  for (const official of officialDepartements) {
    const { properties } = departement(official.code);
    assert.equal(properties.name, official.nom, `name of ${official.code}`);
    assert.equal(properties.region, official.region, `région of ${official.code}`);
  }
  assert.equal(departement('62').properties.name, 'Pas-de-Calais');
  assert.equal(departement('90').properties.name, 'Territoire de Belfort');
  assert.equal(departement('2A').properties.name, 'Corse-du-Sud');
  assert.equal(departement('2B').properties.name, 'Haute-Corse');
  assert.equal(departement('974').properties.name, 'La Réunion');
  assert.ok(!features.some((f) => f.properties.code === '20'), 'Corsica is 2A and 2B, never 20');
});

test('the 18 régions are merged from their départements', () => {
  const regions = regionFeatures();
  assert.equal(regions.length, 18);
  assert.deepEqual(
    regions.map((r) => [r.properties.code, r.properties.name]).sort(),
    officialRegions.map((r) => [r.code, r.nom]).sort(),
  );
  for (const region of regions) {
    const parts = departementFeatures().filter((f) => f.properties.region === region.properties.code);
    assert.ok(parts.length > 0, `région ${region.properties.code} has départements`);
    const sum = parts.reduce((total, f) => total + planar.area(f), 0);
    const area = planar.area(region);
    assert.ok(Math.abs(area - sum) / sum < 0.001, `area of région ${region.properties.code}: ${area} vs ${sum}`);
  }
});

test('divisions.ts lists the régions and the région of each département without the geometry', () => {
  assert.deepEqual(
    REGIONS.map((r) => [r.code, r.name]),
    officialRegions.map((r) => [r.code, r.nom]).sort(([a], [b]) => a!.localeCompare(b!)),
  );
  for (const official of officialDepartements) {
    assert.equal(regionOfDepartement(official.code)?.code, official.region, `région of ${official.code}`);
  }
  assert.equal(regionOfDepartement('57')?.name, 'Grand Est');
  assert.equal(regionOfDepartement('975'), undefined);
  assert.equal(regionName('32'), 'Hauts-de-France');
  assert.equal(regionName('99'), undefined);
});

test('departementOfInsee takes 2 characters, 3 overseas, and knows Corsica', () => {
  assert.equal(departementOfInsee('57672'), '57');
  assert.equal(departementOfInsee('59183'), '59');
  assert.equal(departementOfInsee('01053'), '01');
  assert.equal(departementOfInsee('2A004'), '2A');
  assert.equal(departementOfInsee('2b033'), '2B');
  assert.equal(departementOfInsee('97411'), '974');
  assert.equal(departementOfInsee('97611'), '976');
  assert.equal(departementOfInsee('97502'), null, 'Saint-Pierre-et-Miquelon is not a département');
  assert.equal(departementOfInsee('20000'), null, 'a Corsican postal code is not an INSEE code');
  assert.equal(departementOfInsee('5767'), null);
  assert.equal(departementOfInsee('Thionville'), null);
});

/** The map's projection as the build applied it (d3-geo with projectionParams): lon/lat → map units. */
function project(lon: number, lat: number): Point {
  const { mainland, insets } = projectionParams;
  const inset = insets.find(({ lonLatBox: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n);
  const projection = inset
    ? geoMercator().center([...inset.center]).scale(inset.scale).translate([...inset.translate])
    : geoConicConformal().rotate([...mainland.rotate]).parallels([...mainland.parallels]).scale(mainland.scale).translate([...mainland.translate]);
  return projection([lon, lat]) as Point;
}

test('places project inside their département', () => {
  const thionville = project(6.168, 49.357);
  const dunkerque = project(2.3768, 51.0343);
  const saintDenis = project(55.4504, -20.8789);
  const paris = project(2.3522, 48.8566);
  assert.ok(thionville && contains(departement('57'), thionville), 'Thionville in Moselle');
  assert.ok(!contains(departement('54'), thionville!), 'Thionville not in Meurthe-et-Moselle');
  assert.ok(dunkerque && contains(departement('59'), dunkerque), 'Dunkerque in Nord');
  assert.ok(saintDenis && contains(departement('974'), saintDenis), 'Saint-Denis in La Réunion');
  assert.ok(paris && contains(departement('75'), paris), 'Paris in Paris');
  // Coastal towns may sit just off the simplified coast.
  const coastal: [string, number, number, string][] = [
    ['Ajaccio', 8.7369, 41.9192, '2A'],
    ['Pointe-à-Pitre', -61.5331, 16.2411, '971'],
    ['Fort-de-France', -61.0588, 14.6161, '972'],
    ['Cayenne', -52.3135, 4.9224, '973'],
    ['Mamoudzou', 45.2279, -12.7806, '976'],
  ];
  for (const [name, lon, lat, code] of coastal) {
    const p = project(lon, lat);
    assert.ok(p, `${name} projects`);
    const f = departement(code);
    assert.ok(contains(f, p) || distance(f, p) < 1.5, `${name} on ${code}: ${p} is ${distance(f, p)} away`);
  }
});

test('path data is what d3-geo geoPath().digits(2) draws', () => {
  const d3Path = geoPath().digits(2);
  for (const f of [...departementFeatures(), ...regionFeatures()]) {
    assert.equal(pathData(f.geometry), d3Path(f), `path of ${f.properties.code}`);
  }
  const topology = topologyJson as unknown as Topology<{ regions: GeometryCollection }>;
  const borders = mesh(topology, topology.objects.regions, (a, b) => a !== b);
  assert.equal(innerBorders('regions'), d3Path(borders));
  assert.equal(pathData({ type: 'MultiLineString', coordinates: [[[0, 0], [1.006, 2.499]]] }), 'M0,0L1.01,2.5');
});

test('overseas points go to their inset', () => {
  const frames = new Map(insetFrames().map((frame) => [frame.code, frame]));
  assert.deepEqual([...frames.keys()].sort(), OVERSEAS);
  const saintDenis = project(55.4504, -20.8789);
  assert.ok(saintDenis && withinBox(frames.get('974')!, saintDenis), 'Saint-Denis in the Réunion inset');
  const fortDeFrance = project(-61.0588, 14.6161);
  assert.ok(fortDeFrance && withinBox(frames.get('972')!, fortDeFrance), 'Martinique, not Guadeloupe');
});

test('each overseas département lies inside its inset frame, and no mainland one touches a frame', () => {
  const frames = insetFrames();
  for (const f of departementFeatures()) {
    const [[x0, y0], [x1, y1]] = planar.bounds(f);
    const frame = frames.find((i) => i.code === f.properties.code);
    if (frame) {
      assert.ok(withinBox(frame, [x0, y0]) && withinBox(frame, [x1, y1]), `${f.properties.code} within its frame`);
    } else {
      for (const other of frames) {
        const apart = x1 < other.x || x0 > other.x + other.width || y1 < other.y || y0 > other.y + other.height;
        assert.ok(apart, `${f.properties.code} clear of the ${other.code} frame`);
      }
    }
  }
});

test('the whole map fits its viewBox', () => {
  const box = franceViewBox();
  assert.deepEqual(box, { x: 0, y: 0, width: 1000, height: 618 });
  assert.equal(viewBoxAttribute(box), '0 0 1000 618');
  const [[x0, y0], [x1, y1]] = planar.bounds({ type: 'FeatureCollection', features: [...departementFeatures()] });
  assert.ok(withinBox(box, [x0, y0]) && withinBox(box, [x1, y1]));
  for (const frame of insetFrames()) {
    assert.ok(withinBox(box, [frame.x, frame.y]) && withinBox(box, [frame.x + frame.width, frame.y + frame.height]));
  }
});

test('centroids lie inside their département', () => {
  for (const f of departementFeatures()) {
    assert.ok(contains(f, f.properties.centroid), `centroid of ${f.properties.code}`);
  }
  assert.deepEqual(departementCentroid('57'), departement('57').properties.centroid);
  assert.equal(departementCentroid('20'), null);
});

test('shapes carry SVG path data for every département and région', () => {
  const shapes = departementShapes();
  assert.equal(shapes.length, 101);
  for (const shape of shapes) assert.match(shape.d, /^M[\d.]+,[\d.]+L.*Z$/, `path of ${shape.code}`);
  assert.equal(shapes.find((s) => s.code === '57')?.d, pathData(departement('57').geometry));
  assert.equal(departementShapes(), shapes, 'computed once');
  assert.deepEqual(
    regionShapes().map((s) => s.code),
    regionFeatures().map((f) => f.properties.code),
  );
  const regionBorders = innerBorders('regions');
  const departementBorders = innerBorders('departements');
  assert.match(regionBorders, /^M/);
  assert.ok(departementBorders.length > regionBorders.length, 'more borders between départements than régions');
});

test('focusViewBox frames a région or départements', () => {
  const idf = focusViewBox({ region: '11' });
  assert.ok(idf);
  for (const f of departementFeatures()) {
    if (f.properties.region === '11') assert.ok(withinBox(idf, f.properties.centroid), `${f.properties.code} in view`);
  }
  assert.ok(!withinBox(idf, departement('59').properties.centroid), 'Nord out of the Île-de-France view');
  assert.ok(idf.width < 150 && idf.height < 150);

  const moselle = focusViewBox({ departements: ['57'] }, { aspect: 2 })!;
  assert.ok(Math.abs(moselle.width / moselle.height - 2) < 1e-9);
  assert.ok(withinBox(moselle, project(6.168, 49.357)!), 'Thionville in the Moselle view');

  const reunion = focusViewBox({ region: '04' })!;
  assert.ok(withinBox(reunion, project(55.4504, -20.8789)!), 'Saint-Denis in the Réunion view');

  const both = focusViewBox({ region: '94', departements: ['06'] })!;
  assert.ok(withinBox(both, departement('06').properties.centroid) && withinBox(both, departementCentroid('2B')!));
  assert.equal(focusViewBox({ region: '99' }), null);
  assert.equal(focusViewBox({}), null);
});

test('commune points load lazily and fall inside their département', async () => {
  const points = await loadCommunePoints();
  assert.equal(await loadCommunePoints(), points, 'loaded once');
  const codes = Object.keys(points);
  assert.ok(codes.length > 4000, `${codes.length} communes`);
  let inside = 0;
  for (const insee of codes) {
    const f = departement(departementOfInsee(insee)!);
    const p = points[insee]!;
    if (contains(f, p)) inside++;
    // Peninsulas and small islands simplified away (Quiberon, Groix) stay within a few units of the coast.
    else assert.ok(distance(f, p) < 8, `${insee} at ${p} is ${distance(f, p)} from ${f.properties.code}`);
  }
  assert.ok(inside / codes.length > 0.95, `${inside} of ${codes.length} inside their département`);

  assert.ok(contains(departement('57'), communePoint('57672', points)!), 'Thionville');
  assert.ok(contains(departement('59'), communePoint('59183', points)!), 'Dunkerque');
  // A commune absent from GeoNames' table falls back to its département's centroid.
  const absent = '90999';
  assert.equal(points[absent], undefined);
  assert.deepEqual(communePoint(absent, points), departementCentroid('90'));
  assert.equal(communePoint('97502', points), null);
});
