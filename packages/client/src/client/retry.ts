/**
 * Retries with exponential backoff and full jitter. The decision is by error type, because the service
 * answers every client error with 400 (src/protocol.ts): throttling and InternalErrorException are retried,
 * every other AWS error is not. An answer with no AWS error type (a proxy's 502 or 429) is retried when its
 * status says the server side or a rate limit failed; network failures are retried too.
 */
import { RETRYABLE_ERROR_TYPES } from '../protocol.ts';
import { CognitoIdentityError, UNKNOWN_ERROR } from './errors.ts';

/** How many attempts, and how long to wait between them. */
export interface RetryOptions {
  /** Attempts in all, first one included (default 3; 1 turns retries off). */
  maxAttempts?: number;
  /** The backoff base in milliseconds (default 100). */
  baseDelayMs?: number;
  /** The longest wait in milliseconds (default 20000). */
  maxDelayMs?: number;
}

/** Retry settings with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** The defaults. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 };

/**
 * Whether a failed attempt is worth another: an AWS error by its type, an answer naming no AWS error by its
 * status (a proxy's 429 or 5xx), and anything else thrown by the transport (a network failure).
 */
export function isRetryableFailure(failure: unknown): boolean {
  if (!(failure instanceof CognitoIdentityError)) return true;
  if (failure.__type !== UNKNOWN_ERROR) return RETRYABLE_ERROR_TYPES.has(failure.__type);
  return failure.status === 429 || failure.status >= 500;
}

/** Full-jitter delay before retry number `retry` (1 for the first retry). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1)));
}

/** Waits, or rejects at once if the signal aborts (or has aborted). */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}
