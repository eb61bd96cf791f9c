/** The browser-safe SigV4 signer (aws4fetch, over Web Crypto), and the signed operations' functions that default to it. */
import { AwsV4Signer } from 'aws4fetch';
import { SIGNING_NAME } from '../protocol.ts';
import { type OperationFunction, signedOperationOver } from './send.ts';
import type { Signer } from './signer.ts';
import type { OperationName } from './types.ts';

/** How many derived keys a client keeps: keys change daily and with each credential rotation. */
const MAX_CACHED_KEYS = 16;

/**
 * The browser signer: aws4fetch's SigV4 over Web Crypto, so it runs in browsers, workers and Node. It signs
 * every header sent, Content-Type included, as the AWS SDKs do; `keys` caches derived signing keys.
 */
export const signWithWebCrypto: Signer = async (request, credentials, region, keys) => {
  if (keys.size > MAX_CACHED_KEYS) keys.clear();
  const signer = new AwsV4Signer({
    url: request.url, method: request.method, headers: request.headers, body: request.body,
    accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    service: SIGNING_NAME, region, cache: keys as Map<string, ArrayBuffer>, allHeaders: true,
  });
  const { headers } = await signer.sign();
  // fetch sets Host itself (it is a forbidden header name); the signature covers the same value.
  return Object.fromEntries([...headers].filter(([name]) => name !== 'host'));
};

/** The function of a SigV4-signed operation, signing with the Web Crypto signer unless the context has its own. */
export function signedOperation<Op extends OperationName>(operation: Op): OperationFunction<Op> {
  return signedOperationOver(operation, signWithWebCrypto);
}
