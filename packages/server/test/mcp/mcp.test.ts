/**
 * `cognito-identity-openapi-server mcp` as an agent host runs it: the official MCP SDK client over stdio, the server
 * calling the mock through this project's client with credentials from the AWS environment variables.
 * Read-only mode offers only what changes nothing; secrets are redacted unless --reveal-secrets.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/mock/server.ts';
import { startHttpRecorder } from '../../../../test/support/http-recorder.ts';
import { repoPath } from '../../../../test/support/paths.ts';

let mock: MockServer;
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

async function connect(args: string[], endpoint = mock.url, env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [repoPath('packages/server/dist/src/cli.js'), 'mcp', '--endpoint', endpoint, ...args],
    env: { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

type Result = { isError?: boolean; structuredContent?: Record<string, unknown>; content: Array<{ text: string }> };

/** The `{__type, message, ...}` of an error result. */
const errorOf = (result: Result): Record<string, unknown> => JSON.parse(result.content[0]?.text ?? '{}');

beforeAll(async () => { mock = await startMockServer({ port: 0 }); });
afterAll(async () => { await mock.close(); });

const identity = 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1';
/** The mock's example credentials (spec/examples.ts), which the unredacted call must return whole. */
const exampleSecretKey = 'BDpxh3TFcr2KJa2+sb/NXAJWrhHOz5+cP5JdDlK+';
const READ_ONLY_TOOLS = [
  'DescribeIdentity', 'DescribeIdentityPool', 'GetCredentialsForIdentity', 'GetIdentityPoolRoles', 'GetPrincipalTagAttributeMap',
  'ListIdentities', 'ListIdentityPools', 'ListTagsForResource', 'LookupDeveloperIdentity',
];

describe('the MCP server (read-only by default)', () => {
  let client: Client;
  beforeAll(async () => { client = await connect([]); });
  afterAll(async () => { await client.close(); });

  it('lists only the operations that change nothing, with their schemas and annotations', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(READ_ONLY_TOOLS);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true && t.annotations.destructiveHint === false)).toBe(true);
    expect(tools.find((t) => t.name === 'DescribeIdentityPool')?.inputSchema.required).toEqual(['IdentityPoolId']);
  });

  it.each(['GetId', 'GetOpenIdToken', 'GetOpenIdTokenForDeveloperIdentity', 'DeleteIdentityPool'])('refuses %s, which changes state', async (name) => {
    const result = await client.callTool({ name, arguments: { IdentityPoolId: pool } }) as Result;
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({ __type: 'WritesNotAllowedException' });
    expect(result.content[0]?.text).toContain('--allow-writes');
  });

  it('calls DescribeIdentityPool (signed with the environment\'s credentials)', async () => {
    const result = await client.callTool({ name: 'DescribeIdentityPool', arguments: { IdentityPoolId: pool } }) as Result;
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ IdentityPoolId: pool, IdentityPoolName: 'PhotoShare production' });
  });

  it('redacts the secret key and session token of GetCredentialsForIdentity (unsigned), says how to get them, and keeps the rest', async () => {
    const result = await client.callTool({ name: 'GetCredentialsForIdentity', arguments: { IdentityId: identity } }) as Result;
    expect(result.isError).toBeFalsy();
    const credentials = (result.structuredContent as { Credentials: Record<string, unknown> }).Credentials;
    expect(credentials.SecretKey).toBe('<redacted: start with --reveal-secrets>');
    expect(credentials.SessionToken).toBe('<redacted: start with --reveal-secrets>');
    expect(credentials.AccessKeyId).toBe('ASIAR7QF3WXKEXAMPLE4');
    expect(result.content[0]?.text).toContain('"SecretKey":"<redacted: start with --reveal-secrets>"');
    expect(result.content[0]?.text).not.toContain(exampleSecretKey);
  });

  it('says in the tool description that secrets are redacted', async () => {
    const { tools } = await client.listTools();
    expect(tools.find((t) => t.name === 'GetCredentialsForIdentity')?.description).toContain('this server redacts `Credentials.SecretKey`, `Credentials.SessionToken` in results');
    expect(tools.find((t) => t.name === 'DescribeIdentityPool')?.description).not.toContain('**Secrets:**');
  });

  it('rejects an invalid input before any call', async () => {
    const result = await client.callTool({ name: 'DescribeIdentityPool', arguments: { IdentityPoolId: 'pool 1' } }) as Result;
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({ __type: 'ValidationException' });
    expect(String(errorOf(result).message)).toContain('/IdentityPoolId must match pattern');
    const missing = await client.callTool({ name: 'ListIdentityPools', arguments: {} }) as Result;
    expect(String(errorOf(missing).message)).toContain("must have required property 'MaxResults'");
  });
});

describe('the MCP server with --reveal-secrets', () => {
  it('returns the secret key whole and says so in the description', async () => {
    const client = await connect(['--reveal-secrets']);
    try {
      const result = await client.callTool({ name: 'GetCredentialsForIdentity', arguments: { IdentityId: identity } }) as Result;
      const credentials = (result.structuredContent as { Credentials: Record<string, unknown> }).Credentials;
      expect(credentials.SecretKey).toBe(exampleSecretKey);
      expect(String(credentials.SessionToken)).not.toContain('redacted');
      const { tools } = await client.listTools();
      expect(tools.find((t) => t.name === 'GetCredentialsForIdentity')?.description).toContain('started with --reveal-secrets');
    } finally {
      await client.close();
    }
  });
});

describe('the MCP server without credentials', () => {
  it('names the environment variables to set when a signed call is made, and still makes unsigned ones', async () => {
    const client = await connect([], mock.url, { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' });
    try {
      const result = await client.callTool({ name: 'DescribeIdentityPool', arguments: { IdentityPoolId: pool } }) as Result;
      expect(result.isError).toBe(true);
      expect(errorOf(result).__type).toBe('ConfigurationError');
      expect(String(errorOf(result).message)).toMatch(/^DescribeIdentityPool is signed with SigV4, but this MCP server has no AWS credentials .*set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, plus AWS_SESSION_TOKEN/);
      expect(String(errorOf(result).message)).not.toContain('createCognitoIdentityClient');
      const unsigned = await client.callTool({ name: 'GetCredentialsForIdentity', arguments: { IdentityId: identity } }) as Result;
      expect(unsigned.isError).toBeFalsy();
    } finally {
      await client.close();
    }
  });
});

describe('the MCP server with --allow-writes', () => {
  it('offers and runs writes, and returns AWS errors as tool errors with __type', async () => {
    const client = await connect(['--allow-writes']);
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(23);
      const created = await client.callTool({ name: 'CreateIdentityPool', arguments: { IdentityPoolName: 'agent-provisioned-pool', AllowUnauthenticatedIdentities: true } }) as Result;
      expect(created.structuredContent).toMatchObject({ IdentityPoolId: pool });
      const roles = await client.callTool({ name: 'SetIdentityPoolRoles', arguments: { IdentityPoolId: pool, Roles: {} } }) as Result;
      expect(roles.isError).toBeFalsy();
      expect(roles.structuredContent).toEqual({});
    } finally {
      await client.close();
    }
  });

  it('passes an AWS error through as a tool error with __type, message, status and request id', async () => {
    const aws = await startHttpRecorder();
    aws.answer = {
      status: 404,
      body: JSON.stringify({ __type: 'ResourceNotFoundException', message: `IdentityPool '${pool}' not found.` }),
      headers: { 'x-amzn-RequestId': 'b1c2d3e4-0000-4000-8000-000000000404' },
    };
    const client = await connect([], aws.url);
    try {
      const result = await client.callTool({ name: 'DescribeIdentityPool', arguments: { IdentityPoolId: pool } }) as Result;
      expect(result.isError).toBe(true);
      expect(errorOf(result)).toEqual({
        __type: 'ResourceNotFoundException', message: `IdentityPool '${pool}' not found.`, status: 404, requestId: 'b1c2d3e4-0000-4000-8000-000000000404',
      });
      expect(aws.requests[0]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\//);
    } finally {
      await client.close();
      await aws.close();
    }
  });
});
