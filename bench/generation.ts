/**
 * Model-to-document generation time (in process, median of many runs) split into its stages, and the time of
 * each `npm run build` stage as a user runs it. Goals: generation under 300 ms; the whole build under 10 s.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { model } from '../spec/index.ts';
import { workflows } from '../spec/workflows.ts';
import { checkExamples } from '../scripts/example-check.ts';
import { buildFiles } from '../scripts/build-document.ts';
import { toIr } from '../scripts/ir.ts';
import { toOpenApi } from '../scripts/openapi/document.ts';
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

/** Removes every package's compiled output (and with it tsc -b's build info). */
function removeCompiled(root: string): void {
  for (const name of readdirSync(join(root, 'packages'))) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
}

/** Prints the time of each build stage and of the whole build, cold and warm; returns the build's figure. */
export function benchBuild(root: string, runs = 3): Figure {
  const stages = ['generate', 'lint:redocly', 'lint:spectral', 'docs', 'compile'];
  const rows = stages.map((stage) => [`npm run ${stage}`, ms(median(timeCommand('npm', ['run', '--silent', stage], runs, root)))]);
  // Cold: no compiled output, as in a clone before its first compile; warm: tsc -b reuses what is up to date.
  const cold = median(timeCommand('npm', ['run', '--silent', 'build'], runs, root, () => removeCompiled(root)));
  const warm = median(timeCommand('npm', ['run', '--silent', 'build'], runs, root));
  rows.push(['npm run build, no dist/ (all of the above, independent ones side by side)', ms(cold)]);
  rows.push(['npm run build again, dist/ up to date', ms(warm)]);
  printTable(`Build stages, wall time, median of ${runs} runs`, [['command', 'median'], ...rows]);
  console.log(`  goal: whole build under ${ms(BUILD_GOAL_MS)}, judged cold -> ${cold < BUILD_GOAL_MS ? 'met' : 'MISSED'} (${ms(cold)})`);
  return { key: 'build', what: '`npm run build`, wall time', figure: `${ms(cold)} with no dist/, ${ms(warm)} again (medians of ${runs})`, goal: `< ${ms(BUILD_GOAL_MS)}, cold: ${verdict(cold < BUILD_GOAL_MS)}` };
}
