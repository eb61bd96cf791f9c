/** The command line as users run it (`npx cognito-identity-openapi mock`): the compiled bin, a real process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/paths.ts';

function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string; url: Promise<string> } {
  const child = spawn(process.execPath, [repoPath('dist/src/cli.js'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = text.match(/listening on (http:\/\/\S+)/);
      if (match) resolve(match[1] as string);
    });
    child.stderr?.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    child.once('exit', () => reject(new Error(`exited early:\n${text}`)));
  });
  url.catch(() => {}); // a test that expects an early exit never awaits the URL
  return { child, output: () => text, url };
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
