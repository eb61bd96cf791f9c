/** The oversized-upload check both servers pass: every client reads its error, and a small call alongside is served at once. */
import { expect } from 'vitest';
import { sendOversizeFromChild, type UploadClient } from './bad-requests.ts';

const CLIENTS: readonly UploadClient[] = ['fetch', 'node:http', 'chunked'];
/**
 * A small call during the uploads may take this long at most: generous, as the machine is shared (a load
 * average of 13 on 2 cores was seen), yet far below the seconds a server that waits on the uploads would take.
 */
const SMALL_CALL_MS = 1000;

/**
 * Three 5 MB GetIds from each client (in a process of their own) to a server whose limit is `limit`: each
 * reads `400 SerializationException`, none gets EPIPE or a reset; meanwhile `smallCall` is answered in time.
 */
export async function expectOversizeAnswered(url: string, limit: number, smallCall: () => Promise<void>): Promise<void> {
  await smallCall();
  const uploads = sendOversizeFromChild(url, CLIENTS, 5 * 1024 * 1024, 3);
  let settled = false;
  void uploads.finally(() => { settled = true; });
  const waits: number[] = [];
  while (!settled) {
    const started = performance.now();
    await smallCall();
    waits.push(performance.now() - started);
  }
  const answers = await uploads;
  for (const client of CLIENTS) {
    expect(answers[client].map((a) => a.error ?? a.status), client).toEqual([400, 400, 400]);
    for (const answer of answers[client]) {
      expect(JSON.parse(answer.body ?? '')).toEqual({ __type: 'SerializationException', message: `The request body is larger than ${limit} bytes.` });
    }
  }
  expect(waits.length).toBeGreaterThan(0);
  expect(Math.max(...waits), `small calls took ${waits.map((w) => w.toFixed(0)).join(', ')} ms`).toBeLessThan(SMALL_CALL_MS);
}
