/**
 * Scalar's API reference (@scalar/api-reference's standalone bundle from its fresh install), rendering the
 * published document offline in Debian's Chromium: every operation listed, no page error.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../test/support/chromium.ts';
import { serveFolder } from '../../test/support/static-server.ts';
import { DOCUMENT, type ToolCheck } from './support.ts';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Amazon Cognito Identity</title></head>
<body><div id="app"></div>
<script src="./standalone.js"></script>
<script>Scalar.createApiReference('#app', { url: './openapi.json', withDefaultFonts: false, telemetry: false })</script>
</body></html>
`;

export const scalar: ToolCheck = {
  id: 'scalar',
  tool: "Scalar API reference (in Chromium)",
  packages: { '@scalar/api-reference': '^1.76.0' },
  recipe: '',
  async run(t) {
    t.write('index.html', PAGE);
    copyFileSync(join(t.install, 'node_modules/@scalar/api-reference/dist/browser/standalone.js'), join(t.work, 'standalone.js'));
    copyFileSync(DOCUMENT.json, join(t.work, 'openapi.json'));
    const { paths } = (await import(DOCUMENT.json, { with: { type: 'json' } })).default as { paths: Record<string, { post: { summary: string } }> };
    const summaries = Object.values(paths).map((item) => item.post.summary);
    const site = await serveFolder(t.work);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}/index.html`);
      await page.waitForFunction((first) => document.body.innerText.includes(first), summaries[0] ?? '', { timeout: 60_000 });
      // The sidebar shows one tag group open; open the others, as a reader would.
      const closed = page.getByRole('button', { name: /^Open Group - / });
      for (let left = await closed.count(); left > 0; left -= 1) await closed.first().click();
      const text = await page.evaluate(() => document.body.innerText);
      const missing = summaries.filter((summary) => !text.includes(summary));
      if (missing.length > 0 || errors.length > 0) throw new Error(`Scalar: ${missing.length} of ${summaries.length} operations not shown (${missing.slice(0, 3).join('; ')}); page errors: ${errors.join('; ') || 'none'}`);
      return { generates: `rendered offline: all ${summaries.length} operations in the sidebar, no page error`, types: '', emulator: '' };
    } finally {
      await browser.close();
      await site.close();
    }
  },
};
