/**
 * Node-only: SigV4 for this service's requests with `node:crypto` (synchronous HMAC-SHA256, no Web Crypto
 * promise per HMAC), keeping derived signing keys per secret, day and region. Checked against
 * @smithy/signature-v4 (test/src/node/signing.test.ts). Every header sent is signed, as the AWS SDKs do.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Signer } from '../client/signer.ts';
import { SIGNING_NAME } from '../protocol.ts';

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** Headers proxies may change, never signed (the list @smithy/signature-v4 leaves out). */
const UNSIGNABLE = new Set(['authorization', 'cache-control', 'connection', 'expect', 'from', 'keep-alive', 'max-forwards', 'pragma', 'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'x-amzn-trace-id']);
const MAX_CACHED_KEYS = 16;

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');

/** RFC 3986 escaping, as SigV4 wants it (encodeURIComponent leaves `!'()*` alone). */
const escape = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The canonical URI: each path segment escaped once more (SigV4 for every service but S3). */
function canonicalPath(pathname: string): string {
  return pathname.split('/').map(escape).join('/');
}

/** The canonical query string: pairs escaped and sorted. */
function canonicalQuery(search: URLSearchParams): string {
  return [...search].map(([k, v]) => `${escape(k)}=${escape(v)}`).sort().join('&');
}

function signingKey(secret: string, day: string, region: string, keys: Map<string, unknown>): Buffer {
  const id = `${secret}\n${day}\n${region}`;
  let key = keys.get(id) as Buffer | undefined;
  if (key === undefined) {
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), SIGNING_NAME), 'aws4_request');
    keys.set(id, key);
  }
  return key;
}

/** `20261122T083000Z` for a date. */
const amzDate = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** The Node signer: the request's headers plus `authorization`, `x-amz-date` and, with a session, `x-amz-security-token`. */
export const signWithNodeCrypto: Signer = async (request, credentials, region, keys) => {
  const url = new URL(request.url);
  const datetime = amzDate(new Date());
  const day = datetime.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const name in request.headers) headers[name.toLowerCase()] = request.headers[name] as string;
  headers['x-amz-date'] = datetime;
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const signed: Array<[string, string]> = Object.entries({ ...headers, host: url.host })
    .filter(([name]) => !UNSIGNABLE.has(name))
    .map(([name, value]): [string, string] => [name, String(value).trim().replace(/\s+/g, ' ')])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const signedNames = signed.map(([name]) => name).join(';');
  const canonical = [request.method, canonicalPath(url.pathname), canonicalQuery(url.searchParams),
    signed.map(([name, value]) => `${name}:${value}\n`).join(''), signedNames, sha256Hex(request.body)].join('\n');
  const scope = `${day}/${region}/${SIGNING_NAME}/aws4_request`;
  const stringToSign = `${ALGORITHM}\n${datetime}\n${scope}\n${sha256Hex(canonical)}`;
  const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, day, region, keys)).update(stringToSign, 'utf8').digest('hex');
  headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedNames}, Signature=${signature}`;
  return headers;
};
