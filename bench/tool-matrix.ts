/**
 * `npm run bench:tools [-- <tool id> ...] [--cache DIR]`: the compatibility matrix. Each tool people point at an
 * OpenAPI file is installed fresh in its own folder outside the repository (kept in the cache folder, by
 * default in the system's temp folder, and reinstalled when its package list changes), generates from or
 * validates the published document, has its output type-checked with --strict, and calls the emulator
 * (seeded with one guest pool) through the recipe the README gives for it. Prints the table; keeps the rows
 * in bench/tool-matrix.json and writes the README's table between `<!-- tools:start -->` and
 * `<!-- tools:end -->` from them (a run of some tools replaces only their rows).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from '../packages/server/src/emulator/server.ts';
import { TOOLS } from './tools/index.ts';
import { POOL, ROOT, contextFor, installTool, installedVersions } from './tools/support.ts';
import { mergeRows, toMarkdownTable, withTable, type ToolRow } from './tools/table.ts';

const { values, positionals } = parseArgs({ options: { cache: { type: 'string' } }, allowPositionals: true });
const cache = values.cache ?? join(tmpdir(), 'cognito-identity-openapi-tool-matrix');
const unknown = positionals.filter((id) => !TOOLS.some((tool) => tool.id === id));
if (unknown.length > 0) throw new Error(`unknown tool ${unknown.join(', ')}; known: ${TOOLS.map((tool) => tool.id).join(', ')}`);
const chosen = positionals.length > 0 ? TOOLS.filter((tool) => positionals.includes(tool.id)) : TOOLS;
const machine = `${cpus().length} cores, Node ${process.versions.node.split('.')[0]}, load average ${(loadavg()[0] ?? 0).toFixed(1)} at the start`;
const CHECK_TIMEOUT_MS = 300_000;

/** `work`, or a rejection once the check has taken CHECK_TIMEOUT_MS. */
function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no result within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS).unref())]);
}

const emulatorLog: string[] = [];
const emulator = await startEmulator({
  port: 0, log: (line) => emulatorLog.push(line),
  seed: { pools: [{ IdentityPoolId: POOL, IdentityPoolName: 'PhotoShare', AllowUnauthenticatedIdentities: true, Roles: { unauthenticated: 'arn:aws:iam::123456789012:role/Cognito_PhotoShareUnauth_Role' } }] },
});
console.log(`tool matrix — ${machine}; installs in ${cache}; emulator at ${emulator.url}`);

/** `text` without this machine's paths: the cache folder, the repository and Node's binary get names. */
const redact = (text: string) => text.replaceAll(cache, '<cache>').replaceAll(ROOT, '<repo>').replaceAll(process.execPath, 'node');

const fresh: ToolRow[] = [];
for (const check of chosen) {
  const started = Date.now();
  const row: ToolRow = { id: check.id, tool: check.tool, versions: [], status: 'fail', generates: '', types: '', emulator: '', recipe: check.recipe, machine };
  if (check.knownIssue) row.knownIssue = check.knownIssue;
  try {
    const install = await installTool(cache, check);
    row.versions = installedVersions(install, check.packages);
    Object.assign(row, await withTimeout(check.run(contextFor(install, emulator.url, emulatorLog))), { status: 'pass' });
    if (check.withoutRecipe) row.withoutRecipe = await withTimeout(check.withoutRecipe(contextFor(install, emulator.url, emulatorLog)));
  } catch (error) {
    if (row.status === 'pass') row.withoutRecipe = `not measured: ${(error as Error).message.split('\n')[0]}`;
    else row.failure = (error as Error).message;
  }
  if (row.status === 'fail' && check.withoutRecipe && row.versions.length > 0) {
    row.withoutRecipe = await withTimeout(check.withoutRecipe(contextFor(join(cache, check.id), emulator.url, emulatorLog))).catch((error: Error) => `not measured: ${error.message.split('\n')[0]}`);
  }
  if (row.failure) row.failure = redact(row.failure);
  if (row.withoutRecipe) row.withoutRecipe = redact(row.withoutRecipe);
  fresh.push(row);
  console.log(`${row.status === 'pass' ? 'PASS' : 'FAIL'} ${check.tool} (${((Date.now() - started) / 1000).toFixed(1)} s)${row.failure ? `\n  ${row.failure.split('\n').join('\n  ')}` : ''}${row.withoutRecipe ? `\n  without the recipe: ${row.withoutRecipe}` : ''}`);
}
await emulator.close();

const resultsPath = join(ROOT, 'bench/tool-matrix.json');
const stored: ToolRow[] = existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows: ToolRow[] }).rows : [];
const rows = mergeRows(stored, fresh, TOOLS.map((tool) => tool.id));
writeFileSync(resultsPath, `${JSON.stringify({ rows }, null, 2)}\n`);
const table = toMarkdownTable(rows);
const readmePath = join(ROOT, 'README.md');
writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), table));
console.log(`\n${table}`);
process.exitCode = fresh.some((row) => row.status === 'fail' && !row.knownIssue) ? 1 : 0;
