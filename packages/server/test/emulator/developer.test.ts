/** Developer-authenticated identities: tokens for developer users, lookup, merge, unlink, and the token accepted back. */
import { jwtVerify, createRemoteJWKSet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, clientFor, errorOf } from './helpers.ts';

let emu: CheckedEmulator;
const DEV = 'login.photoshare';
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

async function devPool(): Promise<string> {
  const cognito = clientFor(emu.url);
  const id = (await cognito.createIdentityPool({ IdentityPoolName: 'Dev', AllowUnauthenticatedIdentities: false, DeveloperProviderName: DEV, SupportedLoginProviders: { 'graph.facebook.com': '1' } })).IdentityPoolId as string;
  await cognito.setIdentityPoolRoles({ IdentityPoolId: id, Roles: { authenticated: ROLES.authenticated } });
  return id;
}

describe('developer-authenticated identities', () => {
  it('one developer user always maps to one identity; the token lives TokenDuration (900 s by default) and works as a login', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const first = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'alice' } });
    const again = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'alice' }, TokenDuration: 3600, PrincipalTags: { team: 'blue' } });
    expect(again.IdentityId).toBe(first.IdentityId);
    const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks_uri`));
    const a = (await jwtVerify(first.Token as string, jwks, { audience: pool })).payload;
    const b = (await jwtVerify(again.Token as string, jwks, { audience: pool })).payload;
    expect((a.exp as number) - (a.iat as number)).toBe(900);
    expect((b.exp as number) - (b.iat as number)).toBe(3600);
    expect(a.amr).toEqual(['authenticated', DEV, `${DEV}:${pool}:alice`]);
    expect(b['https://aws.amazon.com/tags']).toEqual({ principal_tags: { team: ['blue'] } });
    const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: first.IdentityId as string, Logins: { 'cognito-identity.amazonaws.com': first.Token as string } });
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect((await cognito.getId({ IdentityPoolId: pool, Logins: { 'cognito-identity.amazonaws.com': first.Token as string } })).IdentityId).toBe(first.IdentityId);
  });

  it('refuses a provider that is not the pool\'s developer provider, and a user registered to another identity', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    expect(await errorOf(cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { 'login.other': 'bob' } }))).toEqual({
      type: 'NotAuthorizedException', message: 'This identity pool does not support the specified developer provider', status: 400,
    });
    const alice = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'alice' } });
    const bob = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'bob' } });
    expect(await errorOf(cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, IdentityId: bob.IdentityId as string, Logins: { [DEV]: 'alice' } }))).toMatchObject({ type: 'DeveloperUserAlreadyRegisteredException' });
    const linked = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, IdentityId: alice.IdentityId as string, Logins: { [DEV]: 'alice-2', 'graph.facebook.com': 'fb-alice' } });
    expect(linked.IdentityId).toBe(alice.IdentityId);
    expect((await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-alice' } })).IdentityId).toBe(alice.IdentityId);
  });

  it('LookupDeveloperIdentity by identity or by user; both must belong together; pages', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const { IdentityId } = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'u1' } });
    for (const user of ['u2', 'u3']) await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, IdentityId: IdentityId as string, Logins: { [DEV]: user } });
    expect(await cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, DeveloperUserIdentifier: 'u2' })).toEqual({ IdentityId, DeveloperUserIdentifierList: ['u1', 'u2', 'u3'] });
    const page = await cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, IdentityId: IdentityId as string, MaxResults: 2 });
    expect(page.DeveloperUserIdentifierList).toEqual(['u1', 'u2']);
    expect((await cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, IdentityId: IdentityId as string, MaxResults: 2, NextToken: page.NextToken as string })).DeveloperUserIdentifierList).toEqual(['u3']);
    const other = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'v1' } });
    expect(await errorOf(cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, IdentityId: other.IdentityId as string, DeveloperUserIdentifier: 'u1' }))).toMatchObject({ type: 'ResourceConflictException' });
    expect(await errorOf(cognito.lookupDeveloperIdentity({ IdentityPoolId: pool }))).toMatchObject({ type: 'InvalidParameterException' });
    expect(await errorOf(cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, DeveloperUserIdentifier: 'nobody' }))).toMatchObject({ type: 'ResourceNotFoundException' });
  });

  it('MergeDeveloperIdentities moves the source onto the destination; different users of one public provider refuse', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const src = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'src', 'graph.facebook.com': 'fb-src' } });
    const dst = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'dst' } });
    const merged = await cognito.mergeDeveloperIdentities({ IdentityPoolId: pool, DeveloperProviderName: DEV, SourceUserIdentifier: 'src', DestinationUserIdentifier: 'dst' });
    expect(merged.IdentityId).toBe(dst.IdentityId);
    expect((await cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, DeveloperUserIdentifier: 'src' })).IdentityId).toBe(dst.IdentityId);
    expect((await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-src' } })).IdentityId).toBe(dst.IdentityId);
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: src.IdentityId as string }))).toMatchObject({ type: 'NotAuthorizedException' });
    await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'x', 'graph.facebook.com': 'fb-x' } });
    expect(await errorOf(cognito.mergeDeveloperIdentities({ IdentityPoolId: pool, DeveloperProviderName: DEV, SourceUserIdentifier: 'x', DestinationUserIdentifier: 'dst' }))).toMatchObject({ type: 'ResourceConflictException' });
    expect((await cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, DeveloperUserIdentifier: 'x' })).IdentityId).not.toBe(dst.IdentityId);
    expect(await errorOf(cognito.mergeDeveloperIdentities({ IdentityPoolId: pool, DeveloperProviderName: 'login.other', SourceUserIdentifier: 'x', DestinationUserIdentifier: 'dst' }))).toMatchObject({ type: 'InvalidParameterException' });
  });

  it('a merge that would pass 20 logins is refused', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const a = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'a0' } });
    for (let i = 1; i < 12; i += 1) await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, IdentityId: a.IdentityId as string, Logins: { [DEV]: `a${i}` } });
    const b = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'b0' } });
    for (let i = 1; i < 10; i += 1) await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, IdentityId: b.IdentityId as string, Logins: { [DEV]: `b${i}` } });
    expect(await errorOf(cognito.mergeDeveloperIdentities({ IdentityPoolId: pool, DeveloperProviderName: DEV, SourceUserIdentifier: 'b0', DestinationUserIdentifier: 'a0' }))).toMatchObject({ type: 'ResourceConflictException', message: 'The merged identity would have more than 20 logins.' });
    expect(await errorOf(cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, IdentityId: b.IdentityId as string, Logins: { [DEV]: 'b10' } }))).toBe('ok');
  });

  it('UnlinkDeveloperIdentity detaches a user, which then gets a new identity', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const { IdentityId } = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'carol' } });
    expect(await errorOf(cognito.unlinkDeveloperIdentity({ IdentityPoolId: pool, IdentityId: IdentityId as string, DeveloperProviderName: DEV, DeveloperUserIdentifier: 'dave' }))).toMatchObject({ type: 'ResourceConflictException' });
    await cognito.unlinkDeveloperIdentity({ IdentityPoolId: pool, IdentityId: IdentityId as string, DeveloperProviderName: DEV, DeveloperUserIdentifier: 'carol' });
    const again = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: 'carol' } });
    expect(again.IdentityId).not.toBe(IdentityId);
  });
});
