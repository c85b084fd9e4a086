import { describe, expect, it } from 'vitest';
import { addUnWorkingDays, unWorkingDaysBetween } from './un-working-days.ts';
import { gaDebateDueBy } from './ga-veto-debate.ts';

describe('UN working days and the GA res 76/262 debate', () => {
  it('8 Jun 2022 is the 9th working day after the veto of 26 May 2022 when no holiday falls between', () => {
    expect(unWorkingDaysBetween('2022-05-26', '2022-06-08')).toBe(9);
    expect(addUnWorkingDays('2022-05-26', 10)).toBe('2022-06-09');
  });
  it('a configured holiday (Memorial Day, 30 May 2022) pushes the due date by a day', () => {
    expect(gaDebateDueBy('2022-05-26', ['2022-05-30'])).toBe('2022-06-10');
  });
  it('vetoes before 26 Apr 2022 trigger no debate', () => {
    expect(gaDebateDueBy('2022-02-25')).toBeUndefined();
  });
  it('skips weekends: ten working days after Friday 4 Feb 2022 is Friday 18 Feb', () => {
    expect(addUnWorkingDays('2022-02-04', 10)).toBe('2022-02-18');
  });
});
