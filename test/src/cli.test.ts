/**
 * The command line as users run it (`npx cognito-identity-openapi mock`): the compiled bin, a real process.
 * The `npx` path itself, from a packed tarball, is in package-tarball.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listeningUrl, waitUntilRefused } from '../support/listening.ts';
import { repoPath } from '../support/paths.ts';

function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string; url: Promise<string> } {
  const child = spawn(process.execPath, [repoPath('dist/src/cli.js'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { child, ...listeningUrl(child) };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('cognito-identity-openapi mock', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves, logs one line per request, and stops cleanly on %s', async (signal) => {
    const { child, output, url } = startCli(['mock', '--port', '0']);
    const base = await url;
    const response = await fetch(`${base}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' },
      body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}',
    });
    expect(response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const done = exited(child);
    child.kill(signal);
    expect(await done).toBe(0);
    expect(output()).toMatch(/POST \/ GetId 200 [\d.]+ms/);
    expect(output()).toContain(`${signal}: shutting down`);
  });

  it('takes the port from PORT', async () => {
    const { child, url } = startCli(['mock'], { PORT: '0' });
    expect(await url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('refuses a bad port with a clear message', async () => {
    const { child, output } = startCli(['mock', '--port', 'eighty']);
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('--port: "eighty" is not a port number');
  });
});

describe('cognito-identity-openapi --help', () => {
  it.each(['--help', '-h', 'help', 'mock --help', 'mcp --help'])('%s prints the usage to stdout and exits 0', async (command) => {
    const args = command.split(' ');
    const { child, output } = startCli(args);
    expect(await exited(child)).toBe(0);
    expect(output()).toMatch(/^usage: cognito-identity-openapi mock/);
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
