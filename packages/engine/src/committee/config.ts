/**
 * Default procedure settings. The 1718 Committee's guideline text was not retrieved, so each figure
 * is a reported value and can be overridden per committee when it is established.
 */
import type { CommitteeConfig, EstablishCommittee, CommitteeMeta } from './types.ts';
import { DEFAULT_NO_OBJECTION_DAYS } from './rules/no-objection-procedure.ts';

/** Reported defaults: 5 working days, 6-month holds, one 3-month extension by another member, then removal. */
export const DEFAULT_COMMITTEE_CONFIG: CommitteeConfig = {
  noObjectionDays: DEFAULT_NO_OBJECTION_DAYS,
  holidays: [],
  holdMonths: 6,
  extensionMonths: 3,
  extensionExtraDays: 0,
  maxExtensions: 1,
  extensionBy: 'another-member',
  atHoldEnd: 'remove-proposal',
};

/** Merges overrides into the defaults. */
export function committeeConfig(overrides: Partial<CommitteeConfig> = {}): CommitteeConfig {
  return { ...DEFAULT_COMMITTEE_CONFIG, ...overrides };
}

/**
 * The command that sets up the 1718 Committee (DPRK) on a date, continuing the KPi/KPe series after
 * the given highest serials (the 2024 Consolidated List ends at KPi.080 and KPe.075).
 */
export function establish1718Committee(
  meta: CommitteeMeta,
  options: {
    chair?: string;
    config?: Partial<CommitteeConfig>;
    lastReference?: { individual: number; entity: number };
  } = {},
): EstablishCommittee {
  return {
    type: 'EstablishCommittee',
    committeeId: '1718',
    regime: 'DPRK',
    referencePrefixes: { individual: 'KPi', entity: 'KPe' },
    establishedBy: 'S/RES/1718 (2006)',
    ...(options.chair !== undefined ? { chair: options.chair } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.lastReference !== undefined ? { lastReference: options.lastReference } : {}),
    meta,
  };
}
