#!/usr/bin/env node
// The `vitrine` command line. The importer is TypeScript: tsx (a dependency of the
// package) compiles it on the fly, so the command works from a clone without a build.
import { register } from 'tsx/esm/api';

register();
const [command, ...rest] = process.argv.slice(2);
if (command === 'publish' || command === 'export') {
  // Streaming commands (many feeds, files or URLs): asynchronous, in their own module.
  const { runPublishCommand } = await import('../src/publish/cli.ts');
  process.exitCode = await runPublishCommand(command, rest);
} else {
  const { main } = await import('../src/import/cli.ts');
  process.exitCode = await main(process.argv.slice(2));
}
