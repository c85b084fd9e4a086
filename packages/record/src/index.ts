// Membership (Council composition input for the engine)
export { loadMembership, MEMBERSHIP_FILE } from './membership/load-membership.ts';
export { importMembership, MembershipImportError } from './membership/import-membership.ts';
export type { StoredMembershipTable, SourcedTerm } from './membership/import-membership.ts';
