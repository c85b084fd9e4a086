import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildApp, hasChromium, launchBrowser, serveStatic } from './harness.ts';

describe.skipIf(!hasChromium)(
  'chamber (headless Chromium; skipped without /usr/bin/chromium)',
  () => {
    let browser: Browser;
    let site: { url: string; close: () => Promise<void> };
    let page: Page;

    beforeAll(async () => {
      site = await serveStatic(await buildApp());
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    async function open(hash: string): Promise<Page> {
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}${hash}`);
      return page;
    }

    it('shows fifteen seats with the Russian Federation presiding on 4 February 2022', async () => {
      const p = await open('#/chamber?date=2022-02-04&lang=en');
      await p.locator('.seat-slot').first().waitFor();
      expect(await p.locator('.seat-slot').count()).toBe(15);
      const presidentSeat = p.locator('.seat.president');
      expect(await presidentSeat.count()).toBe(1);
      expect(await presidentSeat.locator('.seat-code').textContent()).toBe('RUS');
      expect(await p.getByTestId('chamber-summary').textContent()).toContain(
        'President: Russian Federation',
      );
      // Permanent members are marked by shape and by words, not by colour alone.
      expect(await p.locator('.seat.permanent').count()).toBe(5);
      expect(
        await p.getByRole('button', { name: 'China, Permanent member. Position: Yes.' }).count(),
      ).toBe(1);
      expect(
        await p
          .getByRole('button', {
            name: 'Russian Federation, Permanent member, President. Position: Yes.',
          })
          .count(),
      ).toBe(1);
      await p.close();
    });

    it('shows eleven seats in 1950', async () => {
      const p = await open('#/chamber?date=1950-06-27&lang=en');
      await p.locator('.seat-slot').first().waitFor();
      expect(await p.locator('.seat-slot').count()).toBe(11);
      // The China seat was held by the Republic of China until 25 October 1971.
      expect(await p.getByTestId('governments').textContent()).toContain(
        'held by the Republic of China',
      );
      await p.close();
    });

    it('reports a veto when China and the Russian Federation vote no on 26 May 2022', async () => {
      const p = await open('#/chamber?date=2022-05-26&no=CHN,RUS&lang=en');
      const outcome = p.getByTestId('outcome');
      await outcome.waitFor();
      expect(await outcome.getAttribute('data-outcome')).toBe('vetoed');
      expect(await outcome.textContent()).toContain(
        'Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation',
      );
      // The analysis package says what it would take to change it: both permanent members must move.
      await p.getByRole('link', { name: /What would it take/ }).click();
      const wit = p.getByTestId('what-it-takes');
      await wit.waitFor();
      expect(await wit.textContent()).toContain('Vetoed 13–2–0');
      expect(await wit.textContent()).toMatch(/Adopted: 2 \(1\)/);
      await p.close();
    });

    it('lets a keyboard user change votes with accessible, per-member labels', async () => {
      const p = await open('#/chamber?date=2022-05-26&lang=en');
      await p.getByTestId('outcome').waitFor();
      expect(await p.getByTestId('outcome').getAttribute('data-outcome')).toBe('adopted');
      // Each radio names its action and the member it acts for.
      const chinaNo = p.getByRole('radio', { name: 'Vote No for China' });
      expect(await chinaNo.count()).toBe(1);
      // Focus China's "Yes" radio, then move to "No" with the arrow key, as a keyboard user would.
      await p.getByRole('radio', { name: 'Vote Yes for China' }).focus();
      await p.keyboard.press('ArrowRight');
      expect(await chinaNo.isChecked()).toBe(true);
      expect(await p.getByTestId('outcome').getAttribute('data-outcome')).toBe('vetoed');
      // Tab order reaches the seats of the horseshoe, and Enter on a seat cycles its vote.
      await p.locator('.seat-slot[data-code="FRA"] button').focus();
      await p.keyboard.press('Enter');
      expect(await p.getByRole('radio', { name: 'Vote No for France' }).isChecked()).toBe(true);
      expect(await p.getByTestId('outcome').textContent()).toContain('vetoed by China, France');
      await p.close();
    });

    it('switches to French and to right-to-left layout for Arabic', async () => {
      const p = await open('#/chamber?date=2022-02-04&lang=en');
      await p.getByLabel('Language').selectOption('fr');
      expect(await p.locator('html').getAttribute('lang')).toBe('fr');
      expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('Salle du Conseil');
      await p.getByLabel('Langue').selectOption('ar');
      expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
      await p.close();
    });
  },
);
