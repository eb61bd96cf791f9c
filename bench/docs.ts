/** The rendered docs: build time, page size, and time until Chromium shows the first operation. */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { buildDocs } from '../scripts/docs.ts';
import { chromiumAvailable, launchChromium } from '../test/support/chromium.ts';
import { serveFolder } from '../test/support/static-server.ts';
import type { Figure } from './figures.ts';
import { median, ms, printTable } from './measure.ts';

/** Prints the docs figures; returns them as one. */
export async function benchDocs(runs = 3): Promise<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-docs-bench-'));
  const output = join(dir, 'index.html');
  const builds = Array.from({ length: runs }, () => {
    const start = performance.now();
    buildDocs(output);
    return performance.now() - start;
  });
  const bytes = statSync(output).size;
  const gzipped = gzipSync(readFileSync(output)).length;
  const size = `${(bytes / 1024 / 1024).toFixed(2)} MB (${(gzipped / 1024).toFixed(0)} KB gzipped)`;
  const rows = [['figure', 'value'], ['build (npm run docs), median', ms(median(builds))], ['page size', size]];
  let rendered = 'not rendered: no Chromium';
  if (chromiumAvailable()) {
    const site = await serveFolder(dir);
    const browser = await launchChromium();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(`${site.url}/index.html`);
      await page.getByText('The four flows').first().waitFor({ state: 'visible' });
      times.push(performance.now() - start);
      await page.close();
    }
    await browser.close();
    await site.close();
    rows.push(['time to rendered page in Chromium, median', ms(median(times))]);
    rendered = `rendered in Chromium in ${ms(median(times))}`;
  } else {
    rows.push(['time to rendered page in Chromium', 'skipped: no /usr/bin/chromium']);
  }
  printTable(`Docs, median of ${runs}`, rows);
  return { key: 'docs', what: 'docs page', figure: `build ${ms(median(builds))}, ${size}, ${rendered} (medians of ${runs})`, goal: '' };
}
