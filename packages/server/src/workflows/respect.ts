/**
 * `cognito-identity-openapi-server workflows`: runs the published Arazzo workflows with Redocly Respect against a
 * server (the emulator, the mock, or anything that answers like AWS). Respect encodes request bodies and
 * reads answers as JSON only under `application/json` or `+json` media types, so the run goes through the
 * smallest adapter that keeps the wire intact: Respect reads copies of the two published files in which the
 * media type reads `application/json` (the originals are only read), and talks to the server through a
 * loopback proxy that restores `application/x-amz-json-1.1` both ways (json-media-proxy.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESPECT } from '../optional-peer.ts';
import { startJsonMediaProxy, toRunnerMediaType } from './json-media-proxy.ts';

/** The Arazzo source description the workflows name, which `--server` points at the proxy. */
export const SOURCE_NAME = 'cognitoIdentity';
/** The Respect release line the adapter was written for and tested with. */
export const RESPECT_RANGE = `@redocly/cli@${RESPECT.packages['@redocly/cli']}`;

/** What to run: the server to call, the workflows' inputs, and Respect's own options. */
export interface WorkflowRun {
  server: string;
  inputs: Record<string, unknown>;
  workflows?: string[];
  jsonOutput?: string;
  verbose?: boolean;
  /** Where Respect's output goes; the process's own by default. */
  stdio?: 'inherit' | 'pipe';
}

/** The published files, from the document package. */
function publishedFile(name: 'openapi.yaml' | 'workflows.arazzo.yaml'): string {
  return fileURLToPath(import.meta.resolve(`cognito-identity-openapi-document/${name}`));
}

/** Redocly CLI's entry, found beside this package or in the project it runs in; a message naming the fix otherwise. */
export function findRespect(from: string[] = [import.meta.url, join(process.cwd(), 'package.json')]): string {
  for (const base of from) {
    try {
      return join(dirname(createRequire(base).resolve('@redocly/cli/package.json')), 'bin/cli.js');
    } catch { /* try the next place */ }
  }
  throw new Error(`Redocly Respect is not installed: npm install --save-dev ${RESPECT_RANGE}`);
}

/** Parses `NAME=VALUE` (VALUE read as JSON when it is an object or array) or a whole JSON object into inputs. */
export function parseInput(text: string): Record<string, unknown> {
  if (text.trimStart().startsWith('{')) return JSON.parse(text) as Record<string, unknown>;
  const at = text.indexOf('=');
  if (at < 1) throw new Error(`--input: ${JSON.stringify(text)} is neither NAME=VALUE nor a JSON object`);
  const value = text.slice(at + 1);
  return { [text.slice(0, at)]: /^\s*[[{]/.test(value) ? JSON.parse(value) : value };
}

/** Respect's arguments for a run over `arazzo` with the source description served at `url`. */
export function respectArguments(arazzo: string, url: string, run: WorkflowRun): string[] {
  return [
    'respect', arazzo, '--server', `${SOURCE_NAME}=${url}`, '--input', JSON.stringify(run.inputs),
    ...(run.workflows ?? []).flatMap((id) => ['--workflow', id]),
    ...(run.jsonOutput ? ['--json-output', resolve(run.jsonOutput)] : []),
    ...(run.verbose ? ['--verbose'] : []),
  ];
}

/** Runs the workflows; resolves with Respect's exit code (and its output when `stdio` is 'pipe'). */
export async function runWorkflows(run: WorkflowRun): Promise<{ code: number; output: string }> {
  if (!/^http:\/\//.test(run.server)) throw new Error(`--server: ${JSON.stringify(run.server)} is not an http:// URL of a local server`);
  const respect = findRespect();
  const dir = await mkdtemp(join(tmpdir(), 'cognito-identity-workflows-'));
  const proxy = await startJsonMediaProxy(run.server);
  try {
    for (const name of ['openapi.yaml', 'workflows.arazzo.yaml'] as const) {
      await writeFile(join(dir, name), toRunnerMediaType(await readFile(publishedFile(name), 'utf8')));
    }
    // Run in the temporary folder, so that no redocly.yaml of the caller's project changes what Respect checks.
    const child = spawn(process.execPath, [respect, ...respectArguments(join(dir, 'workflows.arazzo.yaml'), proxy.url, run)], {
      cwd: dir,
      stdio: ['ignore', run.stdio ?? 'inherit', run.stdio ?? 'inherit'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk; });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk; });
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exit) => resolve(exit ?? 1));
    });
    return { code, output };
  } finally {
    await proxy.close();
    await rm(dir, { recursive: true, force: true });
  }
}
