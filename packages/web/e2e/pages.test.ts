import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildApp, hasChromium, launchBrowser, serveStatic } from './harness.ts';

/** The text of every page of a PDF, read with pdf.js. */
async function pdfToText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n');
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe.skipIf(!hasChromium)(
  'replay, history, drafts and accessibility (headless Chromium)',
  () => {
    let browser: Browser;
    let site: { url: string; close: () => Promise<void> };

    beforeAll(async () => {
      site = await serveStatic(await buildApp());
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    async function open(hash: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}${hash}`);
      return page;
    }

    it('the scenario replay steps through to the veto of 26 May 2022, with its rule', async () => {
      const p = await open('#/replay?lang=en');
      const step = p.getByTestId('replay-step');
      await step.waitFor();
      // Step with the keyboard (arrow keys on the page) and the Next button until the veto decision.
      await p.getByTestId('next-step').focus();
      let guard = 0;
      while ((await step.getAttribute('data-outcome')) !== 'vetoed' && guard++ < 200)
        await p.getByTestId('next-step').click();
      expect(await step.getAttribute('data-outcome')).toBe('vetoed');
      const text = await step.textContent();
      expect(text).toContain(
        'S/2022/431: Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation',
      );
      expect(text).toContain('Art. 27(3)');
      // The chamber beside the step shows the two negative votes and the engine's outcome.
      expect(await p.getByTestId('live-outcome').getAttribute('data-outcome')).toBe('vetoed');
      expect(await p.locator('.seat.choice-no').count()).toBe(2);
      // The conflicts between the article and the record are listed.
      expect(await p.getByTestId('conflict').count()).toBeGreaterThanOrEqual(2);
      expect(
        await p
          .getByTestId('conflict')
          .filter({ hasText: 'signatories of the 20 Jan 2022 joint statement' })
          .count(),
      ).toBe(1);
      await p.close();
    });

    it('the history search finds resolution 2397 and links to its PDF layout', async () => {
      const p = await open('#/history?lang=en');
      await p.getByTestId('history-count').filter({ hasText: 'result' }).waitFor();
      await p.getByTestId('history-search').fill('2397');
      await p
        .getByTestId('history-count')
        .filter({ hasText: /^1 result/ })
        .waitFor();
      const row = p.getByTestId('history-table').locator('tr').first();
      expect(await row.textContent()).toContain('S/RES/2397 (2017)');
      expect(await row.textContent()).toContain('22 December 2017');
      // Tabs follow the ARIA pattern: arrow keys move between them.
      await p.getByRole('tab', { name: 'Resolutions' }).focus();
      await p.keyboard.press('ArrowRight');
      expect(await p.getByRole('tab', { name: 'Vetoes' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await p.keyboard.press('ArrowLeft');
      expect(await p.getByRole('tab', { name: 'Resolutions' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await row.getByRole('link', { name: 'PDF' }).click();
      await p.getByTestId('doc-symbol').filter({ hasText: 'S/RES/2397 (2017)' }).waitFor();
      await p.close();
    });

    it('exports resolution 2397 as a PDF laid out as a UN document, with its symbol and operative paragraphs', async () => {
      const p = await open('#/drafts?res=2397&lang=en');
      await p.getByTestId('doc-symbol').filter({ hasText: 'S/RES/2397 (2017)' }).waitFor();
      await p.emulateMedia({ media: 'print' });
      // In print, only the document remains: no navigation, no form.
      expect(await p.locator('.app-header').isVisible()).toBe(false);
      expect(await p.locator('form').isVisible()).toBe(false);
      const doc = p.getByTestId('un-document');
      const text = (await doc.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('S/RES/2397 (2017)');
      expect(text).toContain(
        'Adopted by the Security Council at its 8151st meeting, on 22 December 2017',
      );
      expect(await doc.locator('.un-operative li').count()).toBeGreaterThanOrEqual(5);
      expect(text).toContain('Decides to remain actively seized of the matter.');
      const pdf = await p.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Open the PDF itself and read its text back: the symbol and the operative paragraphs are in the file.
      const pdfText = (await pdfToText(pdf)).replace(/\s+/g, ' ');
      expect(pdfText).toContain('S/RES/2397 (2017)');
      expect(pdfText).toContain('Decides to remain actively seized of the matter.');
      expect(pdfText).toContain('8151st meeting');
      await p.close();
    });

    it.each([
      ['chamber', '#/chamber?date=2022-02-04&lang=en'],
      ['live session start', '#/live?lang=en'],
      ['scenario replay', '#/replay?lang=en'],
      ['history', '#/history?lang=en'],
      ['analysis', '#/analysis?lang=en'],
      ['drafts', '#/drafts?res=2397&lang=en'],
      ['chamber in French', '#/chamber?date=2022-02-04&lang=fr'],
      ['chamber in Arabic (right to left)', '#/chamber?date=2022-02-04&lang=ar'],
    ])('axe-core finds no serious or critical violation on the %s page', async (_name, hash) => {
      const p = await open(hash);
      await p.locator('main h1').first().waitFor();
      await p.waitForTimeout(300);
      await p.addScriptTag({ content: axeSource });
      const violations = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                opts: object,
              ) => Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
      await p.close();
    });
  },
);
