/**
 * The rendered docs in a real browser: built with `npm run docs`'s command into a temporary folder, served on
 * loopback, opened in headless Chromium with every request to another host blocked. All 23 operations must
 * render (by their summaries) with each of their code samples offered in the language menu and its text on
 * the page; the theme's colours must apply; nothing may leave loopback, and the console must stay free of
 * errors. Screenshots are kept in test-results/. Without Chromium the test says so and skips, except in CI.
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

interface Sample { label: string; source: string }
const operations = Object.values(openapi.paths as Record<string, { post: { summary: string; tags: string[]; 'x-codeSamples': Sample[] } }>)
  .map(({ post }) => ({ summary: post.summary, tag: post.tags[0] as string, samples: post['x-codeSamples'] }));
const LABELS = ['TypeScript client', 'curl', 'AWS CLI', 'Python (boto3)'];
/** Text compared with runs of white space made one space: highlighting splits code into many elements. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
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

    // Redoc 3 opens one tag at a time from the sidebar. For each operation: wait for its section, headed by
    // its summary; open the language menu of its request samples, where each sample must be offered; choose
    // each, and its text must be in the panel.
    const rendered: string[] = [];
    for (const tag of tags) {
      await page.getByRole('link', { name: tag, exact: true }).first().click();
      for (const op of operations.filter((o) => o.tag === tag)) {
        await page.getByRole('link', { name: op.summary }).first().click();
        const heading = page.getByRole('heading', { name: op.summary }).first();
        await heading.waitFor({ state: 'visible', timeout: 10_000 });
        const panel = page.locator('[data-item-kind="httpItem"]').filter({ has: heading }).locator('.panel-request-samples');
        expect(op.samples.map((sample) => sample.label)).toEqual(LABELS);
        for (const sample of op.samples) {
          const menu = panel.getByRole('button', { name: /^(TypeScript client|curl|AWS CLI|Python \(boto3\)|Payload)$/ });
          // The menu opens below its button: centre the button, or the menu can fall outside the viewport.
          await menu.evaluate('(button) => button.scrollIntoView({ block: "center" })');
          await menu.click();
          for (const label of LABELS) await expect.poll(() => page.getByRole('menuitem', { name: label, exact: true }).isVisible(), { message: `${op.summary}: ${label} offered` }).toBe(true);
          await page.getByRole('menuitem', { name: sample.label, exact: true }).click();
          await expect.poll(async () => flat(await panel.innerText()), { message: `${op.summary}: ${sample.label} shown` }).toContain(flat(sample.source));
        }
        rendered.push(op.summary);
      }
    }
    expect(rendered.sort()).toEqual(operations.map((o) => o.summary).sort());
    expect(rendered).toHaveLength(23);
    mkdirSync(repoPath('test-results'), { recursive: true });
    await page.screenshot({ path: repoPath('test-results/docs-samples.png') });

    // The theme of docs/template.hbs: the sidebar's background and the primary colour on property names.
    const sidebar = await page.evaluate('getComputedStyle(document.querySelector(\'[data-component-name="Sidebar/SidebarActions"]\')).backgroundColor');
    expect(sidebar).toBe('rgb(244, 246, 249)');
    const primary = await page.evaluate('getComputedStyle(document.documentElement).getPropertyValue("--color-primary-base").trim()');
    expect(primary).toBe('#1f5fae');

    await page.getByRole('link', { name: 'The four flows', exact: true }).first().click();
    await page.screenshot({ path: repoPath('test-results/docs.png') });
    expect(statSync(repoPath('test-results/docs.png')).size).toBeGreaterThan(10_000);
    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000); // 23 operations x 4 samples, each chosen from a menu: about a minute on two shared cores

  it('indexes descriptions for search with no words run together, and keeps every overview heading whole', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${site.url}/index.html`, { waitUntil: 'load' });

    // Headings of info.description, as the sidebar must show them (a code span loses only its backticks).
    const headings = [...String(openapi.info.description).matchAll(/^#{2,3} (.+)$/gm)].map((m) => (m[1] as string).replace(/`/g, ''));
    expect(headings.length).toBeGreaterThan(10);
    const sidebar = await page.evaluate('document.querySelector(\'[data-component-name="Sidebar/SidebarActions"]\')?.closest("aside, nav, div")?.parentElement?.innerText ?? document.body.innerText') as string;
    for (const heading of headings) expect(sidebar.split('\n').map((line) => line.trim()), heading).toContain(heading);

    // Every word of every search snippet is a word of the document: a joined pair ("guestflows") is not.
    // The document's words, and the one the renderer adds ("request fields → ...").
    const vocabulary = new Set([...JSON.stringify(openapi).replace(/\\[nt]/g, ' ').toLowerCase().split(/[^a-z0-9]+/), 'fields']);
    await page.locator('[data-testid="search-trigger"]').click();
    const input = page.locator('input[placeholder="Search docs..."]');
    const snippets = new Set<string>();
    for (const query of ['step', 'guest', 'credentials', 'token', 'role', 'pool', 'error', 'provider', 'developer', 'tags']) {
      await input.fill(query);
      await expect.poll(() => page.locator('[data-component-name="Search/SearchItem"]').count(), { message: `results for ${query}` }).toBeGreaterThan(0);
      for (const text of await page.locator('[data-component-name="Search/SearchItem"]').allInnerTexts()) snippets.add(text);
    }
    expect(snippets.size).toBeGreaterThan(20);
    const joined = [...snippets].flatMap((text) => text.split('\n').flatMap((line) => {
      const words = line.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      // A snippet may cut a word at either end.
      return words.slice(1, -1).filter((w) => !vocabulary.has(w)).map((w) => `${w} in "${line}"`);
    }));
    expect(joined).toEqual([]);
    // Nor a sentence that runs into the next (list items: "never tokens.Dates"); operation names are code.
    const runOn = [...snippets].flatMap((text) => text.replace(/AWSCognitoIdentityService\.\w+/g, '').match(/[a-z]{2}[.;][A-Z][a-z]+/g) ?? []);
    expect(runOn).toEqual([]);
    await page.close();
  });
});
