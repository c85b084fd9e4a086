import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  agreement,
  agreementMap,
  agreementMatrix,
  classicalMds,
  compareWithReferences,
  filterRollCalls,
  powerBarsSvg,
  scatterSvg,
  vetoesOverTimeSvg,
  type RollCall,
} from '../src/index.ts';

const rc = (
  rcid: number,
  date: string,
  votes: RollCall['votes'],
  issues: string[] = [],
): RollCall => ({
  rcid,
  date,
  issues,
  votes,
});

describe('agreement index', () => {
  const calls = [
    rc(1, '2018-01-10', { AAA: 'yes', BBB: 'yes', CCC: 'no' }, ['hr']),
    rc(2, '2018-05-10', { AAA: 'yes', BBB: 'abstain', CCC: 'no' }, ['me']),
    rc(3, '2019-02-10', { AAA: 'no', CCC: 'yes' }, ['hr']),
  ];
  it('codes yes 1, abstain ½, no 0 and skips roll calls where either State did not vote', () => {
    const ab = agreement(calls, 'AAA', 'BBB');
    expect(ab.rollCalls).toBe(2);
    expect(ab.agreement).toBeCloseTo(1 - 0.5 / 2, 12);
    expect(ab.identical).toBeCloseTo(0.5, 12);
    expect(agreement(calls, 'AAA', 'CCC').agreement).toBe(0);
    expect(agreement(calls, 'AAA', 'AAA').agreement).toBe(1);
    expect(agreement(calls, 'AAA', 'ZZZ').agreement).toBeUndefined();
  });
  it('filters by period and issue', () => {
    expect(filterRollCalls(calls, { from: '2018-03-01' }).map((c) => c.rcid)).toEqual([2, 3]);
    expect(filterRollCalls(calls, { issue: 'hr', to: '2018-12-31' }).map((c) => c.rcid)).toEqual([
      1,
    ]);
  });
  it('names the closest reference State', () => {
    const rows = compareWithReferences(calls, ['BBB'], ['AAA', 'CCC']);
    expect(rows[0]?.closest).toBe('AAA');
    expect(rows[0]?.votes).toBe(2);
    // Among the States other than AAA, BBB agrees most with AAA (0.75 against CCC's 0).
    expect(rows[0]?.with[0]).toMatchObject({ b: 'AAA', rank: 1, of: 2 });
    expect(compareWithReferences(calls, ['CCC'], ['AAA'])[0]?.with[0]).toMatchObject({
      rank: 2,
      of: 2,
    });
  });
  it('the matrix is symmetric with ones on the diagonal', () => {
    const m = agreementMatrix(calls, ['AAA', 'BBB', 'CCC']);
    for (let i = 0; i < 3; i++) {
      expect(m.agreement[i]?.[i]).toBe(1);
      for (let j = 0; j < 3; j++) expect(m.agreement[i]?.[j]).toBe(m.agreement[j]?.[i]);
    }
  });
});

describe('classical multidimensional scaling', () => {
  it('recovers the distances of points that lie in a plane', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
          minLength: 3,
          maxLength: 12,
        }),
        (pts) => {
          const d = pts.map(([x1, y1]) => pts.map(([x2, y2]) => Math.hypot(x1 - x2, y1 - y2)));
          const { coords } = classicalMds(d, 2);
          pts.forEach((_, i) =>
            pts.forEach((__, j) => {
              const [a = 0, b = 0] = coords[i] ?? [];
              const [c = 0, e = 0] = coords[j] ?? [];
              expect(Math.abs(Math.hypot(a - c, b - e) - (d[i]?.[j] ?? 0))).toBeLessThan(
                1e-4 * (1 + (d[i]?.[j] ?? 0)),
              );
            }),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
  it('puts two voting blocs on opposite sides of the first axis', () => {
    const votes = (bloc: 'yes' | 'no'): RollCall['votes'] => ({
      A1: bloc,
      A2: bloc,
      A3: bloc,
      B1: bloc === 'yes' ? 'no' : 'yes',
      B2: bloc === 'yes' ? 'no' : 'yes',
    });
    const calls = [
      rc(1, '2019-01-01', votes('yes')),
      rc(2, '2019-01-02', votes('no')),
      rc(3, '2019-01-03', { ...votes('yes'), B2: 'abstain' }),
    ];
    const map = agreementMap(calls);
    const x = Object.fromEntries(map.points.map((p) => [p.state, p.x]));
    expect(Math.sign(x['A1'] ?? 0)).toBe(Math.sign(x['A2'] ?? 0));
    expect(Math.sign(x['A1'] ?? 0)).not.toBe(Math.sign(x['B1'] ?? 0));
    expect(map.method).toMatch(/multidimensional scaling/);
  });
  it('omits a State that shares no roll call with another', () => {
    const calls = [
      rc(1, '2019-01-01', { A: 'yes', B: 'no' }),
      rc(2, '2019-01-02', { A: 'yes', C: 'yes' }),
    ];
    expect(agreementMap(calls).omitted).toEqual(['B']);
  });
});

describe('SVG plots', () => {
  it('are well-formed XML and escape labels', () => {
    const bars = powerBarsSvg({
      title: 'A & B <power>',
      bars: [
        { label: 'X"Y', value: 0.5 },
        { label: 'Z', value: 0.25 },
      ],
    });
    const scatter = scatterSvg({
      title: 't',
      points: [
        { label: 'USA', x: 0, y: 1 },
        { label: 'CHN', x: 1, y: 0 },
      ],
      highlight: { USA: '#000' },
    });
    const vetoes = vetoesOverTimeSvg({
      title: 'v',
      vetoes: [
        { date: '1946-02-16', vetoedBy: ['SUN'] },
        { date: '2022-05-26', vetoedBy: ['CHN', 'RUS'] },
      ],
    });
    for (const svg of [bars, scatter, vetoes]) expect(XMLValidator.validate(svg)).toBe(true);
    expect(bars).toContain('A &amp; B &lt;power&gt;');
    expect(bars.match(/<rect x="120"/g)).toHaveLength(2);
    expect(vetoes).toContain('2022 RUS: 1');
  });
});
