/** `npm run bench`: every benchmark of the project, figures printed side by side. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { benchBundleSize, benchThroughput } from './client.ts';
import { benchBuild, benchGeneration } from './generation.ts';
import { benchHugeValues } from './huge-values.ts';
import { benchMock } from './mock.ts';
import { benchDocs } from './docs.ts';
import { benchEmulatorServer, benchPersistence } from './emulator.ts';
import { benchEmulatorScale } from './emulator-at-scale.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];

console.log(`cognito-identity-openapi benchmarks — node ${process.version}, ${cpus().length} cores`);
if (!only || only === 'generation') {
  benchGeneration();
  benchBuild(root);
}
if (!only || only === 'docs') {
  await benchDocs();
}
if (!only || only === 'mock') {
  await benchMock(root);
}
if (!only || only === 'huge-values') {
  await benchHugeValues(root);
}
if (!only || only === 'client') {
  await benchBundleSize(root);
  await benchThroughput();
}
if (!only || only === 'emulator') {
  await benchEmulatorServer(root);
  await benchPersistence();
  benchEmulatorScale(root);
}
