/** Shared fixtures for the committee tests (not exported from the barrel). */
import type {
  CommitteeCommand,
  CommitteeCouncil,
  CommitteeEvent,
  CommitteesState,
  CommitteeMeta,
} from './types.ts';
import { decideCommittee } from './decide.ts';
import { evolveCommittee, initialCommitteesState } from './evolve.ts';

/** The fifteen members of 2022 (council-rules.md §6). */
export const COUNCIL_2022: CommitteeCouncil = {
  members: [
    'ALB',
    'BRA',
    'CHN',
    'FRA',
    'GAB',
    'GHA',
    'IND',
    'IRL',
    'KEN',
    'MEX',
    'NOR',
    'RUS',
    'ARE',
    'GBR',
    'USA',
  ].map((code) => ({ code })),
};

export function as(member: string, at: string): CommitteeMeta {
  return { at, actor: { role: 'delegation', member } };
}

export function chairAt(at: string): CommitteeMeta {
  return { at, actor: { role: 'chair' } };
}

/** Runs commands in order; throws on a rejection so a test fails loudly. */
export function run(
  commands: readonly CommitteeCommand[],
  council: CommitteeCouncil = COUNCIL_2022,
  start: CommitteesState = initialCommitteesState(),
): { state: CommitteesState; events: CommitteeEvent[] } {
  let state = start;
  const events: CommitteeEvent[] = [];
  for (const command of commands) {
    const d = decideCommittee(state, command, council);
    if (!d.ok)
      throw new Error(`${command.type} rejected: ${d.rejection.code} (${d.rejection.message})`);
    for (const e of d.events) {
      events.push(e);
      state = evolveCommittee(state, e);
    }
  }
  return { state, events };
}
