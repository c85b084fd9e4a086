/** The sanctions-committee slice of the engine: committee procedure, holds and the UN list it keeps. */
export type * from './types.ts';
export { decideCommittee } from './decide.ts';
export { evolveCommittee, initialCommitteesState } from './evolve.ts';
export {
  isCommitteeCommand,
  isCommitteeEvent,
  holdOutlook,
  pendingProposals,
  type HoldOutlook,
} from './queries.ts';
export { DEFAULT_COMMITTEE_CONFIG, committeeConfig, establish1718Committee } from './config.ts';
export { formatReference } from './rules/reference-numbers.ts';
export { committeeOfTheWholeRule } from './rules/committee-of-the-whole.ts';
export { actingDelegationRule } from './rules/acting-delegation.ts';
export { consensusRule } from './rules/consensus.ts';
export { chairRule } from './rules/chair.ts';
export { noObjectionProcedureRule } from './rules/no-objection-procedure.ts';
export { holdsRule } from './rules/holds.ts';
export { holdTimeLimitRule } from './rules/hold-time-limit.ts';
export { referenceNumbersRule } from './rules/reference-numbers.ts';
export { resolutionListingRule } from './rules/resolution-listing.ts';
export { nationalDesignationsRule } from './rules/national-designations.ts';
