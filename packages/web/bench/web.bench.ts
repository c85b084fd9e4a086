/**
 * Web app figures, measured in headless Chromium on a fresh production build:
 * - the JavaScript (and CSS) the first page loads, raw and gzip-compressed (goal: JS under 250 KB gzip);
 * - the time for the history page to filter every resolution of the record by a typed query.
 * Run: npx tsx packages/web/bench/web.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, hasChromium, launchBrowser, serveStatic } from '../e2e/harness.ts';

if (!hasChromium) {
  console.log('web bench skipped: /usr/bin/chromium is missing (apt-get install -y chromium)');
  process.exit(0);
}

const dist = await buildApp();
const site = await serveStatic(dist);
const browser = await launchBrowser();
try {
  // 1. First page: every script and stylesheet the chamber needs before it is usable.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const t0 = performance.now();
  await page.goto(`${site.url}#/chamber?date=2022-05-26&lang=en`);
  await page.getByTestId('outcome').waitFor();
  const firstPageMs = performance.now() - t0;
  let jsRaw = 0;
  let jsGzip = 0;
  let cssGzip = 0;
  for (const path of new Set(requested)) {
    if (!/\.(js|css)$/.test(path)) continue;
    const bytes = readFileSync(join(dist, path));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (path.endsWith('.js')) {
      jsRaw += bytes.length;
      jsGzip += gz;
    } else cssGzip += gz;
  }
  console.log(
    `first page (chamber): ${(jsRaw / 1024).toFixed(1)} KB JavaScript, ${(jsGzip / 1024).toFixed(1)} KB gzip (goal < 250 KB); CSS ${(cssGzip / 1024).toFixed(1)} KB gzip; usable in ${firstPageMs.toFixed(0)} ms`,
  );

  // 2. History: the whole record loaded, then a typed query filters it.
  await page.goto(`${site.url}#/history?lang=en`);
  const count = page.getByTestId('history-count');
  await count.filter({ hasText: 'result' }).waitFor();
  const total = Number(/(\d+)/.exec((await count.textContent()) ?? '')?.[1]);
  const runs: number[] = [];
  const pasted: number[] = [];
  for (const query of [
    'korea',
    'situation in the middle east',
    '2397',
    'sudan 2011',
    'admission new member',
  ]) {
    await page.getByTestId('history-search').fill('');
    await count.filter({ hasText: `${total} result` }).waitFor();
    const start = performance.now();
    await page.getByTestId('history-search').pressSequentially(query, { delay: 0 });
    // The table carries the query it was rendered for: wait until it shows the full typed query.
    await page
      .locator(`[data-testid="history-table"][data-query="${query}"]`)
      .waitFor({ state: 'attached' });
    runs.push(performance.now() - start);
    // The same query arriving at once (pasted): one input event, one filter, one render.
    await page.getByTestId('history-search').fill('');
    await count.filter({ hasText: `${total} result` }).waitFor();
    const startPaste = performance.now();
    await page.getByTestId('history-search').fill(query);
    await page
      .locator(`[data-testid="history-table"][data-query="${query}"]`)
      .waitFor({ state: 'attached' });
    pasted.push(performance.now() - startPaste);
  }
  pasted.sort((a, b) => a - b);
  runs.sort((a, b) => a - b);
  console.log(
    `history: ${total} resolutions; typed query to filtered table: median ${runs[2]!.toFixed(0)} ms, max ${runs[4]!.toFixed(0)} ms (5 queries, typed key by key, including the browser driver's per-key round trips)`,
  );
  console.log(
    `history: pasted query to filtered table: median ${pasted[2]!.toFixed(0)} ms, max ${pasted[4]!.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await site.close();
}
