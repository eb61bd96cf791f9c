/**
 * Node-only: the SigV4 signer over `node:crypto`, by the `aws4` library (synchronous HMAC-SHA256: no Web
 * Crypto promise per HMAC; it caches derived keys itself). Checked against @smithy/signature-v4
 * (test/src/node/signing.test.ts).
 */
import { createRequire } from 'node:module';
import type { Signer } from '../client/signer.ts';
import { SIGNING_NAME } from '../protocol.ts';

let library: typeof import('aws4') | undefined;

/**
 * aws4 (and through it node:crypto), loaded on the first signature, so a client that never signs never loads
 * it. By `require`: aws4 is CommonJS, and a dynamic `import()` of it costs a cold start about 7 ms more
 * (the ESM loader parses it for its exports), as bench/client.ts's cold start shows.
 */
function aws4(): typeof import('aws4') {
  return (library ??= createRequire(import.meta.url)('aws4') as typeof import('aws4'));
}

/** The Node signer: the request's headers (names lower-cased) plus `authorization`, `x-amz-date` and, with a session, `x-amz-security-token`. */
export const signWithNodeCrypto: Signer = async (request, credentials, region) => {
  const url = new URL(request.url);
  const headers: Record<string, string> = { host: url.host };
  for (const name in request.headers) headers[name.toLowerCase()] = request.headers[name] as string;
  const signed = aws4().sign({ host: url.host, path: `${url.pathname}${url.search}`, method: request.method, headers, body: request.body, service: SIGNING_NAME, region }, {
    accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
  });
  // node:http sets Host and Content-Length itself, to the same values the signature covers.
  return Object.fromEntries(Object.entries(signed.headers as Record<string, string | number>)
    .filter(([name]) => name.toLowerCase() !== 'host')
    .map(([name, value]) => [name.toLowerCase(), String(value)]));
};
