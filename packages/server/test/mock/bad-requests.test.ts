/** Broken requests get a 4xx AWS-shaped JSON error, and the mock keeps serving afterwards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/mock/server.ts';
import { MT, cases, pool, sendDeclaredOversize, target } from '../../../../test/support/bad-requests.ts';
import { expectOversizeAnswered } from '../../../../test/support/oversize.ts';
import { document } from '../../../../test/support/document.ts';

let mock: MockServer;
beforeAll(async () => { mock = await startMockServer({ port: 0, maxBodyBytes: 64 * 1024 }); });
afterAll(async () => { await mock.close(); });

async function stillServes(): Promise<void> {
  const response = await fetch(`${mock.url}/`, { method: 'POST', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}"}` });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' });
}

describe('bad requests', () => {
  it.each(cases)('$what -> $status $type', async ({ method, headers, body, status, type, message }) => {
    const response = await fetch(`${mock.url}/`, { method: method ?? 'POST', headers, ...(body === undefined ? {} : { body }) });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(MT);
    expect(response.headers.get('x-amzn-errortype')).toBe(`${type}:`);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const json = await response.json() as { __type: string; message: string };
    expect(json.__type).toBe(type);
    expect(json.message).toMatch(message);
    expect(response.headers.get('x-amzn-errormessage')).toBe(json.message.length <= 1024 ? json.message.replace(/[^\x20-\x7e]/g, '?') : expect.any(String));
    await stillServes();
  });

  it('refuses a body declared too large without reading it', async () => {
    const reply = await sendDeclaredOversize(mock.url);
    expect(reply).toMatch(/^HTTP\/1.1 400 /);
    expect(reply).toContain('"__type":"SerializationException"');
    await stillServes();
  });

  it('answers a 5 MB body sent by fetch, node:http and a chunked upload with its error, while a small call is served at once', async () => {
    await expectOversizeAnswered(mock.url, 64 * 1024, stillServes);
  });
});

/** The longest value the default 1 MiB body limit allows, in a member of each pattern: refused for its length. */
describe('huge values in every patterned member', () => {
  let big: MockServer;
  beforeAll(async () => { big = await startMockServer({ port: 0 }); });
  afterAll(async () => { await big.close(); });

  const huge = (tail = '') => 'a'.repeat(1024 * 1024 - 600) + tail;
  const digits = () => '1'.repeat(1024 * 1024 - 600) + 'x';
  const arn = 'arn:aws:iam::123456789012:role/Cognito_Auth';
  const mapping = (rule: Record<string, string>) => ({ 'graph.facebook.com': { Type: 'Rules', RulesConfiguration: { Rules: [{ MatchType: 'Equals', Value: 'v', RoleARN: arn, Claim: 'c', ...rule }] } } });
  const cases: Array<[pattern: string, operation: string, body: Record<string, unknown>, member: string, max: number]> = [
    ['IdentityPoolId', 'DescribeIdentityPool', { IdentityPoolId: huge(':0') }, 'identityPoolId', 55],
    ['IdentityId', 'DescribeIdentity', { IdentityId: huge('!') }, 'identityId', 55],
    ['AccountId', 'GetId', { IdentityPoolId: pool, AccountId: digits() }, 'accountId', 15],
    ['IdentityPoolName', 'CreateIdentityPool', { IdentityPoolName: huge('/'), AllowUnauthenticatedIdentities: false }, 'identityPoolName', 128],
    ['DeveloperProviderName', 'CreateIdentityPool', { IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, DeveloperProviderName: huge('!') }, 'developerProviderName', 128],
    ['CognitoIdentityProviderName', 'CreateIdentityPool', { IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [{ ProviderName: huge(' '), ClientId: 'c' }] }, 'cognitoIdentityProviders.1.member.providerName', 128],
    ['CognitoIdentityProviderClientId', 'CreateIdentityPool', { IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [{ ProviderName: 'p', ClientId: huge('-') }] }, 'cognitoIdentityProviders.1.member.clientId', 128],
    ['IdentityProviderId', 'CreateIdentityPool', { IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, SupportedLoginProviders: { 'graph.facebook.com': huge(' ') } }, 'supportedLoginProviders.graph.facebook.com', 128],
    ['PaginationKey', 'ListIdentityPools', { MaxResults: 10, NextToken: `${'t'.repeat(70_000)} x` }, 'nextToken', 65535],
    ['ClaimName', 'SetIdentityPoolRoles', { IdentityPoolId: pool, Roles: {}, RoleMappings: mapping({ Claim: huge(' ') }) }, 'roleMappings.graph.facebook.com.rulesConfiguration.rules.1.member.claim', 64],
    ['RoleType', 'SetIdentityPoolRoles', { IdentityPoolId: pool, Roles: { [huge('x')]: arn } }, 'roles', 128],
  ];

  it('covers every pattern the document has', () => {
    const patterned = Object.entries(document.components.schemas as Record<string, { pattern?: string }>).filter(([, s]) => s.pattern).map(([n]) => n);
    expect(cases.map(([p]) => p).sort()).toEqual(patterned.sort());
  });

  it.each(cases)('%s: a value near the body limit in %s is refused for its length', async (_pattern, operation, body, member, max) => {
    const text = JSON.stringify(body);
    expect(text.length).toBeLessThanOrEqual(1024 * 1024);
    const [response, small] = await Promise.all([
      fetch(`${big.url}/`, { method: 'POST', headers: { ...target(operation), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: text }),
      fetch(`${big.url}/`, { method: 'POST', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}"}` }),
    ]);
    expect(small.status).toBe(200);
    expect(response.status).toBe(400);
    const json = await response.json() as { __type: string; message: string };
    expect(json.__type).toBe('ValidationException');
    expect(json.message).toContain(`at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`);
    expect(json.message).not.toContain('regular expression');
    expect(response.headers.get('x-amzn-errormessage')?.length).toBeLessThanOrEqual(1024);
  });
});

describe('CORS preflight', () => {
  it('answers OPTIONS with the methods and the headers an AWS SDK and Amplify send', async () => {
    const response = await fetch(`${mock.url}/`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request,authorization,x-amz-date,x-amz-security-token,x-amz-content-sha256,cache-control' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(['content-type', 'x-amz-target', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'cache-control']);
    expect(response.headers.get('access-control-max-age')).toBe('172800');
    await stillServes();
  });

  it('exposes the x-amzn headers on a success', async () => {
    const response = await fetch(`${mock.url}/`, { method: 'POST', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}"}` });
    expect(response.headers.get('access-control-expose-headers')).toBe('x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date');
  });
});
