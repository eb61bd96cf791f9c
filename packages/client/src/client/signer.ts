/** The shape of a SigV4 signer, so the browser (Web Crypto) and Node (`node:crypto`) ones are interchangeable. */
import type { Credentials } from './credentials.ts';

/** A request about to be signed: plain headers, string body. */
export interface SignableRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Signs a request: resolves to its headers plus `authorization`, `x-amz-date` and, with a session,
 * `x-amz-security-token`. `keys` caches derived signing keys between calls.
 */
export type Signer = (request: SignableRequest, credentials: Credentials, region: string, keys: Map<string, unknown>) => Promise<Record<string, string>>;

/** The signing step a signed operation hands the sender: signs one attempt's request. */
export type Authorize = (request: SignableRequest) => Promise<Record<string, string>>;
