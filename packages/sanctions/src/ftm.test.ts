import { describe, expect, it } from 'vitest';
import { countryCode } from './countries.ts';
import { entryToFtm, toFtmJsonLines } from './ftm.ts';
import { parseConsolidatedXml } from './xml-import.ts';
import { fixture } from '../test/support.ts';

describe('FollowTheMoney mapping', () => {
  const list = parseConsolidatedXml(fixture('small.xml'));

  it('maps an individual to a Person with its Sanction, Address and Passport', () => {
    const entities = entryToFtm(list.individuals[0]!);
    expect(entities.map((e) => [e.id, e.schema])).toEqual([
      ['unsc-900001', 'Person'],
      ['unsc-900001-addr-1', 'Address'],
      ['unsc-900001-doc-1', 'Passport'],
      ['unsc-900001-sanction', 'Sanction'],
    ]);
    const person = entities[0]!.properties;
    expect(person['name']).toEqual(['TEST PERSON ONE']);
    expect(person['alias']).toEqual(['테스트', 'Test Person-One']);
    expect(person['weakAlias']).toEqual(['Tester']);
    expect(person['nationality']).toEqual(['kp']);
    expect(person['birthDate']).toEqual(['1970-05-06', '1971', '1968', '1969', '1970', '1972']);
    expect(person['position']).toEqual(['Director of R&D <unit 7>', 'Member of a board']);
    expect(person['addressEntity']).toEqual(['unsc-900001-addr-1']);
    expect(person['notes']).toBeUndefined();
    expect(entities[2]!.properties).toMatchObject({
      holder: ['unsc-900001'],
      number: ['P123456'],
      country: ['kp'],
      startDate: ['2015-03-04'],
    });
    expect(entities[3]!.properties).toMatchObject({
      entity: ['unsc-900001'],
      program: ['DPRK'],
      unscId: ['KPi.901'],
      listingDate: ['2030-01-01'],
      authority: ['United Nations Security Council'],
    });
  });

  it('maps an entity to an Organization', () => {
    const [org] = entryToFtm(list.entities[0]!);
    expect(org).toMatchObject({
      id: 'unsc-900003',
      schema: 'Organization',
      properties: { name: ['EXAMPLE TRADING CORPORATION'], alias: ['ETC'], country: ['kp'] },
    });
  });

  it('writes one JSON object per line', () => {
    const lines = toFtmJsonLines(list).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('schema');
  });

  it('knows the list’s own country spellings', () => {
    expect(countryCode("Democratic People's Republic of Korea")).toBe('kp');
    expect(countryCode('Iran (Islamic Republic of)')).toBe('ir');
    expect(countryCode('Indonesia (as at Dec. 2003)')).toBe('id');
    expect(countryCode('France')).toBe('fr');
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});
