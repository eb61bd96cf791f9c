/**
 * The package as a user installs it: `npm pack`, then `npm install <tarball>` in a fresh project (one pack and
 * one install shared by every check here). From there: the documented entry points import and work, their
 * types resolve, and the bin behaves under `npx`, including stopping when the npx process is signalled.
 * The tarball holds `dist/` as `npm test` compiled it just before.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../support/paths.ts';
import { listeningUrl, waitUntilRefused } from '../support/listening.ts';

let project: string;
const quiet = { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cognito-tarball-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], { cwd: repoPath(), env: quiet, stdio: 'pipe' });
  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz')) as string;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', version: '1.0.0', type: 'module', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', join(project, tarball)], { cwd: project, env: quiet, stdio: 'pipe' });
}, 240_000);

afterAll(() => { if (project) rmSync(project, { recursive: true, force: true }); });

/** Runs a module in the fresh project with Node and returns its stdout. */
function runInProject(name: string, code: string): string {
  writeFileSync(join(project, name), code);
  return execFileSync(process.execPath, [name], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packed tarball in a fresh project', () => {
  it('exports startMockServer from cognito-identity-openapi/mock, and the client calls it', () => {
    const output = runInProject('mock-test.mjs', `
import { startMockServer } from 'cognito-identity-openapi/mock';
import { createCognitoIdentityClient } from 'cognito-identity-openapi';
const mock = await startMockServer({ port: 0 });
const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint: mock.url, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } });
const pool = await cognito.describeIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' });
await mock.close();
console.log(JSON.stringify({ url: mock.url, name: pool.IdentityPoolName }));
`);
    expect(JSON.parse(output)).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), name: 'PhotoShare production' });
  });

  it('gives the mock entry point types that a TypeScript project type-checks against', () => {
    writeFileSync(join(project, 'typed.ts'), `
import { startMockServer, type MockServer, type MockServerOptions } from 'cognito-identity-openapi/mock';
const options: MockServerOptions = { port: 0, dynamic: true };
const server: Promise<MockServer> = startMockServer(options);
// @ts-expect-error: port is a number
startMockServer({ port: '4010' });
export { server };
`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, typeRoots: [repoPath('node_modules/@types')], types: ['node'] },
      files: ['typed.ts'],
    }));
    expect(() => execFileSync(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, stdio: 'pipe' })).not.toThrow();
  });

  it('answers npx cognito-identity-openapi --help with the usage and status 0', () => {
    const output = execFileSync('npx', ['cognito-identity-openapi', '--help'], { cwd: project, env: quiet, encoding: 'utf8' });
    expect(output).toContain('usage: cognito-identity-openapi mock');
  });

  /** `npx cognito-identity-openapi mock` in its own process group, once it serves a call. */
  async function startWithNpx(): Promise<{ npx: ReturnType<typeof spawn>; url: string; output: () => string }> {
    const npx = spawn('npx', ['cognito-identity-openapi', 'mock', '--port', '0'], { cwd: project, env: quiet, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const { url, output } = listeningUrl(npx);
    const base = await url;
    const call = await fetch(base, { method: 'POST', headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', 'Content-Type': 'application/x-amz-json-1.1' }, body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}' });
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
