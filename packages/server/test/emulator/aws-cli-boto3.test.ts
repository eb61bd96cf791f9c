/**
 * The AWS CLI (v1) and boto3 run scenarios against the emulator, as a Python or shell test suite would. The CLI's
 * commands run through its own entry point in one interpreter (support/aws-cli-session.ts), one start-up for all.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { hasBotocore, hasCommand } from '../../../../test/support/environment.ts';
import { startAwsCliSession, type AwsCliSession } from '../../../../test/support/aws-cli-session.ts';

let emu: CheckedEmulator;
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const env = { ...process.env, AWS_ACCESS_KEY_ID: '123456789012', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'ap-southeast-2', AWS_PAGER: '' };

/** The scenario's commands, in one CLI interpreter (support/aws-cli-session.ts). */
let cli: AwsCliSession;

async function aws(...args: string[]): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { status, stdout, stderr } = await cli.run(['cognito-identity', ...args, '--endpoint-url', emu.url, '--output', 'json']);
  if (status !== 0) throw new Error(`aws cognito-identity ${args.join(' ')} exited ${status}: ${stderr}`);
  return stdout.trim() === '' ? {} : JSON.parse(stdout);
}

describe.skipIf(!hasCommand('aws'))('the AWS CLI', () => {
  beforeAll(() => { cli = startAwsCliSession(env); });
  afterAll(async () => { await cli?.close(); });

  it('creates a pool, sets roles, signs a guest in, lists identities and sees AWS errors', async () => {
    const pool = await aws('create-identity-pool', '--identity-pool-name', 'CLI pool', '--allow-unauthenticated-identities', '--developer-provider-name', 'login.cli');
    expect(pool.IdentityPoolId).toMatch(/^ap-southeast-2:/);
    await aws('set-identity-pool-roles', '--identity-pool-id', pool.IdentityPoolId, '--roles', 'unauthenticated=arn:aws:iam::123456789012:role/Unauth');
    const { IdentityId } = await aws('get-id', '--identity-pool-id', pool.IdentityPoolId);
    const credentials = await aws('get-credentials-for-identity', '--identity-id', IdentityId);
    expect(credentials.Credentials.AccessKeyId).toMatch(/^ASIA/);
    const dev = await aws('get-open-id-token-for-developer-identity', '--identity-pool-id', pool.IdentityPoolId, '--logins', 'login.cli=user-7');
    expect(dev.Token.split('.')).toHaveLength(3);
    const listed = await aws('list-identities', '--identity-pool-id', pool.IdentityPoolId, '--max-results', '60');
    expect(listed.Identities).toHaveLength(2);
    const failure = await cli.run(['cognito-identity', 'describe-identity-pool', '--identity-pool-id', 'ap-southeast-2:00000000-0000-4000-8000-000000000000', '--endpoint-url', emu.url]);
    expect(failure.status).not.toBe(0);
    expect(failure.stderr).toContain("(ResourceNotFoundException) when calling the DescribeIdentityPool operation: IdentityPool 'ap-southeast-2:00000000-0000-4000-8000-000000000000' not found.");
  });
});

const BOTO3_SCENARIO = String.raw`
import json, sys, urllib.request, boto3
from botocore.exceptions import ClientError
c = boto3.client('cognito-identity', endpoint_url=sys.argv[1], region_name='us-west-1',
                 aws_access_key_id='AKIDBOTO', aws_secret_access_key='s')
pool = c.create_identity_pool(IdentityPoolName='boto3 pool', AllowUnauthenticatedIdentities=False,
                              SupportedLoginProviders={'graph.facebook.com': '1'}, AllowClassicFlow=True)
pid = pool['IdentityPoolId']
c.set_identity_pool_roles(IdentityPoolId=pid, Roles={'authenticated': 'arn:aws:iam::123456789012:role/Auth'})
out = {}
try:
    c.get_id(IdentityPoolId=pid)
except ClientError as e:
    out['guest'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
a = c.get_id(IdentityPoolId=pid, Logins={'graph.facebook.com': 'fb-boto'})['IdentityId']
b = c.get_id(IdentityPoolId=pid, Logins={'graph.facebook.com': 'fb-boto'})['IdentityId']
out['stable'] = a == b
creds = c.get_credentials_for_identity(IdentityId=a, Logins={'graph.facebook.com': 'fb-boto'})['Credentials']
out['expiration_type'] = type(creds['Expiration']).__name__
out['token'] = c.get_open_id_token(IdentityId=a, Logins={'graph.facebook.com': 'fb-boto'})['Token'].count('.')
out['pools'] = [p['IdentityPoolName'] for p in c.get_paginator('list_identity_pools').paginate(MaxResults=1).build_full_result()['IdentityPools']]
c.delete_identity_pool(IdentityPoolId=pid)
try:
    c.describe_identity_pool(IdentityPoolId=pid)
except c.exceptions.ResourceNotFoundException as e:
    out['deleted'] = e.response['Error']['Message']
c.create_identity_pool(IdentityPoolName='left over', AllowUnauthenticatedIdentities=True)
reset = urllib.request.urlopen(urllib.request.Request(sys.argv[1] + '/moto-api/reset', method='POST'))
out['reset'] = [reset.status, json.loads(reset.read())]
out['after_reset'] = c.list_identity_pools(MaxResults=60)['IdentityPools']
print(json.dumps(out))
`;

describe.skipIf(!hasBotocore())('boto3', () => {
  it('runs the federated flow, paginates, raises modelled exceptions and resets as with moto', async () => {
    const { stdout } = await promisify(execFile)('python3', ['-c', BOTO3_SCENARIO, emu.url]);
    const out = JSON.parse(stdout);
    expect(out.guest).toEqual(['NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.', 400]);
    expect(out.stable).toBe(true);
    expect(out.expiration_type).toBe('datetime');
    expect(out.token).toBe(2);
    expect(out.pools).toEqual(['boto3 pool']);
    expect(out.deleted).toMatch(/^IdentityPool 'us-west-1:[0-9a-f-]+' not found\.$/);
    expect(out.reset).toEqual([200, { status: 'ok' }]);
    expect(out.after_reset).toEqual([]);
  });
});
