import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildApp, hasChromium, launchBrowser, startCouncil } from './harness.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function seriousViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

const VETOERS = new Set(['CHN', 'RUS']);

describe.skipIf(!hasChromium)('live session against the real server (headless Chromium)', () => {
  let browser: Browser;
  let council: { url: string; close: () => Promise<void> };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    council = await startCouncil(await buildApp());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await council?.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  }

  /** Starts the 26 May 2022 session from the chair's start page and returns the chair's page. */
  async function startScenarioSession(): Promise<Page> {
    const chair = await newPage();
    await chair.goto(`${council.url}#/live?lang=en`);
    await chair.getByLabel('Bundled scenario').first().check();
    await chair.getByRole('button', { name: 'Create the session' }).click();
    await chair.getByRole('heading', { level: 1, name: /Chair console/ }).waitFor();
    // Links for the fifteen delegations, the observer and the projector.
    await chair.locator('[data-link="projector:"] a').waitFor({ timeout: 30_000 });
    return chair;
  }

  async function linkOf(chair: Page, id: string): Promise<string> {
    const href = await chair.locator(`[data-link="${id}"] a`).getAttribute('href');
    if (!href) throw new Error(`no link for ${id}`);
    return href;
  }

  async function sessionEvents(
    chair: Page,
  ): Promise<{ type: string; data: Record<string, unknown> }[]> {
    const url = new URL(chair.url());
    const [, sessionId] = /#\/live\/([^/]+)\/chair/.exec(url.hash) ?? [];
    const key = new URLSearchParams(url.hash.split('?')[1]).get('key');
    const res = await fetch(`${council.url}api/sessions/${sessionId}/events?after=0`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const body = (await res.json()) as {
      events: { event: { type: string; data: Record<string, unknown> } }[];
    };
    return body.events.map((e) => e.event);
  }

  it('a chair and fifteen delegations run the 26 May 2022 vote and every screen shows the veto', async () => {
    const chair = await startScenarioSession();
    const codes = await chair
      .locator('[data-link^="delegation:"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-link')!.split(':')[1]!));
    expect(codes).toHaveLength(15);

    const delegations = new Map<string, Page>();
    for (const code of codes) {
      const page = await newPage({ width: 390, height: 844 });
      await page.goto(`${await linkOf(chair, `delegation:${code}`)}&lang=en`);
      delegations.set(code, page);
    }
    const projector = await newPage({ width: 1600, height: 900 });
    await projector.goto(`${await linkOf(chair, 'projector:')}&lang=en`);
    for (const page of delegations.values()) await page.getByTestId('online').waitFor();

    await chair.getByRole('button', { name: 'Open the vote' }).click();
    for (const [code, page] of delegations) {
      const name = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
        'Delegation of ',
        '',
      );
      const choice = VETOERS.has(code) ? 'No' : 'Yes';
      await page.getByRole('button', { name: `Vote ${choice} as ${name}` }).click();
    }
    for (const page of delegations.values())
      await page.locator('[data-testid="your-vote"][data-state="cast"]').waitFor();
    await chair.getByTestId('live-running').filter({ hasText: '13–2–0' }).waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();

    const expected = 'Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation';
    for (const page of [chair, projector, ...delegations.values()]) {
      const outcome = page.getByTestId('live-outcome');
      await outcome.waitFor();
      expect(await outcome.getAttribute('data-outcome')).toBe('vetoed');
      expect(await outcome.textContent()).toContain(expected);
    }
    const events = await sessionEvents(chair);
    expect(events.filter((e) => e.type === 'VoteCast')).toHaveLength(15);
    expect(events.some((e) => e.type === 'DraftVetoed')).toBe(true);
    // The chair exports the vetoed draft as a UN-format document with the engine's result and its history.
    await chair.getByTestId('export-draft').click();
    const doc = chair.getByTestId('un-document');
    await doc.filter({ hasText: 'S/2022/431' }).waitFor();
    const text = (await doc.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Vote: Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation',
    );
    expect(text).toContain('status: vetoed');
  }, 240_000);

  it('a delegation that votes offline is counted once when it reconnects, even if an answer was lost', async () => {
    const chair = await startScenarioSession();
    const france = await newPage({ width: 390, height: 844 });
    await france.goto(`${await linkOf(chair, 'delegation:FRA')}&lang=en`);
    const ghana = await newPage({ width: 390, height: 844 });
    await ghana.goto(`${await linkOf(chair, 'delegation:GHA')}&lang=en`);
    await france.getByTestId('online').waitFor();
    await ghana.getByTestId('online').waitFor();
    // The offline shell (service worker) controls the page once it is ready.
    await france.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
    await chair.getByRole('button', { name: 'Open the vote' }).click();
    await france.getByRole('button', { name: 'Vote Yes as France' }).waitFor();

    // France loses its connection, votes, and sees that the vote waits on the device.
    await france.context().setOffline(true);
    await france.getByTestId('offline-banner').waitFor();
    await france.getByRole('button', { name: 'Vote Abstain as France' }).click();
    await france.locator('[data-testid="your-vote"][data-state="pending"]').waitFor();
    expect(await france.getByTestId('pending').textContent()).toContain('1 action');
    // Reloading without a network still opens the app (service worker) and keeps the queued vote.
    await france.reload();
    await france.getByRole('heading', { level: 1, name: 'Delegation of France' }).waitFor();
    await france.getByTestId('offline-banner').waitFor();
    expect(await france.getByTestId('pending').textContent()).toContain('1 action');
    await france.context().setOffline(false);
    await france.getByTestId('online').waitFor();
    await france.locator('[data-testid="your-vote"][data-state="cast"]').waitFor();

    // Ghana's first delivery reaches the server but the answer is lost; the retry reuses its key.
    let dropped = 0;
    await ghana.route('**/api/sessions/*/commands', async (route) => {
      if (dropped === 0) {
        dropped += 1;
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await ghana.getByRole('button', { name: 'Vote No as Ghana' }).click();
    await ghana
      .locator('[data-testid="your-vote"][data-state="cast"]')
      .waitFor({ timeout: 20_000 });
    expect(dropped).toBe(1);

    const casts = (await sessionEvents(chair)).filter((e) => e.type === 'VoteCast');
    expect(casts.filter((e) => e.data['member'] === 'FRA').map((e) => e.data['choice'])).toEqual([
      'abstain',
    ]);
    expect(casts.filter((e) => e.data['member'] === 'GHA').map((e) => e.data['choice'])).toEqual([
      'no',
    ]);
  }, 120_000);

  it('a delegation co-sponsors and breaks silence; the chair sees it, and the live pages pass axe-core', async () => {
    const chair = await startScenarioSession();
    const china = await newPage({ width: 390, height: 844 });
    await china.goto(`${await linkOf(chair, 'delegation:CHN')}&lang=en`);
    const mexico = await newPage({ width: 390, height: 844 });
    await mexico.goto(`${await linkOf(chair, 'delegation:MEX')}&lang=en`);
    await china.getByTestId('online').waitFor();
    await mexico.getByTestId('online').waitFor();

    await mexico.getByRole('button', { name: 'Join the draft as co-sponsor, for Mexico' }).click();
    await chair.locator('.text-on-table').filter({ hasText: 'Mexico' }).waitFor();

    await chair.getByRole('button', { name: 'Put under silence' }).click();
    await china.getByTestId('countdown').waitFor();
    await chair.getByTestId('countdown').waitFor();
    await china
      .getByRole('button', { name: 'Object to the text under silence, for China' })
      .click();
    await chair
      .getByTestId('silence-broken')
      .filter({ hasText: 'Silence broken by China' })
      .waitFor();
    await mexico.getByTestId('silence-broken').filter({ hasText: 'China' }).waitFor();

    const projector = await newPage({ width: 1600, height: 900 });
    await projector.goto(`${await linkOf(chair, 'projector:')}&lang=en`);
    await projector.getByTestId('online').waitFor();
    for (const page of [chair, china, projector])
      expect(await seriousViolations(page), page.url()).toEqual([]);
    const types = (await sessionEvents(chair)).map((e) => e.type);
    expect(types).toContain('DraftCoSponsored');
    expect(types).toContain('SilenceBroken');
  }, 120_000);

  it('the chair enters a show-of-hands result and the engine adjudicates it', async () => {
    const chair = await startScenarioSession();
    await chair.getByRole('button', { name: 'Open the vote' }).click();
    await chair.getByRole('button', { name: 'Enter a show-of-hands result' }).click();
    for (const code of [
      'ALB',
      'BRA',
      'FRA',
      'GAB',
      'GHA',
      'IND',
      'IRL',
      'KEN',
      'MEX',
      'NOR',
      'ARE',
      'GBR',
      'USA',
    ]) {
      await chair.locator(`.hands fieldset[data-code="${code}"] input[value="yes"]`).check();
    }
    await chair.getByRole('radio', { name: 'Vote No for China' }).check();
    await chair.getByRole('radio', { name: 'Vote Abstain for Russian Federation' }).check();
    await chair.getByRole('button', { name: 'Record the result' }).click();
    await chair.getByTestId('live-running').filter({ hasText: '13–1–1' }).waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    const outcome = chair.getByTestId('live-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(
      'Vetoed 13–1–1 (for–against–abstaining); vetoed by China',
    );
  }, 120_000);

  it('the chair gives the floor with a time limit; the projector shows the speaker and the clock', async () => {
    const chair = await startScenarioSession();
    const projector = await newPage({ width: 1600, height: 900 });
    await projector.goto(`${await linkOf(chair, 'projector:')}&lang=en`);
    await projector.getByTestId('online').waitFor();
    await chair.getByLabel('Speaker').selectOption('SG');
    await chair.getByLabel('Time limit (seconds, 0 for none)').fill('420');
    await chair.getByRole('button', { name: 'Give the floor' }).click();
    const clock = projector.getByTestId('speaker-clock');
    await clock.filter({ hasText: 'Speaking: Secretary-General' }).waitFor();
    expect(await clock.getByRole('timer').textContent()).toMatch(/[67]:\d\d/);
    await chair.getByRole('button', { name: 'End the speech' }).click();
    await clock.waitFor({ state: 'detached' });
    const types = (await sessionEvents(chair)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['FloorGiven', 'SpeechEnded']));
  }, 120_000);

  it('the history page lists meetings from the server’s record API', async () => {
    const page = await newPage();
    await page.goto(`${council.url}#/history?tab=meetings&q=Korea&from=2022&to=2022&lang=en`);
    await page
      .getByTestId('history-count')
      .filter({ hasText: /^[1-9]\d* result/ })
      .waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('history-table').textContent()).toContain('S/PV.9048');
  }, 120_000);

  it('an amendment is moved and voted before the draft, and the engine decides it', async () => {
    const chair = await startScenarioSession();
    await chair.getByText('Move an amendment').first().click();
    await chair.getByLabel('Proposed by').selectOption('RUS');
    await chair.getByLabel('Text of the amendment').fill('Delete operative paragraph 2.');
    await chair.getByRole('button', { name: 'Move an amendment' }).click();
    await chair
      .getByTestId('amendments')
      .filter({ hasText: 'Delete operative paragraph 2.' })
      .waitFor();
    await chair.getByRole('button', { name: 'Put this amendment to the vote' }).click();
    await chair
      .getByTestId('vote-subject')
      .filter({ hasText: 'On an amendment by Russian Federation' })
      .waitFor();
    await chair.getByRole('button', { name: 'Enter a show-of-hands result' }).click();
    await chair.getByRole('radio', { name: 'Vote Yes for Russian Federation' }).check();
    await chair.getByRole('radio', { name: 'Vote Yes for China' }).check();
    await chair.getByRole('button', { name: 'Record the result' }).click();
    await chair.getByTestId('live-running').filter({ hasText: '2–0–0' }).waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    await chair.getByTestId('amendments').filter({ hasText: 'not adopted' }).waitFor();
    const outcome = chair.getByTestId('live-outcome');
    expect(await outcome.textContent()).toContain(
      'Not adopted 2–0–0 (for–against–abstaining): fewer than 9 votes in favour',
    );
    expect(await chair.getByRole('button', { name: 'Open the vote' }).isEnabled()).toBe(true);
  }, 120_000);

  it('a reissued delegation link revokes the old one: the old phone is refused and told why', async () => {
    const chair = await startScenarioSession();
    const oldLink = await linkOf(chair, 'delegation:GAB');
    const old = await newPage({ width: 390, height: 844 });
    await old.goto(`${oldLink}&lang=en`);
    await old.getByTestId('online').waitFor();
    await chair
      .getByRole('button', { name: 'Issue a new link for Gabon (the old one stops working)' })
      .click();
    await chair.waitForFunction(
      (previous) =>
        document.querySelector('[data-link="delegation:GAB"] a')?.getAttribute('href') !== previous,
      oldLink,
    );
    await chair.getByRole('button', { name: 'Open the vote' }).click();
    await old.getByRole('button', { name: 'Vote Yes as Gabon' }).click();
    await old.getByRole('alert').filter({ hasText: 'revoked' }).waitFor();
    // The new link works.
    const fresh = await newPage({ width: 390, height: 844 });
    await fresh.goto(`${await linkOf(chair, 'delegation:GAB')}&lang=en`);
    await fresh.getByRole('button', { name: 'Vote Yes as Gabon' }).click();
    await fresh.locator('[data-testid="your-vote"][data-state="cast"]').waitFor();
    // Reloading the old link now fails outright, with a clear message instead of endless retries.
    await old.reload();
    await old.getByTestId('denied-banner').waitFor();
  }, 120_000);

  it('in the sanctions committee a delegation proposes a listing and another places and lifts a hold', async () => {
    const chair = await startScenarioSession();
    await chair.getByRole('button', { name: 'Establish the 1718 Committee (DPRK)' }).click();
    const usa = await newPage({ width: 390, height: 844 });
    await usa.goto(`${await linkOf(chair, 'delegation:USA')}&lang=en`);
    const china = await newPage({ width: 390, height: 844 });
    await china.goto(`${await linkOf(chair, 'delegation:CHN')}&lang=en`);
    await usa.getByText('Propose a listing').first().click();
    await usa.getByLabel('Name').fill('Example Trading Company');
    await usa.getByLabel('Kind').selectOption('entity');
    await usa.getByRole('button', { name: 'Propose a listing' }).click();
    await china.getByTestId('proposals').filter({ hasText: 'Example Trading Company' }).waitFor();

    await china
      .getByRole('button', { name: 'Place a hold on the committee proposal, for China' })
      .click();
    await chair.locator('[data-hold="CHN"][data-status="standing"]').waitFor();
    await usa.locator('[data-hold="CHN"][data-status="standing"]').waitFor();
    await china
      .getByRole('button', { name: 'Lift the hold on the committee proposal, for China' })
      .click();
    await chair.locator('[data-hold="CHN"][data-status="lifted"]').waitFor();
    const types = (await sessionEvents(chair)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'CommitteeEstablished',
        'ListingProposed',
        'HoldPlaced',
        'HoldLifted',
      ]),
    );
  }, 120_000);
});
