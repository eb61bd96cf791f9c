/**
 * Who is calling and where: the account and region of a call. A signed call names its region in the SigV4
 * credential scope (`Credential=<key>/<date>/<region>/cognito-identity/aws4_request`); an access key id of
 * exactly 12 digits selects that account (LocalStack's convention), any other the default account. A public
 * call's region is its id's `<region>:` prefix.
 */
import type { Transaction } from './store.ts';
import type { TokenIssuer } from './tokens.ts';
import type { TokenCheck } from './trusted-issuers.ts';

/** What every handler gets: the transaction, the caller, the clock and the token issuer. */
export interface Context {
  tx: Transaction;
  /** The caller's account (signed calls) or the default account (public calls). */
  account: string;
  /** The region of the credential scope; undefined for public calls. */
  region: string | undefined;
  /** Now, in epoch seconds. */
  now: number;
  tokens: TokenIssuer;
  /** Claims of the emulator's own tokens found in the call's Logins, verified before the handler ran. */
  verified: ReadonlyMap<string, Record<string, unknown>>;
  /** The signature check of each JWT among the call's Logins (other than the emulator's own), by Logins key. */
  tokenChecks: ReadonlyMap<string, { token: string; check: TokenCheck }>;
}

/** The default account and region. */
export const DEFAULTS = { account: '123456789012', region: 'us-east-1' };

/** Access key id and region from a SigV4 `Authorization` header, if it has a credential scope. */
export function credentialScope(authorization: string | undefined): { accessKeyId: string; region: string } | undefined {
  const match = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\/[^/,\s]+\/aws4_request/.exec(authorization ?? '');
  return match ? { accessKeyId: match[1] as string, region: match[2] as string } : undefined;
}

/**
 * Account and region of a call. A signed call without a readable credential scope falls back to the default
 * account and region (choice: the front only checks that a signature is present, and AWS's answer to a
 * malformed one is not part of this service's errors).
 */
export function callerOf(authorization: string | undefined, defaultAccount: string): { account: string; region: string | undefined } {
  if (authorization === undefined) return { account: defaultAccount, region: undefined };
  const scope = credentialScope(authorization);
  if (!scope) return { account: defaultAccount, region: DEFAULTS.region };
  return { account: /^\d{12}$/.test(scope.accessKeyId) ? scope.accessKeyId : defaultAccount, region: scope.region };
}
