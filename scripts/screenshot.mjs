#!/usr/bin/env node
// Takes screenshots of pages in Debian's Chromium, to look at what we build:
// node scripts/screenshot.mjs URL out.png [width] [height] [--full] [--print] [--forced-colors]
import { chromium } from 'playwright-core';

const [url, out, width = '1200', height = '900', ...flags] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const problems = [];
page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
page.on('pageerror', (e) => problems.push(String(e)));
if (flags.includes('--print')) await page.emulateMedia({ media: 'print' });
if (flags.includes('--forced-colors')) await page.emulateMedia({ forcedColors: 'active' });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
if (problems.length) console.log(`page problems:\n  ${problems.join('\n  ')}`);
