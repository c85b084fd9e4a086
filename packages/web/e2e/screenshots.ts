/**
 * Regenerates docs/screenshots/*.png from a fresh build and a real server:
 *   npx tsx packages/web/e2e/screenshots.ts
 * Chamber, chair console, projector, a delegation's phone, history, replay and the UN-format draft.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp, launchBrowser, startCouncil } from './harness.ts';

const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const council = await startCouncil(await buildApp());
const browser = await launchBrowser();
try {
  const page = async (width: number, height: number) =>
    (await browser.newContext({ viewport: { width, height } })).newPage();

  const chamber = await page(1280, 900);
  await chamber.goto(`${council.url}#/chamber?date=2022-05-26&no=CHN,RUS&lang=en`);
  await chamber.getByTestId('outcome').waitFor();
  await chamber.screenshot({ path: `${out}chamber.png` });

  const chair = await page(1280, 900);
  await chair.goto(`${council.url}#/live?lang=en`);
  await chair.getByLabel('Bundled scenario').first().check();
  await chair.getByRole('button', { name: 'Create the session' }).click();
  await chair.locator('[data-link="projector:"] a').waitFor({ timeout: 30_000 });
  await chair.getByRole('button', { name: 'Open the vote' }).click();
  const link = async (id: string) =>
    (await chair.locator(`[data-link="${id}"] a`).getAttribute('href')) ?? '';
  const codes = await chair
    .locator('[data-link^="delegation:"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-link')!.split(':')[1]!));
  const phone = await page(390, 844);
  for (const code of codes) {
    await phone.goto(`${await link(`delegation:${code}`)}&lang=en`);
    await phone.getByTestId('online').waitFor();
    const name = ((await phone.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
      'Delegation of ',
      '',
    );
    const choice = code === 'CHN' || code === 'RUS' ? 'No' : 'Yes';
    if (code === 'FRA') break; // leave a few seats still voting for the pictures
    await phone.getByRole('button', { name: `Vote ${choice} as ${name}` }).click();
    await phone.locator('[data-testid="your-vote"][data-state="cast"]').waitFor();
  }
  await phone.goto(`${await link('delegation:FRA')}&lang=en`);
  await phone.getByRole('button', { name: 'Vote Yes as France' }).waitFor();
  await phone.screenshot({ path: `${out}delegation-phone.png` });
  await chair.screenshot({ path: `${out}chair-console.png` });

  const projector = await page(1600, 900);
  await projector.goto(`${await link('projector:')}&lang=en`);
  await projector.getByTestId('live-running').waitFor();
  await projector.screenshot({ path: `${out}projector-voting.png` });
  for (const code of codes.slice(codes.indexOf('FRA'))) {
    await phone.goto(`${await link(`delegation:${code}`)}&lang=en`);
    await phone.getByTestId('online').waitFor();
    const name = ((await phone.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
      'Delegation of ',
      '',
    );
    await phone
      .getByRole('button', { name: `Vote ${code === 'RUS' ? 'No' : 'Yes'} as ${name}` })
      .click();
    await phone.locator('[data-testid="your-vote"][data-state="cast"]').waitFor();
  }
  await chair.getByRole('button', { name: 'Close the vote' }).click();
  await projector.getByTestId('live-outcome').waitFor();
  await projector.screenshot({ path: `${out}projector-vetoed.png` });

  const history = await page(1280, 900);
  await history.goto(`${council.url}#/history?lang=en`);
  await history.getByTestId('history-count').filter({ hasText: 'result' }).waitFor();
  await history.getByTestId('history-search').fill('korea');
  await history
    .locator('[data-testid="history-table"][data-query="korea"]')
    .waitFor({ state: 'attached' });
  await history.screenshot({ path: `${out}history.png` });

  const replay = await page(1280, 900);
  await replay.goto(`${council.url}#/replay?step=51&lang=en`);
  await replay.getByTestId('replay-step').waitFor();
  await replay.screenshot({ path: `${out}replay.png` });

  const draft = await page(1280, 900);
  await draft.goto(`${council.url}#/drafts?res=2397&lang=en`);
  await draft.getByTestId('doc-symbol').filter({ hasText: '2397' }).waitFor();
  await draft.screenshot({ path: `${out}draft-un-format.png` });

  const arabic = await page(1280, 900);
  await arabic.goto(`${council.url}#/chamber?date=2022-02-04&lang=ar`);
  await arabic.getByTestId('outcome').waitFor();
  await arabic.screenshot({ path: `${out}chamber-arabic-rtl.png` });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await council.close();
}
