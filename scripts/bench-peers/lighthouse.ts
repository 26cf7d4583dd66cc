/**
 * Lighthouse (pinned 12.2.3, a dev dependency) on the demo pages, with the local Chromium: its default mobile
 * run (simulated slow 4G and 4× CPU slowdown), performance and accessibility only. Returns undefined when
 * Lighthouse cannot run here, with the reason, so the bench still reports everything else.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = 'node_modules/.bin/lighthouse';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  cls: number;
  lcp: number;
  tbt: number;
  /** Failed accessibility audits, by id. */
  failedAccessibility: string[];
}

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string }>;
}

export async function lighthouseVersion(): Promise<string | undefined> {
  if (!existsSync(BIN)) return undefined;
  return (await run(BIN, ['--version'])).stdout.trim();
}

export async function lighthouse(url: string, chromePath: string): Promise<LighthouseRow | { page: string; error: string }> {
  const args = [
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ];
  try {
    const { stdout } = await run(BIN, args, { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
    const report = JSON.parse(stdout) as LighthouseReport;
    const a11y = report.categories.accessibility!;
    return {
      page: url,
      performance: Math.round((report.categories.performance!.score ?? 0) * 100),
      accessibility: Math.round((a11y.score ?? 0) * 100),
      cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
      failedAccessibility: a11y.auditRefs
        .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
        .filter(({ audit }) => audit && audit.scoreDisplayMode === 'binary' && audit.score === 0)
        .map(({ id }) => id),
    };
  } catch (e) {
    return { page: url, error: String(e instanceof Error ? e.message : e).split('\n')[0]! };
  }
}
