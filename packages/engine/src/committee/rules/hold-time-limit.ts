/**
 * A hold does not last for ever: it stands for six months, another member may extend it once by three
 * months, and when it runs out the proposal is removed from consideration (it must be submitted again).
 *
 * Source: AFP and Al Jazeera, 20 Jan 2022, reporting the 1718 Committee's rules (AFP: "three months and
 * one day"). The guideline text was not retrieved, so every figure is a committee setting: the
 * lengths, the extra day, how many extensions, who may extend, and whether a run-out hold removes the
 * proposal (default) or simply stops blocking it. A hold is in force up to the day before `lapsesOn`.
 */
import type { CommitteeConfig, Hold } from '../types.ts';
import { addDays, addMonths } from '../calendar.ts';

export const holdTimeLimitRule = {
  id: 'hold-time-limit',
  source:
    '1718 Committee practice as reported (AFP, Al Jazeera, 20 Jan 2022); guideline text unverified',
  summary:
    'A hold lapses after 6 months unless another member extends it by 3; then the proposal is removed.',
} as const;

/** The day a hold placed on `placedOn` lapses. */
export function holdLapseDate(placedOn: string, config: CommitteeConfig): string {
  return addMonths(placedOn, config.holdMonths);
}

/** The day a hold lapses after one more extension. */
export function extendedLapseDate(hold: Hold, config: CommitteeConfig): string {
  return addDays(addMonths(hold.lapsesOn, config.extensionMonths), config.extensionExtraDays);
}

/** Why `member` may not extend `hold` on `day`, or undefined when it may. */
export function extensionRefusal(
  hold: Hold,
  member: string,
  day: string,
  config: CommitteeConfig,
): string | undefined {
  if (hold.status !== 'standing') return `the hold of ${hold.member} no longer stands`;
  if (day >= hold.lapsesOn) return `the hold of ${hold.member} lapsed on ${hold.lapsesOn}`;
  if (config.extensionBy === 'another-member' && member === hold.member) {
    return 'a hold must be extended by a member other than its holder';
  }
  if (hold.extensions.length >= config.maxExtensions) {
    return `the hold of ${hold.member} has already been extended ${hold.extensions.length} time(s)`;
  }
  return undefined;
}
