/**
 * Read-only views of the committee state: what is pending, who holds it, and when each hold would run out.
 */
import type {
  CommitteeCommand,
  CommitteeEvent,
  CommitteesState,
  HoldReason,
  Proposal,
} from './types.ts';
import { extendedLapseDate } from './rules/hold-time-limit.ts';

const COMMAND_TYPES: ReadonlySet<string> = new Set<CommitteeCommand['type']>([
  'EstablishCommittee',
  'AppointCommitteeChair',
  'ProposeListing',
  'ProposeDelisting',
  'ObjectToProposal',
  'PlaceHold',
  'LiftHold',
  'ExtendHold',
  'ConcludeNoObjectionProcedure',
  'ListByResolution',
  'RecordNationalDesignation',
]);

const EVENT_TYPES: ReadonlySet<string> = new Set<CommitteeEvent['type']>([
  'CommitteeEstablished',
  'CommitteeChairAppointed',
  'ListingProposed',
  'DelistingProposed',
  'ObjectionRaised',
  'ProposalRejected',
  'HoldPlaced',
  'HoldLifted',
  'HoldExtended',
  'HoldLapsed',
  'ProposalRemoved',
  'ProposalAdopted',
  'EntryListed',
  'EntryDelisted',
  'NationalDesignationRecorded',
]);

function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { type?: unknown }).type
    : undefined;
}

/** Whether a command belongs to the committee slice (so the main engine can route it here). */
export function isCommitteeCommand(command: unknown): command is CommitteeCommand {
  const t = typeOf(command);
  return typeof t === 'string' && COMMAND_TYPES.has(t);
}

/** Whether an event belongs to the committee slice. */
export function isCommitteeEvent(event: unknown): event is CommitteeEvent {
  const t = typeOf(event);
  return typeof t === 'string' && EVENT_TYPES.has(t);
}

/** One standing hold and the days it would run out. */
export interface HoldOutlook {
  readonly member: string;
  readonly reason: HoldReason;
  readonly placedOn: string;
  /** The day it lapses as things stand. */
  readonly lapsesOn: string;
  /** The day it would lapse if extended once more, or null when no further extension is allowed. */
  readonly lapsesOnIfExtended: string | null;
}

/** Standing holds of a proposal with their lapse dates (empty if none or unknown). */
export function holdOutlook(state: CommitteesState, proposalId: string): HoldOutlook[] {
  const proposal = state.proposals[proposalId];
  const committee = proposal ? state.committees[proposal.committeeId] : undefined;
  if (!proposal || !committee) return [];
  return proposal.holds
    .filter((h) => h.status === 'standing')
    .map((h) => ({
      member: h.member,
      reason: h.reason,
      placedOn: h.placedOn,
      lapsesOn: h.lapsesOn,
      lapsesOnIfExtended:
        h.extensions.length < committee.config.maxExtensions
          ? extendedLapseDate(h, committee.config)
          : null,
    }));
}

/** Proposals still pending, oldest first. */
export function pendingProposals(state: CommitteesState): Proposal[] {
  return Object.values(state.proposals)
    .filter((p) => p.status === 'pending')
    .sort((a, b) =>
      a.circulatedOn < b.circulatedOn ? -1 : a.circulatedOn > b.circulatedOn ? 1 : 0,
    );
}
