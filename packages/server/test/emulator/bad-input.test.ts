/**
 * Bad input against the emulator: the mock's bad-request table passes unchanged, and semantic abuse (ids of
 * other regions and accounts, forged or expired JWTs, 10 logins at once, huge seeds) gets AWS errors while
 * nothing is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MT, cases, pool, sendDeclaredOversize, target } from '../../../../test/support/bad-requests.ts';
import { expectOversizeAnswered } from '../../../../test/support/oversize.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, clientFor, errorOf, loginJwt } from './helpers.ts';

let emu: CheckedEmulator;
const providers = ['graph.facebook.com', 'accounts.google.com', 'www.amazon.com', 'api.twitter.com', 'www.digits.com', 'appleid.apple.com'];
beforeAll(async () => {
  emu = await startCheckedEmulator({
    maxBodyBytes: 64 * 1024,
    seed: { pools: [{ IdentityPoolId: pool, IdentityPoolName: 'Table', AllowUnauthenticatedIdentities: true, SupportedLoginProviders: Object.fromEntries(providers.map((p) => [p, 'app'])), Roles: { unauthenticated: ROLES.unauthenticated, authenticated: ROLES.authenticated } }] },
  });
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

/** A login for a provider: an ID token of the built-in test provider for Google and Apple, the user's name for the rest. */
const loginsOf = async (prefix: string) => Object.fromEntries(await Promise.all(providers.map(async (p) => {
  const user = `${prefix}-${p}`;
  return [p, p === 'accounts.google.com' || p === 'appleid.apple.com' ? await emu.emulator.mintIdToken({ provider: p, sub: user }) : user];
})));

async function stillServes(): Promise<void> {
  const response = await fetch(`${emu.url}/`, { method: 'POST', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}"}` });
  expect(response.status).toBe(200);
  expect((await response.json() as { IdentityId: string }).IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
}

describe('the mock\'s bad-request table, against the emulator', () => {
  it.each(cases)('$what -> $status $type', async ({ method, headers, body, status, type, message }) => {
    const response = await fetch(`${emu.url}/`, { method: method ?? 'POST', headers, ...(body === undefined ? {} : { body }) });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(MT);
    expect(response.headers.get('x-amzn-errortype')).toBe(`${type}:`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const json = await response.json() as { __type: string; message: string };
    expect(json.__type).toBe(type);
    expect(json.message).toMatch(message);
    await stillServes();
  });

  it('refuses a body declared too large without reading it', async () => {
    const reply = await sendDeclaredOversize(emu.url);
    expect(reply).toMatch(/^HTTP\/1.1 400 /);
    await stillServes();
  });

  it('answers a 5 MB body sent by fetch, node:http and a chunked upload with its error, while a small call is served at once', async () => {
    // Straight to the emulator: the checking proxy in front of it is a plain node:http server that does not linger.
    await expectOversizeAnswered(emu.emulator.url, 64 * 1024, stillServes);
  });
});

describe('semantic abuse', () => {
  it('ids of other regions and accounts are not found, and change nothing', async () => {
    const before = emu.emulator.store.entries();
    const euPool = pool.replace('us-east-1', 'eu-west-1');
    for (const answer of [
      await errorOf(clientFor(emu.url, 'eu-west-1').describeIdentityPool({ IdentityPoolId: pool })),
      await errorOf(clientFor(emu.url, 'eu-west-1').describeIdentityPool({ IdentityPoolId: euPool })),
      await errorOf(clientFor(emu.url, 'us-east-1', '000000000001').deleteIdentityPool({ IdentityPoolId: pool })),
      await errorOf(clientFor(emu.url, 'us-east-1', '000000000001').setIdentityPoolRoles({ IdentityPoolId: pool, Roles: {} })),
      await errorOf(clientFor(emu.url).getId({ IdentityPoolId: euPool })),
      await errorOf(clientFor(emu.url).getId({ IdentityPoolId: pool, AccountId: '000000000001' })),
    ]) expect(answer).toMatchObject({ type: 'ResourceNotFoundException', status: 400 });
    expect(emu.emulator.store.entries()).toEqual(before);
  });

  it('forged and expired JWTs are refused, and change nothing', async () => {
    const before = emu.emulator.store.entries();
    const expired = await loginJwt({ iss: 'https://accounts.google.com', aud: 'app', sub: 'g', exp: 1 });
    expect(await errorOf(clientFor(emu.url).getId({ IdentityPoolId: pool, Logins: { 'accounts.google.com': expired } }))).toMatchObject({ type: 'NotAuthorizedException' });
    const forgedOwn = `${Buffer.from('{"alg":"RS512"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'us-east-1:00000000-0000-4000-8000-000000000000', aud: pool, iss: 'https://cognito-identity.amazonaws.com' })).toString('base64url')}.c2ln`;
    expect(await errorOf(clientFor(emu.url).getId({ IdentityPoolId: pool, Logins: { 'cognito-identity.amazonaws.com': forgedOwn } }))).toMatchObject({ type: 'NotAuthorizedException' });
    expect(emu.emulator.store.entries()).toEqual(before);
  });

  it('10 logins at once: all linked to one identity when valid; one bad login refuses them all', async () => {
    const cognito = clientFor(emu.url);
    const six = await loginsOf('ten');
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins: six });
    expect((await cognito.describeIdentity({ IdentityId: IdentityId as string })).Logins).toHaveLength(6);
    const before = emu.emulator.store.entries();
    const ten = { ...await loginsOf('other'), 'a.example': '1', 'b.example': '2', 'c.example': '3', 'd.example': '4' };
    expect(await errorOf(cognito.getId({ IdentityPoolId: pool, Logins: ten }))).toMatchObject({ type: 'NotAuthorizedException', message: 'Token is not from a supported provider of this identity pool.' });
    expect(await errorOf(cognito.getId({ IdentityPoolId: pool, Logins: { ...ten, 'e.example': '5' } }))).toMatchObject({ type: 'ValidationException' });
    expect(emu.emulator.store.entries()).toEqual(before);
  });

  it('huge or malformed seeds over HTTP are refused, and change nothing', async () => {
    const before = emu.emulator.store.entries();
    const huge = JSON.stringify({ pools: Array.from({ length: 5000 }, (_, i) => ({ IdentityPoolName: `p${i}`, AllowUnauthenticatedIdentities: true })) });
    const tooBig = await fetch(`${emu.url}/_emulator/seed`, { method: 'POST', body: huge });
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toMatchObject({ __type: 'SerializationException' });
    for (const body of ['[]', '{"pools":{}}', '{"records":[["evil/key",1]]}', '{"pools":[{"IdentityPoolName":"x","AllowUnauthenticatedIdentities":true,"Identities":[{"IdentityId":"eu-west-1:00000000-0000-4000-8000-000000000000"}]}]}']) {
      const response = await fetch(`${emu.url}/_emulator/seed`, { method: 'POST', body });
      expect(response.status, body).toBe(400);
    }
    expect(emu.emulator.store.entries()).toEqual(before);
    await stillServes();
  });
});
