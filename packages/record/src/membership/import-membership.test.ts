import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importMembership, MembershipImportError } from './import-membership.ts';
import { loadMembership } from './load-membership.ts';

const SHARED = fileURLToPath(
  new URL('../../../../../shared/data/sc-membership-dppa', import.meta.url),
);
const FILES = [
  'DPPA-SCMEMBERSHIP_2023-06-06.csv',
  'DPPA-SCMembership_2026-07-02_rows_2025-2027.csv',
  'blank_name_fixes.csv',
];

describe.skipIf(!existsSync(SHARED))(
  'membership importer on the DPPA export (needs ../shared/data; skipped when absent)',
  () => {
    it('reproduces the committed data/council/membership.json exactly', () => {
      const table = importMembership(SHARED);
      const committed = loadMembership();
      expect(table.terms).toEqual(committed.terms);
      expect(table.names).toEqual(committed.names);
    });

    it('fills the blank names from the fixes file and says so in the provenance', () => {
      const table = importMembership(SHARED);
      const civ = table.terms.filter((t) => t.code === 'CIV');
      expect(civ.map((t) => `${t.from}/${t.to}`)).toEqual([
        '1964-01-01/1965-12-31',
        '1990-01-01/1991-12-31',
        '2018-01-01/2019-12-31',
      ]);
      expect(civ[0]?.corrections?.[0]).toMatch(/blank name filled/);
    });

    function corrupt(change: (dir: string) => void): () => void {
      const dir = mkdtempSync(join(tmpdir(), 'membership-'));
      for (const f of FILES) copyFileSync(join(SHARED, f), join(dir, f));
      change(dir);
      return () => importMembership(dir);
    }

    it('fails on an unknown name, naming the file and line', () => {
      const run = corrupt((dir) => {
        const p = join(dir, FILES[0] as string);
        writeFileSync(p, readFileSync(p, 'utf8').replace('1957,Iraq,', '1957,Atlantis,'));
      });
      expect(run).toThrow(MembershipImportError);
      expect(run).toThrow(/DPPA-SCMEMBERSHIP_2023-06-06\.csv:2: unknown State name 'Atlantis'/);
    });

    it('fails on a truncated file (a year short of members)', () => {
      const run = corrupt((dir) => {
        const p = join(dir, FILES[1] as string);
        writeFileSync(p, readFileSync(p, 'utf8').split('\n').slice(0, 30).join('\n'));
      });
      expect(run).toThrow(/year 2026: \d+ members, expected 15/);
    });
  },
);
