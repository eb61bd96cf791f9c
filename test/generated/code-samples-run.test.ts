/**
 * The code samples in the document, run for real against the mock: the AWS CLI, curl and Python (boto3) ones
 * of every operation must give the example's answer (skipped where the tool is missing). The Python samples
 * run in one interpreter, each pointed at the mock by adding `endpoint_url` to its client; so do the CLI ones,
 * through the CLI's own entry point.
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

/**
 * Runs each operation's AWS CLI sample through the CLI's own entry point (`awscli.clidriver`, what the `aws`
 * command runs) in one interpreter: the same parsing and calls as 23 `aws` processes, without 23 start-ups.
 * Answers each command's printed JSON (or its exit status and error output).
 */
const CLI_RUNNER = `
import contextlib, io, json, shlex, sys
from awscli.clidriver import create_clidriver
endpoint = sys.argv[1]
results = {}
for name, source in json.load(sys.stdin).items():
    words = shlex.split(source.replace('\\\\\\n', ' '))
    assert words[0] == 'aws', source
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = create_clidriver().main(words[1:] + ['--endpoint-url', endpoint, '--output', 'json'])
    results[name] = {'status': status, 'stdout': out.getvalue(), 'stderr': err.getvalue()}
print(json.dumps(results))
`;

/** Runs a Python program with `input` on its standard input; its standard output parsed as JSON. */
async function runPython<T>(program: string, args: string[], input: unknown): Promise<T> {
  const child = execFile('python3', ['-c', program, ...args], { env, maxBuffer: 16 * 1024 * 1024 });
  const stdout = new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: string) => { text += chunk; });
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`python3 exited ${code}`))));
  });
  child.stdin?.end(JSON.stringify(input));
  return JSON.parse(await stdout) as T;
}

describe.skipIf(!hasCommand('aws'))('the AWS CLI samples', () => {
  let answers: Record<string, { status: number; stdout: string; stderr: string }>;
  beforeAll(async () => {
    answers = await runPython(CLI_RUNNER, [mock.url], Object.fromEntries(operationCases.map(({ name, post }) => [name, sampleOf(post, 'AWS CLI')])));
  }, 120_000);

  it.each(operationCases)('$name', ({ name, output }) => {
    const answer = answers[name];
    expect(answer?.status, answer?.stderr).toBe(0);
    const stdout = (answer?.stdout ?? '').trim();
    expect(stdout === '' ? {} : JSON.parse(stdout)).toEqual(output);
  });
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
    answers = await runPython(PYTHON_RUNNER, [], sources);
  }, 60_000);

  it.each(operationCases)('$name', ({ name, output }) => {
    expect(answers[name]?.error).toBeUndefined();
    expect(answers[name]?.output).toEqual(output);
  });
});

