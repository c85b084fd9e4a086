/**
 * Two routes onto the UN list: the Council lists names itself in the annex of a resolution (a vote, so
 * a permanent member can veto it), or the committee lists them by consensus on a member's proposal.
 *
 * Source: S/RES/1718 (2006) para. 8(d) and later DPRK resolutions with listing annexes (e.g. S/RES/2270
 * (2016), S/RES/2397 (2017)); committee designations under the same paragraphs. Here the resolution
 * route takes effect only when the vote's outcome was "adopted" (Charter Art. 27(3)).
 */
export const resolutionListingRule = {
  id: 'resolution-listing',
  source: 'S/RES/1718 (2006) para. 8(d); annexes of later DPRK resolutions; UN Charter Art. 27(3)',
  summary: 'A resolution annex lists names only if the resolution was adopted.',
} as const;
