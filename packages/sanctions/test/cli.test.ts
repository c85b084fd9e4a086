import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './support.ts';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../cli/bin/council.js');

function council(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'sanctions', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('council sanctions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanctions-cli-'));
  const small = join(FIXTURES, 'small.xml');
  const cut = join(dir, 'cut.xml');
  writeFileSync(cut, readFileSync(small, 'utf8').slice(0, 1500));

  it('list, show and screen work on the shipped list', () => {
    const list = council('list', '--regime', 'DPRK', '--json');
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ count: 155 });
    const show = council('show', 'KPi.033', '--json');
    expect(JSON.parse(show.stdout)).toMatchObject({
      referenceNumber: 'KPi.033',
      name: 'RI WON HO',
      regime: 'DPRK',
    });
    const screen = council('screen', 'Lee Won-ho', '--dob', '1964', '--json');
    expect(JSON.parse(screen.stdout).hits[0]).toMatchObject({
      referenceNumber: 'KPi.033',
      dob: 'match',
    });
  });

  it('shows the 2022 proposal pending under two holds with their lapse dates', () => {
    const r = council('holds', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      proposal: { status: string };
      holds: { member: string; lapsesOn: string }[];
    };
    expect(out.proposal.status).toBe('pending');
    expect(out.holds.map((h) => [h.member, h.lapsesOn])).toEqual([
      ['CHN', '2022-07-20'],
      ['RUS', '2022-07-20'],
    ]);
  });

  it('diffs two files', () => {
    const r = council('diff', small, small, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ totals: { added: 0, removed: 0, amended: 0 } });
  });

  it('exits 2 naming the file and the problem for a missing or malformed file', () => {
    const missing = council('diff', join(dir, 'nope.xml'), small);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, 'nope.xml')}: file not found`);
    const bad = council('diff', cut, small);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      new RegExp(`${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: malformed XML`),
    );
    expect(council('list', '--bogus').status).toBe(2);
  });

  it('leaves a stored list untouched when the import fails', () => {
    const store = join(dir, 'store');
    expect(council('import', small, '--out', store).status).toBe(0);
    const before = readFileSync(join(store, 'entries.jsonl'), 'utf8');
    const latin = join(dir, 'latin1.xml');
    writeFileSync(
      latin,
      Buffer.from(readFileSync(small, 'utf8').replace('PERSON ONE', 'PERSÖN ONE'), 'latin1'),
    );
    const r = council('import', latin, '--out', store);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${latin}:8: not valid UTF-8`);
    expect(readFileSync(join(store, 'entries.jsonl'), 'utf8')).toBe(before);
    const listed = council('list', '--list', store, '--json');
    expect(JSON.parse(listed.stdout).count).toBe(3);
  });
});
