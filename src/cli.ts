#!/usr/bin/env node
/**
 * The package's command line: `cognito-identity-openapi mock|emulator|mcp ...` (see USAGE).
 * Node-only (it starts servers).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCognitoIdentityClient } from './client/create-client.ts';
import type { Credentials } from './client/credentials.ts';
import { loadToolCatalogue, serveStdio } from './mcp/server.ts';
import { startEmulator } from './emulator/server.ts';
import { startMockServer } from './mock/server.ts';

const USAGE = `usage: cognito-identity-openapi mock [--port N] [--host ADDRESS] [--dynamic]
       cognito-identity-openapi emulator [--port N] [--host ADDRESS] [--account-id ID] [--seed FILE] [--state DIR]
       cognito-identity-openapi mcp [--region REGION] [--endpoint URL] [--allow-writes]

  mock   serve the published OpenAPI document as a mock of Amazon Cognito Identity
         (default 127.0.0.1:4010; PORT in the environment also sets the port)
  emulator  a stateful emulator of Amazon Cognito Identity: pools, identities, logins, roles, tokens and
         credentials with AWS's semantics (default 127.0.0.1:4010; PORT also sets the port); --account-id
         sets the default account (123456789012), --seed loads pools and identities or a state export at
         start, --state keeps state in a directory across runs
  mcp    an MCP server on stdio exposing the operations as tools (read-only unless --allow-writes);
         credentials from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, region from
         --region, AWS_REGION or AWS_DEFAULT_REGION, endpoint from --endpoint,
         AWS_ENDPOINT_URL_COGNITO_IDENTITY or AWS_ENDPOINT_URL`;

/** Credentials from the standard AWS environment variables, if set. */
function credentialsFromEnvironment(env: NodeJS.ProcessEnv): Credentials | undefined {
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) return undefined;
  return { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}

async function mcp(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { region: { type: 'string' }, endpoint: { type: 'string' }, 'allow-writes': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return void console.error(USAGE);
  const env = process.env;
  const region = values.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const endpoint = values.endpoint ?? env.AWS_ENDPOINT_URL_COGNITO_IDENTITY ?? env.AWS_ENDPOINT_URL;
  const credentials = credentialsFromEnvironment(env);
  const client = createCognitoIdentityClient({ ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}), ...(credentials ? { credentials } : {}) });
  const { version } = JSON.parse(readFileSync(new URL(import.meta.resolve('cognito-identity-openapi/package.json')), 'utf8')) as { version: string };
  await serveStdio({ tools: await loadToolCatalogue(), client, allowWrites: values['allow-writes'] === true, version });
}

function portOf(given: string | undefined): number {
  const portText = given ?? process.env.PORT ?? '4010';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${JSON.stringify(portText)} is not a port number`);
  return port;
}

/** Serves until SIGINT or SIGTERM, then closes cleanly. */
async function serveUntilSignal(started: Promise<{ url: string; close(): Promise<void> }>, banner: (url: string) => string): Promise<void> {
  // Handlers first: a signal that arrives as soon as the address is printed must still stop cleanly.
  const stop = (signal: string) => {
    console.log(`${signal}: shutting down`);
    started.then((server) => server.close()).then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
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
  const started = startMockServer({ port: portOf(values.port), host: values.host ?? '127.0.0.1', dynamic: values.dynamic === true, log: (line) => console.log(line) });
  await serveUntilSignal(started, (url) => `Cognito Identity mock listening on ${url} (${values.dynamic ? 'dynamic data' : 'examples'})`);
}

async function emulator(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' }, host: { type: 'string' }, 'account-id': { type: 'string' }, seed: { type: 'string' },
      state: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const accountId = values['account-id'];
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) throw new Error(`--account-id: ${JSON.stringify(accountId)} is not 12 digits`);
  const started = startEmulator({
    port: portOf(values.port), host: values.host ?? '127.0.0.1', log: (line) => console.log(line),
    ...(accountId ? { accountId } : {}), ...(values.seed ? { seed: values.seed } : {}), ...(values.state ? { stateDir: values.state } : {}),
  });
  await serveUntilSignal(started, (url) => `Cognito Identity emulator listening on ${url} (${values.state ? `state in ${values.state}` : 'state in memory'})`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'mock') return mock(rest);
  if (command === 'emulator') return emulator(rest);
  if (command === 'mcp') return mcp(rest);
  console.error(USAGE);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`cognito-identity-openapi: ${(error as Error).message}`);
  process.exitCode = 1;
});
