import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffLists } from './diff.ts';
import { parseConsolidatedXml } from './xml-import.ts';
import {
  fixture,
  HAVE_SHARED,
  SKIP_REASON,
  SNAPSHOT_2020,
  SNAPSHOT_2024,
} from '../test/support.ts';

describe('list diff', () => {
  const base = fixture('small.xml').toString('utf8');

  it('reports additions, removals and amendments by reference number and regime', () => {
    const changed = base
      .replace(
        '<REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>',
        '<REFERENCE_NUMBER>QDi.902</REFERENCE_NUMBER>',
      )
      .replace('<ALIAS_NAME>ETC</ALIAS_NAME>', '<ALIAS_NAME>E.T.C.</ALIAS_NAME>')
      .replace('<VERSIONNUM>1</VERSIONNUM>', '<VERSIONNUM>2</VERSIONNUM>')
      .replace('<FIRST_NAME> TEST </FIRST_NAME>', '<FIRST_NAME>TEST</FIRST_NAME>');
    const d = diffLists(parseConsolidatedXml(base), parseConsolidatedXml(changed));
    expect(d.regimes).toEqual([
      {
        regime: 'Al-Qaida',
        added: [{ referenceNumber: 'QDi.902', name: 'MUHAMMAD EXAMPLE AL-SAMPLE' }],
        removed: [{ referenceNumber: 'QDi.901', name: 'MUHAMMAD EXAMPLE AL-SAMPLE' }],
        amended: [],
      },
      {
        regime: 'DPRK',
        added: [],
        removed: [],
        amended: [
          { referenceNumber: 'KPe.901', name: 'EXAMPLE TRADING CORPORATION', fields: ['aliases'] },
        ],
      },
    ]);
    expect(d.totals).toEqual({ added: 1, removed: 1, amended: 1 });
  });

  it('finds nothing between a list and itself', () => {
    const list = parseConsolidatedXml(base);
    expect(diffLists(list, list).regimes).toEqual([]);
  });
});

describe.skipIf(!HAVE_SHARED)(
  `list diff on the snapshots (${HAVE_SHARED ? 'present' : SKIP_REASON})`,
  () => {
    it('2020 → 2024: Haiti added; Iran and Mali removed; no DPRK entry added or removed', () => {
      const d = diffLists(
        parseConsolidatedXml(readFileSync(SNAPSHOT_2020)),
        parseConsolidatedXml(readFileSync(SNAPSHOT_2024)),
      );
      expect(d.regimesAdded).toEqual(['Haiti']);
      expect(d.regimesRemoved).toEqual(['Iran', 'Mali']);
      const byRegime = Object.fromEntries(d.regimes.map((r) => [r.regime, r]));
      expect(byRegime['Iran']?.removed).toHaveLength(84);
      expect(byRegime['Mali']?.removed).toHaveLength(8);
      expect(byRegime['Haiti']?.added).toHaveLength(5);
      expect(byRegime['DPRK']?.added).toEqual([]);
      expect(byRegime['DPRK']?.removed).toEqual([]);
      expect(d.old.entries - d.totals.removed + d.totals.added).toBe(d.new.entries);
    });
  },
);
