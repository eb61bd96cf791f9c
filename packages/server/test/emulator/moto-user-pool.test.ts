/**
 * A moto user pool's ID tokens, trusted through its JWKS, with the emulator started from the command line as
 * the README's "Login tokens" shows (`--verify-all-tokens --trust-issuer '<user pools>*=<moto>/*...'`, and
 * the README's `curl` to the test provider): moto's signed token is accepted, the same token changed is
 * refused, and in strict mode a JWT of an issuer nobody trusts is refused.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningUrl } from '../../../../test/support/listening.ts';
import { motoAvailable, startMotoS3 } from '../../../../test/support/moto-s3.ts';
import { repoPath } from '../../../../test/support/paths.ts';
import { ROLES, clientFor, errorOf, loginJwt } from './helpers.ts';

const available = motoAvailable();
if (!available && process.env.CI) throw new Error('python3 moto is missing; .ci/run should have installed it');

/** The ```sh blocks under the README's "### Login tokens", continuation lines joined. */
function readmeCommands(): string[] {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n### Login tokens\n'), readme.indexOf('\n## ', readme.indexOf('\n### Login tokens\n')));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, body = '']) => body.replace(/\\\n\s*/g, '').trim());
}

/** Shell words of a command line: spaces split, single quotes group (all the README's commands use). */
const words = (line: string) => [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] as string);

/** Calls moto's user pools (cognito-idp) as the AWS SDK would. */
async function userPools(url: string, operation: string, input: Record<string, unknown>): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` }, body: JSON.stringify(input) });
  const body = await response.json() as Record<string, unknown>;
  if (!response.ok) throw new Error(`${operation}: ${JSON.stringify(body)}`);
  return body;
}

let moto: { url: string; close(): Promise<void> };
let cli: { child: ChildProcess; output: () => string; url: Promise<string> };
let emulatorUrl: string;
let provider: string;
let clientId: string;
let pool: string;
const [serve, mint] = readmeCommands();

/** Signs a user in at moto (USER_PASSWORD_AUTH) and returns the ID token. */
async function signIn(username: string): Promise<string> {
  const userPoolId = provider.slice(provider.indexOf('/') + 1);
  await userPools(moto.url, 'AdminCreateUser', { UserPoolId: userPoolId, Username: username, TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' });
  await userPools(moto.url, 'AdminSetUserPassword', { UserPoolId: userPoolId, Username: username, Password: 'Passw0rd!-ok', Permanent: true });
  const auth = await userPools(moto.url, 'InitiateAuth', { ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!-ok' } });
  return auth.AuthenticationResult.IdToken as string;
}

const COULD_NOT_VERIFY = { type: 'NotAuthorizedException', message: "Invalid login token. Couldn't verify signed token.", status: 400 };

describe.skipIf(!available)('the emulator, started as the README says, with moto as the user pool', () => {
  beforeAll(async () => {
    moto = await startMotoS3();
    // The README's command, pointed at this moto and a free port.
    const args = words((serve as string).replaceAll('http://127.0.0.1:5000', moto.url));
    expect(args.slice(0, 3)).toEqual(['npx', 'cognito-identity-openapi-server', 'emulator']);
    const child = spawn(process.execPath, [repoPath('packages/server/dist/src/cli.js'), ...args.slice(2), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    cli = { child, ...listeningUrl(child) };
    emulatorUrl = await cli.url;
    const userPoolId = (await userPools(moto.url, 'CreateUserPool', { PoolName: 'app-users' })).UserPool.Id as string;
    clientId = (await userPools(moto.url, 'CreateUserPoolClient', { UserPoolId: userPoolId, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] })).UserPoolClient.ClientId as string;
    provider = `cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;
    pool = (await clientFor(emulatorUrl).createIdentityPool({
      IdentityPoolName: 'MotoUsers', AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId }],
      SupportedLoginProviders: { 'accounts.google.com': 'my-app' },
      OpenIdConnectProviderARNs: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
    })).IdentityPoolId as string;
    await clientFor(emulatorUrl).setIdentityPoolRoles({ IdentityPoolId: pool, Roles: { authenticated: ROLES.authenticated } });
  }, 60_000);
  afterAll(async () => {
    if (cli) {
      const done = new Promise((resolve) => cli.child.once('exit', resolve));
      cli.child.kill('SIGTERM');
      await done;
    }
    await moto?.close();
  });

  it('says at start what it verifies', () => {
    expect(cli.output()).toContain('Login tokens: signatures verified for the test provider and 1 trusted issuer; JWTs of other issuers refused (--verify-all-tokens)');
  });

  it('accepts moto\'s signed ID token through its JWKS: one identity, authenticated credentials', async () => {
    const idToken = await signIn('alice');
    expect(decodeJwt(idToken)).toMatchObject({ iss: `https://${provider}`, aud: clientId, token_use: 'id' });
    const cognito = clientFor(emulatorUrl);
    const Logins = { [provider]: idToken };
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins });
    const { IdentityId: same, Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins });
    expect(same).toBe(IdentityId);
    const owner = await (await fetch(`${emulatorUrl}/_emulator/credentials/${Credentials?.AccessKeyId}`)).json();
    expect(owner).toMatchObject({ RoleArn: ROLES.authenticated, AuthenticationType: 'authenticated' });
  });

  it('refuses moto\'s token once changed, and a JWT of an issuer nobody trusts (strict mode), logging why', async () => {
    const [header, payload, signature] = (await signIn('bob')).split('.') as [string, string, string];
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    expect(await errorOf(clientFor(emulatorUrl).getId({ IdentityPoolId: pool, Logins: { [provider]: `${header}.${changed}.${signature}` } }))).toEqual(COULD_NOT_VERIFY);
    const handMade = await loginJwt({ iss: 'https://login.example.com', aud: 'any', sub: 'x', exp: Math.floor(Date.now() / 1000) + 60 });
    expect(await errorOf(clientFor(emulatorUrl).getId({ IdentityPoolId: pool, Logins: { 'login.example.com': handMade } }))).toEqual(COULD_NOT_VERIFY);
    // The command line writes its log in batches (every 100 ms): wait for the line rather than read at once.
    await expect.poll(() => cli.output(), { timeout: 5_000 }).toContain('login token for login.example.com refused: no keys are known for issuer https://login.example.com');
  });

  it('the README\'s curl mints a Google ID token the strict emulator accepts', async () => {
    const { stdout } = await promisify(execFile)('sh', ['-c', (mint as string).replaceAll('http://127.0.0.1:4630', emulatorUrl)]);
    const { token, claims } = JSON.parse(stdout) as { token: string; claims: Record<string, unknown> };
    expect(claims).toMatchObject({ iss: 'https://accounts.google.com', aud: 'my-app', sub: 'alice' });
    const { IdentityId } = await clientFor(emulatorUrl).getId({ IdentityPoolId: pool, Logins: { 'accounts.google.com': token } });
    expect(IdentityId).toMatch(/^us-east-1:/);
  });
});

describe('bad --trust-issuer entries', () => {
  it.each([
    [['--trust-issuer', 'login.example.com=./no-such-jwks.json'], 'is neither an http(s) URL nor a readable JWKS file'],
    [['--trust-issuer', '=http://127.0.0.1:1/jwks.json'], 'give an issuer, as ISSUER or ISSUER=JWKS_URL_OR_FILE'],
  ])('%j: exits 1 naming the entry', async (args, message) => {
    const child = spawn(process.execPath, [repoPath('packages/server/dist/src/cli.js'), 'emulator', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const { output } = listeningUrl(child);
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(output()).toContain(message);
  });
});
