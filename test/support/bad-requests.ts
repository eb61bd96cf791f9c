/** The bad-request table: broken requests and the AWS error each gets, whatever backend is behind the front. */

import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const MT = 'application/x-amz-json-1.1';
export const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

/** One broken request and the answer it must get. */
export interface Case {
  what: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  type: string;
  message: RegExp;
}

/** The JSON 1.1 headers of a call to an operation. */
export const target = (op: string) => ({ 'Content-Type': MT, 'X-Amz-Target': `AWSCognitoIdentityService.${op}` });

/** Cases sent to a server whose body limit is 64 KiB. */
export const cases: Case[] = [
  { what: 'no target', headers: { 'Content-Type': MT }, body: '{}', status: 400, type: 'UnknownOperationException', message: /Missing X-Amz-Target/ },
  { what: 'an unknown target', headers: target('GetIdentity'), body: '{}', status: 400, type: 'UnknownOperationException', message: /Unknown operation "AWSCognitoIdentityService.GetIdentity"/ },
  { what: 'another service\'s target', headers: { 'Content-Type': MT, 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' }, body: '{}', status: 400, type: 'UnknownOperationException', message: /Unknown operation/ },
  { what: 'a wrong content type', headers: { ...target('GetId'), 'Content-Type': 'application/json' }, body: `{"IdentityPoolId":"${pool}"}`, status: 400, type: 'UnknownOperationException', message: /Content-Type must be application\/x-amz-json-1.1; got 'application\/json'/ },
  { what: 'a GET', method: 'GET', headers: target('GetId'), status: 400, type: 'UnknownOperationException', message: /Requests must be POST \/; got GET \// },
  { what: 'invalid JSON', headers: target('GetId'), body: '{"IdentityPoolId":', status: 400, type: 'SerializationException', message: /not valid JSON/ },
  { what: 'an array body', headers: target('GetId'), body: '[]', status: 400, type: 'SerializationException', message: /must be a JSON object; got an array/ },
  { what: 'a wrong member type', headers: target('ListIdentityPools'), body: '{"MaxResults":"ten"}', status: 400, type: 'MissingAuthenticationTokenException', message: /Missing Authentication Token/ },
  { what: 'a missing required member', headers: target('GetId'), body: '{}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null$/ },
  { what: 'a pattern violation', headers: target('GetId'), body: '{"IdentityPoolId":"pool-1"}', status: 400, type: 'ValidationException', message: /Value 'pool-1' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern/ },
  { what: 'an over-long string', headers: target('GetId'), body: `{"IdentityPoolId":"us-east-1:${'a'.repeat(60)}"}`, status: 400, type: 'ValidationException', message: /Member must have length less than or equal to 55/ },
  { what: 'an over-large body', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}","Logins":{"a":"${'x'.repeat(70 * 1024)}"}}`, status: 400, type: 'SerializationException', message: /larger than 65536 bytes/ },
  { what: 'a signed operation without Authorization', headers: target('DescribeIdentityPool'), body: `{"IdentityPoolId":"${pool}"}`, status: 400, type: 'MissingAuthenticationTokenException', message: /^Missing Authentication Token$/ },
  { what: 'a pool name with a character its pattern lacks', headers: { ...target('CreateIdentityPool'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"IdentityPoolName":"bad/name","AllowUnauthenticatedIdentities":false}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value 'bad\/name' at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w\\s\+=,\.@-\]\+$/ },
  { what: 'a developer provider name with a space and a bang', headers: { ...target('CreateIdentityPool'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"IdentityPoolName":"ok","AllowUnauthenticatedIdentities":false,"DeveloperProviderName":"bad provider!"}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value 'bad provider!' at 'developerProviderName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w\._-\]\+$/ },
  { what: 'a pool id with a valid part after junk', headers: target('GetId'), body: '{"IdentityPoolId":"x!us-east-1:abc"}', status: 400, type: 'ValidationException', message: /Value 'x!us-east-1:abc' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w-\]\+:\[0-9a-f-\]\+$/ },
  { what: 'a wrong member type, signed', headers: { ...target('ListIdentityPools'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"MaxResults":"ten"}', status: 400, type: 'SerializationException', message: /must be integer/ },
];

/** Sends a request that declares a 100 MB body but carries a few bytes, over a raw socket; resolves with the raw reply. */
export function sendDeclaredOversize(url: string): Promise<string> {
  const { port, hostname } = new URL(url);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${MT}\r\nX-Amz-Target: AWSCognitoIdentityService.GetId\r\nContent-Length: 104857600\r\n\r\n{"Identity`);
    });
    let text = '';
    socket.on('data', (chunk) => { text += chunk.toString('utf8'); });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

/** How a client sends an oversized body: Node's `fetch`, `node:http` with a Content-Length, or `node:http` chunked. */
export type UploadClient = 'fetch' | 'node:http' | 'chunked';

/** The answer a client read, or the error it got instead. */
export interface UploadAnswer {
  status?: number;
  body?: string;
  error?: string;
}

/** A GetId whose body is `bytes` long (a huge login), as one string. */
export function oversizeBody(bytes: number): string {
  const head = `{"IdentityPoolId":"${pool}","Logins":{"a":"`;
  return `${head}${'x'.repeat(Math.max(0, bytes - head.length - 3))}"}}`;
}

/**
 * Sends an oversized GetId the way `client` does and resolves with what the client read, never rejecting: a
 * server that closes before the client has written its body shows up here as `error` (EPIPE, ECONNRESET).
 */
export async function sendOversize(url: string, client: UploadClient, bytes: number): Promise<UploadAnswer> {
  const body = oversizeBody(bytes);
  if (client === 'fetch') {
    try {
      const response = await fetch(`${url}/`, { method: 'POST', headers: target('GetId'), body });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      return { error: String((error as { cause?: unknown }).cause ?? error) };
    }
  }
  const { request } = await import('node:http');
  return new Promise<UploadAnswer>((resolve) => {
    const headers = client === 'chunked' ? target('GetId') : { ...target('GetId'), 'Content-Length': String(Buffer.byteLength(body)) };
    let answered = false;
    const req = request(`${url}/`, { method: 'POST', headers, agent: false }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', (error) => resolve({ error: String(error) }));
    });
    // Once the answer has come, node:http drops the socket when the server closes its side, and a write still
    // pending fails: the answer was read all the same.
    req.on('error', (error) => { if (!answered) resolve({ error: String(error) }); });
    if (client === 'chunked') {
      // Chunks of 64 KiB, each written once the previous one drained, as a streaming upload does.
      const chunk = 64 * 1024;
      let at = 0;
      const more = () => {
        while (at < body.length) {
          const piece = body.slice(at, at + chunk);
          at += chunk;
          if (!req.write(piece)) return void req.once('drain', more);
        }
        req.end();
      };
      more();
    } else req.end(body);
  });
}

/**
 * Sends `tries` oversized GetIds with each client from a process of its own, clients side by side, each
 * client's tries one after the other; resolves with every answer by client. The server must be in another
 * process than its clients for the race between its close and their writes to show, as it does in use.
 */
export async function sendOversizeFromChild(url: string, clients: readonly UploadClient[], bytes: number, tries: number): Promise<Record<UploadClient, UploadAnswer[]>> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), url, clients.join(','), String(bytes), String(tries)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<UploadClient, UploadAnswer[]>;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url = '', clients = '', bytes = '0', tries = '1'] = process.argv.slice(2);
  const answers = await Promise.all(clients.split(',').map(async (client) => {
    const mine: UploadAnswer[] = [];
    for (let i = 0; i < Number(tries); i += 1) mine.push(await sendOversize(url, client as UploadClient, Number(bytes)));
    return [client, mine] as const;
  }));
  process.stdout.write(`${JSON.stringify(Object.fromEntries(answers))}\n`);
}
