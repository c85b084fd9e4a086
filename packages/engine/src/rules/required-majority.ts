/**
 * Required majority: how many affirmative votes a decision needs.
 *
 * Source: UN Charter Art. 27(2) and 27(3): seven of eleven members in the original Charter, nine of
 * fifteen as amended by GA res 1991 A (XVIII). The amendment entered into force on 31 Aug 1965, but the
 * Council kept eleven members until 31 Dec 1965; the default follows the size of the Council sitting on
 * the date (7 of 11 until 31 Dec 1965, 9 of 15 from 1 Jan 1966). `ninVotesFrom` makes the switch-over
 * date configurable for anyone who reads the amendment as applying from 31 Aug 1965.
 * Practice: the same number applies to procedural and substantive matters; only the veto differs.
 * Not here: the veto (veto.ts); ICJ elections (absolute majority, ICJ Statute Art. 10) are not modelled.
 */
export const requiredMajorityRule = {
  id: 'required-majority',
  source: 'UN Charter Art. 27(2)–(3); GA res 1991 A (XVIII)',
  summary:
    'A decision needs 7 affirmative votes of 11 members before 1966 and 9 of 15 from 1 Jan 1966.',
} as const;

/** The default first day on which nine votes are required. */
export const NINE_VOTES_FROM = '1966-01-01';

/** The number of affirmative votes a decision on `date` needs. */
export function requiredVotes(date: string, nineVotesFrom: string = NINE_VOTES_FROM): number {
  return date < nineVotesFrom ? 7 : 9;
}
