import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed } from '../../src/feed/validate.js';
import { departementCentroid, departementFeatures, loadCommunePoints, type Point } from '../../src/geo/projection.js';
import { needsCommunePoints, placeStructures } from '../../src/territory-map/points.js';

const sample = validateFeed(JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8'))).feed;

/** Even-odd ray casting over every ring of the département. */
function inside(code: string, [x, y]: Point): boolean {
  const f = departementFeatures().find((d) => d.properties.code === code)!;
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

test('sample feed: a marker per commune, structures of one commune share it', async () => {
  const points = placeStructures(sample.structures, sample.actions, await loadCommunePoints());
  // 21 structures: 7 of Pas-de-Calais without a commune share the département's point, Arras and
  // Saint-Martin-Boulogne have two each, the 10 others have a commune of their own.
  assert.equal(points.length, 13);
  assert.equal(points.reduce((s, p) => s + p.structures.length, 0), 21);
  const arras = points.find((p) => p.structures.some((s) => s.id === 'centre-social-arras-sud'))!;
  assert.deepEqual(arras.structures.map((s) => s.id).sort(), ['centre-social-arras-ouest', 'centre-social-arras-sud']);
  assert.equal(arras.exact, true);
  const fallback = points.find((p) => !p.exact)!;
  assert.deepEqual([fallback.x, fallback.y], departementCentroid('62'));
  assert.equal(fallback.structures.length, 7);
});

test('Thionville’s centre is drawn inside Moselle, every commune marker inside its département', async () => {
  const points = placeStructures(sample.structures, sample.actions, await loadCommunePoints());
  const thionville = points.find((p) => p.structures.some((s) => s.commune === 'Thionville'))!;
  assert.equal(thionville.exact, true);
  assert.ok(inside('57', [thionville.x, thionville.y]));
  assert.ok(!inside('54', [thionville.x, thionville.y]));
  for (const p of points) for (const s of p.structures) assert.ok(inside(s.departement!, [p.x, p.y]), `${s.name} inside ${s.departement}`);
});

test('each structure carries its number of actions', async () => {
  const points = placeStructures(sample.structures, sample.actions, await loadCommunePoints());
  const dunkerque = points.flatMap((p) => p.structures).find((s) => s.commune === 'Dunkerque')!;
  assert.equal(dunkerque.actions, 10);
  assert.equal(points.flatMap((p) => p.structures).reduce((s, x) => s + x.actions, 0), 38);
});

test('without the commune table every structure stands at its département', () => {
  const points = placeStructures(sample.structures, sample.actions, undefined);
  assert.deepEqual(points.map((p) => [p.x, p.y]).sort(), ['54', '57', '59', '62', '90'].map((c) => departementCentroid(c)).sort());
  assert.ok(points.every((p) => !p.exact));
});

test('a commune missing from the table falls back to its département; a structure without place is left out', async () => {
  const points = placeStructures(
    [
      { id: 'tiny', name: 'Hameau', commune: { name: 'Nulle-part', insee: '62999' } },
      { id: 'lost', name: 'Sans lieu' },
    ],
    [],
    await loadCommunePoints(),
  );
  assert.equal(points.length, 1);
  assert.deepEqual([points[0]!.x, points[0]!.y], departementCentroid('62'));
  assert.equal(points[0]!.exact, false);
});

test('the commune table is needed only when a structure gives an INSEE code', () => {
  assert.equal(needsCommunePoints(sample.structures), true);
  assert.equal(needsCommunePoints([{ id: 'a', name: 'A', departement: '62', commune: { name: 'Lens' } }]), false);
});
