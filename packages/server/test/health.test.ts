/**
 * The health route of both servers (src/health.ts): what it answers, that the AWS API beside it is untouched,
 * and that it turns to 503 once a server stops.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/emulator/server.ts';
import { healthRoute, serverVersion } from '../src/health.ts';
import { startMockServer, type MockServer } from '../src/mock/server.ts';

const version = serverVersion();
let memory: Emulator, durable: Emulator, mock: MockServer;
const logged: string[] = [];

beforeAll(async () => {
  [memory, durable, mock] = await Promise.all([
    startEmulator({ port: 0, log: (line) => logged.push(line) }),
    startEmulator({ port: 0, stateDir: join(mkdtempSync(join(tmpdir(), 'health-')), 'state') }),
    startMockServer({ port: 0 }),
  ]);
});
afterAll(async () => { await Promise.all([memory?.close(), durable?.close(), mock?.close()]); });

const getId = (url: string) => fetch(`${url}/`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.ListIdentityPools', Authorization: 'AWS4-HMAC-SHA256 Credential=test/20261203/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0' },
  body: '{"MaxResults":1}',
});

describe('GET /health', () => {
  it.each([
    ['the emulator in memory', () => memory.url, '/health', { server: 'emulator', state: 'memory' }],
    ['the emulator in memory, under /_emulator/', () => memory.url, '/_emulator/health', { server: 'emulator', state: 'memory' }],
    ['the emulator with --state', () => durable.url, '/health', { server: 'emulator', state: 'directory' }],
    ['the mock', () => mock.url, '/health', { server: 'mock', data: 'examples' }],
  ])('%s: 200, JSON with the version and the mode', async (_, url, path, facts) => {
    const response = await fetch(`${url()}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ status: 'ok', service: 'cognito-identity', ...facts, version });
  });

  it('answers HEAD with the status and no body', async () => {
    const response = await fetch(`${memory.url}/health`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('is not an AWS route: POST /health and the mock\'s /_emulator/health are refused the AWS way', async () => {
    for (const [url, path, method] of [[memory.url, '/health', 'POST'], [mock.url, '/_emulator/health', 'GET']] as const) {
      const response = await fetch(`${url}${path}`, { method });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { __type: string }).__type).toBe('UnknownOperationException');
    }
  });

  it('is not logged, unlike the API calls beside it (a container engine probes every few seconds)', async () => {
    await fetch(`${memory.url}/health`);
    await getId(memory.url);
    expect(logged.some((line) => line.startsWith('POST / ListIdentityPools 200'))).toBe(true);
    expect(logged.filter((line) => /^(GET|HEAD) \/(_emulator\/)?health /.test(line))).toEqual([]);
  });

  it('leaves the AWS wire alone: POST / with X-Amz-Target is still the API on both servers', async () => {
    for (const url of [memory.url, mock.url]) {
      const response = await getId(url);
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty('IdentityPools');
    }
  });
});

describe('readiness', () => {
  it('the first 200 from /health comes with the state already read back from --state', async () => {
    const stateDir = join(mkdtempSync(join(tmpdir(), 'health-ready-')), 'state');
    const first = await startEmulator({ port: 0, stateDir });
    const port = Number(new URL(first.url).port);
    expect((await getId(first.url)).status).toBe(200);
    await fetch(`${first.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.CreateIdentityPool', Authorization: 'AWS4-HMAC-SHA256 Credential=test/20261203/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0' },
      body: JSON.stringify({ IdentityPoolName: 'KeptAcrossRuns', AllowUnauthenticatedIdentities: true }),
    });
    await first.close();
    // Probe the port from before the second start until the first answer.
    const firstAnswer = (async () => {
      for (;;) {
        const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (answer) return { status: answer.status, state: await (await fetch(`http://127.0.0.1:${port}/_emulator/state`)).text() };
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const second = await startEmulator({ port, stateDir });
    try {
      const { status, state } = await firstAnswer;
      expect(status).toBe(200);
      expect(state).toContain('KeptAcrossRuns');
    } finally {
      await second.close();
    }
  });
});

describe('healthRoute', () => {
  it('answers 503 "stopping" once its server stops, and nothing for other paths and methods', () => {
    const route = healthRoute({ server: 'emulator', state: 'memory' }, ['/health', '/_emulator/health']);
    expect(route.serve({ method: 'GET', path: '/health' })?.status).toBe(200);
    expect(route.serve({ method: 'DELETE', path: '/health' })).toBeUndefined();
    expect(route.serve({ method: 'GET', path: '/healthz' })).toBeUndefined();
    route.stopping();
    const answer = route.serve({ method: 'GET', path: '/_emulator/health' });
    expect(answer?.status).toBe(503);
    expect(JSON.parse(String(answer?.body))).toMatchObject({ status: 'stopping', server: 'emulator' });
  });

  it('reports the version of the server package', async () => {
    const { readFileSync } = await import('node:fs');
    expect(version).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });
});
