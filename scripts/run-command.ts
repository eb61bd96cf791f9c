/** One child process of the build, its output collected: what `npm run build` and `npm run compile` start. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** How a command ended: exit code (1 when it could not start), wall time, stdout and stderr interleaved. */
export interface CommandResult {
  code: number;
  ms: number;
  output: string;
}

/** How to run a command: its environment, and how much nicer than this process it runs (a stage that may yield the CPU). */
export interface CommandOptions {
  env?: NodeJS.ProcessEnv;
  nice?: number;
}

/** Runs `file args` in `cwd` with colours off; resolves when it exits, never rejects. */
export function runCommand(file: string, args: readonly string[], cwd: string, { env = process.env, nice = 0 }: CommandOptions = {}): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, NO_COLOR: '1' } });
    if (nice > 0 && child.pid !== undefined) {
      try { setPriority(child.pid, Math.min(19, getPriority() + nice)); } catch { /* a priority is a hint: the command runs all the same */ }
    }
    let output = '';
    let failed = false;
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.on('error', (error) => { failed = true; output += `${file}: ${error.message}\n`; });
    child.on('close', (code) => resolve({ code: failed ? 1 : code ?? 1, ms: performance.now() - started, output }));
  });
}

/** Times an in-process step as a CommandResult: a thrown error is exit code 1 with its message as output. */
export async function runStep(step: () => Promise<unknown>): Promise<CommandResult> {
  const started = performance.now();
  try {
    const said = await step();
    return { code: 0, ms: performance.now() - started, output: typeof said === 'string' ? said : '' };
  } catch (error) {
    return { code: 1, ms: performance.now() - started, output: `${error instanceof Error ? error.message : String(error)}\n` };
  }
}

/** The npm scripts of the package.json in `root`. */
export function npmScripts(root: string): Record<string, string> {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
}

/**
 * An npm script as a command to run without npm: its words, the first a binary of `root`'s node_modules/.bin.
 * Throws on shell syntax, which only npm's shell would understand.
 */
export function scriptCommand(scripts: Record<string, string>, name: string, root: string): { file: string; args: string[] } {
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no script ${name}`);
  if (/[&|;<>$`'"\\()*?]/.test(script)) throw new Error(`script ${name} uses shell syntax; run it through npm or give it a step of its own`);
  const [bin, ...args] = script.trim().split(/\s+/);
  return { file: join(root, 'node_modules/.bin', bin as string), args };
}
