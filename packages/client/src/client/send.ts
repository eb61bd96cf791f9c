/**
 * Sends one operation: JSON body, the wire headers, SigV4 when the caller hands a signing step, retries by
 * error type. This is the lean core the credential provider shares with the operation functions: it checks
 * nothing (the operation functions check input and call options at the API's edge, checkCall), never
 * imports a signer (signed operations pass theirs), and calls `fetch(url, { method, headers, body })`
 * directly: no `Request` is built and read back.
 */
import { EMPTY_OUTPUT, HTTP_METHOD, HTTP_PATH, MEDIA_TYPE, TARGET_HEADER, targetOf } from '../protocol.ts';
import type { WireFetch } from './config.ts';
import type { CallOptions, CognitoIdentityContext } from './context.ts';
import { CognitoIdentityConfigError, toServiceError } from './errors.ts';
import { backoffDelay, isRetryableFailure, sleep, type RetryPolicy } from './retry.ts';
import type { Authorize, Signer } from './signer.ts';
import type { Input, OperationName, Output } from './types.ts';

/** What the core needs to send: where, over what, and how often to try. */
export interface Transport {
  readonly endpoint: string;
  readonly fetch: WireFetch;
  readonly retry: RetryPolicy;
}

/** Headers the client writes itself; a call cannot set them. */
const CLIENT_HEADERS = ['x-amz-target', 'content-type', 'content-length', 'host', 'authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

/**
 * A call's input and options checked at the API's edge: the input is an object, the extra headers an object
 * of strings, none of them a header the client writes itself. Returns the options with header names lower-cased.
 */
export function checkCall(operation: string, input: unknown, options: CallOptions | undefined): CallOptions | undefined {
  const fail = (message: string): never => { throw new CognitoIdentityConfigError(`${operation}: ${message}`); };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) fail('input must be an object');
  const extra = options?.headers;
  if (extra === undefined) return options;
  if (extra === null || typeof extra !== 'object') fail('options.headers must be an object of header names to strings');
  const headers: Record<string, string> = {};
  for (const name in extra) {
    if (CLIENT_HEADERS.includes(name.toLowerCase())) fail(`options.headers cannot set ${name}; the client sets it`);
    if (typeof extra[name] !== 'string') fail(`options.headers.${name} must be a string`);
    headers[name.toLowerCase()] = extra[name] as string;
  }
  return { ...options, headers };
}

/**
 * Sends `operation` (options as checkCall returns them); a signed operation's function hands `authorize`,
 * its signing step (signedOperationOver), called afresh for each attempt.
 */
export async function sendOperation<Op extends OperationName>(
  context: Transport, operation: Op, input: Input<Op>, options?: CallOptions, authorize?: Authorize,
): Promise<Output<Op>> {
  const url = context.endpoint + HTTP_PATH;
  const body = JSON.stringify(input);
  const headers = { ...options?.headers, [TARGET_HEADER.toLowerCase()]: targetOf(operation), 'content-type': MEDIA_TYPE };
  const signal = options?.signal;
  for (let attempt = 1; ; attempt += 1) {
    // Outside the try: a signing step's configuration error is not worth another attempt.
    const init = { method: HTTP_METHOD, headers: authorize ? await authorize({ url, method: HTTP_METHOD, headers, body }) : headers, body, signal };
    let failure: unknown;
    try {
      const response = await context.fetch(url, init);
      const text = await response.text();
      if (response.status >= 200 && response.status < 300) return text ? JSON.parse(text) : { ...EMPTY_OUTPUT };
      failure = toServiceError(operation, response, text);
    } catch (error) {
      if (signal?.aborted) throw error;
      failure = error;
    }
    if (attempt >= context.retry.maxAttempts || !isRetryableFailure(failure)) throw failure;
    await sleep(backoffDelay(attempt, context.retry), signal);
  }
}

/** An operation's function: `getId(context, input, options?)`. */
export type OperationFunction<Op extends OperationName> = (context: CognitoIdentityContext, input: Input<Op>, options?: CallOptions) => Promise<Output<Op>>;

/** The function of a public (unsigned) operation: it never reaches a signer. */
export function publicOperation<Op extends OperationName>(operation: Op): OperationFunction<Op> {
  return async (context, input, options) => sendOperation(context, operation, input, checkCall(operation, input, options));
}

/**
 * The function of a SigV4-signed operation: it signs each attempt with the context's signer, else `fallback`
 * (the browser entry passes the Web Crypto signer, src/client/signing.ts; the Node entry its `node:crypto`
 * one, so its bundle never loads aws4fetch). A context without credentials or region is refused, unsent.
 */
export function signedOperationOver<Op extends OperationName>(operation: Op, fallback: Signer): OperationFunction<Op> {
  return async (context, input, options) => sendOperation(context, operation, input, checkCall(operation, input, options), async (request) => {
    if (!context.credentials) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass credentials to createCognitoIdentityClient (or createCognitoIdentityContext)`);
    if (!context.region) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass the region to sign for`);
    return (context.signer ?? fallback)(request, await context.credentials(), context.region, context.signingKeys);
  });
}
