/** The browser-safe SigV4 signer (Web Crypto), and the signing step the signed operations hand the sender. */
import { CognitoIdentityConfigError } from './errors.ts';
import { type OperationFunction, checkCallOptions, sendOperation } from './send.ts';
import type { Authorize, Signer } from './signer.ts';
import { type SigV4Hashes, signSigV4 } from './sigv4.ts';
import type { OperationName } from './types.ts';

const encoder = new TextEncoder();
const subtle = () => globalThis.crypto.subtle;

const webHashes: SigV4Hashes<ArrayBuffer> = {
  sha256Hex: async (data) => hexOf(await subtle().digest('SHA-256', encoder.encode(data))),
  hmac: async (key, data) => subtle().sign('HMAC', await subtle().importKey('raw', typeof key === 'string' ? encoder.encode(key) : key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), encoder.encode(data)),
  hex: (mac) => hexOf(mac),
};

function hexOf(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The browser signer: Web Crypto, so it runs in browsers, workers and Node. */
export const signWithWebCrypto: Signer = (request, credentials, region, keys) => signSigV4(request, credentials, region, keys, webHashes);

/** The signing step the signed operations hand the sender: the context's signer, else the Web Crypto one. */
export const sigv4: Authorize = async (context, operation, request) => {
  if (!context.credentials) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass credentials to createCognitoIdentityClient (or createCognitoIdentityContext)`);
  if (!context.region) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass the region to sign for`);
  return (context.signer ?? signWithWebCrypto)(request, await context.credentials(), context.region, context.signingKeys);
};

/** The function of a SigV4-signed operation: it hands the sender the signing step. */
export function signedOperation<Op extends OperationName>(operation: Op): OperationFunction<Op> {
  return async (context, input, options) => sendOperation(context, operation, input, checkCallOptions(operation, options), sigv4);
}
