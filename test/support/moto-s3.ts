/** A local S3 from moto (`python3 -m moto.server`), for browser tests of apps that upload with AWS credentials. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

let available: boolean | undefined;

/** Whether moto's server can run here (asked of Python once per worker: importing moto takes a second of CPU). */
export function motoAvailable(): boolean {
  available ??= spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0;
  return available;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Starts moto on 127.0.0.1; resolves once it answers. `close()` stops that process. */
export async function startMotoS3(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(`${url}/`).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, close: async () => { child.kill(); await new Promise((r) => child.once('exit', r)); } };
}
