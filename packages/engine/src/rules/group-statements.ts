/**
 * Statements by groups of States are not Council products.
 *
 * Source: documented practice; the Council's outputs are resolutions, presidential statements, notes and
 * letters of the President, press statements, press elements and decisions of subsidiary organs (Highlights
 * of Security Council Practice 2023). Joint statements read at the stakeout by some members, often with
 * States not on the Council (Japan, the Republic of Korea), are national statements: any States may sign,
 * nothing binds the Council, and they carry no Council symbol. Examples: 10 Jan, 20 Jan and 4 Feb 2022 on the DPRK.
 */
import type { StateCode } from '../membership.ts';

export const groupStatementsRule = {
  id: 'group-statements',
  source: 'Documented practice (Highlights of Security Council Practice 2023, Council outputs)',
  summary: 'Any States may sign a joint statement; it is not a Council product and binds no one.',
} as const;

/** Splits signatories into Council members signing, Council members not signing, and other States. */
export function splitSignatories(signatories: readonly StateCode[], members: readonly StateCode[]) {
  const signed = new Set(signatories);
  return {
    councilMembersSigning: members.filter((m) => signed.has(m)),
    councilMembersNotSigning: members.filter((m) => !signed.has(m)),
    othersSigning: signatories.filter((s) => !members.includes(s)),
  };
}
