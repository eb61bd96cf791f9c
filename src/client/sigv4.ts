/**
 * SigV4 for this service's requests, written once over two hash back ends: Web Crypto (browsers,
 * src/client/signing.ts) and `node:crypto` (src/node/signing.ts). Only what a JSON 1.1 call needs: every
 * header sent is signed (as the AWS SDKs do, minus the ones proxies change), the path is escaped twice, the
 * body is hashed. Both signers are checked against @smithy/signature-v4 (test/src/client/signing.test.ts,
 * test/src/node/signing.test.ts). Derived keys are kept per secret, day and region.
 */
import { SIGNING_NAME } from '../protocol.ts';
import type { Credentials } from './credentials.ts';
import type { SignableRequest } from './signer.ts';

/** The hash functions a signer needs; each may answer at once (Node) or later (Web Crypto). */
export interface SigV4Hashes<K> {
  sha256Hex(data: string): string | Promise<string>;
  hmac(key: K | string, data: string): K | Promise<K>;
  hex(mac: K): string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_CACHED_KEYS = 16;
/** Headers proxies may change, never signed (the list @smithy/signature-v4 leaves out). */
const UNSIGNABLE = /^(authorization|cache-control|connection|expect|from|keep-alive|max-forwards|pragma|referer|te|trailer|transfer-encoding|upgrade|user-agent|x-amzn-trace-id)$/;

/** RFC 3986 escaping, as SigV4 wants it (encodeURIComponent leaves `!'()*` alone). */
const escape = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `20261122T083000Z`. */
const amzDate = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** The canonical request's text, and the signed header names. */
function canonicalRequest(request: SignableRequest, host: string, headers: Record<string, string>, url: URL, bodyHash: string): [string, string] {
  const signed = Object.entries({ ...headers, host })
    .filter(([name]) => !UNSIGNABLE.test(name))
    .map(([name, value]) => [name, String(value).trim().replace(/\s+/g, ' ')])
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const names = signed.map(([name]) => name).join(';');
  const query = [...url.searchParams].map(([k, v]) => `${escape(k)}=${escape(v)}`).sort().join('&');
  const text = [request.method, url.pathname.split('/').map(escape).join('/'), query,
    signed.map(([name, value]) => `${name}:${value}\n`).join(''), names, bodyHash].join('\n');
  return [text, names];
}

/** Signs `request`: its headers (names lower-cased) plus `authorization`, `x-amz-date` and, with a session, `x-amz-security-token`. */
export async function signSigV4<K>(
  request: SignableRequest, credentials: Credentials, region: string, keys: Map<string, unknown>, hashes: SigV4Hashes<K>,
): Promise<Record<string, string>> {
  const url = new URL(request.url);
  const datetime = amzDate(new Date());
  const day = datetime.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const name in request.headers) headers[name.toLowerCase()] = request.headers[name] as string;
  headers['x-amz-date'] = datetime;
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const [canonical, names] = canonicalRequest(request, url.host, headers, url, await hashes.sha256Hex(request.body));
  const scope = `${day}/${region}/${SIGNING_NAME}/aws4_request`;
  const id = `${credentials.secretAccessKey}/${scope}`;
  let key = keys.get(id) as K | undefined;
  if (key === undefined) {
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    key = await hashes.hmac(await hashes.hmac(await hashes.hmac(await hashes.hmac(`AWS4${credentials.secretAccessKey}`, day), region), SIGNING_NAME), 'aws4_request');
    keys.set(id, key);
  }
  const signature = hashes.hex(await hashes.hmac(key, `${ALGORITHM}\n${datetime}\n${scope}\n${await hashes.sha256Hex(canonical)}`));
  headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names}, Signature=${signature}`;
  return headers;
}
