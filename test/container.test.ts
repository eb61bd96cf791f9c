/**
 * The container image as far as it can be tested without a container engine: the image's app layer is built the
 * way the Dockerfile's final stage builds it (its `npm install` of the packed workspace tarballs, run in a fresh
 * directory), then started with the Dockerfile's own ENTRYPOINT and CMD, and probed with its own HEALTHCHECK
 * command. Everything is read from the Dockerfile, so the test follows it. The container paths `/app` (WORKDIR)
 * and `/data` (the volume) become temporary directories; `PORT` is set to a free port, as `docker run -e PORT=...`
 * would. The image itself is built and run by .github/workflows/container.yml where Docker exists.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envOf, execForm, finalStage, healthcheckCommand, instructionsOf, runCommand, type Instruction } from './support/dockerfile.ts';
import { listeningUrl } from './support/listening.ts';
import { QUIET_NPM, WORKSPACES } from './support/packed.ts';
import { packedOnce } from './support/packed-once.ts';
import { repoPath } from './support/paths.ts';

const stage = finalStage(instructionsOf(readFileSync(repoPath('Dockerfile'), 'utf8')));
const only = (keyword: string): string => {
  const found = stage.filter((i) => i.keyword === keyword);
  if (found.length !== 1) throw new Error(`the final stage has ${found.length} ${keyword} instructions`);
  return (found[0] as Instruction).rest;
};
const WORKDIR = only('WORKDIR');
const VOLUME = only('VOLUME');
const IMAGE_ENV = Object.assign({}, ...stage.filter((i) => i.keyword === 'ENV').map((i) => envOf(i.rest))) as Record<string, string>;
const INSTALL = stage.filter((i) => i.keyword === 'RUN').map((i) => runCommand(i.rest)).find((command) => command.startsWith('npm install'));
const START = [...execForm(only('ENTRYPOINT')), ...execForm(only('CMD'))];
const HEALTHCHECK = healthcheckCommand(only('HEALTHCHECK'));

let work: string, app: string, data: string, port: number;

/** A container path as this machine's temporary directories; `node` as this Node. */
function local(arg: string): string {
  if (arg === 'node') return process.execPath;
  return arg.replace(new RegExp(`^${WORKDIR}(?=/|$)`), app).replace(new RegExp(`^${VOLUME}(?=/|$)`), data);
}

/** The environment of the container: the image's ENV, PORT as `-e` sets it, and nothing of this shell's npm. */
const containerEnv = () => ({ PATH: process.env.PATH ?? '', HOME: work, ...IMAGE_ENV, PORT: String(port) });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    }).on('error', reject);
  });
}

function start(): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const [command = '', ...args] = START.map(local);
  const child = spawn(command, args, { cwd: app, env: containerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  return { child, ...listeningUrl(child) };
}

async function healthcheck(): Promise<number> {
  const [command = '', ...args] = HEALTHCHECK.map(local);
  try {
    await promisify(execFile)(command, args, { cwd: app, env: containerEnv(), timeout: 10_000 });
    return 0;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}

const stopped = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return 0;
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

beforeAll(async () => {
  if (!INSTALL) throw new Error('the final stage has no RUN npm install');
  work = mkdtempSync(join(tmpdir(), 'cognito-image-'));
  app = join(work, 'app');
  data = join(work, 'data');
  mkdirSync(app);
  mkdirSync(data);
  // `npm pack --workspaces`, as the first stage runs it: every workspace under packages/, which are the
  // tarballs packed once for the run (a folder holding only them, as /packs does).
  const folders = readdirSync(repoPath('packages')).filter((folder) => existsSync(repoPath('packages', folder, 'package.json')));
  if (folders.sort().join() !== [...WORKSPACES].sort().join()) throw new Error(`packages/ holds ${folders.join(', ')}; support/packed.ts packs ${WORKSPACES.join(', ')}`);
  const { folder: packs } = await packedOnce();
  await promisify(execFile)('sh', ['-c', INSTALL.replaceAll('/packs/', `${packs}/`)], { cwd: app, env: { ...QUIET_NPM, NODE_ENV: IMAGE_ENV.NODE_ENV } });
  port = await freePort();
}, 300_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('Dockerfile', () => {
  it('runs as an unprivileged user, listens on every interface, keeps state in its volume and checks health with node', () => {
    expect(only('USER')).not.toMatch(/^(root|0)$/);
    expect(START.join(' ')).toContain('--host 0.0.0.0');
    expect(START.join(' ')).toContain(`--state ${VOLUME}`);
    expect(only('EXPOSE')).toBe(IMAGE_ENV.PORT);
    expect(HEALTHCHECK[0]).toBe('node');
    expect(HEALTHCHECK.join(' ')).toContain('/health');
  });
});

describe('the image\'s app layer, started as its ENTRYPOINT and CMD start it', () => {
  it('holds the packages without their development dependencies', () => {
    expect(existsSync(join(app, 'node_modules/cognito-identity-openapi-server/package.json'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/typescript'))).toBe(false);
    console.log(`app layer: ${(sizeOf(app) / 1e6).toFixed(1)} MB in ${readdirSync(join(app, 'node_modules')).length} top-level entries of node_modules`);
  });

  it('fails its health check before it listens, passes it once ready, serves the API, and keeps state in the volume across a restart', async () => {
    expect(await healthcheck()).not.toBe(0);
    const first = start();
    expect(await first.url).toBe(`http://0.0.0.0:${port}`);
    expect(await healthcheck()).toBe(0);
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ status: 'ok', server: 'emulator', state: 'directory' });
    const create = await fetch(`${base}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.CreateIdentityPool', Authorization: 'AWS4-HMAC-SHA256 Credential=test/20261203/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0' },
      body: JSON.stringify({ IdentityPoolName: 'InTheVolume', AllowUnauthenticatedIdentities: true }),
    });
    expect(create.status).toBe(200);
    const exit = stopped(first.child);
    first.child.kill('SIGTERM'); // docker stop
    expect(await exit).toBe(0);
    expect(await healthcheck()).not.toBe(0);

    const second = start();
    await second.url;
    const state = await (await fetch(`${base}/_emulator/state`)).text();
    expect(state).toContain('InTheVolume');
    const done = stopped(second.child);
    second.child.kill('SIGTERM');
    expect(await done).toBe(0);
  });
});
