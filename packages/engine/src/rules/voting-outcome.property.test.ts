import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjudicate, type Choice } from './voting-outcome.ts';

const choice = fc.constantFrom<Choice>('yes', 'no', 'abstain', 'absent', 'not_participating');
const council = fc
  .integer({ min: 1, max: 15 })
  .chain((size) =>
    fc.tuple(
      fc.constant(size),
      fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      fc.array(choice, { minLength: size, maxLength: size }),
      fc.boolean(),
      fc.constantFrom('1950-01-01', '2022-05-26'),
    ),
  );

describe('voting outcome properties over random councils and ballots', () => {
  it('never adopts a substantive decision with a permanent member against; vetoes only with enough votes; fails exactly when short', () => {
    fc.assert(
      fc.property(council, ([size, permanent, choices, procedural, date]) => {
        const members = Array.from({ length: size }, (_, i) => ({
          code: `M${String(i).padStart(2, '0')}`,
          name: `Member ${i}`,
          permanent: permanent[i] ?? false,
        }));
        const ballots = Object.fromEntries(members.map((m, i) => [m.code, choices[i] ?? 'absent']));
        const r = adjudicate({ date, members, ballots, procedural });
        const permAgainst = members
          .filter((m, i) => m.permanent && choices[i] === 'no')
          .map((m) => m.code);
        expect(r.yes + r.no + r.abstain + r.absent).toBe(size);
        expect(r.yes).toBeLessThanOrEqual(size);
        if (r.outcome === 'adopted' && !procedural) expect(permAgainst).toEqual([]);
        if (r.outcome === 'vetoed') {
          expect(r.yes).toBeGreaterThanOrEqual(r.required);
          expect(r.vetoedBy.length).toBeGreaterThan(0);
          expect(procedural).toBe(false);
        }
        expect(r.outcome === 'failed').toBe(r.yes < r.required);
        expect(r.permanentAgainst).toEqual(permAgainst);
      }),
      { numRuns: 2000 },
    );
  });
});
