/**
 * The built-in test identity provider: the shape of the tokens it mints for each kind of provider, and those
 * tokens working in every flow (guest upgrade, Token and Rules role mappings, the classic flow, linking),
 * while a token changed after signing, an expired one, or a non-JWT for an ID-token provider is refused.
 */
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { DEFAULT_OIDC_AUDIENCE, IdTokenRequestError, audienceFor, idTokenClaims, readIdTokenRequest, type PoolProviders } from '../../src/emulator/test-provider.ts';
import { ROLES, USER_POOL, clientFor, errorOf } from './helpers.ts';

const GOOGLE_APP = '1234567890-web.apps.googleusercontent.com';
const APPLE_APP = 'com.example.app';
const OIDC = 'login.example.com/realms/main';
const NOW = 1_700_000_000;

describe('idTokenClaims: the shape of each provider\'s ID token', () => {
  it.each([
    ['a user pool', { provider: USER_POOL.provider, sub: 'u1' }, { iss: `https://${USER_POOL.provider}`, aud: 'client', sub: 'u1', token_use: 'id', 'cognito:username': 'u1', auth_time: NOW, iat: NOW, exp: NOW + 3600 }],
    ['Google', { provider: 'accounts.google.com', sub: 'g1' }, { iss: 'https://accounts.google.com', aud: 'client', azp: 'client', sub: 'g1', iat: NOW, exp: NOW + 3600 }],
    ['Apple', { provider: 'appleid.apple.com', sub: 'a1', expiresIn: 600 }, { iss: 'https://appleid.apple.com', aud: 'client', sub: 'a1', auth_time: NOW, iat: NOW, exp: NOW + 600 }],
    ['an OIDC issuer, claims on top', { provider: OIDC, sub: 'o1', claims: { amr: ['mfa'], iss: 'https://elsewhere.example' } }, { iss: 'https://elsewhere.example', aud: 'client', sub: 'o1', iat: NOW, exp: NOW + 3600, amr: ['mfa'] }],
    ['an already expired token', { provider: OIDC, sub: 'o2', expiresIn: -60 }, { iss: `https://${OIDC}`, aud: 'client', sub: 'o2', iat: NOW, exp: NOW - 60 }],
  ])('%s', (_what, request, want) => {
    expect(idTokenClaims(request, 'client', NOW)).toEqual(want);
  });

  it('refuses providers whose tokens are opaque or the emulator\'s own, and makes up a sub when none is given', () => {
    expect(() => idTokenClaims({ provider: 'graph.facebook.com' }, 'x', NOW)).toThrow(/opaque access tokens/);
    expect(() => idTokenClaims({ provider: 'cognito-identity.amazonaws.com' }, 'x', NOW)).toThrow(/GetOpenIdTokenForDeveloperIdentity/);
    expect(idTokenClaims({ provider: OIDC }, 'x', NOW).sub).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('audienceFor and readIdTokenRequest', () => {
  const configs: PoolProviders[] = [
    { CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }], SupportedLoginProviders: { 'accounts.google.com': 'g-1;g-2' } },
    { CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }], SupportedLoginProviders: { 'appleid.apple.com': APPLE_APP } },
  ];
  it.each([
    ['the request\'s aud', { provider: 'accounts.google.com', aud: 'mine' }, 'mine'],
    ['the one client id the pools list', { provider: USER_POOL.provider }, USER_POOL.client],
    ['the one app id', { provider: 'appleid.apple.com' }, APPLE_APP],
    ['a fixed one for OIDC issuers', { provider: OIDC }, DEFAULT_OIDC_AUDIENCE],
  ])('%s', (_what, request, want) => {
    expect(audienceFor(request, configs)).toBe(want);
  });

  it.each([
    [{ provider: 'accounts.google.com' }, 'aud is required: the emulator\'s pools list 2 client or app ids for accounts.google.com (g-1, g-2).'],
    [{ provider: 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_x' }, 'aud is required: no identity pool of the emulator lists a client or app id for cognito-idp.eu-west-1.amazonaws.com/eu-west-1_x yet.'],
  ])('asks for aud when the pools do not settle it: %j', (request, message) => {
    expect(() => audienceFor(request, configs)).toThrow(new IdTokenRequestError(message));
  });

  it.each([
    [undefined, /must be a JSON object/],
    [{ sub: 'x' }, /provider is required/],
    [{ provider: OIDC, expiresIn: '1h' }, /expiresIn must be a number/],
    [{ provider: OIDC, claims: [] }, /claims must be a JSON object/],
    [{ provider: OIDC, scope: 'openid' }, /Unknown member scope/],
  ])('readIdTokenRequest refuses %j', (body, message) => {
    expect(() => readIdTokenRequest(body)).toThrow(message);
  });
});

let emu: CheckedEmulator;
let pool: string;
beforeAll(async () => {
  emu = await startCheckedEmulator();
  const cognito = clientFor(emu.url);
  pool = (await cognito.createIdentityPool({
    IdentityPoolName: 'TestProvider', AllowUnauthenticatedIdentities: true, AllowClassicFlow: true, DeveloperProviderName: 'login.example.app',
    SupportedLoginProviders: { 'accounts.google.com': GOOGLE_APP, 'appleid.apple.com': APPLE_APP, 'graph.facebook.com': '7346241598935552' },
    CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }],
    OpenIdConnectProviderARNs: [`arn:aws:iam::123456789012:oidc-provider/${OIDC}`],
  })).IdentityPoolId as string;
  await cognito.setIdentityPoolRoles({
    IdentityPoolId: pool,
    Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated },
    RoleMappings: {
      [USER_POOL.provider]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' },
      'accounts.google.com': { Type: 'Rules', AmbiguousRoleResolution: 'AuthenticatedRole', RulesConfiguration: { Rules: [{ Claim: 'hd', MatchType: 'Equals', Value: 'example.com', RoleARN: ROLES.editor }] } },
    },
  });
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const mint = (request: Record<string, unknown>) => fetch(`${emu.url}/_emulator/idp/token`, { method: 'POST', body: JSON.stringify(request) });
const roleOf = async (accessKeyId: string | undefined) => (await (await fetch(`${emu.url}/_emulator/credentials/${accessKeyId}`)).json()) as { RoleArn: string; AuthenticationType: string };
const refused = (message: string) => ({ type: 'NotAuthorizedException', message, status: 400 });

describe('the test provider\'s routes', () => {
  it('POST /_emulator/idp/token mints a token that verifies against /_emulator/idp/jwks.json, aud from the pool', async () => {
    const response = await mint({ provider: USER_POOL.provider, sub: 'route-user', claims: { 'cognito:groups': ['admins'] } });
    expect(response.status).toBe(200);
    const { token, claims } = await response.json() as { token: string; claims: Record<string, unknown> };
    const jwks = await (await fetch(`${emu.url}/_emulator/idp/jwks.json`)).json();
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: `https://${USER_POOL.provider}`, audience: USER_POOL.client });
    expect(payload).toEqual(claims);
    expect(payload).toMatchObject({ sub: 'route-user', token_use: 'id', 'cognito:groups': ['admins'] });
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: jwks.keys[0].kid });
  });

  it('refuses what it cannot mint with a ValidationException that says why', async () => {
    for (const [body, message] of [
      [{ provider: 'graph.facebook.com' }, /opaque access tokens/],
      [{ provider: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Unknown' }, /aud is required/],
      ['{not json', /must be a JSON object/],
    ] as const) {
      const response = await fetch(`${emu.url}/_emulator/idp/token`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
      expect(response.status).toBe(400);
      const answer = await response.json() as { __type: string; message: string };
      expect(answer.__type).toBe('ValidationException');
      expect(answer.message).toMatch(message);
    }
  });
});

describe('its tokens in every flow', () => {
  it('a guest signs in with a user pool: same identity, the Token mapping\'s preferred role, authenticated', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
    const guest = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string });
    expect(await roleOf(guest.Credentials?.AccessKeyId)).toMatchObject({ RoleArn: ROLES.unauthenticated, AuthenticationType: 'unauthenticated' });
    const token = await emu.emulator.mintIdToken({ provider: USER_POOL.provider, sub: 'upgraded', claims: { 'cognito:roles': [ROLES.admin, ROLES.editor], 'cognito:preferred_role': ROLES.admin } });
    const Logins = { [USER_POOL.provider]: token };
    const signedIn = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins });
    expect(signedIn.IdentityId).toBe(IdentityId);
    expect(await roleOf(signedIn.Credentials?.AccessKeyId)).toMatchObject({ RoleArn: ROLES.admin, AuthenticationType: 'authenticated' });
    expect((await cognito.getId({ IdentityPoolId: pool, Logins })).IdentityId).toBe(IdentityId);
    // Two roles and no preference, under Deny: refused.
    const ambiguous = await emu.emulator.mintIdToken({ provider: USER_POOL.provider, sub: 'upgraded', claims: { 'cognito:roles': [ROLES.admin, ROLES.editor] } });
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins: { [USER_POOL.provider]: ambiguous } }))).toEqual(refused('Ambiguous role resolutions will lead to requester being denied'));
  });

  it('Google with a Rules mapping: a matching claim picks the rule\'s role, none falls back to the authenticated role', async () => {
    const cognito = clientFor(emu.url);
    for (const [claims, role] of [[{ hd: 'example.com' }, ROLES.editor], [{ hd: 'gmail.com' }, ROLES.authenticated]] as const) {
      const Logins = { 'accounts.google.com': await emu.emulator.mintIdToken({ provider: 'accounts.google.com', claims }) };
      const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins });
      const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins });
      expect((await roleOf(Credentials?.AccessKeyId)).RoleArn).toBe(role);
    }
  });

  it('the classic flow with Apple: GetOpenIdToken names the provider in amr', async () => {
    const cognito = clientFor(emu.url);
    const Logins = { 'appleid.apple.com': await emu.emulator.mintIdToken({ provider: 'appleid.apple.com', sub: 'apple-user' }) };
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins });
    const { Token } = await cognito.getOpenIdToken({ IdentityId: IdentityId as string, Logins });
    expect(decodeJwt(Token as string).amr).toEqual(['authenticated', 'appleid.apple.com', 'appleid.apple.com:apple-user']);
  });

  it('linking: an OIDC login added to a user-pool identity; either one finds it afterwards', async () => {
    const cognito = clientFor(emu.url);
    const userPool = { [USER_POOL.provider]: await emu.emulator.mintIdToken({ provider: USER_POOL.provider, sub: 'linker', claims: { 'cognito:preferred_role': ROLES.admin } }) };
    const oidc = { [OIDC]: await emu.emulator.mintIdToken({ provider: OIDC, sub: 'linker-oidc' }) };
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins: userPool });
    await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins: { ...userPool, ...oidc } });
    expect((await cognito.describeIdentity({ IdentityId: IdentityId as string })).Logins?.sort()).toEqual([OIDC, USER_POOL.provider].sort());
    expect((await cognito.getId({ IdentityPoolId: pool, Logins: oidc })).IdentityId).toBe(IdentityId);
  });

  it('developer-authenticated: a Google login linked with the developer user, and the developer token exchanged', async () => {
    const cognito = clientFor(emu.url);
    const google = { 'accounts.google.com': await emu.emulator.mintIdToken({ provider: 'accounts.google.com', sub: 'dev-linked' }) };
    const { IdentityId, Token } = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { 'login.example.app': 'user-7', ...google } });
    expect((await cognito.getId({ IdentityPoolId: pool, Logins: google })).IdentityId).toBe(IdentityId);
    const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins: { 'cognito-identity.amazonaws.com': Token as string } });
    expect(await roleOf(Credentials?.AccessKeyId)).toMatchObject({ RoleArn: ROLES.authenticated, AuthenticationType: 'authenticated' });
  });

  it('refuses a token changed after signing, an expired one, and a non-JWT for an ID-token provider', async () => {
    const getId = (Logins: Record<string, string>) => errorOf(clientFor(emu.url).getId({ IdentityPoolId: pool, Logins }));
    const [header, , signature] = (await emu.emulator.mintIdToken({ provider: 'accounts.google.com', sub: 'victim' })).split('.');
    const changed = Buffer.from(JSON.stringify({ iss: 'https://accounts.google.com', aud: GOOGLE_APP, sub: 'attacker', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    expect(await getId({ 'accounts.google.com': `${header}.${changed}.${signature}` })).toEqual(refused("Invalid login token. Couldn't verify signed token."));
    const expired = await emu.emulator.mintIdToken({ provider: OIDC, expiresIn: -30 });
    expect(await getId({ [OIDC]: expired })).toMatchObject({ type: 'NotAuthorizedException', message: expect.stringMatching(/^Invalid login token. Token expired: \d+ >= \d+$/) });
    for (const provider of ['accounts.google.com', 'appleid.apple.com', USER_POOL.provider, OIDC]) {
      expect(await getId({ [provider]: 'ya29.a0AfH6SMBx-an-access-token' })).toEqual(refused('Invalid login token. Not a valid OpenId Connect identity token.'));
    }
    expect(await getId({ 'graph.facebook.com': 'EAAGm0PX4ZCpsBA-opaque' })).toBe('ok');
  });
});

describe('the key', () => {
  it('survives a reset, so tokens minted before still verify', async () => {
    const before = await (await fetch(`${emu.url}/_emulator/idp/jwks.json`)).json();
    const token = await emu.emulator.mintIdToken({ provider: OIDC, sub: 'before-reset' });
    await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' });
    expect(await (await fetch(`${emu.url}/_emulator/idp/jwks.json`)).json()).toEqual(before);
    expect((await jwtVerify(token, createLocalJWKSet(before))).payload.sub).toBe('before-reset');
  });
});
