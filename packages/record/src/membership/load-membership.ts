import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StoredMembershipTable } from './import-membership.ts';

/** Where the committed membership table lives. */
export const MEMBERSHIP_FILE = fileURLToPath(
  new URL('../../../../data/council/membership.json', import.meta.url),
);

let cached: StoredMembershipTable | undefined;

/** Loads the committed membership table (data/council/membership.json), once per process. */
export function loadMembership(): StoredMembershipTable {
  cached ??= JSON.parse(readFileSync(MEMBERSHIP_FILE, 'utf8')) as StoredMembershipTable;
  return cached;
}
