/**
 * `npm run compile`: both packages' dist/. `tsc -b` of the client and the server (JavaScript and .d.ts, type-checked
 * as it emits), with the client's bundled Node entry (packages/client/scripts/bundle-node-entry.ts) built beside
 * it, since the bundle reads sources only. `npm run build` uses it so: its one type check.
 *
 * `npm run compile -- --no-check` compiles with TypeScript's `--noCheck` (the same output, unchecked): `npm test`'s
 * first step and `prepare`'s, since the suite type-checks the whole repository as one of its files
 * (test/repository/typecheck.test.ts), beside the others. `npm run compile -- --typecheck` is `npm run
 * typecheck`'s command beside an unchecked compile, both on two cores; it fails if either does.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeEntry } from '../packages/client/scripts/bundle-node-entry.ts';
import { type CommandResult, npmScripts, runCommand, runStep, scriptCommand } from './run-command.ts';

const root = join(fileURLToPath(import.meta.url), '../..');

/** The build configurations `tsc -b` compiles, client first (the server's types import the client's .d.ts). */
export const TSC_BUILD = ['packages/client/tsconfig.build.json', 'packages/server/tsconfig.build.json'];

/** Compiles both packages; the result of whichever part failed (tsc's first), else tsc's. */
export async function compile({ check = true } = {}): Promise<CommandResult> {
  const args = ['-b', ...TSC_BUILD, ...(check ? [] : ['--noCheck'])];
  const [tsc, bundle] = await Promise.all([runCommand(join(root, 'node_modules/.bin/tsc'), args, root), runStep(bundleNodeEntry)]);
  return tsc.code !== 0 || bundle.code === 0 ? tsc : { ...bundle, output: `bundle-node-entry: ${bundle.output}` };
}

/** `npm run typecheck`'s command beside an unchecked compile; the typecheck's result if it failed, else the compile's. */
export async function typecheckAndCompile(): Promise<CommandResult> {
  const { file, args } = scriptCommand(npmScripts(root), 'typecheck', root);
  const [typecheck, compiled] = await Promise.all([runCommand(file, args, root), compile({ check: false })]);
  return typecheck.code !== 0 ? { ...typecheck, output: `npm run typecheck failed:\n${typecheck.output}` } : compiled;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = process.argv.includes('--typecheck') ? await typecheckAndCompile() : await compile({ check: !process.argv.includes('--no-check') });
  process.stdout.write(result.output);
  process.exitCode = result.code;
}
