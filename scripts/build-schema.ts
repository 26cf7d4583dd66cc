/**
 * Writes feed.schema.json (JSON Schema 2020-12) from the zod schema, so tools in
 * other languages can validate feeds. `--check` fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { feedSchema, FEED_SCHEMA_URL, FEED_VERSION } from '../src/feed/schema.js';

export function renderFeedJsonSchema(): string {
  const schema = z.toJSONSchema(feedSchema, { io: 'input', target: 'draft-2020-12' });
  const doc = {
    ...schema,
    $id: FEED_SCHEMA_URL,
    title: `Vitrine feed ${FEED_VERSION}`,
    description: 'Structures (social centres, associations) and their actions: budget by funder, staffing in ETP, territory, results.',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const path = new URL('../feed.schema.json', import.meta.url);
if (/build-schema\.[jt]s$/.test(process.argv[1] ?? '')) {
  const text = renderFeedJsonSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8');
    if (current !== text) {
      console.error('feed.schema.json is out of date: run `npm run build:schema` and commit it.');
      process.exit(1);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote feed.schema.json (${text.length} bytes)`);
  }
}
