/**
 * `npm run compile`: both packages' dist/. `tsc -b` of the client and the server (JavaScript and .d.ts, type-checked
 * as it emits), with the client's bundled Node entry (packages/client/scripts/bundle-node-entry.ts) built beside
 * it, since the bundle reads sources only. `--no-check` passes TypeScript's `--noCheck` (same output, no type
 * check): `npm test` uses it right after `npm run typecheck` has checked the same sources; `npm run build`
 * keeps the check, so a type error still fails the build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeEntry } from '../packages/client/scripts/bundle-node-entry.ts';
import { type CommandResult, runCommand, runStep } from './run-command.ts';

const root = join(fileURLToPath(import.meta.url), '../..');

/** The build configurations `tsc -b` compiles, client first (the server's types import the client's .d.ts). */
export const TSC_BUILD = ['packages/client/tsconfig.build.json', 'packages/server/tsconfig.build.json'];

/** Compiles both packages; the result of whichever part failed (tsc's first), else tsc's. */
export async function compile({ check = true } = {}): Promise<CommandResult> {
  const args = ['-b', ...TSC_BUILD, ...(check ? [] : ['--noCheck'])];
  const [tsc, bundle] = await Promise.all([runCommand(join(root, 'node_modules/.bin/tsc'), args, root), runStep(bundleNodeEntry)]);
  return tsc.code !== 0 || bundle.code === 0 ? tsc : { ...bundle, output: `bundle-node-entry: ${bundle.output}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await compile({ check: !process.argv.includes('--no-check') });
  process.stdout.write(result.output);
  process.exitCode = result.code;
}
