/**
 * The seed use cases end to end, as a web app meets them: AWS Amplify JS v6 in Chromium with the emulator as
 * its identity pool (`identityPoolEndpoint`) and moto's server as its user pool (`userPoolEndpoint`) and S3.
 * The same story runs through this project's `fromCognitoIdentityPool` and the AWS SDK's, and the three agree:
 * a guest gets the unauthenticated role; a first sign-in keeps the guest's identity and gets the
 * authenticated role; after a sign-out a new guest comes; a returning user who browsed as a guest first lands
 * on their own identity; a Rules mapping on `cognito:groups` picks a group's role (moto's ID tokens carry the
 * groups, never `cognito:roles` nor `cognito:preferred_role`, so a Token mapping could only fall back). Each
 * set of credentials uploads to moto's S3, and the emulator's registry says whose they are. The README's
 * Amplify and user-pool blocks run here as written, their `local` values filled in. One Chromium, one moto,
 * one emulator for the file; requests are watched, never intercepted, so CORS runs for real.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoIdentityClient } from '../../packages/client/src/node/index.ts';
import { startEmulator, type Emulator } from '../../packages/server/src/emulator/server.ts';
import { openBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '../support/chromium.ts';
import { motoAvailable, startMotoS3 } from '../support/moto-s3.ts';
import { createMotoUserPool, type MotoUserPool } from '../support/moto-user-pool.ts';
import { repoPath } from '../support/paths.ts';
import { namedReadmeBlocks, withLocalValues } from '../support/readme-blocks.ts';

const available = chromiumAvailable() && motoAvailable();
if (!available && process.env.CI) throw new Error(`Chromium (${CHROMIUM_PATH}) or python3 moto is missing; .ci/run should have installed them`);

const REGION = 'us-east-1';
const BUCKET = 'uploads';
const ROLES = {
  authenticated: 'arn:aws:iam::123456789012:role/AppUser',
  unauthenticated: 'arn:aws:iam::123456789012:role/AppGuest',
  editor: 'arn:aws:iam::123456789012:role/AppEditor',
};
const ALICE = { username: 'alice', password: 'Passw0rd!' }; // the README's user
const BOB = { username: 'bob', password: 'Passw0rd!b', groups: ['editors'] };
const CAROL = { username: 'carol', password: 'Passw0rd!c' };

/** The page: Amplify configured for the emulator and moto, the two other providers, and an S3 upload. */
const APP = `
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
// @aws-sdk/credential-providers' fromCognitoIdentityPool is this package's, loaded lazily; imported directly, the
// browser bundle leaves out the Node-only providers that package's index also names.
import { fromCognitoIdentityPool as sdkProvider } from '@aws-sdk/credential-provider-cognito-identity';
import { fromCognitoIdentityPool as ownProvider, memoryStorage } from './packages/client/src/credentials/index.ts';

let env;
const ownStorage = memoryStorage();

async function put(credentials, key) {
  const s3 = new S3Client({ region: 'us-east-1', endpoint: env.moto, forcePathStyle: true, credentials });
  try { await s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: key, ContentType: 'text/plain' })); } finally { s3.destroy(); }
}

window.flows = {
  configure(e) {
    env = e;
    Amplify.configure({ Auth: { Cognito: {
      identityPoolId: env.identityPoolId, identityPoolEndpoint: env.emulator, allowGuestAccess: true,
      userPoolId: env.userPoolId, userPoolClientId: env.userPoolClientId, userPoolEndpoint: env.moto,
    } } });
  },
  async amplifySession(key) {
    const session = await fetchAuthSession();
    await put(session.credentials, key);
    return { identityId: session.identityId, accessKeyId: session.credentials.accessKeyId, signedIn: session.tokens !== undefined };
  },
  async amplifySignIn(username, password) {
    return (await signIn({ username, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } })).nextStep.signInStep;
  },
  amplifySignOut: () => signOut({ global: true }),
  async idToken(username, password) {
    const answer = await fetch(env.moto, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: env.userPoolClientId, AuthParameters: { USERNAME: username, PASSWORD: password } }) });
    return (await answer.json()).AuthenticationResult.IdToken;
  },
  async own(idToken, key) {
    const credentials = ownProvider({ identityPoolId: env.identityPoolId, endpoint: env.emulator, storage: ownStorage, logins: idToken ? { [env.provider]: idToken } : undefined });
    const { identityId, accessKeyId } = await credentials();
    await put(credentials, key);
    return { identityId, accessKeyId };
  },
  ownSignOut: () => ownProvider({ identityPoolId: env.identityPoolId, endpoint: env.emulator, storage: ownStorage }).clear(),
  async sdk(idToken, key) {
    const credentials = sdkProvider({ identityPoolId: env.identityPoolId, clientConfig: { region: 'us-east-1', endpoint: env.emulator }, ...(idToken ? { logins: { [env.provider]: idToken } } : {}) });
    const { identityId, accessKeyId } = await credentials();
    await put(credentials, key);
    return { identityId, accessKeyId };
  },
};
window.appReady = true;
`;

interface Issued { identityId: string; accessKeyId: string }
type Call = (name: string, ...args: unknown[]) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.skipIf(!available)('Amplify v6, the AWS SDK and this client in Chromium, against the emulator and moto', () => {
  let browser: Browser;
  let moto: { url: string; close(): Promise<void> };
  let emulator: Emulator;
  let userPool: MotoUserPool;
  let identityPoolId: string;
  let local: Record<string, string>;
  const admin = () => createCognitoIdentityClient({ region: REGION, endpoint: emulator.url, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'test' } });

  /** Whose the credentials are, by the emulator's registry. */
  const owner = async (accessKeyId: string) => (await (await fetch(`${emulator.url}/_emulator/credentials/${accessKeyId}`)).json()) as { IdentityId: string; RoleArn: string; AuthenticationType: string };
  const expectOwner = async (issued: Issued, role: string, type: 'authenticated' | 'unauthenticated') => {
    expect(await owner(issued.accessKeyId)).toMatchObject({ IdentityId: issued.identityId, RoleArn: role, AuthenticationType: type });
  };

  beforeAll(async () => {
    [browser, moto, emulator] = await Promise.all([launchChromium(), startMotoS3(), startEmulator({ port: 0 })]);
    userPool = await createMotoUserPool(moto.url, { region: REGION, bucket: BUCKET, users: [ALICE, BOB, CAROL], groups: [{ name: 'editors', roleArn: ROLES.editor }] });
    const cognito = admin();
    identityPoolId = (await cognito.createIdentityPool({
      IdentityPoolName: 'web app', AllowUnauthenticatedIdentities: true,
      CognitoIdentityProviders: [{ ProviderName: userPool.provider, ClientId: userPool.clientId }],
    })).IdentityPoolId as string;
    await cognito.setIdentityPoolRoles({
      IdentityPoolId: identityPoolId, Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated },
      RoleMappings: { [userPool.provider]: { Type: 'Rules', AmbiguousRoleResolution: 'AuthenticatedRole', RulesConfiguration: { Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains', Value: 'editors', RoleARN: ROLES.editor }] } } },
    });
    local = { emulator: emulator.url, identityPoolId, moto: moto.url, userPoolId: userPool.userPoolId, userPoolClientId: userPool.clientId };
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), moto?.close(), emulator?.close()]);
  });

  /** Opens the flows page, configured; `call` runs one of its functions. */
  async function openFlows(): Promise<{ app: BrowserApp; call: Call }> {
    const app = await openBrowserApp(browser, APP);
    const call: Call = (name, ...args) => app.page.evaluate(([n, a]) => (window as any).flows[n as string](...(a as unknown[])), [name, args] as const); // eslint-disable-line @typescript-eslint/no-explicit-any
    await call('configure', { ...local, bucket: BUCKET, provider: userPool.provider });
    return { app, call };
  }

  it('the README\'s Amplify block runs as written in Chromium: guest, sign-in on the same identity, sign-out', async () => {
    const [block] = namedReadmeBlocks('amplify');
    expect(block, 'README.md has a ```ts amplify block').toBeDefined();
    // What the block logs is kept for the test (its imports are hoisted above this line, its code runs after it).
    const keepLogs = 'window.logged = []; console.log = (...args) => { window.logged.push(args); };';
    const app = await openBrowserApp(browser, `${keepLogs}\n${withLocalValues(block as string, local)}\nwindow.appReady = true;\n`);
    try {
      const logged = await app.page.evaluate(() => (window as unknown as { logged: unknown[][] }).logged);
      expect(logged).toHaveLength(1);
      const [sameIdentity, accessKeyId] = logged[0] as [boolean, string];
      expect(sameIdentity).toBe(true);
      expect(await owner(accessKeyId)).toMatchObject({ RoleArn: ROLES.authenticated, AuthenticationType: 'authenticated' });
      expect(app.blocked).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the README\'s user-pool chain runs as written in Node and lands on alice\'s identity', async () => {
    const [block] = namedReadmeBlocks('chain');
    expect(block, 'README.md has a ```ts chain block').toBeDefined();
    const dir = repoPath('test-results/flows');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'chain.mjs');
    await build({ stdin: { contents: withLocalValues(block as string, local), resolveDir: dir, loader: 'ts' }, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'silent' });
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: repoPath(), timeout: 30_000 });
    const identityId = stdout.trim();
    expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const alice = await admin().getId({ IdentityPoolId: identityPoolId, Logins: { [userPool.provider]: await idTokenInNode(ALICE) } });
    expect(alice.IdentityId).toBe(identityId);
  });

  /** An ID token from moto, fetched from Node. */
  async function idTokenInNode(user: { username: string; password: string }): Promise<string> {
    const answer = await fetch(moto.url, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: userPool.clientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password } }) });
    return ((await answer.json()) as { AuthenticationResult: { IdToken: string } }).AuthenticationResult.IdToken;
  }

  it('guest, first sign-in, sign-out, a returning user who was a guest first, and a group\'s role: Amplify, this client and the AWS SDK agree', async () => {
    const { app, call } = await openFlows();
    try {
      // Amplify: a guest, then carol's first sign-in upgrades that same identity to the authenticated role.
      const guest: Issued = await call('amplifySession', 'amplify/guest.txt');
      await expectOwner(guest, ROLES.unauthenticated, 'unauthenticated');
      expect(await call('amplifySignIn', CAROL.username, CAROL.password)).toBe('DONE');
      const carol: Issued = await call('amplifySession', 'amplify/carol.txt');
      expect(carol.identityId).toBe(guest.identityId);
      await expectOwner(carol, ROLES.authenticated, 'authenticated');

      // Sign-out: a new guest. Back in: the returning user lands on her own identity, and the guest is merged.
      await call('amplifySignOut');
      const second: Issued = await call('amplifySession', 'amplify/second-guest.txt');
      expect(second.identityId).not.toBe(carol.identityId);
      await expectOwner(second, ROLES.unauthenticated, 'unauthenticated');
      await call('amplifySignIn', CAROL.username, CAROL.password);
      const back: Issued = await call('amplifySession', 'amplify/carol-again.txt');
      expect(back.identityId).toBe(carol.identityId);
      await expectOwner(back, ROLES.authenticated, 'authenticated');
      const visible = (await admin().listIdentities({ IdentityPoolId: identityPoolId, MaxResults: 60, HideDisabled: true })).Identities?.map((i) => i.IdentityId);
      expect(visible).toContain(carol.identityId);
      expect(visible).not.toContain(second.identityId);
      await call('amplifySignOut');
      const aliceId = (await admin().getId({ IdentityPoolId: identityPoolId, Logins: { [userPool.provider]: await idTokenInNode(ALICE) } })).IdentityId;

      // This project's provider: a guest, then bob's first sign-in keeps that identity and gets the editors' role.
      const bobToken = await call('idToken', BOB.username, BOB.password);
      const ownGuest: Issued = await call('own', undefined, 'own/guest.txt');
      await expectOwner(ownGuest, ROLES.unauthenticated, 'unauthenticated');
      const ownBob: Issued = await call('own', bobToken, 'own/bob.txt');
      expect(ownBob.identityId).toBe(ownGuest.identityId);
      await expectOwner(ownBob, ROLES.editor, 'authenticated');
      // Sign-out, a new guest, then alice (signed in by the README's blocks): a returning user, her own identity.
      await call('ownSignOut');
      const ownSecond: Issued = await call('own', undefined, 'own/second-guest.txt');
      expect(ownSecond.identityId).not.toBe(ownGuest.identityId);
      const aliceToken = await call('idToken', ALICE.username, ALICE.password);
      const ownAlice: Issued = await call('own', aliceToken, 'own/alice.txt');
      expect(ownAlice.identityId).toBe(aliceId);
      await expectOwner(ownAlice, ROLES.authenticated, 'authenticated');

      // The AWS SDK's provider: a guest of its own; with a login it asks GetId, and finds the same identities.
      const sdkGuest: Issued = await call('sdk', undefined, 'sdk/guest.txt');
      await expectOwner(sdkGuest, ROLES.unauthenticated, 'unauthenticated');
      const sdkAlice: Issued = await call('sdk', aliceToken, 'sdk/alice.txt');
      expect(sdkAlice.identityId).toBe(aliceId);
      await expectOwner(sdkAlice, ROLES.authenticated, 'authenticated');
      const sdkBob: Issued = await call('sdk', bobToken, 'sdk/bob.txt');
      expect(sdkBob.identityId).toBe(ownBob.identityId);
      await expectOwner(sdkBob, ROLES.editor, 'authenticated');
      const sdkCarol: Issued = await call('sdk', await call('idToken', CAROL.username, CAROL.password), 'sdk/carol.txt');
      expect(sdkCarol.identityId).toBe(carol.identityId);

      const s3 = new S3Client({ region: REGION, endpoint: moto.url, forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
      const listed = (await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents?.map((o) => o.Key);
      s3.destroy();
      expect(listed?.sort()).toEqual(['amplify/carol-again.txt', 'amplify/carol.txt', 'amplify/guest.txt', 'amplify/second-guest.txt',
        'own/alice.txt', 'own/bob.txt', 'own/guest.txt', 'own/second-guest.txt', 'sdk/alice.txt', 'sdk/bob.txt', 'sdk/carol.txt', 'sdk/guest.txt']);
      expect(app.blocked).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
