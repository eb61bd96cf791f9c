/** AWS credentials for signing: given once, or fetched from a provider and refreshed before they expire. */
import { CognitoIdentityConfigError } from './errors.ts';

/** A set of AWS credentials. */
export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When temporary credentials stop working; the client refreshes them before then. */
  expiration?: Date;
}

/** Where credentials come from: fixed values, or an async function called again when they near expiry. */
export type CredentialSource = Credentials | (() => Promise<Credentials>);

/** Refresh this long before `expiration`, so a request is never signed with credentials about to die. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Throws a CognitoIdentityConfigError unless `value` is a usable credential set. */
export function assertCredentials(value: unknown, where: string): asserts value is Credentials {
  const c = value as Partial<Credentials> | null;
  if (!c || typeof c !== 'object') throw new CognitoIdentityConfigError(`${where}: credentials must be an object or an async function`);
  if (typeof c.accessKeyId !== 'string' || !c.accessKeyId) throw new CognitoIdentityConfigError(`${where}: credentials have no accessKeyId`);
  if (typeof c.secretAccessKey !== 'string' || !c.secretAccessKey) throw new CognitoIdentityConfigError(`${where}: credentials have no secretAccessKey`);
  if (c.sessionToken !== undefined && typeof c.sessionToken !== 'string') throw new CognitoIdentityConfigError(`${where}: sessionToken must be a string`);
  if (c.expiration !== undefined && !(c.expiration instanceof Date && !Number.isNaN(c.expiration.getTime()))) {
    throw new CognitoIdentityConfigError(`${where}: expiration must be a valid Date`);
  }
}

/** A function that returns current credentials, calling the provider only when none are cached or they near expiry. */
export function createCredentialCache(source: CredentialSource, now: () => number = Date.now): () => Promise<Credentials> {
  if (typeof source !== 'function') {
    assertCredentials(source, 'createCognitoIdentityClient');
    return async () => source;
  }
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  const fresh = (c: Credentials | undefined) => c !== undefined && (!c.expiration || c.expiration.getTime() - REFRESH_MARGIN_MS > now());
  return async () => {
    if (fresh(current)) return current as Credentials;
    pending ??= source().then((c) => {
      assertCredentials(c, 'the credential provider');
      current = c;
      return c;
    }).finally(() => { pending = undefined; });
    return pending;
  };
}
