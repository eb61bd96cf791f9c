/**
 * The shell code samples in the document, run for real against the mock: the AWS CLI one and the curl one of
 * every operation must succeed (skipped where the tool is missing).
 */
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../packages/server/src/mock/server.ts';
import { operationCases } from '../support/document.ts';
import { hasCommand } from '../support/environment.ts';

const run = promisify(exec);
const env = { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '' };

let mock: MockServer;
beforeAll(async () => { mock = await startMockServer({ port: 0 }); });
afterAll(async () => { await mock.close(); });

const sampleOf = (post: Record<string, any>, label: string): string => post['x-codeSamples'].find((s: { label: string }) => s.label === label).source; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.skipIf(!hasCommand('aws'))('the AWS CLI samples', () => {
  it.each(operationCases)('$name', async ({ post, output }) => {
    const command = `${sampleOf(post, 'AWS CLI')} --endpoint-url ${mock.url} --output json`;
    const { stdout } = await run(command, { env });
    expect(stdout.trim() === '' ? {} : JSON.parse(stdout)).toEqual(output);
  }, 30_000);
});

describe.skipIf(!hasCommand('curl'))('the curl samples', () => {
  it.each(operationCases)('$name', async ({ post, output }) => {
    const command = sampleOf(post, 'curl').replace(/https:\/\/cognito-identity\.[a-z0-9-]+\.amazonaws\.com\//, `${mock.url}/`);
    const { stdout } = await run(`${command} --silent --show-error --fail`, { env });
    expect(JSON.parse(stdout)).toEqual(output);
  });
});
