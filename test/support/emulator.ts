/**
 * The emulator as tests use it: started in process behind a loopback proxy that checks every answer against
 * the published document (the operation's output schema for a success, a declared error's schema and wire
 * status for a failure) and records each violation under the operation's name. Any client (SDK, CLI, boto3,
 * a browser) points at the proxy; `expectNoViolations()` fails naming the operation.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../packages/server/src/emulator/server.ts';
import { PROTOCOL_ERRORS, errorStatus, operationOfTarget } from '../../packages/client/src/protocol.ts';
import { createValidator, describeIssue } from '../../packages/server/src/schema-validator.ts';
import { document } from './document.ts';

const MT = 'application/x-amz-json-1.1';
const validate = createValidator(document);
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function postOf(operation: string): Obj | undefined {
  return (document.paths as Obj)[`/#X-Amz-Target=AWSCognitoIdentityService.${operation}`]?.post;
}

/** The error names an operation declares: the error schemas its non-200 responses reference, or name in a `__type` enum. */
function declaredErrors(post: Obj): Set<string> {
  const errorResponses = Object.entries(post.responses as Obj).filter(([status]) => status !== '200').map(([, r]) => r as Obj);
  const text = JSON.stringify(errorResponses);
  const enums = errorResponses.flatMap((r) => (r.content?.[MT]?.schema?.properties?.__type?.enum ?? []) as string[]);
  return new Set([...[...text.matchAll(/#\/components\/(?:schemas|responses)\/(\w+Exception)/g)].map((m) => m[1] as string), ...enums]);
}

/** What is wrong with one answer, or nothing. */
export function checkAnswer(operation: string, status: number, body: unknown): string[] {
  const post = postOf(operation);
  if (!post) {
    const type = (body as Obj | undefined)?.__type;
    return type === PROTOCOL_ERRORS.unknownOperation && status === errorStatus(type) ? [] : [`${operation}: not an operation, yet answered ${status} ${String(type)}`];
  }
  if (status === 200) return validate(post.responses['200'].content[MT].schema, body).map((i) => `${operation} 200: ${describeIssue(i)}`);
  const type = (body as Obj | undefined)?.__type;
  if (typeof type !== 'string' || typeof (body as Obj).message !== 'string') return [`${operation} ${status}: not an AWS error body`];
  const problems: string[] = [];
  if (status !== errorStatus(type)) problems.push(`${operation}: ${type} sent with status ${status}, not ${errorStatus(type)}`);
  if ((Object.values(PROTOCOL_ERRORS) as string[]).includes(type)) return problems;
  if (!declaredErrors(post).has(type)) problems.push(`${operation}: ${type} is not an error the document declares`);
  else problems.push(...validate({ $ref: `#/components/schemas/${type}` }, body).map((i) => `${operation} ${type}: ${describeIssue(i)}`));
  return problems;
}

/** A running emulator behind the checking proxy. */
export interface CheckedEmulator {
  /** The proxy's URL: point clients here. */
  url: string;
  emulator: Emulator;
  /** Every violation seen so far. */
  violations: string[];
  /** How many API answers were checked. */
  checked: () => number;
  close(): Promise<void>;
}

/** Starts the emulator (port 0) and the checking proxy in front of it. */
export async function startCheckedEmulator(options: EmulatorOptions = {}): Promise<CheckedEmulator> {
  const emulator = await startEmulator({ port: 0, ...options });
  const upstream = new URL(emulator.url);
  const violations: string[] = [];
  let checked = 0;
  const server = createServer((req, res) => {
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        const operation = operationOfTarget(String(req.headers['x-amz-target'] ?? ''));
        if (req.method === 'POST' && req.url === '/' && operation) {
          checked += 1;
          let json: unknown;
          try { json = JSON.parse(body.toString('utf8')); } catch { json = undefined; }
          violations.push(...checkAnswer(operation, answer.statusCode ?? 0, json));
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(body);
      });
    });
    out.on('error', (error) => { res.writeHead(502); res.end(String(error)); });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    emulator,
    violations,
    checked: () => checked,
    close: async () => {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await emulator.close();
    },
  };
}

/** Fails, naming each operation, if any answer broke the document. */
export function expectNoViolations(checked: CheckedEmulator): void {
  expect(checked.violations).toEqual([]);
  expect(checked.checked()).toBeGreaterThan(0);
}
