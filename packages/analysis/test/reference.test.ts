import { describe, expect, it } from 'vitest';
import {
  adoptionProbability,
  builtInGame,
  eu27Game,
  EU27_POPULATION_2024,
  formatFraction,
  fraction,
  fractionToNumber,
  INDEX_NAMES,
  powerIndices,
  ungaGame,
  unscGame,
  type Fraction,
  type Game,
  type PlayerPower,
} from '../src/index.ts';

const weighted = (quota: number, weights: number[]): Game => ({
  name: `[${quota}; ${weights.join(',')}]`,
  players: weights.map((w, i) => ({ id: `p${i + 1}`, weights: [w] })),
  clauses: [[quota]],
});

const str = (f: Fraction | undefined): string => (f ? formatFraction(f) : 'missing');
const num = (f: Fraction | undefined): number => (f ? fractionToNumber(f) : Number.NaN);
const column = (players: readonly PlayerPower[], key: keyof PlayerPower): string[] =>
  players.map((p) => str(p[key] as Fraction | undefined));

describe('Security Council (power-indices.md §2.1)', () => {
  const report = powerIndices(unscGame(), INDEX_NAMES);
  const perm = report.players.find((p) => p.id === 'CHN');
  const elected = report.players.find((p) => p.id === 'E1');

  it('reproduces Shapley–Shubik 421/2145 and 4/2145', () => {
    expect(str(perm?.shapleyShubik)).toBe('421/2145');
    expect(str(elected?.shapleyShubik)).toBe('4/2145');
  });
  it('reproduces Banzhaf normalized, absolute and raw swings', () => {
    expect(str(perm?.banzhaf)).toBe('106/635');
    expect(str(elected?.banzhaf)).toBe('21/1270');
    expect(str(perm?.banzhafAbsolute)).toBe('53/1024');
    expect(str(elected?.banzhafAbsolute)).toBe('21/4096');
    expect(perm?.swings).toBe(848n);
    expect(elected?.swings).toBe(84n);
    expect(report.winningCoalitions).toBe(848n);
    expect(report.totalSwings).toBe(5080n);
    expect(report.minimalWinningCoalitions).toBe(210n);
  });
  it('reproduces Deegan–Packel, Holler–Packel, Johnston and Coleman', () => {
    expect([str(perm?.deeganPackel), str(elected?.deeganPackel)]).toEqual(['1/9', '2/45']);
    expect([str(perm?.hollerPackel), str(elected?.hollerPackel)]).toEqual(['1/9', '2/45']);
    expect([str(perm?.johnston), str(elected?.johnston)]).toEqual(['283/1590', '7/636']);
    expect(str(report.colemanAct)).toBe('53/2048'); // 848/32768
    expect([str(perm?.colemanPrevent), str(elected?.colemanPrevent)]).toEqual(['1', '21/212']);
    expect([str(perm?.colemanInitiate), str(elected?.colemanInitiate)]).toEqual([
      '53/1995',
      '1/380',
    ]);
  });
  it('gives the same indices in the weighted forms [39; 7×5, 1×10] and [49; 9×5, 1×10]', () => {
    const a = powerIndices(
      weighted(39, [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
      INDEX_NAMES,
    );
    const b = powerIndices(
      weighted(49, [9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
      INDEX_NAMES,
    );
    for (const key of [
      'shapleyShubik',
      'banzhaf',
      'deeganPackel',
      'hollerPackel',
      'johnston',
    ] as const) {
      expect(column(a.players, key)).toEqual(column(report.players, key));
      expect(column(b.players, key)).toEqual(column(report.players, key));
    }
  });
  it('adoption probability with p = 0.9 for permanent and 0.6 for elected members: 0.558153656534016', () => {
    const p = unscGame().players.map((pl) =>
      pl.weights[1] === 1 ? fraction(9n, 10n) : fraction(3n, 5n),
    );
    expect(num(adoptionProbability(unscGame(), p))).toBeCloseTo(0.558153656534016, 14);
  });
  it('adoption probability with every p = ½ equals the power to act', () => {
    const half = unscGame().players.map(() => fraction(1n, 2n));
    expect(str(adoptionProbability(unscGame(), half))).toBe(str(report.colemanAct));
    const ec = builtInGame('electoral-college-2020');
    expect(
      str(
        adoptionProbability(
          ec,
          ec.players.map(() => fraction(1n, 2n)),
        ),
      ),
    ).toBe(str(powerIndices(ec, ['banzhaf']).colemanAct));
  });
  it('reproduces the 11-member Council of 1945–65 (Shapley & Shubik 1954)', () => {
    const old = powerIndices(builtInGame('unsc-1945'), ['shapley-shubik', 'banzhaf']);
    expect(str(old.players[0]?.shapleyShubik)).toBe('76/385');
    expect(str(old.players[5]?.shapleyShubik)).toBe('1/462');
    expect(str(old.players[0]?.banzhaf)).toBe('19/105');
    expect(str(old.players[5]?.banzhaf)).toBe('1/63');
  });
});

describe('small games with published values', () => {
  it('Nassau County: three dummies get nothing in any index', () => {
    const r = powerIndices(weighted(16, [9, 9, 7, 3, 1, 1]), INDEX_NAMES);
    for (const key of [
      'shapleyShubik',
      'banzhaf',
      'deeganPackel',
      'hollerPackel',
      'johnston',
    ] as const) {
      expect(column(r.players, key)).toEqual(['1/3', '1/3', '1/3', '0', '0', '0']);
    }
  });
  it('EEC 1958: Luxembourg is a dummy', () => {
    const r = powerIndices(weighted(12, [4, 4, 4, 2, 2, 1]), INDEX_NAMES);
    expect(column(r.players, 'banzhaf')).toEqual(['5/21', '5/21', '5/21', '1/7', '1/7', '0']);
    expect(column(r.players, 'shapleyShubik')).toEqual([
      '7/30',
      '7/30',
      '7/30',
      '3/20',
      '3/20',
      '0',
    ]);
    expect(column(r.players, 'banzhafAbsolute').filter((_, i) => i % 3 === 0)).toEqual([
      '5/16',
      '3/16',
    ]);
    expect(str(r.players[5]?.banzhafAbsolute)).toBe('0');
    expect([0, 3, 5].map((i) => str(r.players[i]?.deeganPackel))).toEqual(['5/24', '3/16', '0']);
    expect([0, 3, 5].map((i) => str(r.players[i]?.hollerPackel))).toEqual(['1/5', '1/5', '0']);
    expect([0, 3, 5].map((i) => str(r.players[i]?.johnston))).toEqual(['1/4', '1/8', '0']);
  });
  it('textbook games', () => {
    expect(column(powerIndices(weighted(6, [4, 3, 2, 1]), ['banzhaf']).players, 'banzhaf')).toEqual(
      ['5/12', '1/4', '1/4', '1/12'],
    );
    const g = powerIndices(weighted(4, [3, 2, 1, 1]), ['shapley-shubik', 'banzhaf']);
    expect(column(g.players, 'shapleyShubik')).toEqual(['1/2', '1/6', '1/6', '1/6']);
    expect(g.players.map((p) => p.swings)).toEqual([6n, 2n, 2n, 2n]);
    expect(column(g.players, 'banzhafAbsolute')).toEqual(['3/4', '1/4', '1/4', '1/4']);
    expect(column(powerIndices(weighted(50, [10, 10, 20, 30])).players, 'shapleyShubik')).toEqual([
      '1/12',
      '1/12',
      '1/4',
      '7/12',
    ]);
    expect(
      column(powerIndices(weighted(12, [8, 6, 4, 2]), ['banzhaf']).players, 'banzhafAbsolute'),
    ).toEqual(['5/8', '3/8', '3/8', '1/8']);
    for (const [q, w] of [
      [51, [50, 49, 1]],
      [67, [50, 30, 20]],
    ] as const) {
      expect(
        column(powerIndices(weighted(q, [...w]), ['banzhaf']).players, 'banzhafAbsolute'),
      ).toEqual(['3/4', '1/4', '1/4']);
    }
  });
  it('EPIC unit test #01 [11; 9,5,3,3]', () => {
    const r = powerIndices(weighted(11, [9, 5, 3, 3]), INDEX_NAMES);
    expect(column(r.players, 'johnston')).toEqual(['9/14', '5/42', '5/42', '5/42']);
    expect(column(r.players, 'deeganPackel')).toEqual(['3/8', '5/24', '5/24', '5/24']);
    expect(column(r.players, 'hollerPackel')).toEqual(['1/3', '2/9', '2/9', '2/9']);
    expect(column(r.players, 'banzhaf')).toEqual(['1/2', '1/6', '1/6', '1/6']);
  });
});

describe('US Electoral College, 2020 apportionment (§2.3)', () => {
  const report = powerIndices(builtInGame('electoral-college-2020'), INDEX_NAMES);
  const byId = new Map(report.players.map((p) => [p.id, p]));
  // weight, a State with it, swings, Bz normalized, Bz absolute, SS, DP, HP, Johnston (EPIC, 6 s.f.)
  const rows: [string, bigint, number, number, number, number, number, number][] = [
    ['CA', 518714817081760n, 0.11079641, 0.46071131, 0.10803683, 0.0211918, 0.0200694, 0.372718],
    ['TX', 357516461035922n, 0.07636478, 0.31753841, 0.07742826, 0.0204144, 0.01983133, 0.169841],
    ['FL', 262324582416368n, 0.05603199, 0.23299103, 0.05684981, 0.02012387, 0.01975199, 0.0831593],
    ['NY', 243926123180044n, 0.05210212, 0.21664992, 0.05284419, 0.02006513, 0.01973551, 0.070707],
    ['PA', 163430671593954n, 0.03490845, 0.1451556, 0.03522988, 0.01982025, 0.01966848, 0.0273562],
    ['OH', 145923747401144n, 0.03116901, 0.12960632, 0.03140191, 0.01976809, 0.01965439, 0.0206435],
    ['NC', 137210288981154n, 0.02930783, 0.12186722, 0.02949913, 0.01974223, 0.01964743, 0.0177206],
    ['MI', 128521091703182n, 0.02745184, 0.11414966, 0.02760369, 0.0197165, 0.01964052, 0.0153863],
    ['NJ', 119854418693448n, 0.02560066, 0.10645211, 0.02571551, 0.01969088, 0.01963366, 0.0132693],
    ['VA', 111208580205692n, 0.02375392, 0.09877306, 0.02383452, 0.01966537, 0.01962685, 0.0113331],
    [
      'WA',
      102581928561098n,
      0.02191129,
      0.09111106,
      0.02196062,
      0.01963994,
      0.01962007,
      0.00954952,
    ],
    ['TN', 93972853943984n, 0.02007241, 0.08346466, 0.02009374, 0.01961459, 0.01961333, 0.00789642],
    ['WI', 85379780467994n, 0.01823694, 0.07583248, 0.01823379, 0.0195893, 0.01960662, 0.00661133],
    ['SC', 76801162328032n, 0.01640457, 0.06821313, 0.01638071, 0.01956406, 0.01959995, 0.00560593],
    ['OR', 68235480794864n, 0.01457496, 0.06060528, 0.01453442, 0.01953887, 0.0195933, 0.00468198],
    ['OK', 59681240815152n, 0.01274779, 0.05300759, 0.01269484, 0.0195137, 0.01958667, 0.00385758],
    ['UT', 51136968067196n, 0.01092275, 0.04541875, 0.01086191, 0.01948855, 0.01958006, 0.00308877],
    ['NM', 42601206119710n, 0.00909953, 0.03783747, 0.00903555, 0.0194633, 0.01957339, 0.00244808],
    ['WV', 34072513921886n, 0.00727782, 0.03026247, 0.0072157, 0.0194377, 0.01956646, 0.00184149],
    ['WY', 25549462553022n, 0.00545731, 0.02269248, 0.00540228, 0.01935717, 0.01951036, 0.00132925],
  ];
  it('reproduces the totals', () => {
    expect(report.winningCoalitions).toBe(1117385292262622n);
    expect(report.totalSwings).toBe(4681693294182692n);
    expect(report.minimalWinningCoalitions).toBe(51178341131036n);
  });
  it.each(rows)(
    '%s: exact swings and every index to the printed digits',
    (id, swings, bz, abs, ss, dp, hp, j) => {
      const p = byId.get(id);
      expect(p?.swings).toBe(swings);
      expect(num(p?.banzhaf)).toBeCloseTo(bz, 8);
      expect(num(p?.banzhafAbsolute)).toBeCloseTo(abs, 8);
      expect(num(p?.shapleyShubik)).toBeCloseTo(ss, 8);
      expect(num(p?.deeganPackel)).toBeCloseTo(dp, 8);
      expect(num(p?.hollerPackel)).toBeCloseTo(hp, 8);
      expect(Math.abs(num(p?.johnston) / j - 1)).toBeLessThan(1e-5);
    },
  );
  it('gives bit-identical values to States with equal weights', () => {
    const same = ['AK', 'DC', 'DE', 'ND', 'SD', 'VT', 'WY'].map((id) =>
      str(byId.get(id)?.shapleyShubik),
    );
    expect(new Set(same).size).toBe(1);
  });
});

describe('EU Council, Lisbon QMV, EU-27 (§2.4)', () => {
  const report = powerIndices(eu27Game(), ['shapley-shubik', 'banzhaf', 'coleman']);
  const byId = new Map(report.players.map((p) => [p.id, p]));
  const rows: [string, bigint, number, number, number][] = [
    ['DEU', 14156186n, 0.210944, 0.121004, 0.176462],
    ['FRA', 11854280n, 0.176643, 0.101328, 0.135013],
    ['ITA', 10308566n, 0.15361, 0.088115, 0.114722],
    ['ESP', 9097182n, 0.135559, 0.077761, 0.093727],
    ['POL', 7278248n, 0.108454, 0.062213, 0.065855],
    ['ROU', 4593812n, 0.068453, 0.039267, 0.038145],
    ['NLD', 4439102n, 0.066148, 0.037944, 0.036296],
    ['BEL', 3600788n, 0.053656, 0.030779, 0.026505],
    ['CZE', 3471848n, 0.051735, 0.029677, 0.025047],
    ['PRT', 3435784n, 0.051197, 0.029368, 0.024629],
    ['SWE', 3423596n, 0.051016, 0.029264, 0.024496],
    ['GRC', 3402230n, 0.050697, 0.029082, 0.024251],
    ['HUN', 3289610n, 0.049019, 0.028119, 0.023004],
    ['AUT', 3230682n, 0.048141, 0.027615, 0.022302],
    ['BGR', 2854252n, 0.042532, 0.024398, 0.018008],
    ['DNK', 2786594n, 0.041523, 0.023819, 0.017261],
    ['FIN', 2736866n, 0.040782, 0.023394, 0.016716],
    ['SVK', 2711796n, 0.040409, 0.02318, 0.016435],
    ['IRL', 2700686n, 0.040243, 0.023085, 0.016315],
    ['HRV', 2493180n, 0.037151, 0.021311, 0.013928],
    ['LTU', 2356812n, 0.035119, 0.020146, 0.012317],
    ['SVN', 2249896n, 0.033526, 0.019232, 0.011102],
    ['LVA', 2214616n, 0.033, 0.01893, 0.010718],
    ['EST', 2144586n, 0.031957, 0.018331, 0.009941],
    ['CYP', 2082430n, 0.031031, 0.0178, 0.009256],
    ['LUX', 2045560n, 0.030481, 0.017485, 0.008856],
    ['MLT', 2030268n, 0.030253, 0.017354, 0.008692],
  ];
  it('counts 17 762 668 winning coalitions (13.2 %) and 116 989 456 swings', () => {
    expect(report.winningCoalitions).toBe(17762668n);
    expect(report.totalSwings).toBe(116989456n);
    expect(num(report.colemanAct)).toBeCloseTo(0.13234, 5);
  });
  it.each(rows)(
    '%s: exact swings, Banzhaf and Shapley–Shubik to six decimals',
    (id, swings, abs, bz, ss) => {
      const p = byId.get(id);
      expect(p?.swings).toBe(swings);
      expect(num(p?.banzhafAbsolute)).toBeCloseTo(abs, 6);
      expect(num(p?.banzhaf)).toBeCloseTo(bz, 6);
      expect(num(p?.shapleyShubik)).toBeCloseTo(ss, 6);
    },
  );
  it('Holler–Packel, Deegan–Packel and Johnston (split enumeration) match the table to six decimals', () => {
    const all = powerIndices(eu27Game(), ['holler-packel', 'deegan-packel', 'johnston']);
    expect(all.minimalWinningCoalitions).toBe(4370950n);
    // state, Holler–Packel, Deegan–Packel, Johnston (power-indices.md §2.4)
    const table: [string, number, number, number][] = [
      ['DEU', 0.061456, 0.06153, 0.251226],
      ['FRA', 0.056032, 0.056102, 0.160291],
      ['ITA', 0.052358, 0.052412, 0.121478],
      ['ESP', 0.048849, 0.048895, 0.096442],
      ['POL', 0.04573, 0.045781, 0.067496],
      ['ROU', 0.037938, 0.037941, 0.029308],
      ['NLD', 0.037518, 0.037519, 0.02736],
      ['BEL', 0.035277, 0.03527, 0.017985],
      ['CZE', 0.03493, 0.034921, 0.016686],
      ['PRT', 0.034835, 0.034825, 0.016355],
      ['SWE', 0.034802, 0.034793, 0.016252],
      ['GRC', 0.034746, 0.034736, 0.016085],
      ['HUN', 0.034443, 0.034431, 0.015266],
      ['AUT', 0.034286, 0.034274, 0.014864],
      ['BGR', 0.033278, 0.033262, 0.012449],
      ['DNK', 0.033093, 0.033077, 0.012038],
      ['FIN', 0.032958, 0.032941, 0.011752],
      ['SVK', 0.032891, 0.032874, 0.011615],
      ['IRL', 0.032861, 0.032843, 0.011556],
      ['HRV', 0.032296, 0.032277, 0.010518],
      ['LTU', 0.031934, 0.031912, 0.009864],
      ['SVN', 0.031641, 0.031619, 0.009371],
      ['LVA', 0.031543, 0.031521, 0.009214],
      ['EST', 0.031341, 0.031319, 0.008914],
      ['CYP', 0.031136, 0.031117, 0.008656],
      ['LUX', 0.030971, 0.030958, 0.008508],
      ['MLT', 0.030855, 0.030849, 0.008449],
    ];
    for (const [id, hp, dp, j] of table) {
      const p = all.players.find((x) => x.id === id);
      expect(num(p?.hollerPackel), `${id} HP`).toBeCloseTo(hp, 6);
      expect(num(p?.deeganPackel), `${id} DP`).toBeCloseTo(dp, 6);
      expect(num(p?.johnston), `${id} J`).toBeCloseTo(j, 6);
    }
  });
  it('the four-member blocking clause matters: 23 coalitions and SS(DEU) 0.176462 → 0.178827 without it', () => {
    const base = eu27Game();
    const without: Game = { ...base, clauses: [base.clauses[0] ?? []] };
    const r = powerIndices(without, ['shapley-shubik', 'banzhaf']);
    expect(report.winningCoalitions - r.winningCoalitions).toBe(23n);
    expect(num(r.players.find((p) => p.id === 'DEU')?.shapleyShubik)).toBeCloseTo(0.178827, 6);
    expect(num(r.players.find((p) => p.id === 'MLT')?.shapleyShubik)).toBeCloseTo(0.008364, 6);
    expect(Object.keys(EU27_POPULATION_2024)).toHaveLength(27);
  });
});

describe('General Assembly, two-thirds of 193 (closed forms)', () => {
  const report = powerIndices(ungaGame(), ['shapley-shubik', 'banzhaf', 'coleman']);
  const binom = (n: bigint, k: bigint): bigint => {
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  };
  it('every member has 1/193 and absolute Banzhaf C(192,128)/2^192', () => {
    expect(new Set(column(report.players, 'shapleyShubik'))).toEqual(new Set(['1/193']));
    expect(str(report.players[0]?.banzhaf)).toBe('1/193');
    expect(report.players[0]?.swings).toBe(binom(192n, 128n));
    expect(num(report.players[0]?.banzhafAbsolute)).toBeCloseTo(1.1558149e-6, 12);
  });
  it('the power to act is the binomial tail Σ_{k≥129} C(193,k)/2^193', () => {
    let tail = 0n;
    for (let k = 129n; k <= 193n; k++) tail += binom(193n, k);
    expect(report.winningCoalitions).toBe(tail);
    expect(num(report.colemanAct) / 1.6698411e-6).toBeCloseTo(1, 6);
  });
});
