/** `council record …` through the real CLI entry point (in-process), on the committed record. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/src/main.ts';

let out = '';
let err = '';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  out = '';
  err = '';
  const code = await main(['record', ...argv]);
  return { code, out, err };
}

beforeAll(() => {
  process.env['COUNCIL_DATA_DIR'] = mkdtempSync(join(tmpdir(), 'council-cli-'));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterAll(() => vi.restoreAllMocks());

describe('council record', () => {
  it('stats --json prints the documented fields', async () => {
    const r = await run('stats', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as Record<string, unknown>;
    for (const k of [
      'resolutions',
      'presidentialStatements',
      'meetings',
      'vetoedDrafts',
      'vetoesByMember',
      'coverage',
    ])
      expect(s).toHaveProperty(k);
    expect(s['coverage']).toMatchObject({ from: '1946-01-17' });
    expect(Object.keys(s['vetoesByMember'] as object)).toEqual(
      expect.arrayContaining(['SUN', 'RUS', 'USA', 'GBR', 'FRA', 'CHN']),
    );
  });

  it('resolutions --year --topic --json', async () => {
    const r = await run('resolutions', '--year', '2017', '--topic', 'Korea', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { symbol: string }[];
    expect(rows.map((x) => x.symbol)).toContain('S/RES/2397 (2017)');
  });

  it('vetoes --member prints tallies with en dashes', async () => {
    const r = await run('vetoes', '--member', 'CHN', '--topic', 'Korea');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2022-05-26 +S\/2022\/431 +CHN\+RUS +13–2–0/);
  });

  it('check reports zero unexplained mismatches', async () => {
    const r = await run('check');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mismatches: \d+ \(\d+ explained, 0 unexplained\)/);
  });

  it.each([
    [['resolutions', '--year', '17']],
    [['meetings', '--from', '2022-02-30']],
    [['vetoes', '--member', 'IND']],
    [['missiles', '--bogus']],
    [['missiles', '--from', '2022-02-01', '--to', '2022-01-01']],
    [['nonsense']],
  ])('bad input %j exits 2 with one line', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^council record: /);
  });
});
