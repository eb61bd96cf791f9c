/**
 * `createSigningFetch`: a `fetch` for any client generated from the published document (openapi-fetch,
 * @hey-api/openapi-ts, ...). Such clients put the operation in the URL's `#X-Amz-Target=...` fragment, the
 * document's path key; this fetch turns it into the wire request (protocol.ts) and signs the signed operations.
 */
import { operations } from '../../generated/service-metadata.ts';
import { HTTP_PATH, MEDIA_TYPE, TARGET_HEADER, operationOfPathKey, targetOf, wireUrl } from '../protocol.ts';
import { type CredentialSource, type Credentials, createCredentialCache } from './credentials.ts';
import { CognitoIdentityConfigError } from './errors.ts';
import type { Signer } from './signer.ts';
import { signWithWebCrypto } from './signing.ts';

/** What `createSigningFetch` takes. */
export interface SigningFetchConfig {
  /** The AWS Region to sign for (needed by the 19 signed operations). */
  region?: string;
  /** Developer credentials for the signed operations: fixed, or an async provider (cached, refreshed). */
  credentials?: CredentialSource;
  /** The fetch that sends the wire request (default: the global fetch). */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** The signer (default: the Web Crypto one; the Node entry passes its `node:crypto` one). */
  signer?: Signer;
}

/** A standard `fetch(input, init?)`. */
export type SigningFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** The signed flag of an operation, from the generated table. */
const isSigned = (operation: string) => (operations as Record<string, { signed: boolean } | undefined>)[operation]?.signed ?? true;

/** A fetch that sends document-built requests as the service wants them; other URLs pass through untouched. */
export function createSigningFetch(config: SigningFetchConfig = {}): SigningFetch {
  return createSigningFetchOver(config, signWithWebCrypto);
}

/** createSigningFetch signing with `config.signer`, else `fallback` (the Node entry's, so it never loads aws4fetch). */
export function createSigningFetchOver(config: SigningFetchConfig, fallback: Signer): SigningFetch {
  const send = config.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  const credentials: (() => Promise<Credentials>) | undefined = config.credentials === undefined ? undefined : createCredentialCache(config.credentials);
  const sign = config.signer ?? fallback;
  const keys = new Map<string, unknown>();
  return async (input, init) => {
    const request = new Request(input, init);
    const operation = operationOfPathKey(HTTP_PATH + new URL(request.url).hash);
    if (operation === undefined) return send(request.url, { method: request.method, headers: request.headers, body: await request.text() || undefined, signal: request.signal });
    const url = wireUrl(request.url);
    let headers: Record<string, string> = Object.fromEntries(request.headers);
    headers[TARGET_HEADER.toLowerCase()] = targetOf(operation);
    headers['content-type'] = MEDIA_TYPE;
    const body = await request.text();
    if (isSigned(operation)) {
      if (!credentials || !config.region) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: give createSigningFetch a region and credentials`);
      headers = await sign({ url, method: request.method, headers, body }, await credentials(), config.region, keys);
    }
    return send(url, { method: request.method, headers, body, signal: request.signal });
  };
}
