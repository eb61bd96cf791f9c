/**
 * The emulator at scale: a pool with 1,000 and with 100,000 identities, each size in a fresh process
 * (bench/emulator-scale.ts). Goals: a ListIdentities page costs the same with 100,000 identities as with
 * 1,000 (ratio <= 1.5); at most 1 KB of heap per identity; start-up with 100,000 identities <= 2 s.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

interface Figures { count: number; loadedBytes: number; createdBytes: number; startMs: number; stateStartMs: number; httpPageMs: number; indexPageUs: number }

function measure(root: string, count: number): Figures {
  const run = spawnSync(process.execPath, ['--expose-gc', '--conditions=@cognito-identity-openapi/source', '--import', 'tsx', join(root, 'bench/emulator-scale.ts'), String(count)], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`emulator-scale ${count} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Figures;
}

/** Prints the emulator's scale figures against their goals. */
export function benchEmulatorScale(root: string): Figure {
  const small = measure(root, 1000);
  const large = measure(root, 100_000);
  const ratio = (a: number, b: number) => (b / a).toFixed(2);
  printTable('Emulator at scale (one pool, identities with a login each)', [
    ['figure', '1,000', '100,000', 'goal'],
    ['ListIdentities page of 60, over HTTP', `${small.httpPageMs.toFixed(2)} ms`, `${large.httpPageMs.toFixed(2)} ms`, `ratio ${ratio(small.httpPageMs, large.httpPageMs)} <= 1.5`],
    ['the same page in the index', `${small.indexPageUs.toFixed(1)} us`, `${large.indexPageUs.toFixed(1)} us`, `ratio ${ratio(small.indexPageUs, large.indexPageUs)}`],
    ['heap per identity, loaded state', `${small.loadedBytes.toFixed(0)} B`, `${large.loadedBytes.toFixed(0)} B`, '<= 1024 B'],
    ['heap per identity, made by GetId', `${small.createdBytes.toFixed(0)} B`, `${large.createdBytes.toFixed(0)} B`, '<= 1024 B'],
    ['startEmulator over that state, in memory', `${small.startMs.toFixed(0)} ms`, `${large.startMs.toFixed(0)} ms`, '<= 2000 ms'],
    ['startEmulator over that state, --state DIR', `${small.stateStartMs.toFixed(0)} ms`, `${large.stateStartMs.toFixed(0)} ms`, '<= 2000 ms'],
  ]);
  const pageRatio = large.httpPageMs / small.httpPageMs;
  const bytes = Math.max(large.loadedBytes, large.createdBytes);
  const start = Math.max(large.startMs, large.stateStartMs);
  return {
    key: 'emulator-scale',
    what: 'emulator, one pool of 100,000 identities vs 1,000',
    figure: `ListIdentities page ${large.httpPageMs.toFixed(2)} vs ${small.httpPageMs.toFixed(2)} ms (ratio ${pageRatio.toFixed(2)}); ${bytes.toFixed(0)} B heap per identity; start-up ${large.startMs.toFixed(0)} ms in memory, ${large.stateStartMs.toFixed(0)} ms from --state`,
    goal: `ratio <= 1.5, <= 1 KB, <= 2 s: ${verdict(pageRatio <= 1.5 && bytes <= 1024 && start <= 2000)}`,
  };
}
