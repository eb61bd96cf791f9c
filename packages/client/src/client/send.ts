/**
 * Sends one operation: JSON body, the wire headers, SigV4 when the caller hands a signing step, retries by
 * error type. It never imports a signer (signed operations pass theirs), and it calls
 * `fetch(url, { method, headers, body })` directly: no `Request` is built and read back.
 */
import { EMPTY_OUTPUT, HTTP_METHOD, HTTP_PATH, MEDIA_TYPE, TARGET_HEADER, targetOf } from '../protocol.ts';
import type { WireResponse } from './config.ts';
import type { CallOptions, CognitoIdentityContext } from './context.ts';
import { CognitoIdentityConfigError, CognitoIdentityError, UNKNOWN_ERROR, toServiceError } from './errors.ts';
import { backoffDelay, isRetryableAnswer, sleep } from './retry.ts';
import type { Authorize } from './signer.ts';
import type { Input, OperationName, Output } from './types.ts';

/** Headers the client writes itself; a call cannot set them. */
const CLIENT_HEADERS = ['x-amz-target', 'content-type', 'content-length', 'host', 'authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

/**
 * The call options as given, once their headers are checked: an object of strings, none of them a header the
 * client writes itself. The operation functions check at the API's edge, so the credential provider, which
 * passes no options, does not carry this.
 */
export function checkCallOptions(operation: string, options: CallOptions | undefined): CallOptions | undefined {
  const extra = options?.headers;
  if (extra !== undefined && (extra === null || typeof extra !== 'object')) throw new CognitoIdentityConfigError(`${operation}: options.headers must be an object of header names to strings`);
  for (const name in extra) {
    if (CLIENT_HEADERS.includes(name.toLowerCase())) throw new CognitoIdentityConfigError(`${operation}: options.headers cannot set ${name}; the client sets it`);
    if (typeof extra[name] !== 'string') throw new CognitoIdentityConfigError(`${operation}: options.headers.${name} must be a string`);
  }
  return options;
}

/** The request headers: the caller's extras (names lower-cased), then the wire's. */
function wireHeaders(operation: string, extra: CallOptions['headers']): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in extra) headers[name.toLowerCase()] = extra[name] as string;
  headers[TARGET_HEADER.toLowerCase()] = targetOf(operation);
  headers['content-type'] = MEDIA_TYPE;
  return headers;
}

function parse(text: string): unknown {
  try { return text ? JSON.parse(text) : undefined; } catch { return text; }
}

/** The output of a 2xx answer, or the CognitoIdentityError of any other (returned, for the retry decision). */
async function read(operation: string, response: WireResponse): Promise<{ output: unknown } | CognitoIdentityError> {
  const text = await response.text();
  if (response.status >= 200 && response.status < 300) return { output: text ? JSON.parse(text) : { ...EMPTY_OUTPUT } };
  return toServiceError(operation, response, parse(text));
}

/** Sends `operation`; a signed operation's function hands `authorize`, its signing step (src/client/signing.ts). */
export async function sendOperation<Op extends OperationName>(
  context: CognitoIdentityContext, operation: Op, input: Input<Op>, options?: CallOptions, authorize?: Authorize,
): Promise<Output<Op>> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new CognitoIdentityConfigError(`${operation}: input must be an object`);
  const url = context.endpoint + HTTP_PATH;
  const body = JSON.stringify(input);
  const headers = wireHeaders(operation, options?.headers);
  const signal = options?.signal;
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= context.retry.maxAttempts;
    const init = { method: HTTP_METHOD, headers: authorize ? await authorize(context, operation, { url, method: HTTP_METHOD, headers, body }) : headers, body, ...(signal ? { signal } : {}) };
    let answer;
    try {
      answer = await read(operation, await context.fetch(url, init));
    } catch (error) {
      if (last || signal?.aborted) throw error;
      await sleep(backoffDelay(attempt, context.retry), signal);
      continue;
    }
    if (!(answer instanceof CognitoIdentityError)) return answer.output as Output<Op>;
    const error = answer;
    if (last || !isRetryableAnswer(error.__type === UNKNOWN_ERROR ? undefined : error.__type, error.status)) throw error;
    await sleep(backoffDelay(attempt, context.retry), signal);
  }
}

/** An operation's function: `getId(context, input, options?)`. */
export type OperationFunction<Op extends OperationName> = (context: CognitoIdentityContext, input: Input<Op>, options?: CallOptions) => Promise<Output<Op>>;

/** The function of a public (unsigned) operation: it never reaches a signer. */
export function publicOperation<Op extends OperationName>(operation: Op): OperationFunction<Op> {
  return async (context, input, options) => sendOperation(context, operation, input, checkCallOptions(operation, options));
}
