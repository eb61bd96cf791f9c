/**
 * `npm run bench`: every benchmark of the project, figures printed side by side; then the headline figures go
 * to bench/results.json and into README.md's figures table (see figures.ts). `npm run bench -- <group>`
 * runs one group (generation, docs, document, mock, huge-values, client, client-size, install, emulator,
 * emulator-delete) and
 * replaces only its rows; the huge-values group has no headline figure and only prints. `--apis-guru=<file>` (or
 * `APIS_GURU_OPENAPI`) names a local copy of APIs.guru's cognito-identity OpenAPI for the document group to score
 * beside ours; `--baseline=CLI` names another build's command line for the emulator-delete group to measure
 * beside this one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchColdStart, benchCpu, benchThroughput } from './client.ts';
import { benchClientSize } from './client-size.ts';
import { benchInstallSize } from './install-size.ts';
import { benchDocs } from './docs.ts';
import { benchDocumentQuality } from './document-quality.ts';
import { mergeFigures, toFiguresTable, withFigures, type Figure, type Results } from './figures.ts';
import { benchBuild, benchGeneration } from './generation.ts';
import { benchHugeValues } from './huge-values.ts';
import { benchMock } from './mock.ts';
import { benchDurableCreates, benchEmulatorServer, benchPersistence } from './emulator.ts';
import { benchEmulatorScale } from './emulator-at-scale.ts';
import { benchBigDelete } from './emulator-delete.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const apisGuru = process.argv.find((arg) => arg.startsWith('--apis-guru='))?.slice('--apis-guru='.length) ?? process.env.APIS_GURU_OPENAPI;
// Another build's command line for the big-delete group to measure first, on the same state.
const deleteBaseline = process.argv.find((arg) => arg.startsWith('--baseline='))?.slice('--baseline='.length);
// The load when the run began: on a shared machine it says how far to trust the figures.
const machine = `${cpus().length} cores, Node ${process.versions.node.split('.')[0]}, load average ${(loadavg()[0] ?? 0).toFixed(1)} at the start`;
const fresh: Figure[] = [];

console.log(`cognito-identity-openapi benchmarks — node ${process.version}, ${cpus().length} cores`);
if (!only || only === 'generation') {
  fresh.push(benchGeneration());
  fresh.push(benchBuild(root));
}
if (!only || only === 'docs') {
  fresh.push(await benchDocs());
}
if (!only || only === 'document') {
  fresh.push(...benchDocumentQuality(root, apisGuru));
}
if (!only || only === 'mock') {
  fresh.push(...await benchMock(root));
}
if (!only || only === 'huge-values') {
  await benchHugeValues(root);
}
if (!only || only === 'client' || only === 'client-size') {
  fresh.push(...await benchClientSize(root));
}
if (!only || only === 'client') {
  fresh.push(await benchCpu());
  fresh.push(await benchThroughput());
  fresh.push(await benchColdStart(root));
}
if (!only || only === 'install') {
  fresh.push(...await benchInstallSize(root));
}
if (!only || only === 'emulator') {
  fresh.push(...await benchEmulatorServer(root));
  await benchPersistence();
  fresh.push(await benchDurableCreates(root));
  fresh.push(benchEmulatorScale(root));
}
if (!only || only === 'emulator' || only === 'emulator-delete') {
  fresh.push(await benchBigDelete(root, deleteBaseline));
}

if (fresh.length > 0) {
  const resultsPath = join(root, 'bench/results.json');
  const stored: Results = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : { figures: [] };
  const results: Results = { figures: mergeFigures(stored.figures, fresh.map((f) => ({ ...f, machine }))) };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  const readmePath = join(root, 'README.md');
  writeFileSync(readmePath, withFigures(readFileSync(readmePath, 'utf8'), toFiguresTable(results)));
  console.log(`\nwrote bench/results.json and the figures table in README.md (${fresh.length} figures updated)`);
}
