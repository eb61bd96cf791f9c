/**
 * What every row of the tool matrix (bench/tool-matrix.ts) shares: a fresh install of the tool in its own
 * folder outside the repository, commands with time limits, a strict type-check with the tool's own
 * TypeScript, and a program run against the emulator. A step that fails throws an error that says which.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (for the published document and the runner's tsx). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The published document, as users get it from the document package. */
export const DOCUMENT = { yaml: join(ROOT, 'packages/document/openapi.yaml'), json: join(ROOT, 'packages/document/openapi.json') };
/** The pool the matrix's emulator is seeded with (the document's example pool, so example bodies reach it). */
export const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
/** The wire's media type and target header, as a recipe states them to a tool. */
export const WIRE = { mediaType: 'application/x-amz-json-1.1', target: (operation: string) => `AWSCognitoIdentityService.${operation}` };

/** One row of the matrix: how to install the tool, and the check that exercises its recipe. */
export interface ToolCheck {
  id: string;
  tool: string;
  packages: Record<string, string>;
  /** What the tool must be told (empty when it needs nothing); shown in the README beside the result. */
  recipe: string;
  /** The tool's own bug that no document can fix, with its issue link, if the check meets one. */
  knownIssue?: string;
  run(context: ToolContext): Promise<Outcome>;
  /** What the tool does without the recipe, measured in the same work folder after `run`. */
  withoutRecipe?(context: ToolContext): Promise<string>;
}

/** What a check can use. */
export interface ToolContext {
  /** The tool's install folder (with node_modules). */
  install: string;
  /** A fresh folder inside it for this run's files. */
  work: string;
  emulatorUrl: string;
  /** The emulator's log lines so far (`POST / <Operation> <status> <ms>`). */
  emulatorLog: readonly string[];
  exec(command: string, args: string[], options?: { cwd?: string; timeoutMs?: number; env?: Record<string, string> }): Promise<string>;
  /** Type-checks the work folder with the tool's own TypeScript under --strict; throws with tsc's first errors. */
  typeCheck(): Promise<void>;
  /** Runs a TypeScript program of the work folder (resolving the tool's packages) and returns its stdout. */
  runProgram(file: string, env?: Record<string, string>): Promise<string>;
  write(file: string, text: string): string;
}

/** A row's cells: what was generated or validated, the type-check, the call to the emulator. */
export interface Outcome {
  generates: string;
  types: string;
  emulator: string;
}

/** Runs a command; resolves with stdout, rejects with the command, status and the end of its output. */
export function exec(command: string, args: string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(stdout);
      const why = signal ? `killed (${signal}) after ${(options.timeoutMs ?? 120_000) / 1000} s` : `status ${code}`;
      reject(new Error(`${[command, ...args].join(' ').slice(0, 160)}: ${why}\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-12).join('\n')}`));
    });
  });
}

/** Installs the tool's packages into `<cache>/<id>` unless the same set is already there; returns the folder. */
export async function installTool(cache: string, check: ToolCheck): Promise<string> {
  const folder = join(cache, check.id);
  const manifest = `${JSON.stringify({ name: `tool-matrix-${check.id}`, private: true, type: 'module', dependencies: check.packages }, null, 2)}\n`;
  const manifestPath = join(folder, 'package.json');
  if (existsSync(join(folder, 'node_modules')) && existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest) return folder;
  mkdirSync(folder, { recursive: true });
  rmSync(join(folder, 'node_modules'), { recursive: true, force: true });
  rmSync(join(folder, 'package-lock.json'), { force: true });
  writeFileSync(manifestPath, manifest);
  await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, timeoutMs: 600_000 });
  return folder;
}

/** The installed version of each of the tool's packages, `name@version`. */
export function installedVersions(folder: string, packages: Record<string, string>): string[] {
  return Object.keys(packages).filter((name) => name !== 'typescript').map((name) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return `${name}@${manifest.version}`;
  });
}

const TSCONFIG = {
  compilerOptions: {
    strict: true, noEmit: true, target: 'es2022', module: 'preserve', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'],
    types: [], skipLibCheck: true, allowImportingTsExtensions: true, noUncheckedIndexedAccess: false,
  },
  include: ['**/*.ts'],
};

/** The context of one check: its fresh work folder and helpers bound to it. */
export function contextFor(install: string, emulatorUrl: string, emulatorLog: readonly string[] = []): ToolContext {
  const work = join(install, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const write = (file: string, text: string) => {
    const path = join(work, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  return {
    install, work, emulatorUrl, emulatorLog, exec, write,
    async typeCheck() {
      write('tsconfig.json', `${JSON.stringify(TSCONFIG, null, 2)}\n`);
      write('env.d.ts', 'declare const process: { env: Record<string, string | undefined>; exitCode?: number };\n');
      await exec(join(install, 'node_modules/.bin/tsc'), ['-p', join(work, 'tsconfig.json')], { cwd: work, timeoutMs: 180_000 });
    },
    runProgram: (file, env = {}) => exec(join(ROOT, 'node_modules/.bin/tsx'), [join(work, file)], { cwd: work, timeoutMs: 60_000, env: { EMULATOR_URL: emulatorUrl, ...env } }),
  };
}

/** The last line of a program's stdout, parsed as the JSON it reports. */
export function reported<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as T;
}

/** A pool id that does not exist, for the error case. */
export const MISSING_POOL = 'us-east-1:00000000-0000-4000-8000-000000000000';

/** What each generated client's program reports: a guest identity, its credentials, and a typed error. */
export interface CallReport {
  identityId?: string;
  accessKeyId?: string;
  errorType?: string;
}

/** The emulator cell when the program's report is right; throws naming what is wrong otherwise. */
export function checkCalls(report: CallReport): string {
  const problems = [
    ...(typeof report.identityId === 'string' && report.identityId.startsWith('us-east-1:') ? [] : [`GetId gave ${JSON.stringify(report.identityId)}`]),
    ...(typeof report.accessKeyId === 'string' && report.accessKeyId.length >= 16 ? [] : [`GetCredentialsForIdentity gave ${JSON.stringify(report.accessKeyId)}`]),
    ...(report.errorType === 'ResourceNotFoundException' ? [] : [`the missing pool's error read as ${JSON.stringify(report.errorType)}`]),
  ];
  if (problems.length > 0) throw new Error(`emulator: ${problems.join('; ')}`);
  return 'GetId, GetCredentialsForIdentity: 200; error `__type` read';
}
