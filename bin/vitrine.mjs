#!/usr/bin/env node
// The `vitrine` command line. The published package runs dist/cli, plain JavaScript built by `npm run build`
// (prepack), with nothing but its runtime dependencies. A git checkout runs the TypeScript sources through tsx
// (a devDependency), so the command works from a clone without a build and never runs a stale one.
import { existsSync } from 'node:fs';

const checkout = existsSync(new URL('../.git', import.meta.url));
const [command, ...rest] = process.argv.slice(2);
const publishing = command === 'publish' || command === 'export';

async function load(module) {
  if (checkout) {
    const { register } = await import('tsx/esm/api');
    register();
    return import(`../src/${module}/cli.ts`);
  }
  return import(`../dist/cli/${module}.js`);
}

if (publishing) {
  // Streaming commands (many feeds, files or URLs): asynchronous, in their own module.
  const { runPublishCommand } = await load('publish');
  process.exitCode = await runPublishCommand(command, rest);
} else {
  const { main } = await load('import');
  process.exitCode = await main(process.argv.slice(2));
}
