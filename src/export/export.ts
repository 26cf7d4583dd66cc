/**
 * `vitrine export`: the collection as tidy tables, for a spreadsheet or a database.
 *
 * - `csv`: one file per table that opens as is in French Excel (UTF-8 with BOM, `;`,
 *   decimal comma, CRLF; booleans 1/0; text that a spreadsheet would run as a formula is
 *   quoted by csvField);
 * - `parquet`: one file per table, typed from the dictionary, written by DuckDB (the
 *   embedded engine reads and writes Parquet natively and ships as an npm package): rows
 *   are streamed to newline-delimited JSON in a scratch folder, which DuckDB then turns
 *   into Parquet with `COPY`, never holding a table in this process's memory.
 *
 * Both come with `dictionary.csv` / `dictionary.json` (every column, French and English)
 * and `report.json` (per source: what was rejected, repaired or duplicated).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../shared/export.js';
import { BufferedFile } from '../publish/buffered-file.js';
import { stageSources, stagedActions, type SourceInput, type StagedCollection } from '../publish/stage.js';
import { TABLES, type Column, type ColumnType, type Table, type TableName } from './dictionary.js';
import { actionRows, structureRow, type Rows, type Value } from './rows.js';

export type ExportFormat = 'csv' | 'parquet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'parquet'];

export interface ExportResult {
  staged: StagedCollection;
  /** Rows written per table. */
  rows: Record<TableName, number>;
  files: string[];
}

const EOL = '\r\n';

/** `1234.5` → `1234,5`, full precision (the data is not rounded for display). */
function frenchCell(value: Value, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return type === 'text' ? csvField(String(value)) : String(value).replace('.', ',');
  return csvField(value);
}

interface TableWriter {
  row(values: Value[]): void;
  close(): void;
}

function csvWriter(path: string, table: Table): TableWriter {
  const file = new BufferedFile(path);
  file.line(`\ufeff${table.columns.map((c) => csvField(c.name)).join(';')}`, EOL);
  const types = table.columns.map((c) => c.type);
  return {
    row: (values) => file.line(values.map((v, i) => frenchCell(v, types[i]!)).join(';'), EOL),
    close: () => file.close(),
  };
}

function jsonLinesWriter(path: string, table: Table): TableWriter {
  const file = new BufferedFile(path);
  const names = table.columns.map((c) => c.name);
  return {
    row: (values) => {
      const o: Record<string, Value> = {};
      names.forEach((n, i) => (o[n] = values[i]!));
      file.line(JSON.stringify(o));
    },
    close: () => file.close(),
  };
}

const SQL_TYPES: Record<ColumnType, string> = { text: 'VARCHAR', integer: 'BIGINT', decimal: 'DOUBLE', boolean: 'BOOLEAN' };
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Parquet needs DuckDB, an optional peer dependency (a native module CSV users do without). */
export class DuckDbMissingError extends Error {
  constructor() {
    super('@duckdb/node-api is not installed');
    this.name = 'DuckDbMissingError';
  }
}

async function writeParquet(scratch: string, root: string): Promise<void> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new DuckDbMissingError();
  }
  const { DuckDBInstance } = duckdb;
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await db.connect();
  try {
    for (const t of TABLES) {
      const columns = `{${t.columns.map((c: Column) => `${sqlString(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ')}}`;
      const source = sqlString(join(scratch, `${t.name}.jsonl`));
      const target = sqlString(join(root, `${t.name}.parquet`));
      const order = t.columns.map((c) => `"${c.name}"`).join(', ');
      await connection.run(
        `COPY (SELECT ${order} FROM read_json(${source}, format = 'newline_delimited', columns = ${columns})) TO ${target} (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}

function writeDictionary(root: string): void {
  const lines = [['table', 'column', 'type', 'key', 'description_fr', 'description_en'].join(';')];
  for (const t of TABLES) {
    lines.push([t.name, '', 'table', '', t.fr, t.en].map((x) => csvField(x)).join(';'));
    for (const c of t.columns) lines.push([t.name, c.name, c.type, c.key ? '1' : '0', c.fr, c.en].map((x) => csvField(x)).join(';'));
  }
  writeFileSync(join(root, 'dictionary.csv'), `\ufeff${lines.join(EOL)}${EOL}`);
  writeFileSync(join(root, 'dictionary.json'), `${JSON.stringify({ tables: TABLES }, null, 2)}\n`);
}

export async function exportTables(inputs: readonly SourceInput[], root: string, format: ExportFormat): Promise<ExportResult> {
  mkdirSync(root, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'vitrine-export-'));
  try {
    const staged = await stageSources(inputs, scratch);
    const writers = {} as Record<TableName, TableWriter>;
    for (const t of TABLES) {
      writers[t.name] = format === 'csv' ? csvWriter(join(root, `${t.name}.csv`), t) : jsonLinesWriter(join(scratch, `${t.name}.jsonl`), t);
    }
    const rows = Object.fromEntries(TABLES.map((t) => [t.name, 0])) as Record<TableName, number>;
    staged.structures.forEach((s, i) => writers.structures.row(structureRow(s, staged.structureSources[i]!)));
    rows.structures = staged.structures.length;
    const batch: Omit<Rows, 'structures'> = { actions: [], revenues: [], expenses: [], staffing: [], partners: [], keywords: [], publics: [] };
    for await (const { action, source } of stagedActions(staged)) {
      actionRows(action, source, batch);
      for (const name of Object.keys(batch) as (keyof typeof batch)[]) {
        for (const r of batch[name]) writers[name].row(r);
        rows[name] += batch[name].length;
        batch[name].length = 0;
      }
    }
    for (const w of Object.values(writers)) w.close();
    if (format === 'parquet') await writeParquet(scratch, root);
    writeDictionary(root);
    writeFileSync(join(root, 'report.json'), `${JSON.stringify({ sources: staged.sources }, null, 2)}\n`);
    const files = [...TABLES.map((t) => `${t.name}.${format}`), 'dictionary.csv', 'dictionary.json', 'report.json'];
    return { staged, rows, files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
