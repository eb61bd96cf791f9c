/** `npm run bench`: every benchmark of the project, figures printed side by side. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { benchBuild, benchGeneration } from './generation.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

console.log(`cognito-identity-openapi benchmarks — node ${process.version}, ${cpus().length} cores`);
benchGeneration();
benchBuild(root);
