/**
 * The command line as users run it (`npx cognito-identity-openapi-server mock`): the compiled bin, a real process.
 * The `npx` path itself, from a packed tarball, is in package-tarball.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listeningUrl, waitUntilRefused } from '../../../test/support/listening.ts';
import { repoPath } from '../../../test/support/paths.ts';

function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string; url: Promise<string> } {
  const child = spawn(process.execPath, [repoPath('packages/server/dist/src/cli.js'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { child, ...listeningUrl(child) };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('cognito-identity-openapi-server mock', () => {
  // A mock start loads Prism's engine (seconds of CPU on two cores): each start below checks a source of the
  // port and a signal together. `--port` is in the bad-port case here and in `npm run mock` below.
  const getId = (base: string) => fetch(`${base}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' },
    body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}',
  });

  it('listens on its default port 4631, beside the emulator\'s 4630, answers /health and the API there, logs one line per request, and stops cleanly on SIGTERM', async () => {
    const { child, output, url } = startCli(['mock'], { PORT: '' });
    expect(await url).toBe('http://127.0.0.1:4631');
    expect(await (await fetch('http://127.0.0.1:4631/health')).json()).toMatchObject({ status: 'ok', server: 'mock', data: 'examples' });
    expect((await getId('http://127.0.0.1:4631')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(output()).toMatch(/POST \/ GetId 200 [\d.]+ms/);
    expect(output()).toContain('SIGTERM: shutting down');
  });

  it('takes the port from PORT, serves, logs one line per request, and stops cleanly on SIGINT', async () => {
    const { child, output, url } = startCli(['mock'], { PORT: '0' });
    const base = await url;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await getId(base)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const done = exited(child);
    child.kill('SIGINT');
    expect(await done).toBe(0);
    expect(output()).toMatch(/POST \/ GetId 200 [\d.]+ms/);
    expect(output()).toContain('SIGINT: shutting down');
  });

  it('refuses a bad port with a clear message', async () => {
    const { child, output } = startCli(['mock', '--port', 'eighty']);
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('--port: "eighty" is not a port number');
  });
});

describe('cognito-identity-openapi-server emulator', () => {
  it('serves with a seed and an account id, logs one line per request, and stops cleanly', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cli-emulator-'));
    const pool = 'eu-west-3:3c9a1f2e-5b7d-4e8a-9f0c-1d2e3f4a5b6c';
    writeFileSync(join(dir, 'seed.json'), JSON.stringify({ pools: [{ AccountId: '111111111111', IdentityPoolId: pool, IdentityPoolName: 'Seeded', AllowUnauthenticatedIdentities: true }] }));
    const { child, output, url } = startCli(['emulator', '--port', '0', '--account-id', '111111111111', '--seed', join(dir, 'seed.json')]);
    const base = await url;
    const call = (authorization?: string) => fetch(`${base}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.DescribeIdentityPool', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify({ IdentityPoolId: pool }),
    });
    const scope = (key: string) => `AWS4-HMAC-SHA256 Credential=${key}/20261123/eu-west-3/cognito-identity/aws4_request, SignedHeaders=host, Signature=0`;
    expect(((await (await call(scope('AKIDANYTHING'))).json()) as { IdentityPoolName: string }).IdentityPoolName).toBe('Seeded');
    expect(((await (await call(scope('222222222222'))).json()) as { __type: string }).__type).toBe('ResourceNotFoundException');
    await new Promise((r) => setTimeout(r, 50));
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(output()).toMatch(/Cognito Identity emulator listening on http:\/\/127\.0\.0\.1:\d+ \(state in memory\)/);
    expect(output()).toMatch(/POST \/ DescribeIdentityPool 200 [\d.]+ms/);
    expect(output()).toContain('SIGTERM: shutting down');
  });

  it('keeps state across runs with --state', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const state = join(mkdtempSync(join(tmpdir(), 'cli-state-')), 'state');
    const call = (base: string, operation: string, input: object) => fetch(`${base}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityService.${operation}`, Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261123/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0' },
      body: JSON.stringify(input),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);
    const first = startCli(['emulator', '--port', '0', '--state', state]);
    const created = await call(await first.url, 'CreateIdentityPool', { IdentityPoolName: 'Kept', AllowUnauthenticatedIdentities: true });
    const stopped = exited(first.child);
    first.child.kill('SIGTERM');
    expect(await stopped).toBe(0);
    expect(first.output()).toContain(`(state in ${state})`);
    const second = startCli(['emulator', '--port', '0', '--state', state]);
    expect(await call(await second.url, 'DescribeIdentityPool', { IdentityPoolId: created.IdentityPoolId })).toMatchObject({ IdentityPoolName: 'Kept' });
    const done = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('listens on its default port 4630 and, with --host 0.0.0.0, on every interface; /health answers there', async () => {
    const { child, url } = startCli(['emulator', '--host', '0.0.0.0'], { PORT: '' });
    expect(await url).toBe('http://0.0.0.0:4630');
    const health = await fetch('http://127.0.0.1:4630/health');
    expect(await health.json()).toMatchObject({ status: 'ok', server: 'emulator', state: 'memory' });
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('refuses a bad account id and a bad seed with clear messages', async () => {
    const bad = startCli(['emulator', '--port', '0', '--account-id', '12345']);
    expect(await exited(bad.child)).toBe(1);
    expect(bad.output()).toContain('--account-id: "12345" is not 12 digits');
    const missing = startCli(['emulator', '--port', '0', '--seed', '/nonexistent/seed.json']);
    expect(await exited(missing.child)).toBe(1);
    expect(missing.output()).toContain('/nonexistent/seed.json');
  });
});

describe('cognito-identity-openapi --help', () => {
  it.each(['--help', '-h', 'help', 'mock --help', 'emulator --help', 'mcp --help', 'workflows --help'])('%s prints the usage to stdout and exits 0', async (command) => {
    const args = command.split(' ');
    const { child, output } = startCli(args);
    expect(await exited(child)).toBe(0);
    expect(output()).toMatch(/^usage: cognito-identity-openapi-server mock/);
    expect(output()).toContain('--reveal-secrets');
  });

  it('exits 2 with the usage on stderr for a missing or unknown command', async () => {
    const none = startCli([]);
    expect(await exited(none.child)).toBe(2);
    const unknown = startCli(['serve']);
    expect(await exited(unknown.child)).toBe(2);
    expect(unknown.output()).toContain('unknown command "serve"');
  });
});

describe('cognito-identity-openapi-server workflows', () => {
  // The run itself, all four workflows against the emulator, is emulator/workflows.test.ts.
  it.each([
    [[], 'workflows: --server URL is required'],
    [['--server', 'https://cognito-identity.us-east-1.amazonaws.com'], 'is not an http:// URL of a local server'],
    [['--server', 'http://127.0.0.1:9', '--input', 'poolName'], '--input: "poolName" is neither NAME=VALUE nor a JSON object'],
  ])('%j exits 1 naming what is wrong', async (args, message) => {
    const { child, output } = startCli(['workflows', ...args]);
    expect(await exited(child)).toBe(1);
    expect(output()).toContain(message);
  });
});

describe('npm run mock', () => {
  it('stops when the npm process is sent SIGTERM (npm signals only its sh -c child)', async () => {
    const npm = spawn('npm', ['run', '--silent', 'mock', '--', '--port', '0'], { cwd: repoPath(), stdio: ['ignore', 'pipe', 'pipe'] });
    const { url, output } = listeningUrl(npm);
    const base = await url;
    npm.kill('SIGTERM');
    await waitUntilRefused(base);
    await expect.poll(output).toContain('launcher exited: shutting down');
  });

});
