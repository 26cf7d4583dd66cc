#!/usr/bin/env node
/**
 * After the CDN build (dist/cdn), packs what a centre copies onto its own site, so that
 * a page loads nothing from a third party:
 *   dist/vitrine-<version>/          the library (vitrine.js and its chunks), LISEZMOI.txt with the
 *                                    exact snippet, the licence, integrity.json (SRI hashes)
 *   dist/vitrine-<version>.zip       the same folder, zipped
 *   dist/wordpress/vitrine/          the WordPress plugin with its own copy of the library (assets/)
 *   dist/vitrine-wordpress-<version>.zip   the plugin as WordPress's "Téléverser une extension" takes it
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The Subresource Integrity value of a file (sha384, as browsers and CDNs use). */
export function integrity(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** A zip whose entries are `prefix/<path>`, with a fixed date so that the same files give the same bytes. */
function writeZip(dir, prefix, out) {
  const entries = {};
  for (const f of filesUnder(dir)) entries[`${prefix}/${f.replaceAll('\\', '/')}`] = [readFileSync(join(dir, f)), { mtime: new Date('2020-01-01T00:00:00Z') }];
  writeFileSync(out, zipSync(entries, { level: 9 }));
}

/** The map's chunk (code and geometry): its name carries a content hash, so the snippet's preload line is printed per build. */
function mapChunk() {
  const name = readdirSync(join(cdn, 'chunks')).find((f) => /^territory-map-[\w-]+\.js$/.test(f));
  if (!name) throw new Error('dist/cdn/chunks has no territory-map chunk');
  return `chunks/${name}`;
}

function readme(folder) {
  return `Vitrine ${version} — à copier sur votre site
================================================

Ce dossier contient toute la bibliothèque : vitrine.js et le dossier chunks/ (parties chargées
à la demande : carte, liste, tableau de bord, textes anglais). Copiez le dossier entier sur votre
site, par exemple dans /vitrine/, à côté de votre flux (feed.json). La page ne demande alors rien
à un autre site : ni CDN, ni cookie, ni mesure d'audience.

Dans la page (bloc « HTML personnalisé » de WordPress, modèle SPIP, bloc Drupal ou Joomla) :

  <script type="module" src="/vitrine/vitrine.js"></script>
  <action-card src="/vitrine/feed.json" action-id="identifiant-de-la-fiche">
    <a href="/vitrine/feed.json">Nos actions (données)</a>
  </action-card>

Pour que tout se télécharge dès la lecture de la page, ajoutez dans le <head> (facultatif) :

  <link rel="modulepreload" href="/vitrine/vitrine.js">
  <link rel="preload" as="fetch" crossorigin href="/vitrine/feed.json">

et, sur une page qui montre la carte, la ligne de son code et de sa géométrie (ce nom change
à chaque version) :

  <link rel="modulepreload" href="/vitrine/${mapChunk()}">

Le contenu placé entre les balises s'affiche tant que les données ne sont pas là, et reste
affiché, avec un message, si le flux ne peut pas être lu.

Mettre à jour : remplacez le dossier par celui d'une version plus récente (le nom du dossier
porte le numéro de version : ${folder}).

Empreinte SRI de vitrine.js (integrity.json) : ${integrity(join(cdn, 'vitrine.js'))}

Licence : MIT (fichier LICENSE), avec les attributions des données cartographiques.
`;
}

export function packageDist() {
  if (!existsSync(join(cdn, 'vitrine.js'))) throw new Error('dist/cdn/vitrine.js is missing: run `npm run build:cdn` first.');
  const folder = `vitrine-${version}`;
  const selfHost = join(dist, folder);
  rmSync(selfHost, { recursive: true, force: true });
  cpSync(cdn, selfHost, { recursive: true });
  const hashes = Object.fromEntries(filesUnder(cdn).filter((f) => f.endsWith('.js')).map((f) => [f.replaceAll('\\', '/'), integrity(join(cdn, f))]));
  writeFileSync(join(selfHost, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  writeFileSync(join(selfHost, 'LISEZMOI.txt'), readme(folder));
  cpSync(join(root, 'LICENSE'), join(selfHost, 'LICENSE'));
  writeZip(selfHost, folder, join(dist, `${folder}.zip`));

  const plugin = join(dist, 'wordpress', 'vitrine');
  rmSync(join(dist, 'wordpress'), { recursive: true, force: true });
  cpSync(join(root, 'wordpress', 'vitrine'), plugin, { recursive: true });
  // The plugin carries the library's version, so WordPress sees an update when the library changes.
  const main = join(plugin, 'vitrine.php');
  writeFileSync(main, readFileSync(main, 'utf8').replace(/^( \* Version:\s+)\S+/m, `$1${version}`).replace(/'VITRINE_PLUGIN_VERSION', '[^']*'/, `'VITRINE_PLUGIN_VERSION', '${version}'`));
  cpSync(cdn, join(plugin, 'assets'), { recursive: true });
  cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
  writeZip(plugin, 'vitrine', join(dist, `vitrine-wordpress-${version}.zip`));
  return { selfHost, plugin };
}

if (process.argv[1] === import.meta.filename) {
  const { selfHost, plugin } = packageDist();
  console.log(`✓ ${relative(root, selfHost)}/ and .zip (copy next to the feed), ${relative(root, plugin)}/ and dist/vitrine-wordpress-${version}.zip`);
}
