/**
 * The code samples in the document, run for real against the mock: the AWS CLI, curl and Python (boto3) ones
 * of every operation must give the example's answer (skipped where the tool is missing). The Python samples
 * run in one interpreter, each pointed at the mock by adding `endpoint_url` to its client.
 */
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../packages/server/src/mock/server.ts';
import { operationCases } from '../support/document.ts';
import { hasBotocore, hasCommand } from '../support/environment.ts';

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

/** Runs each operation's boto3 sample; answers its `output` without `ResponseMetadata`, timestamps as epoch seconds. */
const PYTHON_RUNNER = `
import datetime, json, sys
results = {}
for name, source in json.load(sys.stdin).items():
    scope = {}
    try:
        exec(source, scope)
        output = dict(scope['output'])
        output.pop('ResponseMetadata', None)
        results[name] = {'output': output}
    except Exception as error:
        results[name] = {'error': repr(error)}
print(json.dumps(results, default=lambda v: v.timestamp() if isinstance(v, datetime.datetime) else str(v)))
`;

describe.skipIf(!hasBotocore())('the Python (boto3) samples', () => {
  let answers: Record<string, { output?: unknown; error?: string }>;
  beforeAll(async () => {
    const sources = Object.fromEntries(operationCases.map(({ name, post }) => [
      name,
      sampleOf(post, 'Python (boto3)').replace(/region_name='([a-z0-9-]+)'\)/, `region_name='$1', endpoint_url='${mock.url}')`),
    ]));
    const child = execFile('python3', ['-c', PYTHON_RUNNER], { env, maxBuffer: 16 * 1024 * 1024 });
    const stdout = new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout?.on('data', (chunk: string) => { text += chunk; });
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`python3 exited ${code}`))));
    });
    child.stdin?.end(JSON.stringify(sources));
    answers = JSON.parse(await stdout);
  }, 60_000);

  it.each(operationCases)('$name', ({ name, output }) => {
    expect(answers[name]?.error).toBeUndefined();
    expect(answers[name]?.output).toEqual(output);
  });
});

