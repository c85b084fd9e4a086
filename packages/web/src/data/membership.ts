import type { MembershipTable } from '@council/engine';
import table from '../../../../data/council/membership.json';

/**
 * The membership table (data/council/membership.json, kept by the record importer), bundled into the
 * app so the chamber works offline for any date the table covers.
 */
export const MEMBERSHIP = table as unknown as MembershipTable;
