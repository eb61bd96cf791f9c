/** The shared HTTP server's shutdown: a keep-alive client that goes on calling cannot hold it open. */
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/mock/http-server.ts';

function post(url: string, agent: Agent): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('startServer close()', () => {
  it('answers a request that arrives on a kept-alive connection while closing with Connection: close, then stops', async () => {
    let arrived = () => {};
    let release = () => {};
    let hold = false;
    const server = await startServer(async () => {
      if (hold) await new Promise<void>((resolve) => { release = resolve; arrived(); });
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{}' };
    }, { port: 0, host: '127.0.0.1', maxBodyBytes: 1024 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await post(server.url, agent)).toEqual({ status: 200, connection: 'keep-alive' });
    hold = true;
    const reached = new Promise<void>((resolve) => { arrived = resolve; });
    const inFlight = post(server.url, agent);
    await reached;
    const closed = server.close();
    release();
    expect(await inFlight).toEqual({ status: 200, connection: 'close' });
    await closed;
    await expect(post(server.url, agent)).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
  });
});
