/**
 * `fromCognitoIdentityPool`: AWS credentials for a browser app from an identity pool, in the form the AWS SDK
 * for JavaScript v3 takes as `credentials`. The enhanced flow (GetId, then GetCredentialsForIdentity), both
 * unsigned: this module reaches neither a signer nor openapi-fetch. It calls the sender directly (it has no
 * call options for the operation functions to check).
 */
import { type WireFetch, type WireRequestInit, regionalEndpointOf } from '../client/config.ts';
import { REFRESH_MARGIN_MS } from '../client/credentials.ts';
import { type CognitoIdentityError, isCognitoIdentityError } from '../client/errors.ts';
import { DEFAULT_RETRY, type RetryOptions } from '../client/retry.ts';
import { type Transport, sendOperation } from '../client/send.ts';
import type { Output } from '../client/types.ts';
import { fromEpochSeconds } from '../protocol.ts';
import { type IdentityIdStorage, defaultStorage, identityIdKey, readId, writeId } from './identity-id-store.ts';

/** Provider tokens by provider name, such as `{ 'accounts.google.com': idToken }`. */
export type Logins = Record<string, string>;

/** What `fromCognitoIdentityPool` takes. */
export interface CognitoIdentityPoolOptions {
  /** The identity pool, `<region>:<uuid>`; its prefix is the default region. */
  identityPoolId: string;
  /** The signed-in user's tokens, or an async function giving current ones (asked on every refresh); none for a guest. */
  logins?: Logins | (() => Logins | undefined | Promise<Logins | undefined>);
  /** The role to assume when the pool's rules allow several. */
  customRoleArn?: string;
  /** The AWS Region of the pool (default: the pool id's prefix). */
  region?: string;
  /** A URL replacing the regional endpoint (a local mock or emulator). */
  endpoint?: string;
  /** Where the identity id is kept (default: `localStorage` when there is one, else memory). */
  storage?: IdentityIdStorage;
  /** The fetch to call the service with (default: the global fetch). */
  fetch?: WireFetch;
  /** Retries of throttling and server faults. */
  retry?: RetryOptions;
}

/** The credentials the provider resolves: the AWS SDK v3's `AwsCredentialIdentity`, plus the identity id. */
export interface CognitoIdentityCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  identityId: string;
}

/** The provider: call it for credentials (cached until 5 minutes before they expire); `clear()` on sign-out. */
export interface CognitoIdentityCredentialProvider {
  (): Promise<CognitoIdentityCredentials>;
  /** Forgets the credentials and the kept identity id, so the next call starts a new identity. */
  clear(): Promise<void>;
}

/**
 * Whether a cached identity id is what failed: the identity was deleted (ResourceNotFoundException), or it
 * belongs to other logins (the NotAuthorizedException messages quoted in the semantics reference).
 */
export function isStaleIdentityError(error: unknown): error is CognitoIdentityError {
  if (isCognitoIdentityError(error, 'ResourceNotFoundException')) return true;
  return isCognitoIdentityError(error, 'NotAuthorizedException') && /^(Logins don't match|Access to Identity '[^']*' is forbidden)/.test(error.message);
}

/**
 * The transport of the two public calls, built here rather than by createCognitoIdentityContext, whose checks
 * and full endpoint table would double this module's size: region from the pool id, endpoint by rule.
 */
function transportOf(options: CognitoIdentityPoolOptions): Transport {
  const [prefix, id] = String(options.identityPoolId).split(':');
  if (!id) throw new TypeError('fromCognitoIdentityPool: identityPoolId is not <region>:<id>');
  return {
    endpoint: (options.endpoint ?? regionalEndpointOf(options.region ?? (prefix as string))).replace(/\/+$/, ''),
    fetch: options.fetch ?? ((url: string, init: WireRequestInit) => globalThis.fetch(url, init)),
    retry: { ...DEFAULT_RETRY, ...options.retry },
  };
}

/** The credentials in a GetCredentialsForIdentity output, or an Error when the answer lacks any of them. */
function credentialsOf(output: Output<'GetCredentialsForIdentity'>, identityId: string): CognitoIdentityCredentials {
  const c = output.Credentials;
  if (!(c?.AccessKeyId && c.SecretKey && c.SessionToken && c.Expiration)) throw new Error('GetCredentialsForIdentity: incomplete credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken, expiration: fromEpochSeconds(c.Expiration), identityId: output.IdentityId ?? identityId };
}

/** A credential provider for an identity pool; see CognitoIdentityPoolOptions. */
export function fromCognitoIdentityPool(options: CognitoIdentityPoolOptions): CognitoIdentityCredentialProvider {
  const { identityPoolId, customRoleArn } = options;
  const transport = transportOf(options);
  const storage = options.storage ?? defaultStorage();
  const key = identityIdKey(identityPoolId);
  let current: CognitoIdentityCredentials | undefined;
  let pending: Promise<CognitoIdentityCredentials> | undefined;
  let generation = 0;

  const fetchCredentials = async (started: number): Promise<CognitoIdentityCredentials> => {
    const given = typeof options.logins === 'function' ? await options.logins() : options.logins;
    // Members left undefined are left out of the JSON body.
    const Logins = given && Object.keys(given).length > 0 ? given : undefined;
    const exchange = async (IdentityId: string) => {
      const credentials = credentialsOf(await sendOperation(transport, 'GetCredentialsForIdentity', { IdentityId, Logins, CustomRoleArn: customRoleArn }), IdentityId);
      // A kept guest id sent with a returning user's login is answered for that user's identity: keep that one
      // (as Amplify does with the answer's IdentityId, aws-amplify/amplify-js#14207).
      if (credentials.identityId !== IdentityId && started === generation) await writeId(storage, key, credentials.identityId);
      return credentials;
    };
    const cached = await readId(storage, key);
    if (cached) {
      try { return await exchange(cached); } catch (error) {
        if (!isStaleIdentityError(error)) throw error;
        // Start again once with a new identity, as the AWS SDK and Amplify do.
        await writeId(storage, key, undefined);
      }
    }
    const { IdentityId } = await sendOperation(transport, 'GetId', { IdentityPoolId: identityPoolId, Logins });
    if (!IdentityId) throw new Error('GetId: no IdentityId');
    // A sign-out (clear) while this was under way must not find the old user's id kept afterwards.
    if (started === generation) await writeId(storage, key, IdentityId);
    return exchange(IdentityId);
  };

  const provider = async (): Promise<CognitoIdentityCredentials> => {
    if (current && current.expiration.getTime() - REFRESH_MARGIN_MS > Date.now()) return current;
    const started = generation;
    pending ??= fetchCredentials(started).then((credentials) => {
      if (started === generation) current = credentials;
      return credentials;
    }).finally(() => { pending = undefined; });
    return pending;
  };
  provider.clear = async (): Promise<void> => {
    generation += 1;
    current = undefined;
    pending = undefined;
    await writeId(storage, key, undefined);
  };
  return provider;
}
