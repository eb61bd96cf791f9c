#!/usr/bin/env node
// The package's bin: runs the compiled command line, dist/src/cli.js (source: src/cli.ts). This file is
// committed, not compiled, so that npm links the bin whatever the build order: in a clone, `npm ci` links
// workspace bins before its `prepare` script has compiled dist/, and npm links no bin whose file is missing.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  console.error('cognito-identity-openapi-server: dist/ is not compiled yet; run `npm run compile` at the repository root (npm ci runs it too).');
  process.exitCode = 1;
}
