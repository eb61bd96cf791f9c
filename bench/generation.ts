/**
 * Model-to-document generation time (in process, median of many runs) split into its stages, and the time of
 * each `npm run build` stage, as a user runs it alone and as the build runs it (scripts/build.ts), with the
 * CPU the whole build uses. Goals: generation under 300 ms; the whole build under 10 s with nothing built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { model } from '../spec/index.ts';
import { workflows } from '../spec/workflows.ts';
import { checkExamples } from '../scripts/example-check.ts';
import { buildFiles } from '../scripts/build-document.ts';
import { toIr } from '../scripts/ir.ts';
import { toOpenApi } from '../scripts/openapi/document.ts';
import { STAGES } from '../scripts/build.ts';
import { toJsonText, toYamlText } from '../scripts/serialize.ts';
import { verdict, type Figure } from './figures.ts';
import { median, ms, printTable, timeCommand, timeRuns } from './measure.ts';

const RUNS = 25;
const GENERATION_GOAL_MS = 300;
const BUILD_GOAL_MS = 10_000;

/** Prints the generation figures; returns the headline one. */
export function benchGeneration(): Figure {
  const document = toOpenApi(toIr(model));
  const stages: Array<[string, () => unknown]> = [
    ['model -> IR -> OpenAPI', () => toOpenApi(toIr(model))],
    ['example check (ajv)', () => checkExamples(document)],
    ['JSON + YAML text', () => [toJsonText(document), toYamlText(document)]],
    ['whole generation (buildFiles)', () => buildFiles(model, workflows)],
  ];
  const rows = stages.map(([name, fn]) => [name, ms(median(timeRuns(fn, RUNS)))]);
  const whole = median(timeRuns(() => buildFiles(model, workflows), RUNS));
  printTable(`Generation, in process, median of ${RUNS} runs`, [['stage', 'median'], ...rows]);
  console.log(`  goal: under ${GENERATION_GOAL_MS} ms -> ${whole < GENERATION_GOAL_MS ? 'met' : 'MISSED'} (${ms(whole)})`);
  return { key: 'generation', what: 'model -> document generation, in process', figure: `${ms(whole)} median of ${RUNS}`, goal: `< ${GENERATION_GOAL_MS} ms: ${verdict(whole < GENERATION_GOAL_MS)}` };
}

/** Removes what a cold build makes again: every package's compiled output (and tsc -b's build info), the docs. */
function removeBuilt(root: string): void {
  for (const name of readdirSync(join(root, 'packages'))) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
  rmSync(join(root, 'docs/dist'), { recursive: true, force: true });
}

/** Seconds of CPU (user + system) used by this process's finished children so far; undefined off Linux. */
function childrenCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  // Fields 16 and 17 (cutime, cstime) in clock ticks, 100 a second on Linux; the name (field 2) may hold spaces.
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface BuildRun { wall: number; cpu?: number; stages: Map<string, number> }

/** One `npm run build`: wall time, CPU of all its processes, and each stage's time as the build printed it. */
function runBuild(root: string): BuildRun {
  const cpuBefore = childrenCpu();
  const start = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`npm run build failed with status ${result.status}:\n${result.stdout}${result.stderr}`);
  const cpuAfter = childrenCpu();
  const stages = new Map([...result.stdout.matchAll(/^ok\s+(\S+)\s+([\d.]+) s$/gm)].map((m) => [m[1] as string, Number(m[2]) * 1000]));
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) * 1000, stages };
}

/** Prints the time of each build stage alone and inside the build, and of the whole build, cold and warm; returns the build's figure. */
export function benchBuild(root: string, runs = 3): Figure {
  const alone = STAGES.map((stage) => median(timeCommand('npm', ['run', '--silent', stage], runs, root, () => removeBuilt(root))));
  // Cold: nothing built, as in a clone before its first compile; warm: tsc -b finds dist/ up to date.
  const cold = Array.from({ length: runs }, () => { removeBuilt(root); return runBuild(root); });
  const warm = Array.from({ length: runs }, () => runBuild(root));
  const inBuild = (stage: string) => ms(median(cold.map((run) => run.stages.get(stage) ?? Number.NaN)));
  const rows = STAGES.map((stage, i) => [stage, ms(alone[i] as number), inBuild(stage)]);
  const coldWall = median(cold.map((run) => run.wall));
  const warmWall = median(warm.map((run) => run.wall));
  const cpus = cold.flatMap((run) => (run.cpu === undefined ? [] : [run.cpu]));
  const cpu = cpus.length > 0 ? `, ${ms(median(cpus))} of CPU` : '';
  rows.push(['npm run build, nothing built (the stages above, side by side)', '', `${ms(coldWall)}${cpu}`]);
  rows.push(['npm run build again, dist/ up to date', '', ms(warmWall)]);
  printTable(`Build stages, wall time, median of ${runs} runs`, [['stage', '`npm run <stage>` alone, nothing built', 'inside `npm run build`, nothing built'], ...rows]);
  console.log('  inside the build, compile starts at once and runs beside generate; the lints and docs start once the document is written');
  console.log(`  goal: whole build under ${ms(BUILD_GOAL_MS)}, judged cold -> ${coldWall < BUILD_GOAL_MS ? 'met' : 'MISSED'} (${ms(coldWall)})`);
  return { key: 'build', what: '`npm run build`, wall time', figure: `${ms(coldWall)} with nothing built${cpu}, ${ms(warmWall)} again (medians of ${runs})`, goal: `< ${ms(BUILD_GOAL_MS)}, cold: ${verdict(coldWall < BUILD_GOAL_MS)}` };
}
