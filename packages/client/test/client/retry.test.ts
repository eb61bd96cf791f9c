import { describe, expect, it, vi } from 'vitest';
import { createCognitoIdentityClient } from '../../src/index.ts';
import { DEFAULT_RETRY, backoffDelay, sleep } from '../../src/client/retry.ts';
import { awsError, awsResponse, recordingFetch, type Answer } from '../../../../test/support/recording-fetch.ts';

const input = { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' };
const ok = () => awsResponse(200, { IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' });

async function attempts(first: () => Answer, maxAttempts = 3): Promise<{ count: number; outcome: string }> {
  const { fetch, calls } = recordingFetch((_r, i) => (i < 10 ? first() : ok()));
  const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 2 } });
  const outcome = await client.getId(input).then(() => 'ok', (e: Error) => e.name);
  return { count: calls.length, outcome };
}

describe('retries', () => {
  it.each<[string, () => Answer]>([
    ['400 TooManyRequestsException', () => awsError(400, 'TooManyRequestsException', 'Rate exceeded')],
    ['400 TooManyRequestsException named only in the body', () => new Response('{"__type":"TooManyRequestsException","message":"Rate exceeded"}', { status: 400 })],
    ['400 ThrottlingException', () => awsError(400, 'ThrottlingException', 'Rate exceeded')],
    ['500 InternalErrorException', () => awsError(500, 'InternalErrorException', 'boom')],
    ['a proxy\'s 503 without a body', () => new Response('', { status: 503 })],
    ['a proxy\'s 429 without an AWS type', () => new Response('<html>slow down</html>', { status: 429 })],
    ['a network failure', () => new TypeError('fetch failed')],
  ])('retries %s up to maxAttempts, then gives up', async (_what, answer) => {
    const result = await attempts(answer);
    expect(result.count).toBe(3);
    expect(result.outcome).not.toBe('ok');
  });

  it.each<[string, () => Answer]>([
    ['400 InvalidParameterException', () => awsError(400, 'InvalidParameterException', 'bad')],
    ['400 NotAuthorizedException', () => awsError(400, 'NotAuthorizedException', 'no')],
    ['400 ResourceNotFoundException', () => awsError(400, 'ResourceNotFoundException', 'gone')],
    ['400 ResourceConflictException', () => awsError(400, 'ResourceConflictException', 'conflict')],
    ['a 500 that names a non-retryable type', () => awsError(500, 'ResourceNotFoundException', 'odd, but the type decides')],
  ])('never retries %s', async (_what, answer) => {
    expect(await attempts(answer)).toEqual({ count: 1, outcome: expect.stringMatching(/Exception$/) });
  });

  it('succeeds when a retry succeeds', async () => {
    const { fetch, calls } = recordingFetch((_r, i) => (i === 0 ? awsError(400, 'TooManyRequestsException', 'slow down') : ok()));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, retry: { baseDelayMs: 1 } });
    await expect(client.getId(input)).resolves.toEqual({ IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.json).toEqual(input);
  });

  it('honours a configured bound', async () => {
    expect((await attempts(() => awsError(500, 'InternalErrorException', 'x'), 5)).count).toBe(5);
    expect((await attempts(() => awsError(500, 'InternalErrorException', 'x'), 1)).count).toBe(1);
  });

  it('hands the call\'s signal to fetch, and an abort during the wait between attempts ends the call at once', async () => {
    const controller = new AbortController();
    const { fetch, calls } = recordingFetch(() => awsError(400, 'TooManyRequestsException', 'slow down'));
    const seen: Array<AbortSignal | null | undefined> = [];
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch: (url, init) => { seen.push(init.signal); return fetch(url, init); }, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const call = client.getId(input, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort(new Error('user left'));
    await expect(call).rejects.toThrow('user left');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((signal) => signal === controller.signal)).toBe(true);
  });

  it('re-signs each attempt', async () => {
    const { fetch, calls } = recordingFetch((_r, i) => (i === 0 ? awsError(500, 'InternalErrorException', 'x') : ok()));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, retry: { baseDelayMs: 1 }, credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' } });
    await client.describeIdentityPool(input);
    expect(calls.map((c) => c.headers.authorization?.startsWith('AWS4-HMAC-SHA256'))).toEqual([true, true]);
  });
});

describe('backoffDelay (full jitter)', () => {
  it.each([
    [1, 1, 100], [2, 1, 200], [3, 1, 400], [20, 1, 20_000], [3, 0, 0], [3, 0.5, 200],
  ])('retry %i with random %d waits %i ms', (retry, random, want) => {
    expect(backoffDelay(retry, DEFAULT_RETRY, () => (random === 1 ? 0.999999999 : random))).toBe(random === 1 ? want - 1 : want);
  });
});

describe('sleep', () => {
  it('rejects at once with the reason of a signal that has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(sleep(60_000, controller.signal)).rejects.toThrow('gone');
  });

  it('rejects when the signal aborts during the wait', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
  });
});
