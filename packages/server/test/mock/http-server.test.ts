/** The shared HTTP server: its shutdown (a keep-alive client cannot hold it open) and its lingering close after an early answer. */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
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

/**
 * A raw client that declares a huge body, sends `send` bytes of it and never closes its side; after `pokeAfter`
 * ms it writes a byte every 50 ms, which fails once the server has cut the connection. Resolves at the cut.
 */
function uploadAndHold(url: string, send: number, pokeAfter = Infinity): Promise<{ answer: string; written: number; ms: number }> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString('utf8'); });
    socket.on('error', () => {});
    socket.on('close', () => resolve({ answer, written: socket.bytesWritten, ms: performance.now() - started }));
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n');
    const chunk = Buffer.alloc(64 * 1024, 120);
    let sent = 0;
    const more = () => {
      while (sent < send && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', more);
      }
    };
    more();
    if (pokeAfter !== Infinity) setTimeout(() => { const poke = setInterval(() => (socket.destroyed ? clearInterval(poke) : socket.write('x')), 50); }, pokeAfter);
  });
}

describe('startServer lingering close', () => {
  it('answers an oversized body at once, drops what follows within its bounds, then cuts the connection', async () => {
    const server = await startServer(async (request) => ({ status: request.body === undefined ? 400 : 200, headers: {}, body: 'too big' }), {
      port: 0, host: '127.0.0.1', maxBodyBytes: 1024, linger: { bytes: 1024 * 1024, idleMs: 300, totalMs: 1500 },
    });
    try {
      // A client that goes on writing is read up to the byte bound, then cut.
      const writer = await uploadAndHold(server.url, 50 * 1024 * 1024);
      expect(writer.answer).toMatch(/^HTTP\/1.1 400 [^]*\r\n\r\ntoo big$/);
      expect(writer.written).toBeLessThan(50 * 1024 * 1024);
      // A client that falls silent is cut after the idle bound, not left open: its first write then fails.
      const silent = await uploadAndHold(server.url, 0, 400);
      expect(silent.answer).toMatch(/^HTTP\/1.1 400 /);
      expect(silent.ms).toBeLessThan(5000);
      // One that trickles on is read past the idle bound, up to the bound in all.
      const slow = await uploadAndHold(server.url, 0, 0);
      expect(slow.answer).toMatch(/^HTTP\/1.1 400 /);
      expect(slow.ms).toBeGreaterThan(1400);
      expect(slow.ms).toBeLessThan(5000);
    } finally {
      await server.close();
    }
  });
});
