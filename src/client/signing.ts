/** SigV4 signing with aws4fetch's signer (Web Crypto; runs in browsers and Node). */
import { AwsV4Signer } from 'aws4fetch';
import { SIGNING_NAME } from '../protocol.ts';
import type { Signer } from './signer.ts';

/** How many derived keys a cache keeps: keys change daily and with each credential rotation. */
const MAX_CACHED_KEYS = 16;

/**
 * The browser signer. aws4fetch keys its cache by secret, date, region and service; without the cache it
 * recomputes the four HMACs of the key derivation for every request.
 */
export const signWithWebCrypto: Signer = async (request, credentials, region, keys) => {
  if (keys.size > MAX_CACHED_KEYS) keys.clear();
  const signer = new AwsV4Signer({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    service: SIGNING_NAME,
    region,
    cache: keys as Map<string, ArrayBuffer>,
    // Sign Content-Type too, as the AWS SDKs do; aws4fetch leaves it out by default.
    allHeaders: true,
  });
  return Object.fromEntries((await signer.sign()).headers);
};
