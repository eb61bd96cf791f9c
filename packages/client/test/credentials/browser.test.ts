/**
 * fromCognitoIdentityPool in a real browser (Debian's Chromium), bundled with esbuild into a page on its own
 * origin. With the mock answering the identity calls, it is the `credentials` of the real
 * @aws-sdk/client-s3 S3Client, which puts an object into a local S3 (moto): the upload carries the issued
 * session token. Against the stateful emulator (a guest pool made with this client from Node): one request
 * for many callers, the kept id reused after a reload, refresh before expiry (the page's clock moved on), and
 * the restart after DeleteIdentities removed the identity. Requests are watched, never intercepted, so CORS
 * runs for real.
 */
import { CreateBucketCommand, GetObjectCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../../server/src/mock/server.ts';
import { openBrowserApp, type BrowserApp } from '../../../../test/support/browser-app.ts';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../../../test/support/chromium.ts';
import { startEmulator, type Emulator } from '../../../server/src/emulator/server.ts';
import { createCognitoIdentityClient } from '../../src/node/index.ts';
import { motoAvailable, startMotoS3 } from '../../../../test/support/moto-s3.ts';

const available = chromiumAvailable() && motoAvailable();
if (!available && process.env.CI) throw new Error(`Chromium (${CHROMIUM_PATH}) or python3 moto is missing; .ci/run should have installed them`);

const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const BUCKET = 'uploads';

const APP = `
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { fromCognitoIdentityPool } from './packages/client/src/credentials/index.ts';
window.upload = async (identityEndpoint, s3Endpoint, pool, key) => {
  const credentials = fromCognitoIdentityPool({ identityPoolId: pool, endpoint: identityEndpoint });
  const s3 = new S3Client({ region: 'us-east-1', endpoint: s3Endpoint, forcePathStyle: true, credentials });
  await s3.send(new PutObjectCommand({ Bucket: '${BUCKET}', Key: key, Body: 'hello from the browser', ContentType: 'text/plain' }));
  return (await credentials()).sessionToken;
};
window.useProvider = (endpoint, pool) => { window.provider = fromCognitoIdentityPool({ identityPoolId: pool, endpoint }); };
window.credentialsNow = async (n) => (await Promise.all(Array.from({ length: n }, () => window.provider()))).map((c) => [c.identityId, c.sessionToken]);
window.appReady = true;
`;

type Page = BrowserApp['page'];
const upload = (page: Page, ...args: string[]) => page.evaluate((a) => (window as any).upload(...a), args) as Promise<string>; // eslint-disable-line @typescript-eslint/no-explicit-any
const useProvider = (page: Page, endpoint: string, pool: string) => page.evaluate(([e, p]) => (window as any).useProvider(e, p), [endpoint, pool]); // eslint-disable-line @typescript-eslint/no-explicit-any
const credentialsNow = (page: Page, n = 1) => page.evaluate((k) => (window as any).credentialsNow(k), n) as Promise<Array<[string, string]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The operations the page has called on `endpoint`, in order, from the watched requests. */
function watchOperations(page: Page, endpoint: string): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => { if (r.url().startsWith(endpoint) && r.method() === 'POST') seen.push(String(String(r.headers()['x-amz-target']).split('.')[1])); });
  return seen;
}

describe.skipIf(!available)('fromCognitoIdentityPool in Chromium', () => {
  let browser: Browser;
  let mock: MockServer;
  let s3: { url: string; close(): Promise<void> };
  let node: S3Client;
  beforeAll(async () => {
    [browser, mock, s3] = await Promise.all([launchChromium(), startMockServer({ port: 0 }), startMotoS3()]);
    node = new S3Client({ region: 'us-east-1', endpoint: s3.url, forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await node.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await node.send(new PutBucketCorsCommand({ Bucket: BUCKET, CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['PUT', 'GET'], AllowedHeaders: ['*', 'authorization'], ExposeHeaders: ['ETag'] }] } }));
  });
  afterAll(async () => {
    node?.destroy();
    await Promise.all([browser?.close(), mock?.close(), s3?.close()]);
  });

  it('is the credentials of the real S3Client: the upload carries the issued session token', async () => {
    const app = await openBrowserApp(browser, APP);
    try {
      const puts: Request[] = [];
      const issued: string[] = [];
      app.page.on('request', (r) => { if (r.method() === 'PUT') puts.push(r); });
      app.page.on('response', async (r) => {
        if (r.url().startsWith(mock.url) && r.request().headers()['x-amz-target']?.endsWith('.GetCredentialsForIdentity')) issued.push((await r.json()).Credentials.SessionToken);
      });
      const token = await upload(app.page, mock.url, s3.url, POOL, 'from-browser.txt');
      const put = puts.find((r) => r.url().startsWith(`${s3.url}/${BUCKET}/from-browser.txt`));
      expect(put, 'the page sent no PutObject').toBeDefined();
      const headers = await (put as Request).allHeaders();
      expect(issued.length).toBeGreaterThan(0);
      expect(headers['x-amz-security-token']).toBe(issued[0]);
      expect(token).toBe(issued[0]);
      expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIA\w+\/\d{8}\/us-east-1\/s3\/aws4_request/);
      const object = await node.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'from-browser.txt' }));
      expect(await object.Body?.transformToString()).toBe('hello from the browser');
      expect(app.blocked).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  describe('against the emulator', () => {
    let emulator: Emulator;
    let pool: string;
    const developer = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    beforeAll(async () => {
      emulator = await startEmulator({ port: 0 });
      const admin = createCognitoIdentityClient({ region: 'us-east-1', endpoint: emulator.url, credentials: developer });
      pool = (await admin.createIdentityPool({ IdentityPoolName: 'uploads', AllowUnauthenticatedIdentities: true })).IdentityPoolId as string;
      await admin.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: { unauthenticated: 'arn:aws:iam::123456789012:role/Guest' } });
    });
    afterAll(async () => { await emulator?.close(); });

    it('one request for many callers; the kept id after a reload; refresh before expiry; restart after deletion', async () => {
      const app = await openBrowserApp(browser, APP);
      try {
        const calls = watchOperations(app.page, emulator.url);
        await useProvider(app.page, emulator.url, pool);
        const first = await credentialsNow(app.page, 12);
        expect(new Set(first.map(([, token]) => token)).size).toBe(1);
        expect(calls).toEqual(['GetId', 'GetCredentialsForIdentity']);
        const [identityId, token] = first[0] as [string, string];

        await app.page.reload();
        await app.page.waitForFunction(() => (window as unknown as { appReady?: boolean }).appReady === true);
        await useProvider(app.page, emulator.url, pool);
        const [[idAfterReload, tokenAfterReload]] = await credentialsNow(app.page) as [[string, string]];
        expect(idAfterReload).toBe(identityId);
        expect(tokenAfterReload).not.toBe(token);
        expect(calls.slice(2)).toEqual(['GetCredentialsForIdentity']);

        expect((await credentialsNow(app.page))[0]?.[1]).toBe(tokenAfterReload); // fresh: no request
        await app.page.clock.setFixedTime(Date.now() + 56 * 60_000); // 4 minutes before expiry
        const [[, refreshed]] = await credentialsNow(app.page) as [[string, string]];
        expect(refreshed).not.toBe(tokenAfterReload);
        expect(calls.slice(3)).toEqual(['GetCredentialsForIdentity']);

        const admin = createCognitoIdentityClient({ region: 'us-east-1', endpoint: emulator.url, credentials: developer });
        expect((await admin.deleteIdentities({ IdentityIdsToDelete: [identityId] })).UnprocessedIdentityIds ?? []).toEqual([]);
        await app.page.reload();
        await app.page.waitForFunction(() => (window as unknown as { appReady?: boolean }).appReady === true);
        await useProvider(app.page, emulator.url, pool);
        const [[newId]] = await credentialsNow(app.page) as [[string, string]];
        expect(newId).not.toBe(identityId);
        expect(calls.slice(4)).toEqual(['GetCredentialsForIdentity', 'GetId', 'GetCredentialsForIdentity']);
        expect(app.blocked).toEqual([]);
        expect(app.consoleErrors.filter((m) => !m.includes('400 (Bad Request)'))).toEqual([]);
      } finally {
        await app.close();
      }
    });
  });
});
