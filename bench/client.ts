/**
 * The client against the official AWS SDK v3, side by side in one run:
 * 1. bundle size (esbuild, minified, browser ESM, gzipped) of all 23 operations; goal: at most 1/8 of the SDK's;
 * 2. calls per second against one local keep-alive server on loopback, signed and unsigned; goal: 2x the SDK.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as sdk from '@aws-sdk/client-cognito-identity';
import { build } from 'esbuild';
import { createCognitoIdentityClient } from '../src/index.ts';
import { createHttpFetch } from '../src/node/http-fetch.ts';
import { operations } from '../generated/service-metadata.ts';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

const OPS = Object.keys(operations);
const SIZE_GOAL = 1 / 8;
const RATE_GOAL = 2;

async function bundleSize(contents: string, root: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', treeShaking: true,
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Entry files that use every operation, one per client. */
function entries(): { ours: string; theirs: string } {
  const ours = `import { createCognitoIdentityClient } from './src/index.ts';
const c = createCognitoIdentityClient({ region: 'us-east-1' });
export const all = [${OPS.map((op) => `c.${op.charAt(0).toLowerCase()}${op.slice(1)}`).join(', ')}];`;
  const theirs = `import { CognitoIdentityClient, ${OPS.map((op) => `${op}Command`).join(', ')} } from '@aws-sdk/client-cognito-identity';
export const client = new CognitoIdentityClient({ region: 'us-east-1' });
export const all = [${OPS.map((op) => `${op}Command`).join(', ')}];`;
  return { ours, theirs };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints bundle sizes and their ratio; returns them as one figure. */
export async function benchBundleSize(root: string): Promise<Figure> {
  const { ours, theirs } = entries();
  const libraries = "import createClient from 'openapi-fetch'; import { AwsV4Signer } from 'aws4fetch'; export const all = [createClient, AwsV4Signer];";
  const [a, b, c] = await Promise.all([bundleSize(ours, root), bundleSize(theirs, root), bundleSize(libraries, root)]);
  const ratio = a.gzip / b.gzip;
  printTable('Bundle size, all 23 operations (esbuild, minified, browser ESM)', [
    ['client', 'minified', 'gzipped'],
    ['cognito-identity-openapi', kb(a.min), kb(a.gzip)],
    ['@aws-sdk/client-cognito-identity', kb(b.min), kb(b.gzip)],
    ['openapi-fetch + aws4fetch alone', kb(c.min), kb(c.gzip)],
  ]);
  console.log(`  ratio (gzipped): ${ratio.toFixed(3)} = 1/${(1 / ratio).toFixed(1)}; goal at most 1/8 -> ${ratio <= SIZE_GOAL ? 'met' : 'MISSED'}`);
  return {
    key: 'bundle',
    what: 'client bundle, 23 operations, min+gzip',
    figure: `${kb(a.gzip)} vs SDK ${kb(b.gzip)} (1/${(1 / ratio).toFixed(1)}); openapi-fetch + aws4fetch alone ${kb(c.gzip)}`,
    goal: `<= 1/8: ${verdict(ratio <= SIZE_GOAL)}`,
  };
}

async function startServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const target = String(req.headers['x-amz-target']);
      const body = target.endsWith('.GetId')
        ? '{"IdentityId":"us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1"}'
        : '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10","IdentityPoolName":"PhotoShare production","AllowUnauthenticatedIdentities":true}';
      res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': 'bench', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Calls per second of `call`, `concurrency` at a time, for `ms` milliseconds after a warm-up. */
async function rate(call: () => Promise<unknown>, ms: number, concurrency = 8): Promise<number> {
  for (let i = 0; i < 200; i += 1) await call();
  let count = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      await call();
      count += 1;
    }
  }));
  return count / ((performance.now() - start) / 1000);
}

/** Prints calls per second for GetId (unsigned) and DescribeIdentityPool (signed); returns them as one figure. */
export async function benchThroughput(ms = 3000): Promise<Figure> {
  const { server, url } = await startServer();
  const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
  const ours = createCognitoIdentityClient({ region: 'us-east-1', endpoint: url, credentials, retry: { maxAttempts: 1 } });
  const oursHttp = createCognitoIdentityClient({ region: 'us-east-1', endpoint: url, credentials, retry: { maxAttempts: 1 }, fetch: createHttpFetch() });
  const theirs = new sdk.CognitoIdentityClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });
  const pool = { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' };
  const rows: string[][] = [['operation', 'client, global fetch', 'client, node:http fetch', 'AWS SDK v3', 'ratios']];
  const ratios: number[] = [];
  const rates: number[][] = [];
  for (const [name, a, a2, b] of [
    ['GetId (unsigned)', () => ours.getId(pool), () => oursHttp.getId(pool), () => theirs.send(new sdk.GetIdCommand(pool))],
    ['DescribeIdentityPool (signed)', () => ours.describeIdentityPool(pool), () => oursHttp.describeIdentityPool(pool), () => theirs.send(new sdk.DescribeIdentityPoolCommand(pool))],
  ] as const) {
    const r1 = await rate(a, ms);
    const r1b = await rate(a2, ms);
    const r2 = await rate(b, ms);
    ratios.push(Math.max(r1, r1b) / r2);
    rates.push([r1, r1b, r2]);
    rows.push([name, `${r1.toFixed(0)}/s`, `${r1b.toFixed(0)}/s`, `${r2.toFixed(0)}/s`, `${(r1 / r2).toFixed(2)}x / ${(r1b / r2).toFixed(2)}x`]);
  }
  theirs.destroy();
  server.close();
  printTable(`Calls per second, one keep-alive loopback server, 8 in flight, ${ms / 1000} s each`, rows);
  console.log(`  goal: at least ${RATE_GOAL}x the SDK -> ${ratios.every((r) => r >= RATE_GOAL) ? 'met' : 'MISSED'}`);
  const pair = (i: number) => rates.map((r) => (r[i] as number).toFixed(0)).join(' / ');
  return {
    key: 'calls',
    what: 'client calls/s, GetId / DescribeIdentityPool, loopback',
    figure: `global fetch ${pair(0)}; \`node:http\` fetch ${pair(1)}; SDK ${pair(2)}`,
    goal: `${RATE_GOAL}x SDK: ${verdict(ratios.every((r) => r >= RATE_GOAL))}`,
  };
}
