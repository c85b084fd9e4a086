/**
 * The General Assembly's veto initiative: a veto opens a debate in the Assembly within ten working days.
 *
 * Source: GA res 76/262 (26 Apr 2022), para. 1: the President of the General Assembly convenes a formal
 * meeting within 10 working days of the casting of a veto by one or more permanent members, unless an
 * emergency special session on the same situation is meeting. Para. 3 invites a special report of the
 * Council at least 72 hours before the debate.
 * Practice: only real vetoes count, not negative votes on drafts that failed for want of votes. First
 * application: the veto of 26 May 2022 on S/2022/431, debated on 8 Jun 2022.
 */
import { addUnWorkingDays } from './un-working-days.ts';

export const gaVetoDebateRule = {
  id: 'ga-veto-debate',
  source: 'GA res 76/262 (2022), paras. 1 and 3',
  summary:
    'Every veto cast from 26 Apr 2022 triggers a General Assembly debate due within 10 UN working days.',
} as const;

/** The first day on which a veto triggers the debate. */
export const VETO_INITIATIVE_FROM = '2022-04-26';

/** The last day by which the Assembly's debate on a veto cast on `vetoDate` is due, or undefined before 76/262. */
export function gaDebateDueBy(
  vetoDate: string,
  holidays: readonly string[] = [],
): string | undefined {
  if (vetoDate < VETO_INITIATIVE_FROM) return undefined;
  return addUnWorkingDays(vetoDate, 10, holidays);
}
