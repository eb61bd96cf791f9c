/** OpenID tokens are real RS512 JWTs, verifiable with the served JWKS; credentials look like STS's and are registered. */
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, clientFor, errorOf } from './helpers.ts';

let emu: CheckedEmulator;
let pool: string;
beforeAll(async () => {
  emu = await startCheckedEmulator();
  const cognito = clientFor(emu.url);
  pool = (await cognito.createIdentityPool({ IdentityPoolName: 'Tokens', AllowUnauthenticatedIdentities: true, AllowClassicFlow: true, SupportedLoginProviders: { 'graph.facebook.com': '1' } })).IdentityPoolId as string;
  await cognito.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated } });
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe('OpenID tokens', () => {
  it('GetOpenIdToken: RS512, verifiable against /.well-known/jwks_uri, the service\'s claims, 10 minutes', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
    const { Token } = await cognito.getOpenIdToken({ IdentityId: IdentityId as string });
    expect(decodeProtectedHeader(Token as string).alg).toBe('RS512');
    const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks_uri`));
    const { payload } = await jwtVerify(Token as string, jwks, { issuer: 'https://cognito-identity.amazonaws.com', audience: pool });
    expect(payload).toMatchObject({ sub: IdentityId, amr: ['unauthenticated'] });
    expect((payload.exp as number) - (payload.iat as number)).toBe(600);
  });

  it('an authenticated identity\'s token lists its providers in amr', async () => {
    const cognito = clientFor(emu.url);
    const Logins = { 'graph.facebook.com': 'fb-token-user' };
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins });
    const { Token } = await cognito.getOpenIdToken({ IdentityId: IdentityId as string, Logins });
    const keys = await (await fetch(`${emu.url}/.well-known/jwks_uri`)).json();
    const { payload } = await jwtVerify(Token as string, createLocalJWKSet(keys));
    expect(payload.amr).toEqual(['authenticated', 'graph.facebook.com', 'graph.facebook.com:fb-token-user']);
  });

  it('the classic flow is refused where AllowClassicFlow was set to false', async () => {
    const cognito = clientFor(emu.url);
    const enhanced = (await cognito.createIdentityPool({ IdentityPoolName: 'Enhanced', AllowUnauthenticatedIdentities: true, AllowClassicFlow: false })).IdentityPoolId as string;
    const { IdentityId } = await cognito.getId({ IdentityPoolId: enhanced });
    expect(await errorOf(cognito.getOpenIdToken({ IdentityId: IdentityId as string }))).toEqual({ type: 'InvalidParameterException', message: 'Basic (classic) flow is not enabled, please use enhanced flow.', status: 400 });
  });

  it('the classic flow is allowed where AllowClassicFlow was never set, and refused once an update sets it to false', async () => {
    const cognito = clientFor(emu.url);
    const unset = (await cognito.createIdentityPool({ IdentityPoolName: 'Unset', AllowUnauthenticatedIdentities: true })).IdentityPoolId as string;
    const { IdentityId } = await cognito.getId({ IdentityPoolId: unset });
    const answer = await cognito.getOpenIdToken({ IdentityId: IdentityId as string });
    expect(answer.IdentityId).toBe(IdentityId);
    const { payload } = await jwtVerify(answer.Token as string, createLocalJWKSet(await (await fetch(`${emu.url}/.well-known/jwks_uri`)).json()));
    expect(payload.aud).toBe(unset);
    await cognito.updateIdentityPool({ IdentityPoolId: unset, IdentityPoolName: 'Unset', AllowUnauthenticatedIdentities: true, AllowClassicFlow: false });
    expect(await errorOf(cognito.getOpenIdToken({ IdentityId: IdentityId as string }))).toMatchObject({ type: 'InvalidParameterException' });
    await cognito.updateIdentityPool({ IdentityPoolId: unset, IdentityPoolName: 'Unset', AllowUnauthenticatedIdentities: true });
    expect((await cognito.getOpenIdToken({ IdentityId: IdentityId as string })).Token).toBeTruthy();
  });

  it('a forged token under cognito-identity.amazonaws.com is refused', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
    const { Token } = await cognito.getOpenIdToken({ IdentityId: IdentityId as string });
    const [header, payload] = (Token as string).split('.');
    const forged = `${header}.${payload}.${'A'.repeat(100)}`;
    expect(await errorOf(cognito.getId({ IdentityPoolId: pool, Logins: { 'cognito-identity.amazonaws.com': forged } }))).toMatchObject({ type: 'NotAuthorizedException' });
  });
});

describe('credentials', () => {
  it('look like STS credentials, expire in an hour, and the registry tells whose they are', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
    const before = Date.now() / 1000;
    const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string });
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(Credentials?.SecretKey).toHaveLength(40);
    expect((Credentials?.SessionToken ?? '').length).toBeGreaterThan(100);
    expect(Credentials?.Expiration).toBeGreaterThanOrEqual(Math.floor(before) + 3599);
    expect(Credentials?.Expiration).toBeLessThanOrEqual(Date.now() / 1000 + 3601);
    const response = await fetch(`${emu.url}/_emulator/credentials/${Credentials?.AccessKeyId}`);
    expect(await response.json()).toEqual({
      ...Credentials, AccountId: '123456789012', IdentityPoolId: pool, IdentityId, RoleArn: ROLES.unauthenticated, AuthenticationType: 'unauthenticated',
    });
    const unknown = await fetch(`${emu.url}/_emulator/credentials/ASIAUNKNOWNKEY000000`);
    expect(unknown.status).toBe(404);
  });
});
