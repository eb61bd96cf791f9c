/**
 * The packages as users install them: `npm pack` of the three workspace packages (holding `dist/` as
 * `npm test` compiled it just before), then two fresh projects, each installed once for every check here.
 * - The client alone, as a browser or Node app installs it: how many packages and bytes it brings (the
 *   issue's goal: at most 5 and 1 MB), none of the servers' dependencies, its entries working against a mock
 *   and type-checking.
 * - The servers, with the client and the document beside them (none is on the registry yet): the mock and
 *   the emulator as libraries, the bin under npx, and stopping when the npx process is signalled.
 */
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../packages/server/src/mock/server.ts';
import { repoPath } from '../support/paths.ts';
import { listeningUrl, waitUntilRefused } from '../support/listening.ts';
import { QUIET_NPM, freshProject, packWorkspaces } from '../support/packed.ts';

const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const KEYS = "{ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }";
const PACKAGES = ['document', 'client', 'server'] as const;

let work: string;
let tarballs: Record<(typeof PACKAGES)[number], string>;
let clientProject: string;
let serverProject: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cognito-tarballs-'));
  tarballs = packWorkspaces(work, PACKAGES);
  clientProject = freshProject(work, 'client-app', [tarballs.client]);
  serverProject = freshProject(work, 'server-app', [tarballs.server, tarballs.client, tarballs.document]);
}, 300_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

/** Runs a module in a project with Node and returns its stdout (without blocking: a test's mock answers it). */
async function runIn(project: string, name: string, code: string, args: string[] = []): Promise<string> {
  writeFileSync(join(project, name), code);
  const { stdout } = await promisify(execFile)(process.execPath, [name, ...args], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  return stdout;
}

/** Type-checks `file` in `project` as a strict NodeNext TypeScript project would. */
function typeCheck(project: string, file: string, code: string): void {
  writeFileSync(join(project, file), code);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, skipLibCheck: true, typeRoots: [repoPath('node_modules/@types')], types: ['node'] },
    files: [file],
  }));
  execFileSync(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, stdio: 'pipe' });
}

describe('the client package installed alone in a fresh project', () => {
  it('brings at most 5 packages and 1 MB on disk, and none of the servers\' dependencies, sources or docs', () => {
    const lock = JSON.parse(readFileSync(join(clientProject, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const installed = Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')).sort();
    expect(installed).toEqual(['aws4', 'aws4fetch', 'cognito-identity-openapi', 'openapi-fetch', 'openapi-typescript-helpers']);
    const kilobytes = Number(execFileSync('du', ['-sk', 'node_modules'], { cwd: clientProject, encoding: 'utf8' }).split('\t')[0]);
    expect(kilobytes).toBeGreaterThan(0);
    expect(kilobytes).toBeLessThanOrEqual(1024);
    const files = execFileSync('find', ['node_modules', '-type', 'f'], { cwd: clientProject, encoding: 'utf8' }).split('\n');
    expect(files.filter((f) => /\.html$|prism|modelcontextprotocol|classic-level|^node_modules\/cognito-identity-openapi\/(src|test|scripts|generated)\//.test(f))).toEqual([]);
  });

  describe('its entries against the mock', () => {
    let mock: MockServer;
    beforeAll(async () => { mock = await startMockServer({ port: 0 }); });
    afterAll(async () => { await mock?.close(); });

    it('the provider, the browser-safe client, the Node client and the protocol rules all work', async () => {
      const output = await runIn(clientProject, 'app.mjs', `
import { createCognitoIdentityClient, isCognitoIdentityError } from 'cognito-identity-openapi';
import { fromCognitoIdentityPool } from 'cognito-identity-openapi/credentials';
import * as node from 'cognito-identity-openapi/node';
import { targetOf } from 'cognito-identity-openapi/protocol';
const endpoint = process.argv[2];
const credentials = await fromCognitoIdentityPool({ identityPoolId: '${POOL}', endpoint })();
const pool = await node.createCognitoIdentityClient({ region: 'us-east-1', endpoint, credentials: ${KEYS} }).describeIdentityPool({ IdentityPoolId: '${POOL}' });
const error = await createCognitoIdentityClient({ region: 'us-east-1', endpoint, credentials: ${KEYS} })
  .describeIdentityPool({ IdentityPoolId: '${POOL}' }, { headers: { Prefer: 'error=ResourceNotFoundException' } }).catch((e) => e);
console.log(JSON.stringify({ identityId: credentials.identityId, token: typeof credentials.sessionToken, expires: credentials.expiration instanceof Date,
  name: pool.IdentityPoolName, error: isCognitoIdentityError(error, 'ResourceNotFoundException') && error.status, target: targetOf('GetId') }));
`, [mock.url]);
      expect(JSON.parse(output)).toEqual({
        identityId: expect.stringMatching(/^us-east-1:/), token: 'string', expires: true,
        name: 'PhotoShare production', error: 400, target: 'AWSCognitoIdentityService.GetId',
      });
    });
  });

  it('gives every entry types that a strict TypeScript project checks against', () => {
    expect(() => typeCheck(clientProject, 'typed.ts', `
import { createCognitoIdentityClient, getId, type Output } from 'cognito-identity-openapi';
import { fromCognitoIdentityPool, type CognitoIdentityCredentials } from 'cognito-identity-openapi/credentials';
import { createCognitoIdentityClient as createNodeClient } from 'cognito-identity-openapi/node';
import { MEDIA_TYPE } from 'cognito-identity-openapi/protocol';
const provider = fromCognitoIdentityPool({ identityPoolId: 'us-east-1:x' });
export const credentials: Promise<CognitoIdentityCredentials> = provider();
export const id: Promise<Output<'GetId'>> = createCognitoIdentityClient({ region: 'us-east-1' }).getId({ IdentityPoolId: 'us-east-1:x' });
export const node = createNodeClient({ region: 'us-east-1' }).listIdentityPools({ MaxResults: 10 });
export const media: 'application/x-amz-json-1.1' = MEDIA_TYPE;
export { getId };
// @ts-expect-error: MaxResults is a number
createNodeClient({ region: 'us-east-1' }).listIdentityPools({ MaxResults: '10' });
`)).not.toThrow();
  });
});

describe('the server package in a fresh project (with the client and the document)', () => {
  it('exports startMockServer from cognito-identity-openapi-server/mock, and the client calls it', async () => {
    const output = await runIn(serverProject, 'mock-test.mjs', `
import { startMockServer } from 'cognito-identity-openapi-server/mock';
import { createCognitoIdentityClient } from 'cognito-identity-openapi';
const mock = await startMockServer({ port: 0 });
const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint: mock.url, credentials: ${KEYS} });
const pool = await cognito.describeIdentityPool({ IdentityPoolId: '${POOL}' });
await mock.close();
console.log(JSON.stringify({ url: mock.url, name: pool.IdentityPoolName }));
`);
    expect(JSON.parse(output)).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), name: 'PhotoShare production' });
  });

  it('exports startEmulator from cognito-identity-openapi-server/emulator, and state holds between calls', async () => {
    const output = await runIn(serverProject, 'emulator-test.mjs', `
import { startEmulator } from 'cognito-identity-openapi-server/emulator';
import { createCognitoIdentityClient } from 'cognito-identity-openapi';
const emulator = await startEmulator({ port: 0 });
const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint: emulator.url, credentials: ${KEYS} });
const { IdentityPoolId } = await cognito.createIdentityPool({ IdentityPoolName: 'Tarball', AllowUnauthenticatedIdentities: true });
const { IdentityPoolName } = await cognito.describeIdentityPool({ IdentityPoolId });
await emulator.close();
console.log(JSON.stringify({ IdentityPoolName }));
`);
    expect(JSON.parse(output)).toEqual({ IdentityPoolName: 'Tarball' });
  });

  it('gives the mock and emulator entry points types that a TypeScript project type-checks against', () => {
    expect(() => typeCheck(serverProject, 'typed.ts', `
import { startMockServer, type MockServer, type MockServerOptions } from 'cognito-identity-openapi-server/mock';
import { startEmulator, type Emulator, type EmulatorOptions } from 'cognito-identity-openapi-server/emulator';
const options: MockServerOptions = { port: 0, dynamic: true };
const server: Promise<MockServer> = startMockServer(options);
const emulatorOptions: EmulatorOptions = { port: 0, accountId: '111122223333', seed: { pools: [] } };
const emulator: Promise<Emulator> = startEmulator(emulatorOptions);
// @ts-expect-error: port is a number
startMockServer({ port: '4010' });
// @ts-expect-error: stateDir is a path
startEmulator({ stateDir: 1 });
export { server, emulator };
`)).not.toThrow();
  });

  it('answers npx cognito-identity-openapi-server --help with the usage and status 0', () => {
    const output = execFileSync('npx', ['cognito-identity-openapi-server', '--help'], { cwd: serverProject, env: QUIET_NPM, encoding: 'utf8' });
    expect(output).toContain('usage: cognito-identity-openapi-server mock');
  });

  it('says how to get Redocly Respect when `workflows` runs without it (an optional peer dependency)', () => {
    const run = spawnSync('npx', ['cognito-identity-openapi-server', 'workflows', '--server', 'http://127.0.0.1:9'], { cwd: serverProject, env: QUIET_NPM, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Redocly Respect is not installed: npm install --save-dev @redocly/cli@^2.77.0');
  });

  /** `npx cognito-identity-openapi-server mock` in its own process group, once it serves a call. */
  async function startWithNpx(): Promise<{ npx: ReturnType<typeof spawn>; url: string; output: () => string }> {
    const npx = spawn('npx', ['cognito-identity-openapi-server', 'mock', '--port', '0'], { cwd: serverProject, env: QUIET_NPM, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const { url, output } = listeningUrl(npx);
    const base = await url;
    const call = await fetch(base, { method: 'POST', headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', 'Content-Type': 'application/x-amz-json-1.1' }, body: `{"IdentityPoolId":"${POOL}"}` });
    expect(call.status).toBe(200);
    return { npx, url: base, output };
  }

  it.each(['SIGTERM', 'SIGKILL'] as const)('stops the mock when the npx process alone gets %s', async (signal) => {
    const { npx, url, output } = await startWithNpx();
    npx.kill(signal);
    await waitUntilRefused(url);
    await expect.poll(output).toContain('launcher exited: shutting down');
  });

  it('stops the mock on Ctrl-C (SIGINT to the foreground process group), and npx ends too', async () => {
    const { npx, url, output } = await startWithNpx();
    const ended = new Promise<string>((resolve) => npx.once('exit', (code, signal) => resolve(`${code} ${signal}`)));
    process.kill(-(npx.pid as number), 'SIGINT');
    await waitUntilRefused(url);
    await expect.poll(output).toContain('SIGINT: shutting down');
    // npm ends the way its shell did: the shell re-raises SIGINT after its child has finished.
    expect(await ended).toMatch(/^(0 null|null SIGINT)$/);
  });
});
