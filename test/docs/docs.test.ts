/**
 * The rendered docs in a real browser: built with `npm run docs`'s command into a temporary folder, served on
 * loopback, opened in headless Chromium with every request to another host blocked. All 23 operations must
 * render (by their summaries), nothing may leave loopback, and the console must stay free of errors.
 * A screenshot is kept in test-results/docs.png. Without Chromium the test says so and skips, except in CI.
 */
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../support/chromium.ts';
import { document as openapi } from '../support/document.ts';
import { buildDocs } from '../../scripts/docs.ts';
import { repoPath } from '../support/paths.ts';
import { serveFolder } from '../support/static-server.ts';

const operations = Object.values(openapi.paths as Record<string, { post: { summary: string; tags: string[] } }>)
  .map(({ post }) => ({ summary: post.summary, tag: post.tags[0] as string }));
const tags = (openapi.tags as Array<{ name: string }>).map((t) => t.name);
const available = chromiumAvailable();
if (!available && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; .ci/run should have installed it`);
if (!available) console.warn(`docs browser test skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);

describe.skipIf(!available)('the rendered docs in Chromium', () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cognito-docs-'));
    buildDocs(join(dir, 'index.html'));
    site = await serveFolder(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('renders all 23 operations offline, with no console error', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const blocked: string[] = [];
    const consoleErrors: string[] = [];
    await page.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1') return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${site.url}/index.html`, { waitUntil: 'load' });
    const intro = await page.evaluate('document.getElementById("redoc").innerText') as string;
    expect(intro).toContain('Developer-authenticated identities');

    // Redoc 3 shows one tag's operations at a time: open each tag from the sidebar, then each operation,
    // and wait for its page, headed by the operation's summary, to be on screen.
    const rendered: string[] = [];
    for (const tag of tags) {
      await page.getByRole('link', { name: tag, exact: true }).first().click();
      for (const op of operations.filter((o) => o.tag === tag)) {
        await page.getByRole('link', { name: op.summary }).first().click();
        await page.getByRole('heading', { name: op.summary }).first().waitFor({ state: 'visible', timeout: 10_000 });
        rendered.push(op.summary);
      }
    }
    expect(rendered.sort()).toEqual(operations.map((o) => o.summary).sort());
    expect(rendered).toHaveLength(23);
    const samples = await page.evaluate('document.getElementById("redoc").innerText') as string;
    expect(samples).toContain('--aws-sigv4');

    mkdirSync(repoPath('test-results'), { recursive: true });
    await page.getByRole('link', { name: 'The four flows', exact: true }).first().click();
    await page.screenshot({ path: repoPath('test-results/docs.png') });
    expect(statSync(repoPath('test-results/docs.png')).size).toBeGreaterThan(10_000);
    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
