import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, dayOfWeek, fromDayNumber, isIsoDate, toDayNumber } from './dates.ts';

describe('calendar arithmetic without Date', () => {
  it('knows the days of the week of the 2022 timeline', () => {
    expect(dayOfWeek('2022-02-04')).toBe(5); // Friday
    expect(dayOfWeek('2022-01-20')).toBe(4); // Thursday
    expect(dayOfWeek('1946-01-17')).toBe(4); // first meeting, a Thursday
  });
  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100000, max: 100000 }),
        (n) => toDayNumber(fromDayNumber(n)) === n,
      ),
    );
  });
  it('rejects impossible dates and clamps month arithmetic', () => {
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(addMonths('2022-08-31', 6)).toBe('2023-02-28');
  });
});
