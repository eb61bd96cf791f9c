/** Small timing helpers shared by the benchmarks: medians of repeated runs, printed as aligned tables. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds of each of `runs` calls of `fn`, after `warmup` untimed calls. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}

/** Milliseconds a command takes, `runs` times; throws when it fails. */
export function timeCommand(command: string, args: readonly string[], runs: number, cwd: string, before?: () => void): number[] {
  return Array.from({ length: runs }, () => {
    before?.();
    const start = performance.now();
    const result = spawnSync(command, args, { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
    return performance.now() - start;
  });
}

/** Prints rows as a left-aligned table. */
export function printTable(title: string, rows: ReadonlyArray<readonly string[]>): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log(`\n${title}`);
  for (const row of rows) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`);
}

/** A duration for humans. */
export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}
