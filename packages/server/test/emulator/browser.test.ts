/**
 * A page on another origin runs the guest flow and a user-pool sign-in flow (a JWT the test made) against
 * the emulator in real Chromium, once with this project's client and once with the AWS SDK v3: CORS
 * preflights, exposed headers and the emulator's semantics, as a browser app meets them.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../../../test/support/chromium.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { repoPath } from '../../../../test/support/paths.ts';
import { serveFolder } from '../../../../test/support/static-server.ts';
import { ROLES, USER_POOL, idToken } from './helpers.ts';

const POOL = 'us-east-1:5d2c7b1a-3e4f-4a6b-9c8d-0e1f2a3b4c5d';
const ENTRY = `
import { createCognitoIdentityClient } from './packages/client/src/index.ts';
import { CognitoIdentityClient, GetIdCommand, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';

async function withClient(endpoint, pool, logins) {
  const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint });
  const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, ...(logins ? { Logins: logins } : {}) });
  const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId, ...(logins ? { Logins: logins } : {}) });
  return { IdentityId, AccessKeyId: Credentials.AccessKeyId };
}

async function withSdk(endpoint, pool, logins) {
  const client = new CognitoIdentityClient({ region: 'us-east-1', endpoint, maxAttempts: 1 });
  const { IdentityId } = await client.send(new GetIdCommand({ IdentityPoolId: pool, ...(logins ? { Logins: logins } : {}) }));
  const { Credentials } = await client.send(new GetCredentialsForIdentityCommand({ IdentityId, ...(logins ? { Logins: logins } : {}) }));
  return { IdentityId, AccessKeyId: Credentials.AccessKeyId };
}

async function refused(endpoint) {
  const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint, retry: { maxAttempts: 1 } });
  try { await cognito.getId({ IdentityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000' }); return 'ok'; }
  catch (e) { return [e.__type, e.message, e.requestId ? 'request id read' : 'no request id']; }
}

window.flows = { withClient, withSdk, refused };
`;

let emu: CheckedEmulator;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  emu = await startCheckedEmulator({ seed: { pools: [{
    IdentityPoolId: POOL, IdentityPoolName: 'Browser', AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }],
    Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated },
  }] } });
  const dir = await mkdtemp(join(tmpdir(), 'emulator-browser-'));
  await build({ stdin: { contents: ENTRY, resolveDir: repoPath(), loader: 'ts' }, bundle: true, platform: 'browser', format: 'iife', outfile: join(dir, 'app.js'), logLevel: 'silent' });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title><script src="app.js"></script>');
  site = await serveFolder(dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  if (!chromiumAvailable()) return;
  await browser.close();
  await site.close();
  expectNoViolations(emu);
  await emu.close();
});

describe.skipIf(!chromiumAvailable())('a browser app against the emulator', () => {
  it.each(['withClient', 'withSdk'])('%s: guest and user-pool sign-in from another origin', async (flow) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}/index.html`);
      expect(new URL(site.url).origin).not.toBe(new URL(emu.url).origin);
      const token = await idToken(USER_POOL.provider, USER_POOL.client, `browser-user-${flow}`);
      const run = (logins?: Record<string, string>) => page.evaluate(([name, endpoint, pool, l]) =>
        (window as unknown as { flows: Record<string, (e: string, p: string, l?: unknown) => Promise<{ IdentityId: string; AccessKeyId: string }>> }).flows[name as string]!(endpoint as string, pool as string, l ?? undefined),
      [flow, emu.url, POOL, logins ?? null] as const);
      const guest = await run();
      const user = await run({ [USER_POOL.provider]: token });
      const again = await run({ [USER_POOL.provider]: token });
      expect(guest.AccessKeyId).toMatch(/^ASIA/);
      expect(again.IdentityId).toBe(user.IdentityId);
      expect(user.IdentityId).not.toBe(guest.IdentityId);
      const registry = async (key: string) => (await (await fetch(`${emu.url}/_emulator/credentials/${key}`)).json()).RoleArn;
      expect(await registry(guest.AccessKeyId)).toBe(ROLES.unauthenticated);
      expect(await registry(user.AccessKeyId)).toBe(ROLES.authenticated);
    } finally {
      await page.close();
    }
  });

  it('an error reaches the page with its type, message and request id (exposed headers)', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}/index.html`);
      const answer = await page.evaluate((endpoint) => (window as unknown as { flows: { refused: (e: string) => Promise<unknown> } }).flows.refused(endpoint), emu.url);
      expect(answer).toEqual(['ResourceNotFoundException', "IdentityPool 'us-east-1:00000000-0000-4000-8000-000000000000' not found.", 'request id read']);
    } finally {
      await page.close();
    }
  });
});
