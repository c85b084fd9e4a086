// Dates and names
export {
  isIsoDate,
  parseIsoDate,
  addDays,
  addMonths,
  dayOfWeek,
  toDayNumber,
  fromDayNumber,
} from './dates.ts';
export { englishSortKey, compareEnglish } from './english-order.ts';

// Membership and composition
export type {
  MembershipTable,
  MembershipTerm,
  NamePeriod,
  PresidencyAnchor,
  SeatGovernment,
  StateCode,
} from './membership.ts';
export { stateName, isKnownState } from './membership.ts';
export type { CouncilMember } from './rules/composition.ts';
export { membersOn, charterSize, governmentOn } from './rules/composition.ts';
export type { Council } from './council.ts';
export { councilOn, CoverageError } from './council.ts';
export {
  presidentOn,
  presidencyOfYear,
  presidencySchedule,
  FIRST_PRESIDENT,
} from './rules/presidency-rotation.ts';

// Voting
export type { Choice, Outcome, VoteResult, Ballot } from './rules/voting-outcome.ts';
export { adjudicate, adjudicateCounts } from './rules/voting-outcome.ts';
export { requiredVotes, NINE_VOTES_FROM } from './rules/required-majority.ts';
export { isProceduralKind, PROCEDURAL_KINDS } from './rules/procedural-matters.ts';
export { classificationAfterPreliminaryVote } from './rules/preliminary-question.ts';

// Calendar rules
export { addUnWorkingDays, isUnWorkingDay, unWorkingDaysBetween } from './rules/un-working-days.ts';
export { gaDebateDueBy, VETO_INITIATIVE_FROM } from './rules/ga-veto-debate.ts';

// Commands, events, state: decide / evolve / replay
export type * from './commands.ts';
export type * from './events.ts';
export type * from './state.ts';
export { EVENT_SCHEMA_VERSION } from './events.ts';
export { initialState } from './state.ts';
export type { Rejection, Decision } from './rejections.ts';
export { decide, COMMAND_TYPES, type EngineCommand } from './decide.ts';
export { evolve, replay, type EngineEvent } from './evolve.ts';
export { RULES, type RuleInfo } from './rules/index.ts';
export { formatTally, describeResult } from './format.ts';

// Sanctions committees (committee/)
export type * from './committee/types.ts';
export type { HoldOutlook } from './committee/index.ts';
export {
  decideCommittee,
  evolveCommittee,
  initialCommitteesState,
  isCommitteeCommand,
  isCommitteeEvent,
  holdOutlook,
  pendingProposals,
  DEFAULT_COMMITTEE_CONFIG,
  committeeConfig,
  establish1718Committee,
  formatReference,
} from './committee/index.ts';

// Scenarios (historical replays)
export { parseScenarioLines, runScenario } from './scenario.ts';
export type {
  ScenarioSpec,
  ScenarioLine,
  ScenarioConflict,
  ScenarioClaim,
  ScenarioProblem,
  ScenarioRun,
  ScenarioSummary,
  TimelineEntry,
} from './scenario.ts';
