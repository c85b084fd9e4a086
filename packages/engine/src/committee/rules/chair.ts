/**
 * Each committee has a Chair, a Council member appointed by the Council for the calendar year, who
 * serves in a personal capacity and circulates and concludes committee business.
 *
 * Source: Council practice for subsidiary-body chairs (notes by the President on working methods,
 * S/2017/507 and S/2024/507); 1718 Committee: Norway chaired in 2021–2022, Switzerland in 2023.
 * Practice: here only the Chair may conclude a no-objection procedure; the chair must be a Council
 * member on the day of appointment.
 */
import type { CommitteeActor } from '../types.ts';

export const chairRule = {
  id: 'chair',
  source: 'S/2017/507; S/2024/507 (subsidiary-body chairs); 1718 Committee practice',
  summary: 'The Chair is a Council member; only the Chair concludes a no-objection procedure.',
} as const;

/** Whether the actor is the Chair. */
export function isChair(actor: CommitteeActor): boolean {
  return actor.role === 'chair';
}
