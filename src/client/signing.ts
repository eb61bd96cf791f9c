/** SigV4 signing with aws4fetch's signer (Web Crypto; runs in browsers and Node). */
import { AwsV4Signer } from 'aws4fetch';
import { SIGNING_NAME } from '../protocol.ts';
import { CognitoIdentityConfigError } from './errors.ts';
import type { Authorize, Signer } from './signer.ts';

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

/** The signing step the signed operations hand the sender: the context's signer, else the Web Crypto one. */
export const sigv4: Authorize = async (context, operation, request) => {
  if (!context.credentials) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass credentials to createCognitoIdentityClient (or createCognitoIdentityContext)`);
  if (!context.region) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass the region to sign for`);
  return (context.signer ?? signWithWebCrypto)(request, await context.credentials(), context.region, context.signingKeys);
};
