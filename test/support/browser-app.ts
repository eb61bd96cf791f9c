/**
 * A web app for browser tests: bundles an entry (the project's client, the AWS SDK v3, ...) for the browser
 * with esbuild, serves it as one page on its own loopback origin, and opens it in Chromium, recording any
 * request that leaves loopback and every console error. The page is `localhost`, the servers it
 * calls are `127.0.0.1`: two origins, as a web app and the service are.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { repoPath } from './paths.ts';

/** A served page and what it saw. */
export interface BrowserApp {
  page: Page;
  url: string;
  blocked: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/** The entry bundled for the browser as one ESM script (resolved from the repository root). */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: repoPath(), loader: 'ts' },
    bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', minify: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]?.text ?? '';
}

function servePage(script: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>app</title></head><body><script type="module" src="/app.js"></script></body></html>';
  const server = createServer((req, res) => {
    const isScript = req.url === '/app.js';
    res.writeHead(200, { 'Content-Type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(isScript ? script : html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => { server.close(() => done()); server.closeAllConnections(); }),
  })));
}

/** Opens the bundled `entry` as a page; resolves once its module has run (it sets `window.appReady`). */
export async function openBrowserApp(browser: Browser, entry: string): Promise<BrowserApp> {
  const site = await servePage(await bundleForBrowser(entry));
  const page = await browser.newPage();
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  // Requests are watched, not intercepted: with interception on, Playwright answers CORS preflights itself
  // and the browser's own CORS checks would go untested. Anything off loopback counts as blocked.
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1' && hostname !== 'localhost') blocked.push(request.url());
  });
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(site.url);
  await page.waitForFunction(() => (window as unknown as { appReady?: boolean }).appReady === true);
  return { page, url: site.url, blocked, consoleErrors, close: async () => { await page.close(); await site.close(); } };
}
