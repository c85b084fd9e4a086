import { describe, expect, it } from 'vitest';
import { councilOn, governmentOn, presidencyOfYear, stateName } from '../src/index.ts';
import { loadMembership } from '@council/record';

const table = loadMembership();
const codes = (date: string) => councilOn(table, date).members.map((m) => m.code);

describe('composition on real dates', () => {
  it('has 11 members until 31 Dec 1965 and 15 from 1 Jan 1966', () => {
    expect(councilOn(table, '1965-12-31').size).toBe(11);
    expect(councilOn(table, '1966-01-01').size).toBe(15);
    for (let y = 1946; y <= 2027; y += 1)
      expect(councilOn(table, `${y}-06-30`).members).toHaveLength(y < 1966 ? 11 : 15);
  });

  it('seats the 2022 Council of the rules document, in English alphabetical order', () => {
    const c = councilOn(table, '2022-02-04');
    expect(c.members.map((m) => m.name)).toEqual([
      'Albania',
      'Brazil',
      'China',
      'France',
      'Gabon',
      'Ghana',
      'India',
      'Ireland',
      'Kenya',
      'Mexico',
      'Norway',
      'Russian Federation',
      'United Arab Emirates',
      'United Kingdom of Great Britain and Northern Ireland',
      'United States of America',
    ]);
    expect(c.members.filter((m) => m.permanent).map((m) => m.code)).toEqual([
      'CHN',
      'FRA',
      'RUS',
      'GBR',
      'USA',
    ]);
  });

  it('elected members serve two-year terms (Japan 2023–2024, Republic of Korea 2024–2025)', () => {
    expect(codes('2022-12-31')).not.toContain('JPN');
    expect(codes('2023-01-01')).toContain('JPN');
    expect(codes('2024-12-31')).toContain('JPN');
    expect(codes('2025-01-01')).not.toContain('JPN');
    expect(councilOn(table, '2024-06-01').members.find((m) => m.code === 'KOR')?.name).toBe(
      'Republic of Korea',
    );
  });

  it('passes the China seat from the Republic of China to the People’s Republic on 25 Oct 1971', () => {
    expect(governmentOn(table, 'CHN', '1971-10-24')).toBe('Republic of China');
    expect(governmentOn(table, 'CHN', '1971-10-25')).toBe("People's Republic of China");
    expect(codes('1971-10-24')).toContain('CHN');
  });

  it('seats the USSR until 23 Dec 1991 and the Russian Federation from 24 Dec 1991', () => {
    expect(codes('1991-12-23')).toContain('SUN');
    expect(codes('1991-12-23')).not.toContain('RUS');
    expect(codes('1991-12-24')).toContain('RUS');
    expect(codes('1991-12-24')).not.toContain('SUN');
  });

  it('uses the names of the time where the source uses today’s', () => {
    expect(councilOn(table, '1990-03-01').members.find((m) => m.code === 'COD')?.name).toBe(
      'Zaire',
    );
    expect(councilOn(table, '1960-03-01').members.find((m) => m.code === 'LKA')?.name).toBe(
      'Ceylon',
    );
    expect(councilOn(table, '2010-03-01').members.find((m) => m.code === 'TUR')?.name).toBe(
      'Turkey',
    );
    expect(councilOn(table, '1948-05-24').members.find((m) => m.code === 'UKR')?.name).toBe(
      'Ukrainian Soviet Socialist Republic',
    );
    expect(stateName(table, 'DDR', '1980-06-01')).toBe('German Democratic Republic');
  });

  it('rejects dates outside 1946–2027', () => {
    expect(() => councilOn(table, '1945-12-31')).toThrow(/outside/);
    expect(() => councilOn(table, '2028-01-01')).toThrow(/outside/);
  });
});

describe('presidency rotation (rule 18)', () => {
  it('gives the verified 2022 presidencies, carried over from Niger in December 2021', () => {
    expect(presidencyOfYear(table, 2021).at(-1)?.president).toBe('NER');
    const y2022 = presidencyOfYear(table, 2022).map((m) => m.president);
    expect(y2022.slice(0, 5)).toEqual(['NOR', 'RUS', 'ARE', 'GBR', 'USA']);
    expect(y2022).toHaveLength(12);
  });

  it('follows the 1946 terms (17th to 16th) and S/RES/14 (1946), then calendar months from Australia in 1947', () => {
    expect(presidencyOfYear(table, 1946).map((m) => m.president)).toEqual([
      'AUS',
      'AUS',
      'BRA',
      'CHN',
      'EGY',
      'FRA',
      'MEX',
      'NLD',
      'POL',
      'SUN',
      'GBR',
      'USA',
    ]);
    expect(councilOn(table, '1946-03-16').president).toBe('BRA');
    expect(councilOn(table, '1946-03-17').president).toBe('CHN');
    expect(councilOn(table, '1946-12-20').president).toBe('USA');
    expect(presidencyOfYear(table, 1947)[0]?.president).toBe('AUS');
  });

  it('agrees with Presidents named in the record far from any anchor', () => {
    expect(councilOn(table, '1950-08-01').president).toBe('SUN'); // S/PV.480
    expect(councilOn(table, '1962-10-23').president).toBe('SUN'); // S/PV.1022
    expect(councilOn(table, '1992-01-31').president).toBe('GBR'); // S/PV.3046
    expect(councilOn(table, '2000-01-10').president).toBe('USA');
    expect(councilOn(table, '2010-01-15').president).toBe('CHN');
  });

  it('gives every member exactly one month before any member presides twice, within a full cycle', () => {
    const months = presidencyOfYear(table, 2023).map((m) => m.president);
    expect(new Set(months).size).toBe(12);
    expect(councilOn(table, '2022-05-26').president).toBe('USA');
  });
});
