/**
 * Built-in games. Weights and rules are facts with their sources; see also the shared research note
 * docs/power-indices.md (§2) for the reference values these games reproduce.
 */
import { GameError, type Game } from './game.ts';

/** A Council seat for the `unsc` game. */
export interface SeatHolder {
  readonly code: string;
  readonly permanent: boolean;
}

const P5 = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];

/**
 * The Security Council as a compound game (Charter Art. 27(3)): a substantive decision needs the affirmative
 * votes of nine members (seven before the 1965 enlargement, Art. 23 as amended) including every permanent member.
 * The simple-game model treats an abstention as a "no"; practice since 1946 counts a permanent member's
 * abstention as no veto, which matters for drafts (see draft.ts) but not for these indices.
 * Without `members`, the elected seats are E1…E10 (E1…E6 for 11 seats).
 */
export function unscGame(options: { members?: readonly SeatHolder[]; size?: 11 | 15 } = {}): Game {
  const size = options.members?.length ?? options.size ?? 15;
  if (size !== 11 && size !== 15)
    throw new GameError(`the Council has 11 or 15 members, not ${size}`);
  const members = options.members ?? [
    ...P5.map((code) => ({ code, permanent: true })),
    ...Array.from({ length: size - 5 }, (_, i) => ({ code: `E${i + 1}`, permanent: false })),
  ];
  const permanent = members.filter((m) => m.permanent).length;
  const required = size === 15 ? 9 : 7;
  return {
    name: size === 15 ? 'unsc' : 'unsc-1945',
    players: members.map((m) => ({ id: m.code, weights: [1, m.permanent ? 1 : 0] })),
    clauses: [[required, permanent]],
    criteria: ['members', 'permanent members'],
    source: `UN Charter Art. 27(3): ${required} affirmative votes of ${size} including the concurring votes of the permanent members`,
  };
}

/**
 * EU member States' populations on 1 January 2024 (Eurostat, rounded to the hundred, as tabulated in Wikipedia's
 * "List of European Union member states by population"). The Council's own QMV figures for a year (Council
 * Decision amending Annex III of its Rules of Procedure) differ slightly; pass them to `eu27Game` to use them.
 */
export const EU27_POPULATION_2024: Readonly<Record<string, number>> = {
  DEU: 83445000,
  FRA: 68402000,
  ITA: 58989700,
  ESP: 48610500,
  POL: 36621000,
  ROU: 19064400,
  NLD: 17942900,
  BEL: 11832000,
  CZE: 10900600,
  PRT: 10639700,
  SWE: 10551700,
  GRC: 10397200,
  HUN: 9584600,
  AUT: 9158800,
  BGR: 6445500,
  DNK: 5961200,
  FIN: 5603900,
  SVK: 5424700,
  IRL: 5343800,
  HRV: 3862000,
  LTU: 2885900,
  SVN: 2123900,
  LVA: 1871900,
  EST: 1374700,
  CYP: 933500,
  LUX: 672100,
  MLT: 563000,
};

/**
 * Council of the EU, qualified majority under the Lisbon rules (TEU Art. 16(4), TFEU Art. 238(3)(a)):
 * at least 55 % of the members (15 of 27) representing at least 65 % of the population, and a blocking minority
 * needs at least four members — so any 24 members (27 − 3) also win.
 */
export function eu27Game(
  population: Readonly<Record<string, number>> = EU27_POPULATION_2024,
  year = 2024,
): Game {
  const ids = Object.keys(population);
  const n = ids.length;
  const total = ids.reduce((s, id) => s + (population[id] ?? 0), 0);
  const memberQuota = Math.ceil((55 * n) / 100);
  const populationQuota = Math.ceil((65 * total) / 100);
  return {
    name: 'eu27',
    players: ids.map((id) => ({ id, weights: [1, population[id] ?? 0] })),
    clauses: [
      [memberQuota, populationQuota],
      [n - 3, 0],
    ],
    criteria: ['members', 'population'],
    source: `TEU Art. 16(4), TFEU Art. 238(3)(a); populations: Eurostat 1 January ${year} (rounded to the hundred)`,
  };
}

/**
 * Electoral votes by State after the 2020 census apportionment (used for the 2024 and 2028 elections); the
 * District of Columbia has 3 (23rd Amendment). Maine and Nebraska are treated as blocs. USPS codes.
 */
export const ELECTORAL_VOTES_2020: Readonly<Record<string, number>> = {
  CA: 54,
  TX: 40,
  FL: 30,
  NY: 28,
  IL: 19,
  PA: 19,
  OH: 17,
  GA: 16,
  NC: 16,
  MI: 15,
  NJ: 14,
  VA: 13,
  WA: 12,
  AZ: 11,
  IN: 11,
  MA: 11,
  TN: 11,
  CO: 10,
  MD: 10,
  MN: 10,
  MO: 10,
  WI: 10,
  AL: 9,
  SC: 9,
  KY: 8,
  LA: 8,
  OR: 8,
  CT: 7,
  OK: 7,
  AR: 6,
  IA: 6,
  KS: 6,
  MS: 6,
  NV: 6,
  UT: 6,
  NE: 5,
  NM: 5,
  HI: 4,
  ID: 4,
  ME: 4,
  MT: 4,
  NH: 4,
  RI: 4,
  WV: 4,
  AK: 3,
  DC: 3,
  DE: 3,
  ND: 3,
  SD: 3,
  VT: 3,
  WY: 3,
};

/** The US Electoral College, 2020 apportionment: 270 of 538 electoral votes. */
export function electoralCollege2020Game(): Game {
  const ids = Object.keys(ELECTORAL_VOTES_2020);
  return {
    name: 'electoral-college-2020',
    players: ids.map((id) => ({ id, weights: [ELECTORAL_VOTES_2020[id] ?? 0] })),
    clauses: [[270]],
    criteria: ['electoral votes'],
    source:
      'US Constitution Art. II §1 and 12th Amendment; 2020 census apportionment (538 electors)',
  };
}

/**
 * The General Assembly on an "important question" (Charter Art. 18(2)): a two-thirds majority of the members
 * present and voting. With all 193 members voting the quota is ⌈2·193/3⌉ = 129. `presentAndVoting` models a
 * vote where only that many take part (the others are not players).
 */
export function ungaGame(presentAndVoting = 193): Game {
  if (!Number.isInteger(presentAndVoting) || presentAndVoting < 1 || presentAndVoting > 193) {
    throw new GameError(
      `members present and voting must be between 1 and 193, not ${presentAndVoting}`,
    );
  }
  return {
    name: 'unga',
    players: Array.from({ length: presentAndVoting }, (_, i) => ({
      id: `M${String(i + 1).padStart(3, '0')}`,
      weights: [1],
    })),
    clauses: [[Math.ceil((2 * presentAndVoting) / 3)]],
    criteria: ['votes'],
    source: 'UN Charter Art. 18(2): two-thirds of the members present and voting',
  };
}

/** Names accepted by `builtInGame`. */
export const BUILT_IN_GAMES = [
  'unsc',
  'unsc-1945',
  'eu27',
  'electoral-college-2020',
  'unga',
] as const;

/** A built-in game by name; throws GameError for an unknown name. */
export function builtInGame(name: string): Game {
  switch (name) {
    case 'unsc':
      return unscGame();
    case 'unsc-1945':
    case 'unsc-11':
      return unscGame({ size: 11 });
    case 'eu27':
      return eu27Game();
    case 'electoral-college-2020':
    case 'ec2020':
      return electoralCollege2020Game();
    case 'unga':
      return ungaGame();
    default:
      throw new GameError(
        `unknown game '${name}' (built in: ${BUILT_IN_GAMES.join(', ')}; or a path to a .json file)`,
      );
  }
}
