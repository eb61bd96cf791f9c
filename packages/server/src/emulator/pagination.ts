/**
 * Page tokens: opaque to callers, stable for the store. A token names the list it belongs to and the creation
 * sequence number of the last item returned, so the next page starts right after it whatever was inserted or
 * deleted meanwhile.
 */
import { invalidParameter } from './errors.ts';

/** The token for a page that ended at sequence number `seq` of list `scope`. */
export function encodePageToken(scope: string, seq: number): string {
  return Buffer.from(JSON.stringify({ s: scope, n: seq })).toString('base64url');
}

/**
 * The sequence number a token continues after. A token of another list, or one this emulator did not make,
 * is refused with InvalidParameterException (choice: AWS's answer to a forged token is not documented).
 */
export function decodePageToken(token: string, scope: string): number {
  let value: { s?: unknown; n?: unknown } | undefined;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof value;
  } catch {
    value = undefined;
  }
  if (!value || value.s !== scope || typeof value.n !== 'number' || !Number.isInteger(value.n)) {
    return invalidParameter('The NextToken is not valid for this request.');
  }
  return value.n;
}
