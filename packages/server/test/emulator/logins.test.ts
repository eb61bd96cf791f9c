/** Login tokens: JWT claims checked as the service checks them, `sub` or the token itself naming the user. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { USER_POOL, clientFor, errorOf, idToken, loginJwt } from './helpers.ts';

let emu: CheckedEmulator;
let pool: string;
const OIDC = 'auth.example.com/realms/main';
beforeAll(async () => {
  emu = await startCheckedEmulator();
  pool = (await clientFor(emu.url).createIdentityPool({
    IdentityPoolName: 'Logins', AllowUnauthenticatedIdentities: false,
    SupportedLoginProviders: { 'accounts.google.com': 'google-app-1;google-app-2', 'graph.facebook.com': '7346241598935552' },
    CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }],
    OpenIdConnectProviderARNs: [`arn:aws:iam::123456789012:oidc-provider/${OIDC}`],
    SamlProviderARNs: ['arn:aws:iam::123456789012:saml-provider/corp'],
  })).IdentityPoolId as string;
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const now = () => Math.floor(Date.now() / 1000);
const getId = (Logins: Record<string, string>) => errorOf(clientFor(emu.url).getId({ IdentityPoolId: pool, Logins }));
const refused = (message: string) => ({ type: 'NotAuthorizedException', message, status: 400 });

describe('login tokens', () => {
  it.each([
    ['a provider the pool does not list', async () => ({ 'www.amazon.com': 'amzn-user' }), refused('Token is not from a supported provider of this identity pool.')],
    ['a user-pool token from another issuer', async () => ({ [USER_POOL.provider]: await loginJwt({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other', aud: USER_POOL.client, sub: 'u', exp: now() + 60 }) }), refused("Invalid login token. Issuer doesn't match providerName")],
    ['an access token (no aud)', async () => ({ [USER_POOL.provider]: await loginJwt({ iss: `https://${USER_POOL.provider}`, client_id: USER_POOL.client, sub: 'u', token_use: 'access', exp: now() + 60 }) }), refused('Invalid login token. Missing a required claim: aud')],
    ['a user-pool token for another app client', async () => ({ [USER_POOL.provider]: await idToken(USER_POOL.provider, 'another-client', 'u') }), refused('Invalid login token. Incorrect token audience.')],
    ['a Google token for another app', async () => ({ 'accounts.google.com': await loginJwt({ iss: 'https://accounts.google.com', aud: 'google-app-9', sub: 'g', exp: now() + 60 }) }), refused('Invalid login token. Incorrect token audience.')],
    ['an OIDC token from another issuer', async () => ({ [OIDC]: await loginJwt({ iss: 'https://evil.example.com', aud: 'x', sub: 'o', exp: now() + 60 }) }), refused("Invalid login token. Issuer doesn't match providerName")],
    ['a JWT without sub', async () => ({ [USER_POOL.provider]: await loginJwt({ iss: `https://${USER_POOL.provider}`, aud: USER_POOL.client, exp: now() + 60 }) }), refused('Invalid login token. Missing a required claim: sub')],
    ['a garbled JWT payload', async () => ({ [USER_POOL.provider]: 'eyJhbGciOiJIUzI1NiJ9.not-base64-json.sig' }), refused('Invalid login token. Not a valid OpenId Connect identity token.')],
  ])('refuses %s', async (_what, logins, expected) => {
    expect(await getId(await logins())).toEqual(expected);
  });

  it('refuses an expired token, quoting now and exp', async () => {
    const exp = now() - 10;
    const answer = await getId({ [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'u', { exp }) });
    expect(answer).toMatchObject({ type: 'NotAuthorizedException' });
    expect((answer as { message: string }).message).toMatch(new RegExp(`^Invalid login token. Token expired: \\d+ >= ${exp}$`));
  });

  it('accepts valid JWTs of every provider kind; sub names the user', async () => {
    const cognito = clientFor(emu.url);
    const a = await cognito.getId({ IdentityPoolId: pool, Logins: { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'same') } });
    const b = await cognito.getId({ IdentityPoolId: pool, Logins: { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'same', { iat: now() - 5 }) } });
    expect(b.IdentityId).toBe(a.IdentityId);
    await cognito.getId({ IdentityPoolId: pool, Logins: { 'accounts.google.com': await loginJwt({ iss: 'https://accounts.google.com', aud: 'google-app-2', sub: 'g-1', exp: now() + 60 }) } });
    await cognito.getId({ IdentityPoolId: pool, Logins: { [OIDC]: await loginJwt({ iss: `https://${OIDC}`, aud: 'anything', sub: 'o-1', exp: now() + 60 }) } });
  });

  it('a user pool listed without a ClientId takes tokens of any app client; with one, only that client', async () => {
    const cognito = clientFor(emu.url);
    const open = (await cognito.createIdentityPool({
      IdentityPoolName: 'AnyClient', AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider }],
    })).IdentityPoolId as string;
    const token = await idToken(USER_POOL.provider, 'some-other-client', 'any-client-user');
    expect((await cognito.getId({ IdentityPoolId: open, Logins: { [USER_POOL.provider]: token } })).IdentityId).toMatch(/^us-east-1:/);
    expect(await errorOf(cognito.getId({ IdentityPoolId: pool, Logins: { [USER_POOL.provider]: token } }))).toMatchObject(refused('Invalid login token. Incorrect token audience.'));
  });

  it('any other token string names the user itself (Facebook, SAML)', async () => {
    const cognito = clientFor(emu.url);
    const fb1 = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'EAAGm0PX4ZCpsBA' } });
    const fb2 = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'EAAGm0PX4ZCpsBA' } });
    const fb3 = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'EAAGm0PX4ZCpsBB' } });
    expect(fb2.IdentityId).toBe(fb1.IdentityId);
    expect(fb3.IdentityId).not.toBe(fb1.IdentityId);
    const saml = await cognito.getId({ IdentityPoolId: pool, Logins: { 'arn:aws:iam::123456789012:saml-provider/corp': 'PHNhbWxwOlJlc3BvbnNlPg==' } });
    expect(saml.IdentityId).toMatch(/^us-east-1:/);
  });

  it('a refused login changes nothing', async () => {
    const before = emu.emulator.store.size;
    await getId({ 'graph.facebook.com': 'fresh-user', 'www.amazon.com': 'x' });
    expect(emu.emulator.store.size).toBe(before);
  });
});
