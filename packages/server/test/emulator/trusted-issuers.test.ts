/**
 * Signatures of login tokens from trusted issuers: a key set given in code, a JWKS file and a JWKS URL (each
 * with its `kid` rotated), tokens forged, unsigned or signed by others refused with the service's message,
 * untrusted issuers accepted on their claims unless every token must verify, and bad trust entries refused
 * at start. (moto's user pool through the command line: moto-user-pool.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { checkTrustedIssuers, createTokenVerifier, matchIssuer, normalizeIssuer, parseTrustedIssuer } from '../../src/emulator/trusted-issuers.ts';
import { clientFor, errorOf, loginJwt } from './helpers.ts';

/** A key pair of the test's own, with its public JWK under a kid. */
async function keyPair(kid: string, alg = 'RS256'): Promise<{ kid: string; alg: string; privateKey: CryptoKey; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...await exportJWK(publicKey), kid, alg, use: 'sig' } };
}

const now = () => Math.floor(Date.now() / 1000);

/** An ID token signed with a key pair (or `alg: none`, unsigned). */
function signed(key: Awaited<ReturnType<typeof keyPair>> | 'none', claims: Record<string, unknown>): Promise<string> {
  const payload = { iat: now(), exp: now() + 600, ...claims };
  if (key === 'none') return Promise.resolve(`${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`);
  return new SignJWT(payload).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
}

describe('trusted issuer entries', () => {
  it.each([
    ['cognito-idp.us-east-1.amazonaws.com/us-east-1_A', 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_A'],
    ['https://accounts.google.com/', 'https://accounts.google.com'],
    ['http://localhost:9229/local_pool', 'http://localhost:9229/local_pool'],
  ])('normalizeIssuer(%s)', (given, want) => {
    expect(normalizeIssuer(given)).toBe(want);
  });

  it.each([
    ['accounts.google.com=https://www.googleapis.com/oauth2/v3/certs', ['accounts.google.com', 'https://www.googleapis.com/oauth2/v3/certs']],
    ['http://localhost:9229/local_pool', ['http://localhost:9229/local_pool', true]],
    ['https://idp.example=https://keys.example/jwks?v=2', ['https://idp.example', 'https://keys.example/jwks?v=2']],
    ['login.example.com=./keys.json', ['login.example.com', './keys.json']],
  ])('parseTrustedIssuer(%s)', (given, want) => {
    expect(parseTrustedIssuer(given)).toEqual(want);
  });

  it('matches exact issuers first, then the longest * prefix, and says what * matched', () => {
    const entries = [{ pattern: 'https://cognito-idp.us-east-1.amazonaws.com/*' }, { pattern: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Special*' }, { pattern: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Exact' }];
    expect(matchIssuer(entries, 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Exact')).toEqual({ entry: entries[2], rest: '' });
    expect(matchIssuer(entries, 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_SpecialOne')).toEqual({ entry: entries[1], rest: 'One' });
    expect(matchIssuer(entries, 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other')).toEqual({ entry: entries[0], rest: 'us-east-1_Other' });
    expect(matchIssuer(entries, 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other')).toBeUndefined();
  });

  it.each([
    [{ '=x': true }, undefined],
    [{ 'https://a*b.example': 'https://keys.example' }, /'\*' may only end an issuer/],
    [{ 'https://a.example': { kty: 'RSA' } }, /a key set needs a "keys" array/],
    [{ 'https://a.example': join(tmpdir(), 'no-such-jwks.json') }, /is neither an http\(s\) URL nor a readable JWKS file/],
  ])('refuses bad entries at start: %j', async (trusted, message) => {
    if (message === undefined) expect(() => parseTrustedIssuer('=x')).toThrow(/give an issuer/);
    else await expect(checkTrustedIssuers(trusted as never)).rejects.toThrow(message);
  });

  it('verifyAll refuses a JWT of an issuer whose keys are unknown; by default it is left to its claims', async () => {
    const token = await loginJwt({ iss: 'https://unknown.example', aud: 'a', sub: 's' });
    expect(await (await createTokenVerifier()).check('unknown.example', token)).toEqual({ verdict: 'unchecked' });
    expect(await (await createTokenVerifier({ verifyAll: true })).check('unknown.example', token)).toMatchObject({ verdict: 'refused', reason: expect.stringContaining('no keys are known for issuer https://unknown.example') });
  });
});

const INLINE = 'login.example.com/realms/inline';
const FILE_POOL = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_FileKeys';
const UNTRUSTED = 'untrusted.example.com';
const UNREACHABLE = 'down.example.com';
let emu: CheckedEmulator;
let pool: string;
let jwksServer: Server;
let served: { keys: JWK[] };
let fetches = 0;
let jwksFile: string;
const logged: string[] = [];
const keys: Record<string, Awaited<ReturnType<typeof keyPair>>> = {};

beforeAll(async () => {
  for (const name of ['inline', 'inlineImpostor', 'file1', 'file2', 'google1', 'google2']) keys[name] = await keyPair(`${name}-kid`, name.startsWith('inline') ? 'ES256' : 'RS256');
  keys.inlineImpostor = { ...keys.inlineImpostor!, kid: 'inline-kid' }; // another key under the trusted kid
  jwksFile = join(await mkdtemp(join(tmpdir(), 'trusted-jwks-')), 'jwks.json');
  await writeFile(jwksFile, JSON.stringify({ keys: [keys.file1!.jwk] }));
  served = { keys: [keys.google1!.jwk] };
  jwksServer = createServer((_req, res) => { fetches += 1; res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(served)); });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  emu = await startCheckedEmulator({
    log: (line) => logged.push(line),
    trustIssuers: {
      [INLINE]: { keys: [keys.inline!.jwk] },
      [FILE_POOL]: jwksFile,
      'https://accounts.google.com': `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/oauth2/v3/certs`,
      [UNREACHABLE]: `http://127.0.0.1:${closedPort}/jwks.json`,
    },
  });
  pool = (await clientFor(emu.url).createIdentityPool({
    IdentityPoolName: 'Trusted', AllowUnauthenticatedIdentities: false,
    SupportedLoginProviders: { 'accounts.google.com': 'google-app' },
    CognitoIdentityProviders: [{ ProviderName: FILE_POOL, ClientId: 'fileclient' }],
    OpenIdConnectProviderARNs: [INLINE, UNTRUSTED, UNREACHABLE].map((issuer) => `arn:aws:iam::123456789012:oidc-provider/${issuer}`),
  })).IdentityPoolId as string;
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
  await new Promise((resolve) => jwksServer.close(resolve));
});

const getId = (Logins: Record<string, string>) => errorOf(clientFor(emu.url).getId({ IdentityPoolId: pool, Logins }));
const COULD_NOT_VERIFY = { type: 'NotAuthorizedException', message: "Invalid login token. Couldn't verify signed token.", status: 400 };

describe('tokens of trusted issuers', () => {
  it('a key set given in code: its key verifies; another key under its kid, or no signature, does not', async () => {
    const claims = { iss: `https://${INLINE}`, aud: 'any', sub: 'inline-user' };
    expect(await getId({ [INLINE]: await signed(keys.inline!, claims) })).toBe('ok');
    expect(await getId({ [INLINE]: await signed(keys.inlineImpostor!, claims) })).toEqual(COULD_NOT_VERIFY);
    expect(await getId({ [INLINE]: await signed('none', claims) })).toEqual(COULD_NOT_VERIFY);
    expect(logged.filter((line) => line.startsWith(`login token for ${INLINE} refused`))).toHaveLength(2);
  });

  it('the issuer is checked before the signature', async () => {
    const wrongIssuer = await signed(keys.inlineImpostor!, { iss: 'https://elsewhere.example', aud: 'any', sub: 'x' });
    expect(await getId({ [INLINE]: wrongIssuer })).toMatchObject({ message: "Invalid login token. Issuer doesn't match providerName" });
  });

  it('a JWKS file, read again when a token names a new kid', async () => {
    const claims = { iss: `https://${FILE_POOL}`, aud: 'fileclient', sub: 'file-user' };
    expect(await getId({ [FILE_POOL]: await signed(keys.file1!, claims) })).toBe('ok');
    expect(await getId({ [FILE_POOL]: await signed(keys.file2!, claims) })).toEqual(COULD_NOT_VERIFY);
    await writeFile(jwksFile, JSON.stringify({ keys: [keys.file2!.jwk] }));
    expect(await getId({ [FILE_POOL]: await signed(keys.file2!, claims) })).toBe('ok');
    expect(await getId({ [FILE_POOL]: await signed(keys.file1!, claims) })).toEqual(COULD_NOT_VERIFY);
  });

  it('a JWKS URL, fetched once and kept, fetched again for a new kid (rotation)', async () => {
    const claims = { iss: 'https://accounts.google.com', aud: 'google-app', sub: 'google-user' };
    expect(await getId({ 'accounts.google.com': await signed(keys.google1!, claims) })).toBe('ok');
    expect(await getId({ 'accounts.google.com': await signed(keys.google1!, claims) })).toBe('ok');
    expect(fetches).toBe(1);
    served = { keys: [keys.google2!.jwk] };
    expect(await getId({ 'accounts.google.com': await signed(keys.google2!, claims) })).toBe('ok');
    expect(fetches).toBe(2);
    expect(await getId({ 'accounts.google.com': await signed(keys.google1!, claims) })).toEqual(COULD_NOT_VERIFY);
  });

  it('a Google token is checked with Google\'s keys whatever issuer it claims', async () => {
    const claims = { iss: 'https://not-google.example', aud: 'google-app', sub: 'google-user' };
    expect(await getId({ 'accounts.google.com': await loginJwt(claims) })).toEqual(COULD_NOT_VERIFY);
  });

  it('a JWKS URL that does not answer: refused, and the log says why', async () => {
    const token = await signed(keys.inline!, { iss: `https://${UNREACHABLE}`, aud: 'any', sub: 'x' });
    expect(await getId({ [UNREACHABLE]: token })).toEqual(COULD_NOT_VERIFY);
    expect(logged.some((line) => line.startsWith(`login token for ${UNREACHABLE} refused: the signature does not verify with the keys of https://${UNREACHABLE}`))).toBe(true);
  });

  it('an issuer nobody trusts: accepted on its claims (the default), but never unsigned', async () => {
    const claims = { iss: `https://${UNTRUSTED}`, aud: 'any', sub: 'free-user' };
    expect(await getId({ [UNTRUSTED]: await loginJwt(claims) })).toBe('ok');
    expect(await getId({ [UNTRUSTED]: await signed('none', claims) })).toEqual(COULD_NOT_VERIFY);
  });

  it('the test provider\'s tokens verify for every issuer, trusted or not', async () => {
    for (const provider of [INLINE, FILE_POOL, 'accounts.google.com', UNTRUSTED]) {
      expect(await getId({ [provider]: await emu.emulator.mintIdToken({ provider }) }), provider).toBe('ok');
    }
  });
});
