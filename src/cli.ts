#!/usr/bin/env node
/**
 * The package's command line: `cognito-identity-openapi mock [--port N] [--host H] [--dynamic]`.
 * Node-only (it starts servers).
 */
import { parseArgs } from 'node:util';
import { startMockServer } from './mock/server.ts';

const USAGE = `usage: cognito-identity-openapi mock [--port N] [--host ADDRESS] [--dynamic]

  mock   serve the published OpenAPI document as a mock of Amazon Cognito Identity
         (default 127.0.0.1:4010; PORT in the environment also sets the port)`;

async function mock(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, dynamic: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const portText = values.port ?? process.env.PORT ?? '4010';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${JSON.stringify(portText)} is not a port number`);
  const started = startMockServer({ port, host: values.host ?? '127.0.0.1', dynamic: values.dynamic === true, log: (line) => console.log(line) });
  // Handlers first: a signal that arrives as soon as the address is printed must still stop cleanly.
  const stop = (signal: string) => {
    console.log(`${signal}: shutting down`);
    started.then((server) => server.close()).then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const server = await started;
  console.log(`Cognito Identity mock listening on ${server.url} (${values.dynamic ? 'dynamic data' : 'examples'})`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'mock') return mock(rest);
  console.error(USAGE);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`cognito-identity-openapi: ${(error as Error).message}`);
  process.exitCode = 1;
});
