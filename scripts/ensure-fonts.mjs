#!/usr/bin/env node
// Visual tests draw every glyph with DejaVu (Debian's fonts-dejavu-core), pinned by
// test/visual/fonts.conf, so a screenshot does not depend on the fonts a machine has.
// When the package is missing and we are root on Debian, install it with apt; otherwise say what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const probe = `${FONT_DIR}/DejaVuSans.ttf`;

if (!existsSync(probe)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('fonts-dejavu-core is missing: installing it for the visual tests…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core', { stdio: 'inherit' });
    } catch {
      // fall through to the message below
    }
  }
  if (!existsSync(probe)) {
    console.error(
      `\nThe visual tests need the DejaVu fonts (${probe} not found).\n` +
        'Install them (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core), then run the tests again.\n',
    );
    process.exit(1);
  }
}
