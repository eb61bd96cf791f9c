/**
 * Node-only: the SigV4 signer over `node:crypto` (synchronous HMAC-SHA256: no Web Crypto promise per HMAC).
 * The signing rules are src/client/sigv4.ts; checked against @smithy/signature-v4 (test/src/node/signing.test.ts).
 */
import type { Signer } from '../client/signer.ts';
import { type SigV4Hashes, signSigV4 } from '../client/sigv4.ts';

let nodeHashes: SigV4Hashes<Buffer> | undefined;

/** The hashes over `node:crypto`, imported on the first signature (a client that never signs never loads it). */
async function hashes(): Promise<SigV4Hashes<Buffer>> {
  if (nodeHashes) return nodeHashes;
  const { createHash, createHmac } = await import('node:crypto');
  return (nodeHashes = {
    sha256Hex: (data) => createHash('sha256').update(data, 'utf8').digest('hex'),
    hmac: (key, data) => createHmac('sha256', key).update(data, 'utf8').digest(),
    hex: (mac) => mac.toString('hex'),
  });
}

/** The Node signer. */
export const signWithNodeCrypto: Signer = async (request, credentials, region, keys) => signSigV4(request, credentials, region, keys, nodeHashes ?? await hashes());
