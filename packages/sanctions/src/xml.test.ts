import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SanctionsInputError } from './errors.ts';
import { parseConsolidatedXml } from './xml-import.ts';
import { toConsolidatedXml } from './xml-export.ts';
import { birthDatesOf, primaryName } from './views.ts';
import {
  canonicalPicture,
  fixture,
  HAVE_SHARED,
  SKIP_REASON,
  SNAPSHOT_2020,
  SNAPSHOT_2024,
} from '../test/support.ts';

/** The first position where two arrays differ (as JSON), or null. */
function firstDifference(
  a: unknown[],
  b: unknown[],
): { index: number; got: string; expected: string } | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const got = JSON.stringify(a[i]);
    const expected = JSON.stringify(b[i]);
    if (got !== expected) return { index: i, got, expected };
  }
  return null;
}

function errorOf(fn: () => unknown): SanctionsInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SanctionsInputError) return error;
    throw error;
  }
  throw new Error('expected a SanctionsInputError');
}

describe('Consolidated List XML: own fixtures', () => {
  const list = parseConsolidatedXml(fixture('small.xml'), 'small.xml');
  const [one, two] = list.individuals;

  it('reads individuals and entities with every modelled field', () => {
    expect(list.individuals).toHaveLength(2);
    expect(list.entities).toHaveLength(1);
    expect(one).toMatchObject({
      kind: 'individual',
      dataId: '900001',
      firstName: ' TEST ',
      thirdName: '',
      regime: 'DPRK',
      referenceNumber: 'KPi.901',
      listedOn: '2030-01-01',
      gender: 'Male',
      nameOriginalScript: '테스트',
      titles: ['Dr.'],
      designations: ['Director of R&D <unit 7>', 'Member of a board'],
      nationalities: ["Democratic People's Republic of Korea"],
      lastDayUpdated: [''],
    });
    expect(primaryName(one!)).toBe('TEST PERSON ONE');
    expect(one!.aliases).toEqual([
      { quality: 'Good', name: 'Test Person-One' },
      { quality: 'Low', name: 'Tester', dateOfBirth: '1970', note: 'alias note' },
    ]);
    expect(one!.documents).toEqual([
      {
        typeOfDocument: 'Passport',
        number: 'P123456',
        issuingCountry: "Democratic People's Republic of Korea",
        dateOfIssue: '2015-03-04',
      },
      {},
    ]);
    expect(one!.placesOfBirth).toEqual([
      { city: 'Kaesong', country: "Democratic People's Republic of Korea" },
    ]);
    expect(two!.aliases).toEqual([{ quality: '', name: '' }]);
    expect(two!.placesOfBirth).toEqual([{}]);
    expect(list.entities[0]).toMatchObject({
      kind: 'entity',
      firstName: 'EXAMPLE TRADING CORPORATION',
      referenceNumber: 'KPe.901',
    });
    expect(list.entities[0]!.lastDayUpdated).toBeUndefined();
  });

  it('interprets exact, approximate, range and year-only dates of birth', () => {
    expect(birthDatesOf(one!)).toEqual([
      { kind: 'exact', date: '1970-05-06' },
      { kind: 'approximate', year: 1971 },
      { kind: 'between', from: 1968, to: 1972 },
      { kind: 'year', year: 1969 },
    ]);
  });

  it('exports the fixture back byte for byte', () => {
    expect(toConsolidatedXml(list)).toBe(fixture('small.xml').toString('utf8'));
  });

  it('round-trips a compact, differently ordered file without losing any field', () => {
    const compact = fixture('compact.xml').toString('utf8');
    const parsed = parseConsolidatedXml(compact, 'compact.xml');
    expect(parsed).toEqual(list);
    const out = toConsolidatedXml(parsed);
    expect(parseConsolidatedXml(out)).toEqual(parsed);
    expect(canonicalPicture(out)).toEqual(canonicalPicture(compact));
  });
});

describe('Consolidated List XML: bad input names the file, line and reason', () => {
  const good = fixture('small.xml').toString('utf8');

  it('truncated XML', () => {
    const e = errorOf(() => parseConsolidatedXml(good.slice(0, 2000), 'cut.xml'));
    expect(e.file).toBe('cut.xml');
    expect(e.reason).toMatch(/malformed XML/);
    expect(e.line).toBeGreaterThan(1);
  });

  it('bytes that are not UTF-8 (Latin-1)', () => {
    const bytes = Buffer.from(good.replace('PERSON ONE', 'PERSÖN ONE'), 'latin1');
    const e = errorOf(() => parseConsolidatedXml(bytes, 'latin1.xml'));
    expect(e.reason).toMatch(/not valid UTF-8/);
    expect(e.line).toBe(8);
  });

  it('an unknown element', () => {
    const e = errorOf(() =>
      parseConsolidatedXml(
        good.replace('<GENDER>Male</GENDER>', '<FAVOURITE_COLOUR>red</FAVOURITE_COLOUR>'),
        'odd.xml',
      ),
    );
    expect(e.message).toBe('odd.xml:13: unknown element <FAVOURITE_COLOUR> inside <INDIVIDUAL>');
  });

  it('a repeated single-valued element, a wrong root, an empty file', () => {
    expect(
      errorOf(() =>
        parseConsolidatedXml(
          good.replace('<GENDER>Male</GENDER>', '<GENDER>Male</GENDER><GENDER>F</GENDER>'),
        ),
      ).reason,
    ).toMatch(/<GENDER> appears 2 times/);
    expect(errorOf(() => parseConsolidatedXml('<LIST/>', 'x.xml')).reason).toMatch(
      /root element must be <CONSOLIDATED_LIST>/,
    );
    expect(errorOf(() => parseConsolidatedXml('  ', 'x.xml')).reason).toBe('the file is empty');
  });
});

describe.skipIf(!HAVE_SHARED)(
  `Consolidated List XML: the stored snapshots (${HAVE_SHARED ? 'present' : SKIP_REASON})`,
  () => {
    it.each([
      [SNAPSHOT_2020, 713, 305],
      [SNAPSHOT_2024, 682, 193],
    ])('imports %s and round-trips every field', (path, individuals, entities) => {
      const original = readFileSync(path, 'utf8');
      const list = parseConsolidatedXml(readFileSync(path), path);
      expect(list.individuals).toHaveLength(individuals);
      expect(list.entities).toHaveLength(entities);
      const out = toConsolidatedXml(list);
      // Compared entry by entry as JSON: vitest's deep equality is slow on a thousand large objects.
      const again = parseConsolidatedXml(out);
      expect(firstDifference(again.individuals, list.individuals)).toBeNull();
      expect(firstDifference(again.entities, list.entities)).toBeNull();
      expect(again.attributes).toEqual(list.attributes);
      const before = canonicalPicture(original);
      const after = canonicalPicture(out);
      expect(after.attributes).toEqual(before.attributes);
      expect(firstDifference(after.entries, before.entries)).toBeNull();
    });

    it('reproduces the 2024 snapshot byte for byte', () => {
      const original = readFileSync(SNAPSHOT_2024, 'utf8');
      expect(toConsolidatedXml(parseConsolidatedXml(original))).toBe(original);
    });
  },
);
