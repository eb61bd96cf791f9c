#!/usr/bin/env node
/**
 * The package's command line: `cognito-identity-openapi-server mock|emulator|mcp|workflows ...` (see USAGE). Node-only (it
 * starts servers). `--help` prints the usage and exits 0; a missing or unknown command prints it to stderr
 * and exits 2. Each command loads its server only when it runs, so `--help` answers at once.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importWithPeers, MCP_SDK } from './optional-peer.ts';
import { onParentExit } from './parent-exit.ts';
import { chosenPort } from './ports.ts';

const USAGE = `usage: cognito-identity-openapi-server mock [--port N] [--host ADDRESS] [--dynamic]
       cognito-identity-openapi-server emulator [--port N] [--host ADDRESS] [--account-id ID] [--seed FILE] [--state DIR]
                [--trust-issuer ISSUER[=JWKS]]... [--verify-all-tokens]
       cognito-identity-openapi-server mcp [--region REGION] [--endpoint URL] [--allow-writes] [--reveal-secrets]
       cognito-identity-openapi-server workflows --server URL [--input NAME=VALUE|JSON ...] [--workflow ID ...] [--json-output FILE] [--verbose]
       cognito-identity-openapi-server --help

  mock   serve the published OpenAPI document as a mock of Amazon Cognito Identity
         (default 127.0.0.1:4631; PORT in the environment also sets the port; --host 0.0.0.0 in a container)
  emulator  a stateful emulator of Amazon Cognito Identity: pools, identities, logins, roles, tokens and
         credentials with AWS's semantics (default 127.0.0.1:4630; PORT also sets the port); --account-id
         sets the default account (123456789012), --seed loads pools and identities or a state export at
         start, --state keeps state in a directory across runs.
         Login tokens: a JWT's signature is verified where its issuer's keys are known: the built-in
         test provider's (POST /_emulator/idp/token mints ID tokens) and each --trust-issuer, an issuer
         URL or provider name with a JWKS URL or file (alone: ISSUER/.well-known/jwks.json; a trailing
         * matches any rest, and a * in the JWKS stands for it). Other issuers' JWTs are checked by
         their claims alone, unless --verify-all-tokens, which refuses them
  mcp    an MCP server on stdio exposing the operations as tools. Read-only unless --allow-writes: only
         the operations that change nothing are offered. Secret output members (such as
         Credentials.SecretKey) are redacted unless --reveal-secrets.
         Credentials from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; region from
         --region, AWS_REGION or AWS_DEFAULT_REGION; endpoint from --endpoint,
         AWS_ENDPOINT_URL_COGNITO_IDENTITY or AWS_ENDPOINT_URL
  workflows  run the published Arazzo workflows with Redocly Respect (install @redocly/cli) against the
         server at URL (such as the emulator), through an adapter that keeps the wire's media type
         (application/x-amz-json-1.1) while Respect reads JSON; --input gives the workflows' inputs (a JSON
         object, or NAME=VALUE, VALUE read as JSON when it starts with { or [), --workflow runs only the
         named ones; exits with Respect's status

  The mock and the emulator answer GET /health with 200 and their version once ready (the emulator also at
  /_emulator/health). AWS SDKs and the AWS CLI reach them through AWS_ENDPOINT_URL_COGNITO_IDENTITY (or
  AWS_ENDPOINT_URL), e.g. http://127.0.0.1:4630`;

/** Runs `stop` on SIGINT, SIGTERM, or when npm's launcher shell has gone (see parent-exit.ts). */
function stopOnSignals(stop: (reason: string) => void): void {
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  onParentExit(() => stop('launcher exited'));
}

async function mcp(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      region: { type: 'string' }, endpoint: { type: 'string' }, 'allow-writes': { type: 'boolean' },
      'reveal-secrets': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  // Loaded here, not at the top, so that --help answers at once.
  const { setupFromEnvironment } = await import('./mcp/environment.ts');
  const { loadDocument, loadToolCatalogue, serveStdio } = await importWithPeers(() => import('./mcp/server.ts'), MCP_SDK);
  const { createCognitoIdentityClient } = await import('cognito-identity-openapi');
  const setup = setupFromEnvironment(process.env, { ...(values.region ? { region: values.region } : {}), ...(values.endpoint ? { endpoint: values.endpoint } : {}) });
  const { version } = JSON.parse(readFileSync(new URL(import.meta.resolve('cognito-identity-openapi-server/package.json')), 'utf8')) as { version: string };
  stopOnSignals(() => process.exit(0));
  await serveStdio({
    tools: await loadToolCatalogue(),
    document: await loadDocument(),
    client: createCognitoIdentityClient(setup.config),
    allowWrites: values['allow-writes'] === true,
    revealSecrets: values['reveal-secrets'] === true,
    ...(setup.signedCallProblem ? { signedCallProblem: setup.signedCallProblem } : {}),
    version,
  });
}

/**
 * The request log: lines are gathered and go to stdout together every LOG_FLUSH_MS, instead of a write (a
 * system call, synchronous on a pipe) per request; found by profiling the emulator under load, where the
 * per-request write was a tenth of its CPU. Each line is copied into a buffer outside V8's heap at once, so its
 * string dies young: held as strings for 100 ms, thousands of lines at a time outlived minor collections and
 * were copied by them. Lines still pending are written when the process exits.
 */
const LOG_FLUSH_MS = 100;
const LOG_BUFFER_BYTES = 256 * 1024;

function requestLog(): (line: string) => void {
  let buffer = Buffer.allocUnsafe(LOG_BUFFER_BYTES);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    const text = buffer.subarray(0, used);
    // A new buffer for what follows: the stream may still hold this one.
    buffer = Buffer.allocUnsafe(LOG_BUFFER_BYTES);
    used = 0;
    process.stdout.write(text);
  };
  process.on('exit', flush);
  return (line) => {
    if (used === 0) setTimeout(flush, LOG_FLUSH_MS).unref();
    // A line that might not fit (UTF-8 takes at most 3 bytes per UTF-16 unit here) goes after what is pending.
    if (used + 3 * line.length + 1 > buffer.length) {
      flush();
      if (3 * line.length + 1 > buffer.length) return void process.stdout.write(`${line}\n`);
      setTimeout(flush, LOG_FLUSH_MS).unref();
    }
    used += buffer.write(line, used, 'utf8');
    buffer[used++] = 0x0a;
  };
}

/** Serves until SIGINT, SIGTERM or the launcher's exit, then closes cleanly. */
async function serveUntilSignal(started: Promise<{ url: string; close(): Promise<void> }>, banner: (url: string) => string): Promise<void> {
  // Handlers first: a signal that arrives as soon as the address is printed must still stop cleanly.
  stopOnSignals((reason) => {
    console.log(`${reason}: shutting down`);
    started.then((server) => server.close()).then(() => process.exit(0), () => process.exit(1));
  });
  const server = await started;
  console.log(banner(server.url));
}

async function mock(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, dynamic: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const port = chosenPort('mock', values.port, process.env);
  const { startMockServer } = await import('./mock/server.ts');
  const started = startMockServer({ port, host: values.host ?? '127.0.0.1', dynamic: values.dynamic === true, log: requestLog() });
  await serveUntilSignal(started, (url) => `Cognito Identity mock listening on ${url} (${values.dynamic ? 'dynamic data' : 'examples'})`);
}

async function emulator(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' }, host: { type: 'string' }, 'account-id': { type: 'string' }, seed: { type: 'string' },
      state: { type: 'string' }, 'trust-issuer': { type: 'string', multiple: true }, 'verify-all-tokens': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const { parseTrustedIssuer } = await import('./emulator/trusted-issuers.ts');
  const trustIssuers = Object.fromEntries((values['trust-issuer'] ?? []).map(parseTrustedIssuer));
  const accountId = values['account-id'];
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) throw new Error(`--account-id: ${JSON.stringify(accountId)} is not 12 digits`);
  const port = chosenPort('emulator', values.port, process.env);
  const { startEmulator } = await import('./emulator/server.ts');
  const started = startEmulator({
    port, host: values.host ?? '127.0.0.1', log: requestLog(),
    ...(accountId ? { accountId } : {}), ...(values.seed ? { seed: values.seed } : {}), ...(values.state ? { stateDir: values.state } : {}),
    trustIssuers, verifyAllTokens: values['verify-all-tokens'] === true,
  });
  const issuers = Object.keys(trustIssuers).length;
  const tokens = `Login tokens: signatures verified for the test provider${issuers > 0 ? ` and ${issuers} trusted issuer${issuers === 1 ? '' : 's'}` : ''}; `
    + `JWTs of other issuers ${values['verify-all-tokens'] ? 'refused (--verify-all-tokens)' : 'checked by their claims alone'}`;
  await serveUntilSignal(started, (url) => `Cognito Identity emulator listening on ${url} (${values.state ? `state in ${values.state}` : 'state in memory'})\n${tokens}`);
}

async function workflows(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      server: { type: 'string' }, input: { type: 'string', multiple: true }, workflow: { type: 'string', multiple: true },
      'json-output': { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  if (!values.server) throw new Error('workflows: --server URL is required (the server to run the workflows against)');
  const { parseInput, runWorkflows } = await import('./workflows/respect.ts');
  const { code } = await runWorkflows({
    server: values.server,
    inputs: Object.assign({}, ...(values.input ?? []).map(parseInput)) as Record<string, unknown>,
    ...(values.workflow ? { workflows: values.workflow } : {}),
    ...(values['json-output'] ? { jsonOutput: values['json-output'] } : {}),
    verbose: values.verbose === true,
  });
  process.exitCode = code;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'mock') return mock(rest);
  if (command === 'emulator') return emulator(rest);
  if (command === 'mcp') return mcp(rest);
  if (command === 'workflows') return workflows(rest);
  if (command === '--help' || command === '-h' || command === 'help') return void console.log(USAGE);
  console.error(command === undefined ? USAGE : `cognito-identity-openapi: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`cognito-identity-openapi: ${(error as Error).message}`);
  process.exitCode = 1;
});
