/**
 * The AWS SDKs' endpoint variables reach the emulator: the AWS CLI, boto3 and the AWS SDK for JavaScript v3, each
 * given no endpoint but `AWS_ENDPOINT_URL_COGNITO_IDENTITY` (or only `AWS_ENDPOINT_URL`), create a pool the
 * emulator then holds. The service-specific variable wins over the general one, which points at a closed port.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBotocore, hasCommand } from '../../../test/support/environment.ts';
import { repoPath } from '../../../test/support/paths.ts';
import { startEmulator, type Emulator } from '../src/emulator/server.ts';

const run = promisify(execFile);
let emulator: Emulator;
beforeAll(async () => { emulator = await startEmulator({ port: 0 }); });
afterAll(async () => { await emulator?.close(); });

/** A client's environment: test keys, no profile or config file, and the endpoint only in the given variables. */
function clientEnv(endpoints: Record<string, string>): NodeJS.ProcessEnv {
  const { AWS_ENDPOINT_URL: _a, AWS_ENDPOINT_URL_COGNITO_IDENTITY: _b, AWS_PROFILE: _c, ...rest } = process.env;
  return {
    ...rest, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: 'us-east-1', AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '', ...endpoints,
  };
}

const CLOSED = 'http://127.0.0.1:9'; // the discard port: nothing answers there
/** The names of the pools the emulator holds, from its state export. */
async function poolNames(): Promise<string[]> {
  const text = await (await fetch(`${emulator.url}/_emulator/state`)).text();
  return [...text.matchAll(/"IdentityPoolName":"([^"]+)"/g)].map(([, name = '']) => name);
}

const BOTO3 = "import sys, boto3; print(boto3.client('cognito-identity').create_identity_pool(IdentityPoolName=sys.argv[1], AllowUnauthenticatedIdentities=True)['IdentityPoolId'])";
const SDK_V3 = `
import { CognitoIdentityClient, CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity';
const out = await new CognitoIdentityClient({ maxAttempts: 1 }).send(new CreateIdentityPoolCommand({ IdentityPoolName: process.argv[1], AllowUnauthenticatedIdentities: true }));
console.log(out.IdentityPoolId);`;

describe('AWS_ENDPOINT_URL_COGNITO_IDENTITY', () => {
  it.skipIf(!hasCommand('aws'))('the AWS CLI reaches the emulator through it', async () => {
    const env = clientEnv({ AWS_ENDPOINT_URL_COGNITO_IDENTITY: emulator.url, AWS_ENDPOINT_URL: CLOSED });
    const { stdout } = await run('aws', ['cognito-identity', 'create-identity-pool', '--identity-pool-name', 'via_cli', '--allow-unauthenticated-identities', '--output', 'json'], { env });
    expect(JSON.parse(stdout).IdentityPoolId).toMatch(/^us-east-1:/);
    expect(await poolNames()).toContain('via_cli');
  });

  it.skipIf(!hasBotocore())('boto3 reaches the emulator through it, and through AWS_ENDPOINT_URL alone', async () => {
    await Promise.all([
      run('python3', ['-c', BOTO3, 'via_boto3'], { env: clientEnv({ AWS_ENDPOINT_URL_COGNITO_IDENTITY: emulator.url, AWS_ENDPOINT_URL: CLOSED }) }),
      run('python3', ['-c', BOTO3, 'via_general_variable'], { env: clientEnv({ AWS_ENDPOINT_URL: emulator.url }) }),
    ]);
    expect(await poolNames()).toEqual(expect.arrayContaining(['via_boto3', 'via_general_variable']));
  });

  it('the AWS SDK for JavaScript v3 reaches the emulator through it', async () => {
    const env = clientEnv({ AWS_ENDPOINT_URL_COGNITO_IDENTITY: emulator.url, AWS_ENDPOINT_URL: CLOSED });
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SDK_V3, 'via_sdk_v3'], { env, cwd: repoPath() });
    expect(stdout.trim()).toMatch(/^us-east-1:/);
    expect(await poolNames()).toContain('via_sdk_v3');
  });

  it('without it, the same client does not reach the emulator (the test can fail)', async () => {
    const env = clientEnv({ AWS_ENDPOINT_URL: CLOSED });
    await expect(run(process.execPath, ['--input-type=module', '-e', SDK_V3, 'nowhere'], { env, cwd: repoPath() })).rejects.toThrow();
    expect(await poolNames()).not.toContain('nowhere');
  });
});
