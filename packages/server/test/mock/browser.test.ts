/**
 * A web app on another origin calls the mock from a real browser (Debian's Chromium): the guest flow (GetId,
 * then GetCredentialsForIdentity) and a typed error whose `__type` and request id the page can read, once
 * with this project's client and once with the AWS SDK v3 for JavaScript, both bundled for the browser. CORS
 * must let every call through: nothing blocked, no console error. Skips without Chromium, except in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startMockServer, type MockServer } from '../../src/mock/server.ts';
import { openBrowserApp, type BrowserApp } from '../../../../test/support/browser-app.ts';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../../../test/support/chromium.ts';

const available = chromiumAvailable();
if (!available && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; .ci/run should have installed it`);

const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

/** What the page reports after running a flow. */
interface FlowResult {
  identityId: string;
  accessKeyId: string;
  errorType: string;
  requestId: string;
  status: number;
}

const CLIENT_APP = `
import { createCognitoIdentityClient, isCognitoIdentityError } from './packages/client/src/index.ts';
window.runFlow = async (endpoint, pool) => {
  const cognito = createCognitoIdentityClient({ endpoint, retry: { maxAttempts: 1 } });
  const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
  const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId });
  try {
    await cognito.getId({ IdentityPoolId: 'not-a-pool' });
    return { identityId: IdentityId, accessKeyId: Credentials.AccessKeyId, errorType: 'none', requestId: '', status: 0 };
  } catch (e) {
    if (!isCognitoIdentityError(e)) throw e;
    return { identityId: IdentityId, accessKeyId: Credentials.AccessKeyId, errorType: e.__type, requestId: e.requestId ?? '', status: e.status };
  }
};
window.appReady = true;
`;

const SDK_APP = `
import { CognitoIdentityClient, GetIdCommand, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
window.runFlow = async (endpoint, pool) => {
  const cognito = new CognitoIdentityClient({ region: 'us-east-1', endpoint, maxAttempts: 1 });
  const { IdentityId } = await cognito.send(new GetIdCommand({ IdentityPoolId: pool }));
  const { Credentials } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId }));
  try {
    await cognito.send(new GetIdCommand({ IdentityPoolId: 'not-a-pool' }));
    return { identityId: IdentityId, accessKeyId: Credentials.AccessKeyId, errorType: 'none', requestId: '', status: 0 };
  } catch (e) {
    return { identityId: IdentityId, accessKeyId: Credentials.AccessKeyId, errorType: e.name, requestId: e.$metadata?.requestId ?? '', status: e.$metadata?.httpStatusCode ?? 0 };
  }
};
window.appReady = true;
`;

describe.skipIf(!available)('a browser app on another origin calls the mock', () => {
  let browser: Browser;
  let mock: MockServer;
  beforeAll(async () => {
    [browser, mock] = await Promise.all([launchChromium(), startMockServer({ port: 0 })]);
  });
  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });

  it.each([['this project\'s client', CLIENT_APP], ['the AWS SDK v3', SDK_APP]])('%s: guest flow, then a typed error with its request id', async (_who, entry) => {
    let app: BrowserApp | undefined;
    try {
      app = await openBrowserApp(browser, entry);
      expect(new URL(app.url).origin).not.toBe(new URL(mock.url).origin);
      const result = await app.page.evaluate(([endpoint, pool]) => (window as unknown as { runFlow: (e: string, p: string) => Promise<FlowResult> }).runFlow(endpoint as string, pool as string), [mock.url, POOL]);
      expect(result.identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
      expect(result.accessKeyId).toMatch(/^ASIA/);
      expect(result.errorType).toBe('ValidationException');
      expect(result.status).toBe(400);
      expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(app.blocked).toEqual([]);
      expect(app.consoleErrors.filter((m) => !m.includes('400 (Bad Request)'))).toEqual([]);
    } finally {
      await app?.close();
    }
  });
});
