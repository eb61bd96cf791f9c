/**
 * Scalar's API reference (@scalar/api-reference's standalone bundle from its fresh install), rendering the
 * published document offline in Debian's Chromium: every operation listed, no page error; then its built-in
 * client sends GetId ("Test Request", "Send") to the emulator from the page, across origins.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../test/support/chromium.ts';
import { serveFolder } from '../../test/support/static-server.ts';
import { DOCUMENT, type ToolCheck } from './support.ts';

const page = (emulatorUrl: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Amazon Cognito Identity</title></head>
<body><div id="app"></div>
<script src="./standalone.js"></script>
<script>Scalar.createApiReference('#app', { url: './openapi.json', withDefaultFonts: false, telemetry: false, servers: [{ url: '${emulatorUrl}' }] })</script>
</body></html>
`;

export const scalar: ToolCheck = {
  id: 'scalar',
  tool: "Scalar API reference (in Chromium)",
  packages: { '@scalar/api-reference': '^1.76.0' },
  recipe: "`servers: [{ url }]` in `createApiReference`'s options to send \"Test Request\" to a local server",
  async run(t) {
    t.write('index.html', page(t.emulatorUrl));
    copyFileSync(join(t.install, 'node_modules/@scalar/api-reference/dist/browser/standalone.js'), join(t.work, 'standalone.js'));
    copyFileSync(DOCUMENT.json, join(t.work, 'openapi.json'));
    const { paths } = (await import(DOCUMENT.json, { with: { type: 'json' } })).default as { paths: Record<string, { post: { summary: string } }> };
    const summaries = Object.values(paths).map((item) => item.post.summary);
    const site = await serveFolder(t.work);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${site.url}/index.html`);
      await tab.waitForFunction((first) => document.body.innerText.includes(first), summaries[0] ?? '', { timeout: 60_000 });
      // The sidebar shows one tag group open; open the others, as a reader would.
      const closed = tab.getByRole('button', { name: /^Open Group - / });
      for (let left = await closed.count(); left > 0; left -= 1) await closed.first().click();
      const text = await tab.evaluate(() => document.body.innerText);
      const missing = summaries.filter((summary) => !text.includes(summary));
      if (missing.length > 0 || errors.length > 0) throw new Error(`Scalar: ${missing.length} of ${summaries.length} operations not shown (${missing.slice(0, 3).join('; ')}); page errors: ${errors.join('; ') || 'none'}`);
      const before = t.emulatorLog.length;
      // As a reader would: open GetId from the sidebar, then try it.
      const getIdSummary = paths['/#X-Amz-Target=AWSCognitoIdentityService.GetId']?.post.summary ?? '';
      await tab.getByRole('link', { name: getIdSummary }).or(tab.getByRole('button', { name: getIdSummary })).first().click();
      await tab.getByRole('button', { name: 'Test Request (post /#X-Amz-Target=AWSCognitoIdentityService.GetId)' }).click();
      await tab.getByRole('button', { name: /^Send/ }).first().click();
      const deadline = Date.now() + 30_000;
      while (!t.emulatorLog.slice(before).some((line) => / GetId \d{3} /.test(line)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const call = t.emulatorLog.slice(before).find((line) => / GetId \d{3} /.test(line));
      if (!call) throw new Error(`Scalar: "Test Request" sent nothing the emulator read as GetId (log: ${t.emulatorLog.slice(before).join('; ') || 'empty'})`);
      const status = call.split(' ')[3];
      return {
        generates: `rendered offline: all ${summaries.length} operations in the sidebar, no page error`,
        types: '',
        emulator: `"Test Request" sends GetId with the right target and media type across origins: ${status} (its first example, a Google login this pool does not trust)`,
      };
    } finally {
      await browser.close();
      await site.close();
    }
  },
};
