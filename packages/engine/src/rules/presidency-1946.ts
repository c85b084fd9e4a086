/**
 * The presidency in 1946: terms ran from the 17th of one month to the 16th of the next.
 *
 * Source: the Council first met on 17 Jan 1946 with Australia in the chair, and each President served from
 * the 17th; S/RES/14 (1946) of 16 Dec 1946 suspended rule 18 so that the United States, President since
 * 17 Nov, stayed in office until 31 Dec 1946, and the rotation has followed calendar months since 1 Jan 1947
 * (when Australia, first in alphabetical order of the 1947 members, presided again).
 * Practice here: a month's President in the schedule is the one holding office on its first day, so
 * January and February 1946 both show Australia (17 Jan – 16 Feb); a date from the 17th to the end of a
 * month of 1946 belongs to the next term.
 */
export const presidency1946Rule = {
  id: 'presidency-1946',
  source: 'S/RES/14 (1946); Provisional Rules of Procedure, rule 18 as applied in 1946',
  summary:
    'In 1946 presidencies ran from the 17th to the 16th; the US term was extended to 31 Dec 1946.',
} as const;

/** The last day of the mid-month terms. */
export const MID_MONTH_TERMS_END = '1946-12-31';

/** The day of the month on which 1946 terms began. */
export const TERM_START_DAY = 17;

/** True for the month whose first day still falls in the previous month's term (February 1946 after January's start). */
export function repeatsPreviousPresident(year: number, month: number): boolean {
  return year === 1946 && month === 2;
}

/** The schedule month ("YYYY-MM") whose President holds office on a date, allowing for the 1946 terms. */
export function scheduleMonthFor(date: string): string {
  const month = date.slice(0, 7);
  if (date > MID_MONTH_TERMS_END || Number(date.slice(8, 10)) < TERM_START_DAY) return month;
  const m = Number(date.slice(5, 7));
  // From 17 December 1946 the US term simply continued (S/RES/14 (1946)).
  if (m === 12) return month;
  return `1946-${String(m + 1).padStart(2, '0')}`;
}
