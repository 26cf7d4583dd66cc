/**
 * `vitrine export` loaded into DuckDB: totals by funder type, by département and ETP,
 * computed in SQL from the tidy tables (Parquet and French CSV alike), equal Vitrine's
 * own aggregates over the same feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { fundingByType, staffingTotals } from '../../src/feed/aggregate.js';
import { applyFilters, headline, mergeFeeds } from '../../src/feed/dashboard.js';
import { indexFeed } from '../../src/feed/load.js';
import { validateFeed } from '../../src/feed/validate.js';
import { TABLES } from '../../src/export/dictionary.js';
import { exportTables } from '../../src/export/export.js';
import { sourceInputs } from '../../src/publish/stage.js';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';

const dir = mkdtempSync(join(tmpdir(), 'vitrine-export-test-'));
const samplePath = fileURLToPath(new URL('../../demo/sample-feed.json', import.meta.url));
const { sample, communes } = await loadInputs();
const generatedPath = join(dir, 'generated.json');
writeFileSync(generatedPath, JSON.stringify(makeFeed(900, 5, sample, communes)));
const paths = [samplePath, generatedPath];

// Vitrine's own figures over the same two feeds, merged as the dashboard merges them.
const raw = indexFeed(mergeFeeds(paths.map((p) => validateFeed(JSON.parse(readFileSync(p, 'utf8'))))));
const actions = raw.feed.actions;

/** SQL results are summed in another order than JavaScript's: equal to the micro-euro. */
function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} ≠ ${expected}`);
}

const FROM_PARQUET = (root: string) =>
  TABLES.map((t) => `CREATE VIEW ${t.name} AS SELECT * FROM read_parquet('${join(root, `${t.name}.parquet`)}');`).join('\n');
const FROM_CSV = (root: string) =>
  TABLES.map(
    (t) =>
      `CREATE VIEW ${t.name} AS SELECT * FROM read_csv('${join(root, `${t.name}.csv`)}', delim = ';', decimal_separator = ',', header = true, ` +
      `columns = {${t.columns.map((c) => `'${c.name}': '${{ text: 'VARCHAR', integer: 'BIGINT', decimal: 'DOUBLE', boolean: 'BOOLEAN' }[c.type]}'`).join(', ')}});`,
  ).join('\n');

/** The queries of the README's federation section, unchanged (plain SQL that DuckDB, Spark SQL and warehouses all read). */
const SQL = {
  byFunderType: `SELECT funder_type, sum(amount) AS amount FROM revenues WHERE amount IS NOT NULL GROUP BY funder_type ORDER BY funder_type`,
  byDepartement: `SELECT s.departement, count(*) AS actions, sum(a.cost) AS budget
    FROM actions a JOIN structures s USING (structure_id)
    WHERE s.departement IS NOT NULL GROUP BY s.departement ORDER BY s.departement`,
  etp: `WITH roles AS (
      SELECT action_id,
             sum(CASE WHEN kind = 'salarie' THEN etp_computed END) AS salaried,
             sum(CASE WHEN kind = 'benevole' THEN etp_computed END) AS volunteer
      FROM staffing GROUP BY action_id)
    SELECT sum(greatest(coalesce(a.etp_salaried_declared, 0), coalesce(r.salaried, 0))) AS salaried,
           sum(greatest(coalesce(a.etp_volunteer_declared, 0), coalesce(r.volunteer, 0))) AS volunteer
    FROM actions a LEFT JOIN roles r USING (action_id)`,
};

async function query(setup: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(setup);
    return (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

for (const format of ['parquet', 'csv'] as const) {
  test(`${format}: SQL totals by funder type, by département and ETP equal Vitrine's aggregates`, async () => {
    const root = join(dir, format);
    const result = await exportTables(sourceInputs(paths), root, format);
    assert.equal(result.rows.actions, actions.length);
    const setup = format === 'parquet' ? FROM_PARQUET(root) : FROM_CSV(root);

    const byType = await query(setup, SQL.byFunderType);
    const expected = fundingByType(actions).filter((l) => l.lines > 0);
    assert.deepEqual(byType.map((r) => r.funder_type).sort(), expected.map((l) => l.key).sort());
    for (const line of expected) close(Number(byType.find((r) => r.funder_type === line.key)!.amount), line.amount, `funder ${line.key}`);

    const byDep = await query(setup, SQL.byDepartement);
    assert.ok(byDep.length > 20, `${byDep.length} départements`);
    for (const row of byDep) {
      const h = headline(applyFilters(raw.feed, { departement: String(row.departement) }), raw.structureById);
      assert.equal(Number(row.actions), h.actions, `actions in ${row.departement}`);
      close(Number(row.budget ?? 0), h.budget, `budget of ${row.departement}`);
    }

    const [etp] = await query(setup, SQL.etp);
    const staffing = staffingTotals(actions);
    close(Number(etp!.salaried), staffing.etpSalaried, 'salaried ETP');
    close(Number(etp!.volunteer), staffing.etpVolunteer, 'volunteer ETP');
  });
}

test('every exported column is in the data dictionary, with its type, in French and English', async () => {
  const root = join(dir, 'parquet');
  const dictionary = JSON.parse(readFileSync(join(root, 'dictionary.json'), 'utf8')) as { tables: typeof TABLES };
  for (const t of dictionary.tables) {
    const described = await query(`CREATE VIEW t AS SELECT * FROM read_parquet('${join(root, `${t.name}.parquet`)}')`, 'DESCRIBE t');
    assert.deepEqual(described.map((r) => r.column_name), t.columns.map((c) => c.name), t.name);
    for (const c of t.columns) assert.ok(c.fr && c.en, `${t.name}.${c.name}`);
  }
  const csv = readFileSync(join(dir, 'csv', 'revenues.csv'), 'utf8');
  assert.ok(csv.startsWith('\ufeffaction_id;line;label;funder_type;amount;approximate\r\n'));
  assert.match(csv, /;\d+,\d+;|;\d+;/);
  assert.doesNotMatch(csv.replace(/\r\n/g, ''), /\n/, 'CRLF line ends only');
});

test('export keys are stable: the same feeds give the same tables', async () => {
  const again = join(dir, 'again');
  await exportTables(sourceInputs(paths), again, 'csv');
  for (const t of TABLES) assert.equal(readFileSync(join(again, `${t.name}.csv`), 'utf8'), readFileSync(join(dir, 'csv', `${t.name}.csv`), 'utf8'), t.name);
});

test('the README shows these queries word for word (the ones run above, and on a warehouse or Spark)', () => {
  const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
  const readme = spaces(readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8'));
  for (const [name, sql] of Object.entries(SQL)) assert.ok(readme.includes(`${spaces(sql)};`), `${name} is not in the README as run here`);
});
