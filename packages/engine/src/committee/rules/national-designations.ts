/**
 * A State's own designation (e.g. the US Treasury's OFAC designations of 12 Jan 2022) is a separate
 * kind of list with no legal effect at the UN; proposing the same names to a committee is a separate act.
 *
 * Source: reporting of 12 Jan 2022 (Al Jazeera; Jiji) on the five DPRK nationals designated by OFAC and
 * proposed by the United States to the 1718 Committee the same day. Recording a national designation
 * never changes the UN list or any proposal.
 */
export const nationalDesignationsRule = {
  id: 'national-designations',
  source: 'US Treasury (OFAC) designations of 12 Jan 2022, reported by Al Jazeera and Jiji',
  summary: 'National designations are recorded apart and have no UN effect.',
} as const;
