import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommitteeCommand } from './types.ts';
import { establish1718Committee } from './config.ts';
import { decideCommittee } from './decide.ts';
import { addDays } from '../dates.ts';
import { unWorkingDaysBetween, isUnWorkingDay } from '../rules/un-working-days.ts';
import { COUNCIL_2022, as, chairAt, run } from './test-support.ts';

const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2022-01-03', n));

describe('committee procedure properties', () => {
  it('a hold keeps exactly the working days that were left, and lifting restores them', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 120 }),
        (start, holdAfter, liftAfter) => {
          const holdOn = addDays(start, holdAfter);
          const liftOn = addDays(holdOn, liftAfter);
          const base: CommitteeCommand[] = [
            establish1718Committee(as('NOR', '2022-01-03')),
            {
              type: 'ProposeListing',
              committeeId: '1718',
              proposalId: 'p',
              subjects: [{ kind: 'entity', name: 'X' }],
              meta: as('USA', start),
            },
          ];
          const { state } = run(base);
          const deadline = state.proposals['p']!.deadline!;
          expect(unWorkingDaysBetween(start, deadline)).toBe(5);
          expect(isUnWorkingDay(deadline)).toBe(true);
          const hold = decideCommittee(
            state,
            { type: 'PlaceHold', proposalId: 'p', reason: 'technical', meta: as('CHN', holdOn) },
            COUNCIL_2022,
          );
          if (holdOn > deadline) {
            expect(hold).toMatchObject({ ok: false, rejection: { code: 'period-over' } });
            return;
          }
          const lifted = run([
            ...base,
            { type: 'PlaceHold', proposalId: 'p', reason: 'technical', meta: as('CHN', holdOn) },
            { type: 'LiftHold', proposalId: 'p', meta: as('CHN', liftOn) },
          ]).state;
          const left = unWorkingDaysBetween(holdOn, deadline);
          const resumed = lifted.proposals['p']!.deadline!;
          expect(resumed >= liftOn).toBe(true);
          expect(unWorkingDaysBetween(liftOn, resumed)).toBe(left);
          const early = decideCommittee(
            lifted,
            { type: 'ConcludeNoObjectionProcedure', proposalId: 'p', meta: chairAt(resumed) },
            COUNCIL_2022,
          );
          expect(early.ok).toBe(false);
          const late = decideCommittee(
            lifted,
            {
              type: 'ConcludeNoObjectionProcedure',
              proposalId: 'p',
              meta: chairAt(addDays(resumed, 1)),
            },
            COUNCIL_2022,
          );
          expect(late.ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
