/**
 * The release check, part two: the server package installed in a fresh project with the client and the
 * document beside it (none is on the registry yet), from the tarballs packed once per run
 * (support/packed-once.ts; package-tarball.test.ts checks them and the client's install, beside this file).
 * First without the optional peers: the emulator's install (the goal: at most 30 packages and 15 MB), the
 * emulator under npx and as a library, and the message that names what the mock and the MCP server need. Then
 * with the peers installed: the mock and the MCP server as users start them, and stopping when the npx process
 * is signalled.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_SDK, PRISM, installCommand } from '../../packages/server/src/optional-peer.ts';
import { listeningUrl, waitUntilRefused } from '../support/listening.ts';
import { EXAMPLE_KEYS, EXAMPLE_POOL, npxToEnd, runIn, typeCheck } from '../support/in-project.ts';
import { QUIET_NPM, diskKilobytes, freshProject, installedPackages, npmInstall } from '../support/packed.ts';
import { packedOnce } from '../support/packed-once.ts';

/** What the optional peers install, as their message tells users to. */
const PEER_SPECS = [PRISM, MCP_SDK].flatMap((peers) => Object.entries(peers.packages).map(([name, range]) => `${name}@${range}`));

let work: string;
let serverProject: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cognito-server-tarball-'));
  const { tarballs } = await packedOnce();
  serverProject = await freshProject(work, 'server-app', [tarballs.server, tarballs.client, tarballs.document]);
}, 300_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('the server package in a fresh project with the client and the document: the emulator install', () => {
  it('brings at most 30 packages and 15 MB on disk: none of Prism\'s or the MCP SDK\'s, which are optional peers', () => {
    const installed = installedPackages(serverProject);
    expect(installed).toEqual(expect.arrayContaining(['ajv', 'classic-level', 'jose', 'cognito-identity-openapi', 'cognito-identity-openapi-document', 'cognito-identity-openapi-server']));
    expect(installed.length).toBeLessThanOrEqual(30);
    expect(installed.filter((name) => /^@stoplight\/|^@modelcontextprotocol\/|faker|postman|express/.test(name))).toEqual([]);
    const kilobytes = diskKilobytes([join(serverProject, 'node_modules')]);
    expect(kilobytes).toBeGreaterThan(0);
    expect(kilobytes).toBeLessThanOrEqual(15 * 1024);
  });

  it('starts the emulator under npx, state on disk (LevelDB as installed, no install script run), and it answers as the emulator', async () => {
    const npx = spawn('npx', ['cognito-identity-openapi-server', 'emulator', '--port', '0', '--state', join(work, 'emulator-state')], { cwd: serverProject, env: QUIET_NPM, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const { url, output } = listeningUrl(npx);
    const base = await url;
    try {
      expect(output()).toContain('state in');
      // The mock would answer its example; the emulator knows no such pool.
      const call = await fetch(base, { method: 'POST', headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', 'Content-Type': 'application/x-amz-json-1.1' }, body: `{"IdentityPoolId":"${EXAMPLE_POOL}"}` });
      expect(call.status).toBe(400);
      expect(await call.json()).toMatchObject({ __type: 'ResourceNotFoundException' });
    } finally {
      process.kill(-(npx.pid as number), 'SIGINT');
      await waitUntilRefused(base);
    }
  });

  it('exports startEmulator from cognito-identity-openapi-server/emulator, and state holds between calls', async () => {
    const output = await runIn(serverProject, 'emulator-test.mjs', `
import { startEmulator } from 'cognito-identity-openapi-server/emulator';
import { createCognitoIdentityClient } from 'cognito-identity-openapi';
const emulator = await startEmulator({ port: 0 });
const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint: emulator.url, credentials: ${EXAMPLE_KEYS} });
const { IdentityPoolId } = await cognito.createIdentityPool({ IdentityPoolName: 'Tarball', AllowUnauthenticatedIdentities: true });
const { IdentityPoolName } = await cognito.describeIdentityPool({ IdentityPoolId });
await emulator.close();
console.log(JSON.stringify({ IdentityPoolName }));
`);
    expect(JSON.parse(output)).toEqual({ IdentityPoolName: 'Tarball' });
  });

  it('can be required from CommonJS on Node 20.19+ (the packages are ESM-only; Node loads them for require)', async () => {
    const output = await runIn(serverProject, 'require-test.cjs', `
const { createCognitoIdentityClient } = require('cognito-identity-openapi');
const { startEmulator } = require('cognito-identity-openapi-server/emulator');
console.log(typeof createCognitoIdentityClient, typeof startEmulator);
`);
    expect(output.trim()).toBe('function function');
  });

  it('says what to install when the mock or the MCP server is asked for without its optional peer', async () => {
    const mock = await npxToEnd(serverProject, ['mock', '--port', '0']);
    expect(mock.code).toBe(1);
    expect(mock.output).toContain(`The mock runs on Stoplight Prism's engine, an optional peer dependency of cognito-identity-openapi-server`);
    expect(mock.output).toContain(installCommand(PRISM));
    const mcp = await npxToEnd(serverProject, ['mcp']);
    expect(mcp.code).toBe(1);
    expect(mcp.output).toContain(installCommand(MCP_SDK));
    const library = await runIn(serverProject, 'mock-missing.mjs', `
import { startMockServer } from 'cognito-identity-openapi-server/mock';
console.log(await startMockServer({ port: 0 }).then(() => 'started', (e) => e.message));
`);
    expect(library).toContain(installCommand(PRISM));
  });

  it('gives the mock, emulator and document entries types that a strict TypeScript project checks against (the JSON itself satisfies its types), and Node imports the JSON', async () => {
    // One compiler run for every entry of the three packages as this project installed them.
    expect(() => typeCheck(serverProject, 'typed.ts', `
import { startMockServer, type MockServer, type MockServerOptions } from 'cognito-identity-openapi-server/mock';
import { startEmulator, type Emulator, type EmulatorOptions } from 'cognito-identity-openapi-server/emulator';
import document, { type CognitoIdentityOpenApiDocument } from 'cognito-identity-openapi-document/openapi.json' with { type: 'json' };
import catalogue, { type CognitoIdentityToolCatalogue } from 'cognito-identity-openapi-document/tools.json' with { type: 'json' };
import openapiJson from './node_modules/cognito-identity-openapi-document/openapi.json' with { type: 'json' };
import toolsJson from './node_modules/cognito-identity-openapi-document/tools.json' with { type: 'json' };
const options: MockServerOptions = { port: 0, dynamic: true };
const server: Promise<MockServer> = startMockServer(options);
const emulatorOptions: EmulatorOptions = { port: 0, accountId: '111122223333', seed: { pools: [] } };
const emulator: Promise<Emulator> = startEmulator(emulatorOptions);
// @ts-expect-error: port is a number
startMockServer({ port: '4010' });
// @ts-expect-error: stateDir is a path
startEmulator({ stateDir: 1 });
export { server, emulator };
export const asDocument: CognitoIdentityOpenApiDocument = openapiJson;
export const asCatalogue: CognitoIdentityToolCatalogue = toolsJson;
export const operationId: string = document.paths['/#X-Amz-Target=AWSCognitoIdentityService.GetId'].post.operationId;
export const toolNames: string[] = catalogue.tools.map((tool) => tool.name);
// @ts-expect-error: every path is an X-Amz-Target key
document.paths['/GetId'];
`)).not.toThrow();
    const output = await runIn(serverProject, 'document.mjs', `
import document from 'cognito-identity-openapi-document/openapi.json' with { type: 'json' };
import catalogue from 'cognito-identity-openapi-document/tools.json' with { type: 'json' };
console.log(JSON.stringify({ openapi: document.openapi, tools: catalogue.tools.length }));
`);
    expect(JSON.parse(output)).toEqual({ openapi: '3.1.0', tools: 23 });
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

});

describe('the server package with its optional peers installed (Prism for the mock, the MCP SDK)', () => {
  beforeAll(() => npmInstall(serverProject, PEER_SPECS), 300_000);

  it('exports startMockServer from cognito-identity-openapi-server/mock, and the client calls it', async () => {
    const output = await runIn(serverProject, 'mock-test.mjs', `
import { startMockServer } from 'cognito-identity-openapi-server/mock';
import { createCognitoIdentityClient } from 'cognito-identity-openapi';
const mock = await startMockServer({ port: 0 });
const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint: mock.url, credentials: ${EXAMPLE_KEYS} });
const pool = await cognito.describeIdentityPool({ IdentityPoolId: '${EXAMPLE_POOL}' });
await mock.close();
console.log(JSON.stringify({ url: mock.url, name: pool.IdentityPoolName }));
`);
    expect(JSON.parse(output)).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), name: 'PhotoShare production' });
  });

  it('serves the MCP server under npx: tools/list over stdio answers the read-only tools', async () => {
    const npx = spawn('npx', ['cognito-identity-openapi-server', 'mcp', '--region', 'us-east-1'], { cwd: serverProject, env: QUIET_NPM, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let text = '';
    const listed = new Promise<Array<{ name: string }>>((resolve, reject) => {
      npx.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        const answer = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id?: number; result?: { tools: Array<{ name: string }> } }).find((m) => m.id === 2);
        if (answer?.result) resolve(answer.result.tools);
      });
      npx.once('exit', (code) => reject(new Error(`mcp exited with ${code}: ${text}`)));
    });
    const send = (message: object) => npx.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'tarball-test', version: '1.0.0' } } });
    send({ method: 'notifications/initialized' });
    send({ id: 2, method: 'tools/list' });
    try {
      const tools = await listed;
      expect(tools.map((t) => t.name)).toContain('DescribeIdentityPool');
      expect(tools.map((t) => t.name)).not.toContain('GetId');
    } finally {
      if (npx.exitCode === null) process.kill(-(npx.pid as number), 'SIGTERM');
    }
  });

  /** `npx cognito-identity-openapi-server mock` in its own process group, once it serves a call. */
  async function startWithNpx(): Promise<{ npx: ReturnType<typeof spawn>; url: string; output: () => string }> {
    const npx = spawn('npx', ['cognito-identity-openapi-server', 'mock', '--port', '0'], { cwd: serverProject, env: QUIET_NPM, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const { url, output } = listeningUrl(npx);
    const base = await url;
    const call = await fetch(base, { method: 'POST', headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', 'Content-Type': 'application/x-amz-json-1.1' }, body: `{"IdentityPoolId":"${EXAMPLE_POOL}"}` });
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
