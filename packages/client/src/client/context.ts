/**
 * The context every operation function takes: endpoint, transport, retry policy and, for the signed
 * operations, region, credentials and signer. Creating one checks the configuration; it imports no signer.
 */
import { type ClientConfig, type WireFetch, resolveConfig } from './config.ts';
import { type Credentials, createCredentialCache } from './credentials.ts';
import type { RetryPolicy } from './retry.ts';
import type { Signer } from './signer.ts';

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call (and its retries). */
  signal?: AbortSignal;
  /**
   * Extra request headers for this call, such as a mock's `Prefer: code=404`. They are signed with the
   * request; the headers the client sets itself (target, content type, signature) cannot be replaced.
   */
  headers?: Readonly<Record<string, string>>;
}

/** What an operation function needs to send a request. */
export interface CognitoIdentityContext {
  /** The endpoint requests go to. */
  readonly endpoint: string;
  /** The AWS Region requests are signed for. */
  readonly region: string | undefined;
  /** The transport. */
  readonly fetch: WireFetch;
  /** Current developer credentials (cached, refreshed before they expire); undefined when none were given. */
  readonly credentials: (() => Promise<Credentials>) | undefined;
  /** The retry policy. */
  readonly retry: RetryPolicy;
  /** A signer that replaces the signed operations' own (the Node entry's `node:crypto` one). */
  readonly signer: Signer | undefined;
  /** Derived signing keys, kept per context (they change daily and with each credential rotation). */
  readonly signingKeys: Map<string, unknown>;
}

/** A context for the operation functions; throws CognitoIdentityConfigError for a bad configuration. */
export function createCognitoIdentityContext(config: ClientConfig, signer?: Signer): CognitoIdentityContext {
  const resolved = resolveConfig(config);
  const credentials = resolved.credentials === undefined ? undefined : createCredentialCache(resolved.credentials);
  return { ...resolved, credentials, signer, signingKeys: new Map() };
}
