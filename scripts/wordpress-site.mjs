#!/usr/bin/env node
/**
 * A throw-away WordPress site made of Debian's own packages, for the end-to-end test
 * (test/wordpress/) and for looking at the plugin by hand:
 *   node scripts/wordpress-site.mjs      # builds nothing: run `npm run build` first
 *
 * Debian's `wordpress` (6.1), `mariadb-server` and Apache with its PHP module are
 * installed with apt when missing; then a private MariaDB (own data directory, socket
 * and port) and a private Apache (own config, port, logs) start on 127.0.0.1, so nothing
 * collides with services of the machine. WP-CLI is not packaged by Debian: the site is
 * created by PHP scripts that load WordPress and call wp_install(), as the installer does.
 * Everything lives in one temporary directory, removed by stop().
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const WORDPRESS = '/usr/share/wordpress';
const THEMES = `${WORDPRESS}/wp-content/themes`;
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql'];
const POLICY_RC = '/usr/sbin/policy-rc.d';

/** The Content-Security-Policy the site's pages are served with (the same as the demo's). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Why this machine cannot run the site, or undefined when it can. */
export function unavailableReason() {
  if (process.platform !== 'linux') return 'needs Linux with Debian packages';
  if (process.getuid?.() !== 0) return 'needs root, to install and run Debian’s wordpress, mariadb-server and apache2 (CI runs as root)';
  const missing = missingPackages();
  if (missing.length && spawnSync('apt-get', ['--version']).status !== 0) return `needs apt-get to install ${missing.join(', ')}`;
  return undefined;
}

function missingPackages() {
  return PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Installs the missing packages; services stay stopped (the test starts its own). Returns what it installed. */
export function ensurePackages(log = console.log) {
  const missing = missingPackages();
  if (!missing.length) return missing;
  log(`installing ${missing.join(' ')} with apt (about 300 MB, once per machine)…`);
  // Packages start their daemons on the default ports after install unless a policy forbids it.
  const ownPolicy = !existsSync(POLICY_RC);
  if (ownPolicy) writeFileSync(POLICY_RC, '#!/bin/sh\n# Written by Vitrine’s WordPress test while it installs packages.\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } finally {
    if (ownPolicy) unlinkSync(POLICY_RC);
  }
  return missing;
}

async function waitFor(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function exited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL to the whole process group (Apache's workers too) if it lingers. */
async function terminate(child) {
  if (exited(child)) return;
  const done = new Promise((ok) => child.once('exit', ok));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => !exited(child) && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await done;
  clearTimeout(timer);
}

/**
 * Starts the site and returns its address, helpers and stop(). `plugin` is the folder of the
 * built plugin (dist/wordpress/vitrine), `files` is copied to the site's /vitrine/ (the
 * self-hosted library and the feed, as a webmaster uploads them).
 */
export async function startWordPress({ port = 9601, dbPort = port + 1, plugin, files, muPlugins = [], log = console.log } = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const state = mkdtempSync(join(tmpdir(), `vitrine-wordpress-${port}-`));
  chmodSync(state, 0o755);
  const configName = `vitrine-e2e-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const children = [];
  // Detached daemons outlive a crashed test unless killed on the way out.
  const killAll = () => children.forEach((c) => !exited(c) && process.kill(-c.pid, 'SIGKILL'));
  process.once('exit', killAll);
  const stop = async ({ keep = false } = {}) => {
    for (const child of children.reverse()) await terminate(child);
    process.off('exit', killAll);
    rmSync(configFile, { force: true });
    if (!keep) rmSync(state, { recursive: true, force: true });
  };
  try {
    await startDatabase(state, dbPort, children);
    writeFileSync(configFile, wordpressConfig(state, origin), { mode: 0o644 });
    prepareContent(state, plugin, files, muPlugins);
    await startApache(state, port, configName, children);
    const php = (code, options) => runPhp(state, origin, configName, code, options);
    php(`
      require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      wp_install('Centre social des Tilleuls', 'admin', 'admin@example.test', true, '', 'vitrine-admin', 'fr_FR');
      update_option('permalink_structure', '');
    `, { installing: true });
    log(`WordPress ready at ${origin}/ (${state})`);
    return { origin, state, php, stop, logs: () => readLogs(state) };
  } catch (e) {
    log(readLogs(state));
    await stop({ keep: true });
    throw e;
  }
}

async function startDatabase(state, dbPort, children) {
  const data = join(state, 'db');
  const run = join(state, 'run');
  mkdirSync(data);
  mkdirSync(run);
  const mysql = Number(execFileSync('id', ['-u', 'mysql'], { encoding: 'utf8' }));
  chownSync(data, mysql, -1);
  chownSync(run, mysql, -1);
  // --no-defaults: the machine's /etc/mysql settings (socket, port, data directory) are not ours.
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=mysql', '--skip-test-db', '--auth-root-authentication-method=socket'], { stdio: 'ignore' });
  const socket = join(run, 'mysqld.sock');
  const server = spawn('mariadbd', [
    '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--port=${dbPort}`, '--bind-address=127.0.0.1', '--user=mysql',
    `--pid-file=${join(run, 'mysqld.pid')}`, `--log-error=${join(state, 'mariadb.log')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin',
  ], { stdio: 'ignore', detached: true });
  children.push(server);
  const sql = (statement) => spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', statement], { encoding: 'utf8' });
  await waitFor('MariaDB', () => server.exitCode === null && sql('SELECT 1').status === 0);
  const created = sql("CREATE DATABASE wordpress; CREATE USER 'vitrine'@'localhost' IDENTIFIED BY 'vitrine'; GRANT ALL ON wordpress.* TO 'vitrine'@'localhost';");
  if (created.status !== 0) throw new Error(`MariaDB: ${created.stderr}`);
}

/** Debian's wp-config.php loads /etc/wordpress/config-<name>.php, <name> coming from the server (SetEnv). */
function wordpressConfig(state, origin) {
  return `<?php
// Written by Vitrine's WordPress test for its temporary site; removed when the test stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'vitrine');
define('DB_PASSWORD', 'vitrine');
define('DB_HOST', 'localhost:${join(state, 'run', 'mysqld.sock')}');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${join(state, 'wp-content')}');
define('WP_CONTENT_URL', '${origin}/wp-content');
// A French site: <html lang="fr-FR"> (no translation files needed for the visitor's pages).
define('WPLANG', 'fr_FR');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(state, 'wordpress-debug.log')}');
`;
}

function prepareContent(state, plugin, files, muPlugins) {
  const content = join(state, 'wp-content');
  for (const dir of ['plugins', 'themes', 'uploads', 'mu-plugins']) mkdirSync(join(content, dir), { recursive: true });
  symlinkSync(join(THEMES, 'twentytwentythree'), join(content, 'themes', 'twentytwentythree'));
  for (const file of muPlugins) cpSync(file, join(content, 'mu-plugins', file.split('/').pop()));
  if (plugin) cpSync(plugin, join(content, 'plugins', 'vitrine'), { recursive: true });
  if (files) cpSync(files, join(state, 'site', 'vitrine'), { recursive: true });
  else mkdirSync(join(state, 'site'));
  const www = Number(execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }));
  execFileSync('chown', ['-R', `${www}`, join(content, 'uploads')]);
}

async function startApache(state, port, configName, children) {
  const modules = '/usr/lib/apache2/modules';
  const conf = join(state, 'apache.conf');
  writeFileSync(conf, `# Vitrine's WordPress test: a private Apache on loopback.
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(state, 'run', 'apache.pid')}
Mutex file:${join(state, 'run')}
ErrorLog ${join(state, 'apache-error.log')}
LogFormat "%h %t \\"%r\\" %>s %b" short
CustomLog ${join(state, 'apache-access.log')} short
User www-data
Group www-data
StartServers 4
MaxRequestWorkers 16
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule env_module ${modules}/mod_env.so
LoadModule headers_module ${modules}/mod_headers.so
LoadModule php_module ${modules}/libphp8.2.so
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
DocumentRoot ${WORDPRESS}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${configName}
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${state}/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${THEMES}>
  Require all granted
</Directory>
<Directory ${state}/site>
  Require all granted
</Directory>
Alias /wp-content ${state}/wp-content
Alias /vitrine ${state}/site/vitrine
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_flag display_errors off
php_admin_value error_log ${join(state, 'php-error.log')}
# The visitor's pages get the strict policy; the dashboard (wp-admin, login) is WordPress's own inline code.
# (setifempty: a page whose PHP sends its own strict policy, with nonces for WordPress's inline code, keeps it.)
<If "%{REQUEST_URI} !~ m#^/wp-(admin|login)#">
  Header setifempty Content-Security-Policy "${STRICT_CSP.replaceAll('"', '\\"')}"
</If>
Header always set X-Content-Type-Options nosniff
`);
  const apache = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  apache.stderr.on('data', (d) => (stderr += d));
  children.push(apache);
  await waitFor('Apache', async () => {
    if (apache.exitCode !== null) throw new Error(`Apache exited: ${stderr}`);
    try {
      await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`);
      return true;
    } catch {
      return false;
    }
  });
}

/** Runs PHP code with WordPress loaded, as the web server would for this site; returns its output. */
function runPhp(state, origin, configName, code, { installing = false } = {}) {
  const host = new URL(origin).host;
  const file = join(state, `script-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
  writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = '${host}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['WORDPRESS_CONFIG'] = '${configName}';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WORDPRESS}/wp-load.php';
${code}
`);
  try {
    return execFileSync('php', ['-d', 'display_errors=stderr', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`PHP failed (exit ${e.status}): ${[e.stderr, e.stdout].filter(Boolean).join('\n') || e.message}`);
  } finally {
    rmSync(file, { force: true });
  }
}

function readLogs(state) {
  return ['apache-error.log', 'php-error.log', 'wordpress-debug.log', 'mariadb.log']
    .map((f) => join(state, f))
    .filter((f) => existsSync(f))
    .map((f) => `--- ${f}\n${readFileSync(f, 'utf8').slice(-4000)}`)
    .join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const reason = unavailableReason();
  if (reason) {
    console.error(`Cannot start WordPress: ${reason}.`);
    process.exit(1);
  }
  ensurePackages();
  const port = Number(process.env.PORT ?? 9601);
  const site = await startWordPress({ port, plugin: join(root, 'dist/wordpress/vitrine'), files: join(root, 'dist/self-host') });
  console.log(`Admin: ${site.origin}/wp-admin/ (admin / vitrine-admin). Ctrl+C stops and removes the site.`);
  process.on('SIGINT', () => site.stop().then(() => process.exit(0)));
}
