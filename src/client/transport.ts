/**
 * The fetch that openapi-fetch calls: it makes the request replayable, signs it when the operation is
 * signed, strips the pseudo-path fragment, and retries what is worth retrying.
 */
import { operations } from '../../generated/service-metadata.ts';
import { TARGET_HEADER, operationOfTarget, wireUrl } from '../protocol.ts';
import type { FetchFunction } from './config.ts';
import type { Credentials } from './credentials.ts';
import { CognitoIdentityConfigError } from './errors.ts';
import { backoffDelay, isRetryableResponse, sleep, type RetryPolicy } from './retry.ts';
import { createSigningKeyCache, signRequest, type RequestParts } from './signing.ts';

/** What the transport needs. */
export interface TransportOptions {
  fetch: FetchFunction;
  region: string | undefined;
  credentials: (() => Promise<Credentials>) | undefined;
  retry: RetryPolicy;
  random?: () => number;
}

async function toParts(request: Request): Promise<RequestParts> {
  return { url: wireUrl(request.url), method: request.method, headers: new Headers(request.headers), body: await request.text() };
}

function isSigned(parts: RequestParts): { operation: string; signed: boolean } {
  const operation = operationOfTarget(parts.headers.get(TARGET_HEADER) ?? '') ?? '';
  const entry = (operations as Record<string, { signed: boolean }>)[operation];
  return { operation, signed: entry?.signed ?? true };
}

async function headersFor(
  parts: RequestParts, operation: string, signed: boolean, options: TransportOptions, keys: Map<string, ArrayBuffer>,
): Promise<Headers> {
  if (!signed) return parts.headers;
  if (!options.credentials) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass credentials to createCognitoIdentityClient`);
  if (!options.region) throw new CognitoIdentityConfigError(`${operation} is signed with SigV4: pass the region to sign for`);
  return signRequest(parts, await options.credentials(), options.region, keys);
}

/** A fetch function for openapi-fetch. */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const keys = createSigningKeyCache();
  return async (request) => {
    const parts = await toParts(request);
    const { operation, signed } = isSigned(parts);
    for (let attempt = 1; ; attempt += 1) {
      const headers = await headersFor(parts, operation, signed, options, keys);
      const last = attempt >= options.retry.maxAttempts;
      let response: Response;
      try {
        response = await options.fetch(parts.url, { method: parts.method, headers, body: parts.body, signal: request.signal });
      } catch (error) {
        if (last || request.signal.aborted) throw error;
        await sleep(backoffDelay(attempt, options.retry, options.random), request.signal);
        continue;
      }
      if (last || !(await isRetryableResponse(response))) return response;
      await response.body?.cancel();
      await sleep(backoffDelay(attempt, options.retry, options.random), request.signal);
    }
  };
}
