// Debian's Chromium (or CHROME_PATH) as every end-to-end test launches it: headless, no sandbox (CI runs
// as root), and none of the background services that would make requests of their own.
import { chromium } from 'playwright-core';

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
