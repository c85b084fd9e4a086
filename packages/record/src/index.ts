// Membership (Council composition input for the engine)
export { loadMembership, MEMBERSHIP_FILE } from './membership/load-membership.ts';
export { importMembership, MembershipImportError } from './membership/import-membership.ts';
export type { StoredMembershipTable, SourcedTerm } from './membership/import-membership.ts';

// The historical record (issue 3): importer, database build, queries, engine check
export type {
  Correction,
  GaRollCallRow,
  MeetingRow,
  MissileRow,
  ResolutionRow,
  StatementRow,
  VetoRow,
  Voting,
} from './types.ts';
export { importRecord } from './import/run.ts';
export type { ImportOptions, ImportSummary } from './import/run.ts';
export { ImportError } from './import/sc.ts';
export { buildDatabase, RecordDataError, readJsonLines } from './build.ts';
export type { BuildOptions, BuildResult } from './build.ts';
export { RecordDb, openRecord, gaRollCalls, MISSILE_CLASS_ORDER } from './queries.ts';
export type {
  DateRange,
  GaRollCall,
  GaVote,
  Meeting,
  MissileLaunch,
  RecordStats,
  Resolution,
  Tally,
  Veto,
  OpenOptions,
} from './queries.ts';
export { checkRecord, loadExplanations } from './check.ts';
export type { CheckReport, Explanation, Mismatch } from './check.ts';
export { defaultDbPath, recordDataDir, repoRoot, sharedDataDir } from './paths.ts';

// Bundled scenarios (data/scenarios)
export {
  SCENARIOS_DIR,
  ScenarioFileError,
  bundledScenarios,
  readScenario,
  readBundledScenario,
} from './scenarios.ts';
export type { ScenarioFiles } from './scenarios.ts';
