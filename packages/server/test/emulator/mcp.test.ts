/** The MCP server against the emulator: an agent creates a pool, signs a guest in and reads back what it made. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { repoPath } from '../../../../test/support/paths.ts';
import { ROLES } from './helpers.ts';

let emu: CheckedEmulator;
let client: Client;
type Result = { isError?: boolean; structuredContent?: Record<string, any>; content: Array<{ text: string }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  emu = await startCheckedEmulator();
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [repoPath('packages/server/dist/src/cli.js'), 'mcp', '--endpoint', emu.url, '--allow-writes'],
    env: { PATH: process.env.PATH ?? '', AWS_REGION: 'eu-north-1', AWS_ACCESS_KEY_ID: '345678901234', AWS_SECRET_ACCESS_KEY: 'secret' },
    stderr: 'pipe',
  });
  client = new Client({ name: 'mcp-emulator-test', version: '1.0.0' });
  await client.connect(transport);
});
afterAll(async () => {
  await client.close();
  expectNoViolations(emu);
  await emu.close();
});

const call = async (name: string, args: Record<string, unknown>) => client.callTool({ name, arguments: args }) as Promise<Result>;

describe('the MCP server against the emulator', () => {
  it('writes and reads state through tools, in the caller\'s account and region', async () => {
    const created = await call('CreateIdentityPool', { IdentityPoolName: 'Agent pool', AllowUnauthenticatedIdentities: true });
    expect(created.isError).toBeFalsy();
    const poolId = created.structuredContent?.IdentityPoolId as string;
    expect(poolId).toMatch(/^eu-north-1:/);
    expect((await call('SetIdentityPoolRoles', { IdentityPoolId: poolId, Roles: { unauthenticated: ROLES.unauthenticated } })).isError).toBeFalsy();
    const { structuredContent: id } = await call('GetId', { IdentityPoolId: poolId });
    const { structuredContent: credentials } = await call('GetCredentialsForIdentity', { IdentityId: id?.IdentityId });
    expect(credentials?.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    const listed = await call('ListIdentities', { IdentityPoolId: poolId, MaxResults: 10 });
    expect(listed.structuredContent?.Identities.map((i: { IdentityId: string }) => i.IdentityId)).toEqual([id?.IdentityId]);
    const registry = await (await fetch(`${emu.url}/_emulator/credentials/${credentials?.Credentials?.AccessKeyId}`)).json();
    expect(registry).toMatchObject({ AccountId: '345678901234', IdentityPoolId: poolId, RoleArn: ROLES.unauthenticated });
  });

  it('returns AWS errors as tool errors', async () => {
    const result = await call('DescribeIdentityPool', { IdentityPoolId: 'eu-north-1:00000000-0000-4000-8000-000000000000' });
    expect(result.isError).toBe(true);
    expect(JSON.parse(result.content[0]?.text ?? '{}')).toMatchObject({ __type: 'ResourceNotFoundException', message: "IdentityPool 'eu-north-1:00000000-0000-4000-8000-000000000000' not found." });
  });
});
