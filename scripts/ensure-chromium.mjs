#!/usr/bin/env node
// Browser tests need a real Chromium. Use CHROME_PATH or /usr/bin/chromium; when it is
// missing and we are root on Debian, install it with apt; otherwise say what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROME_PATH) {
  console.log('Chromium is missing: installing Debian\'s chromium package (about 30 s)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // fall through to the message below
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `\nChromium was not found at ${path}.\n` +
    'Browser tests need a real Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium)\n' +
    'or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.\n',
);
process.exit(1);
