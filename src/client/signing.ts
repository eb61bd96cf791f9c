/** SigV4 signing of one request with aws4fetch's signer (Web Crypto; runs in browsers and Node). */
import { AwsV4Signer } from 'aws4fetch';
import { SIGNING_NAME } from '../protocol.ts';
import type { Credentials } from './credentials.ts';

/** A request as the transport holds it: replayable for retries. */
export interface RequestParts {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/** How many derived keys a client keeps: keys change daily and with each credential rotation. */
const MAX_CACHED_KEYS = 16;

/**
 * A cache of derived signing keys (aws4fetch keys it by secret, date, region and service), for one client:
 * without it aws4fetch recomputes the four HMACs of the key derivation for every request.
 */
export function createSigningKeyCache(): Map<string, ArrayBuffer> {
  return new Map();
}

/** The headers of `parts` plus `Authorization`, `X-Amz-Date` and `X-Amz-Security-Token` when there is a session. */
export async function signRequest(
  parts: RequestParts, credentials: Credentials, region: string, cache: Map<string, ArrayBuffer>,
): Promise<Headers> {
  if (cache.size > MAX_CACHED_KEYS) cache.clear();
  const signer = new AwsV4Signer({
    url: parts.url,
    method: parts.method,
    headers: parts.headers,
    body: parts.body,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    service: SIGNING_NAME,
    region,
    cache,
    // Sign Content-Type too, as the AWS SDKs do; aws4fetch leaves it out by default.
    allHeaders: true,
  });
  return (await signer.sign()).headers;
}
