/**
 * `npm run build`: every stage of the pipeline, in order, with independent stages side by side:
 * generate -> (lint:redocly | lint:spectral | docs | compile): everything after generate reads only what it
 * wrote, so those run at once. Each stage is the npm script of the same name; a failing stage fails the
 * build and its output is shown.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** The stages, as groups that may run at the same time. */
export const STAGES: readonly (readonly string[])[] = [
  ['generate'],
  ['lint:redocly', 'lint:spectral', 'docs', 'compile'],
];

function run(stage: string): Promise<{ stage: string; ms: number; code: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', stage], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.on('close', (code) => resolve({ stage, ms: performance.now() - started, code: code ?? 1, output }));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  for (const group of STAGES) {
    const results = await Promise.all(group.map(run));
    for (const result of results) console.log(`${result.code === 0 ? 'ok  ' : 'FAIL'} ${result.stage.padEnd(14)} ${(result.ms / 1000).toFixed(2)} s`);
    const failed = results.find((r) => r.code !== 0);
    if (failed) {
      console.error(`\nnpm run ${failed.stage} failed:\n${failed.output}`);
      process.exitCode = 1;
      return;
    }
  }
  console.log(`build done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

await main();
