// Exact arithmetic
export type { Fraction } from './fraction.ts';
export { fraction, formatFraction, fractionToNumber, parseFraction } from './fraction.ts';

// Games and power indices
export type { Game, Player } from './game.ts';
export { GameError, validateGame, wins, asWeighted, parseGameJson } from './game.ts';
export type { SeatHolder } from './games.ts';
export {
  unscGame,
  eu27Game,
  electoralCollege2020Game,
  ungaGame,
  builtInGame,
  BUILT_IN_GAMES,
  EU27_POPULATION_2024,
  ELECTORAL_VOTES_2020,
} from './games.ts';
export type { CoalitionCounts } from './counts.ts';
export type { IndexName, PlayerPower, PowerReport } from './indices.ts';
export {
  INDEX_NAMES,
  powerIndices,
  coalitionCounts,
  indicesFromCounts,
  parseIndexList,
} from './indices.ts';
export {
  bruteForceCounts,
  cappedCounts,
  mitmCounts,
  splitEnumerationCounts,
  BRUTE_FORCE_MAX_PLAYERS,
} from './compound.ts';
export { weightedCounts } from './weighted.ts';
export { profileCounts, profilePlan, PROFILE_LIMIT } from './profiles.ts';

// A draft on the table
export type {
  Position,
  ChoiceProbabilities,
  DraftInput,
  DraftAnalysis,
  ChangeSet,
  WhatItTakes,
} from './draft.ts';
export { analyzeDraft } from './draft.ts';

// Who votes with whom (General Assembly roll calls)
export type {
  RollCall,
  RollCallVote,
  RollCallFilter,
  Agreement,
  RankedAgreement,
  ReferenceComparison,
  MapPoint,
  AgreementMap,
} from './agreement.ts';
export {
  filterRollCalls,
  agreement,
  agreementMatrix,
  statesIn,
  compareWithReferences,
  classicalMds,
  agreementMap,
} from './agreement.ts';

// Plots (SVG text)
export type { Bar, ScatterPoint, VetoEvent } from './svg.ts';
export { powerBarsSvg, scatterSvg, vetoesOverTimeSvg, escapeXml } from './svg.ts';

// Probability of adoption with independent votes
export { adoptionProbability } from './adoption.ts';
