/**
 * `npm run compat:moto -- <moto checkout>`: moto's own identity-pool tests (`tests/test_cognitoidentity`) run in
 * moto's server mode against the emulator, as a compatibility report. moto's code stays where it is: the
 * script takes the checkout's location, starts the emulator on a free port behind a small counting proxy,
 * and runs `python3 -m pytest` there with `TEST_SERVER_MODE=true` and `TEST_SERVER_MODE_ENDPOINT` pointing at
 * the proxy (moto's decorators then POST `/moto-api/reset` before each test and `/moto-api/reset-auth` around
 * the ones that set a no-auth action count). A pytest plugin written to a temporary directory tells the proxy
 * which test is running and how it ended, so the report can say, per test: passed or failed, how many AWS
 * calls reached the emulator, and why it failed; and how moto's own routes were answered. Failures listed in
 * KNOWN are differences the README explains ("Compatibility with moto's tests"); the exit status is 1 if any
 * other test fails or a `/moto-api/` call is not answered 200.
 *
 * Options: `--python PATH` (default `python3`), `--json` (the results as JSON), `-k EXPR` (pytest's filter),
 * `--verbose` (pytest's own output on stderr).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from '../packages/server/src/emulator/server.ts';

/** Failures the README explains: the input breaks the AWS model, or asks for what the service refuses. */
export const KNOWN: Readonly<Record<string, string>> = {
  'test_update_identity_pool[DeveloperProviderName-dev1-dev2]': 'changes DeveloperProviderName, which cannot change once set',
  test_describe_identity_pool_with_invalid_id_raises_error: "IdentityPoolId 'us-west-2_non-existent' breaks the model's pattern [\\w-]+:[0-9a-f-]+",
  test_get_id: "AccountId 'someaccount' breaks the model's pattern \\d+ (and 'someurl' is not a provider of the pool)",
  test_list_identities: "AccountId 'someaccount' breaks the model's pattern \\d+ (and 'someurl' is not a provider of the pool)",
  test_get_credentials_for_identity: "IdentityId '12345' breaks the model's pattern [\\w-]+:[0-9a-f-]+ (and no such identity exists)",
  test_get_open_id_token: "IdentityId '12345' breaks the model's pattern [\\w-]+:[0-9a-f-]+ (and no such identity exists)",
  test_get_open_id_token_for_developer_identity: "IdentityId '12345' breaks the model's pattern [\\w-]+:[0-9a-f-]+ (and pool 'us-west-2:12345' was never created)",
  test_get_open_id_token_for_developer_identity_when_no_explicit_identity_id: "pool 'us-west-2:12345' was never created: ResourceNotFoundException",
};

/** One test as the plugin and the proxy saw it. */
export interface TestResult {
  nodeid: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** The AWS operations that reached the emulator during the test, in order. */
  calls: string[];
  /** The first `E ` line of a failure, or a skip's reason. */
  message?: string;
}

/** A result's verdict: a pass, a documented difference, a skip, a test that never calls the emulator, or a new failure. */
export function verdictOf(result: TestResult): 'pass' | 'known' | 'skip' | 'not reached' | 'NEW' {
  const name = result.nodeid.split('::').at(-1) ?? result.nodeid;
  if (result.outcome === 'skipped') return 'skip';
  if (result.calls.length === 0) return result.outcome === 'passed' ? 'not reached' : 'NEW';
  if (result.outcome === 'passed') return 'pass';
  return name in KNOWN ? 'known' : 'NEW';
}

/** Whether every moto-api call was answered 200 (a refused reset-auth leaves moto's count wrong for the next test). */
export function motoApiHealthy(tally: MotoApiTally): boolean {
  return [...tally.keys()].every((key) => key.endsWith(' 200'));
}

/** The report as text: one line per test, the moto-api calls, then the figures. */
export function formatReport(results: readonly TestResult[], motoVersion: string, tally: MotoApiTally): string {
  const lines = [`moto ${motoVersion}: tests/test_cognitoidentity against the emulator (server mode)`, ''];
  for (const r of results) {
    const name = r.nodeid.split('::').at(-1) ?? r.nodeid;
    const verdict = verdictOf(r);
    const calls = r.calls.length === 0 ? 'no AWS call' : `${r.calls.length} call${r.calls.length === 1 ? '' : 's'}: ${[...new Set(r.calls)].join(', ')}`;
    lines.push(`${verdict.padEnd(11)} ${r.nodeid}  (${calls})`);
    if (verdict === 'known') lines.push(`            why: ${KNOWN[name]}`);
    if (r.message && verdict !== 'pass') lines.push(`            ${r.outcome === 'skipped' ? 'skipped' : 'got'}: ${r.message}`);
  }
  lines.push('', `moto-api: ${[...tally].map(([key, n]) => `${key} x${n}`).join(', ') || 'not called'}${motoApiHealthy(tally) ? '' : '  <- NEW: not every call answered 200'}`);
  const count = (v: ReturnType<typeof verdictOf>) => results.filter((r) => verdictOf(r) === v).length;
  const reached = results.filter((r) => r.calls.length > 0).length;
  lines.push('', `${results.length} tests: ${reached} reach the emulator (${count('pass')} pass, ${count('known')} fail as documented, ${count('NEW')} fail otherwise); ${count('skip')} skipped; ${count('not reached')} pass without calling it`);
  return lines.join('\n');
}

/** The pytest plugin: tells the proxy which test starts and how each phase ended (written to a temporary directory). */
const PLUGIN = String.raw`
import json, os, urllib.request

_BASE = os.environ["TEST_SERVER_MODE_ENDPOINT"]

def _tell(event):
    req = urllib.request.Request(_BASE + "/_moto-compat", data=json.dumps(event).encode(), method="POST")
    urllib.request.urlopen(req).read()

def pytest_runtest_setup(item):
    _tell({"event": "start", "nodeid": item.nodeid})

def pytest_runtest_logreport(report):
    message = None
    if report.skipped and isinstance(report.longrepr, tuple):
        message = str(report.longrepr[2])
    elif report.failed:
        lines = [l[2:].strip() for l in report.longreprtext.splitlines() if l.startswith("E ")]
        message = lines[0] if lines else report.longreprtext.strip().splitlines()[-1]
    _tell({"event": "report", "nodeid": report.nodeid, "when": report.when, "outcome": report.outcome, "message": message})
`;

/** moto's own routes as the run used them: `POST /moto-api/reset 200` -> how many times. */
export type MotoApiTally = Map<string, number>;

/** Records the plugin's events, the operations of each test and the moto-api answers, forwarding all else to the emulator. */
function startProxy(upstream: URL, results: Map<string, TestResult>, tally: MotoApiTally): Promise<{ url: string; close(): Promise<void> }> {
  let current: TestResult | undefined;
  const onEvent = (event: { event: string; nodeid: string; when?: string; outcome?: TestResult['outcome']; message?: string | null }) => {
    const result = results.get(event.nodeid) ?? { nodeid: event.nodeid, outcome: 'passed', calls: [] };
    results.set(event.nodeid, result);
    if (event.event === 'start') current = result;
    // A test's outcome is its call phase's, unless setup or teardown failed or it was skipped.
    if (event.event === 'report' && event.outcome && (event.outcome !== 'passed' && result.outcome === 'passed')) {
      result.outcome = event.outcome;
      if (event.message) result.message = event.message;
    }
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url === '/_moto-compat') {
        onEvent(JSON.parse(body.toString('utf8')));
        res.end('{}');
        return;
      }
      const target = String(req.headers['x-amz-target'] ?? '');
      if (target && current) current.calls.push(target.split('.').at(-1) as string);
      const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        if (req.url?.startsWith('/moto-api/')) {
          const key = `${req.method} ${req.url} ${answer.statusCode}`;
          tally.set(key, (tally.get(key) ?? 0) + 1);
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', (error) => { res.writeHead(502); res.end(String(error)); });
      out.end(body);
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((closed) => { server.close(() => closed()); server.closeAllConnections(); }),
  })));
}

/** Runs a command, passing its output through only when asked; resolves with its exit code and stdout. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<{ code: number; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c; if (options.echo) process.stderr.write(c); });
    child.stderr.on('data', (c: Buffer) => { if (options.echo) process.stderr.write(c); });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout }));
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { python: { type: 'string' }, json: { type: 'boolean' }, k: { type: 'string', short: 'k' }, verbose: { type: 'boolean' } } });
  const checkout = positionals[0] && resolve(positionals[0]);
  if (!checkout || !existsSync(join(checkout, 'tests', 'test_cognitoidentity'))) {
    console.error('usage: npm run compat:moto -- <moto source checkout> [--python PATH] [--json] [-k EXPR]\n(the checkout must hold tests/test_cognitoidentity; use the tag of the installed moto version)');
    return 2;
  }
  const python = values.python ?? 'python3';
  const motoVersion = (await run(python, ['-c', 'import moto; print(moto.__version__)'], {})).stdout.trim() || 'unknown';
  const emulator = await startEmulator({ port: 0 });
  const results = new Map<string, TestResult>();
  const tally: MotoApiTally = new Map();
  const proxy = await startProxy(new URL(emulator.url), results, tally);
  const pluginDir = await mkdtemp(join(tmpdir(), 'moto-compat-'));
  await writeFile(join(pluginDir, 'moto_compat_plugin.py'), PLUGIN);
  try {
    const env = {
      ...process.env,
      TEST_SERVER_MODE: 'true', TEST_SERVER_MODE_ENDPOINT: proxy.url,
      // Fake credentials only: the tests must never reach AWS with real ones.
      AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_SESSION_TOKEN: 'testing', AWS_DEFAULT_REGION: 'us-east-1',
      PYTHONPATH: [pluginDir, process.env.PYTHONPATH].filter(Boolean).join(':'), PYTHONDONTWRITEBYTECODE: '1',
    };
    const args = ['-m', 'pytest', 'tests/test_cognitoidentity', '-p', 'moto_compat_plugin', '-p', 'no:cacheprovider', '--color=no', '-q', ...(values.k ? ['-k', values.k] : [])];
    const { code } = await run(python, args, { cwd: checkout, env, echo: values.verbose === true });
    if (results.size === 0) {
      console.error(`pytest collected nothing (exit ${code}); rerun with --verbose to see its output`);
      return 2;
    }
  } finally {
    await proxy.close();
    await emulator.close();
    await rm(pluginDir, { recursive: true, force: true });
  }
  const list = [...results.values()];
  console.log(values.json
    ? JSON.stringify({ moto: motoVersion, results: list.map((r) => ({ ...r, verdict: verdictOf(r) })), motoApi: Object.fromEntries(tally) }, null, 2)
    : formatReport(list, motoVersion, tally));
  return list.some((r) => verdictOf(r) === 'NEW') || !motoApiHealthy(tally) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
