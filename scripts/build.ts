/**
 * `npm run build`: every stage of the pipeline, each once, laid out for a machine with two cores:
 *
 *   compile   tsc -b + the Node entry bundle (scripts/compile.ts), started at once
 *   generate  in this process: the document first, then the client's generated files
 *     lint:redocly | lint:spectral | docs   started as soon as the document is written
 *
 * compile starts on what packages/client/generated/ holds (a clone's committed files); generate writes only a
 * file whose text changes, and when it changes one of those files, compile runs again after it, from scratch,
 * so what ships is what a compile after generate makes. The lint stages run their npm scripts' commands (read
 * from package.json) without an `npm run` around each, and docs runs scripts/docs.ts's command: neither npm's
 * nor tsx's start-up is paid per stage. compile type-checks as it emits: the one check a build makes, so a type
 * error fails it. A failing stage fails the build and its output is shown.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from './compile.ts';
import { docsCommand, finishDocs } from './docs.ts';
import { type CommandResult, npmScripts, runCommand, runStep, scriptCommand } from './run-command.ts';
import { writeChanged } from './write-changed.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The stages, in the order they are reported. */
export const STAGES = ['generate', 'lint:redocly', 'lint:spectral', 'docs', 'compile'] as const;
type Stage = (typeof STAGES)[number];

/** The generated folder `tsc -b` and the bundle read: a change there means compile again. */
const COMPILE_INPUTS = 'packages/client/generated/';

/**
 * The lints and the docs run a little nicer than compile (the longest stage, started first) and generate: on two
 * cores compile then keeps a core from the start while these fill the other, instead of the five sharing both and
 * compile finishing alone on one at the end.
 */
const CHECK_NICENESS = 5;

async function lint(scripts: Record<string, string>, name: Stage): Promise<CommandResult> {
  const { file, args } = scriptCommand(scripts, name, root);
  return runCommand(file, args, root, { nice: CHECK_NICENESS });
}

async function docs(): Promise<CommandResult> {
  const output = join(root, 'docs/dist/index.html');
  await mkdir(dirname(output), { recursive: true });
  const { file, args, env } = docsCommand(output);
  const rendered = await runCommand(file, args, root, { env, nice: CHECK_NICENESS });
  if (rendered.code !== 0) return rendered;
  const finished = await runStep(async () => writeFile(output, finishDocs(await readFile(output, 'utf8'))));
  return { ...finished, ms: rendered.ms + finished.ms, output: finished.code === 0 ? rendered.output : finished.output };
}

/** Compiles from scratch: the build information of both packages removed, so `tsc -b` trusts no time stamp. */
async function compileAgain(): Promise<CommandResult> {
  await Promise.all(['client', 'server'].map((name) => rm(join(root, 'packages', name, 'dist/.tsbuildinfo'), { force: true })));
  return compile();
}

/** Starts the stages that read the written document; each settles into `results`. */
function startChecks(scripts: Record<string, string>, results: Map<Stage, CommandResult>): Promise<unknown> {
  const runs: Array<[Stage, () => Promise<CommandResult>]> = [
    ['lint:redocly', () => lint(scripts, 'lint:redocly')],
    ['lint:spectral', () => lint(scripts, 'lint:spectral')],
    ['docs', docs],
  ];
  return Promise.all(runs.map(([stage, run]) => run().then((result) => results.set(stage, result))));
}

/** Runs every stage; returns each one's result and what the build did beyond the plain line. */
async function build(): Promise<{ results: Map<Stage, CommandResult>; notes: string[] }> {
  const scripts = npmScripts(root);
  const results = new Map<Stage, CommandResult>();
  const notes: string[] = [];
  const compileStarted = performance.now();
  const compiling = compile();
  let checks: Promise<unknown> = Promise.resolve();
  const written: string[] = [];
  const generated = await runStep(async () => {
    // Loaded only now: the generator's modules take a second or two, and compile need not wait for them.
    const { documentFiles, typeFiles } = await import('./generate.ts');
    const documents = documentFiles();
    written.push(...await writeChanged(documents, root));
    checks = startChecks(scripts, results);
    written.push(...await writeChanged(await typeFiles(documents), root));
    return written.map((path) => `wrote ${path}\n`).join('');
  });
  results.set('generate', generated);
  if (written.length > 0) notes.push(`generate wrote ${written.join(', ')}`);
  let compiled = await compiling;
  const stale = written.filter((path) => path.startsWith(COMPILE_INPUTS));
  if (generated.code === 0 && stale.length > 0) {
    notes.push(`compile ran again from scratch: generate changed ${stale.join(', ')}`);
    compiled = await compileAgain();
  }
  results.set('compile', { ...compiled, ms: performance.now() - compileStarted });
  await checks;
  return { results, notes };
}

async function main(): Promise<void> {
  const { results, notes } = await build();
  for (const stage of STAGES) {
    const result = results.get(stage);
    if (result) console.log(`${result.code === 0 ? 'ok  ' : 'FAIL'} ${stage.padEnd(14)} ${(result.ms / 1000).toFixed(2)} s`);
  }
  for (const note of notes) console.log(note);
  const failed = STAGES.find((stage) => (results.get(stage)?.code ?? 0) !== 0);
  if (failed) {
    console.error(`\n${failed} failed:\n${results.get(failed)?.output}`);
    process.exitCode = 1;
    return;
  }
  // performance.now() counts from this process's start: the figure includes Node's and tsx's start-up.
  console.log(`build done in ${(performance.now() / 1000).toFixed(2)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
