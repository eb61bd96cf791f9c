/**
 * Retries with exponential backoff and full jitter: throttling (429 or TooManyRequestsException), server
 * errors (5xx) and network failures; never other 4xx, which would fail the same way again.
 */
import { ERROR_TYPE_HEADER, shortErrorType } from '../protocol.ts';

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

/** Whether a response is worth another attempt. */
export function isRetryableResponse(response: Response): boolean {
  if (response.status === 429 || response.status >= 500) return true;
  const type = response.headers.get(ERROR_TYPE_HEADER);
  return type !== null && shortErrorType(type) === 'TooManyRequestsException';
}

/** Full-jitter delay before retry number `retry` (1 for the first retry). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1)));
}

/** Waits, or rejects at once if the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}
