/** Waiting on servers started as child processes: for the address they print, and for them to be gone. */
import type { ChildProcess } from 'node:child_process';

/** The URL a started server prints (`listening on http://...`), with everything it printed so far. */
export function listeningUrl(child: ChildProcess): { url: Promise<string>; output: () => string } {
  let text = '';
  let found = false;
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      // Once found, the rest (a server's request log) is only kept, never searched again.
      const match = found ? null : text.match(/listening on (http:\/\/\S+)/);
      if (match) { found = true; resolve(match[1] as string); }
    });
    child.stderr?.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    child.once('exit', () => reject(new Error(`exited early:\n${text}`)));
  });
  url.catch(() => {}); // a test that expects an early exit never awaits the URL
  return { url, output: () => text };
}

/** Resolves once nothing listens at `url` any more; rejects after 10 s. */
export async function waitUntilRefused(url: string): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
    try { await fetch(url, { method: 'POST' }); } catch { return; }
  }
  throw new Error(`${url} still answers`);
}
