/**
 * The state of a session, folded from its events. Plain JSON only: records and arrays, no classes.
 */
import type { StateCode } from './membership.ts';
import type {
  BodySpec,
  DraftKind,
  DraftText,
  MeetingFormat,
  Requester,
  VoteSubject,
} from './commands.ts';
import type { Choice, VoteResult } from './rules/voting-outcome.ts';
import type { CommitteesState } from './committee/types.ts';
import { initialCommitteesState } from './committee/evolve.ts';

export type MeetingStatus = 'requested' | 'convened' | 'adjourned';

export interface Meeting {
  readonly id: string;
  readonly format: MeetingFormat;
  readonly topic: string;
  readonly date: string;
  readonly requestedBy: readonly Requester[];
  readonly status: MeetingStatus;
  readonly agenda: 'provisional' | 'adopted' | 'rejected';
  readonly participants: readonly { participant: string; rule: 37 | 39 }[];
  /** Who has the floor, since when (the event's time) and for how long, if a limit was set. */
  readonly speaker?: { speaker: string; since: string; seconds?: number };
  /** Speakers heard so far, in order. */
  readonly speakersHeard?: readonly string[];
}

export type DraftStatus =
  | 'circulated'
  | 'under_silence'
  | 'silence_broken'
  | 'agreed'
  | 'in_blue'
  | 'adopted'
  | 'vetoed'
  | 'not_adopted'
  | 'withdrawn'
  | 'abandoned';

export interface SilenceRecord {
  readonly deadline: string;
  readonly startedAt: string;
  readonly brokenBy: readonly { member: StateCode; at: string; reason?: string }[];
  readonly extensions: number;
  readonly outcome?: 'agreed' | 'broken';
}

export interface Draft {
  readonly id: string;
  readonly kind: DraftKind;
  readonly title: string;
  readonly symbol?: string;
  readonly penholders: readonly StateCode[];
  readonly sponsors: readonly StateCode[];
  readonly text?: DraftText;
  readonly revision: number;
  readonly status: DraftStatus;
  readonly submittedAt: string;
  readonly silences: readonly SilenceRecord[];
  readonly amendments: readonly string[];
  readonly amendmentOrder?: readonly string[];
  readonly separateVote?: {
    parts: readonly string[];
    requestedBy: StateCode;
    refusedBy?: StateCode;
  };
  readonly result?: VoteResult;
  readonly decidedAt?: string;
  readonly objectors?: readonly StateCode[];
  readonly abandonReason?: string;
  readonly classification?: 'procedural' | 'substantive';
}

export interface Amendment {
  readonly id: string;
  readonly draftId: string;
  readonly proposedBy: StateCode;
  readonly text: string;
  readonly oral: boolean;
  readonly status: 'pending' | 'adopted' | 'vetoed' | 'not_adopted';
  readonly result?: VoteResult;
}

export interface Vote {
  readonly id: string;
  readonly meetingId: string;
  readonly subject: VoteSubject;
  readonly procedural: boolean;
  readonly obligatoryAbstainers: readonly StateCode[];
  readonly method: 'show_of_hands' | 'written_procedure';
  readonly ballots: Readonly<Record<StateCode, Choice>>;
  readonly status: 'open' | 'closed';
  readonly openedAt: string;
  readonly result?: VoteResult;
}

export interface GroupStatement {
  readonly id: string;
  readonly title: string;
  readonly at: string;
  readonly signatories: readonly StateCode[];
  readonly readBy?: StateCode;
  readonly councilMembersSigning: readonly StateCode[];
  readonly councilMembersNotSigning: readonly StateCode[];
  readonly othersSigning: readonly StateCode[];
}

export interface GaDebate {
  readonly draftId: string;
  readonly vetoedBy: readonly StateCode[];
  readonly vetoDate: string;
  readonly dueBy: string;
}

/** A session: the body, its meetings, texts, votes and the statements around it. */
export interface CouncilState {
  /** Number of events folded so far. */
  readonly version: number;
  /** Present once StartSession has been decided (always a key, so every state has one shape). */
  readonly session:
    | {
        id: string;
        title: string;
        body: BodySpec;
        holidays: readonly string[];
        startedAt: string;
      }
    | undefined;
  readonly meetings: Readonly<Record<string, Meeting>>;
  readonly drafts: Readonly<Record<string, Draft>>;
  readonly amendments: Readonly<Record<string, Amendment>>;
  readonly votes: Readonly<Record<string, Vote>>;
  /** The vote now open, if any (always a key, so every state has one shape). */
  readonly openVoteId: string | undefined;
  readonly groupStatements: Readonly<Record<string, GroupStatement>>;
  readonly gaDebates: readonly GaDebate[];
  /** The sanctions committees (committee/): proposals, holds and the UN list. */
  readonly committees: CommitteesState;
}

/** The state before any event. */
export function initialState(): CouncilState {
  return {
    version: 0,
    session: undefined,
    openVoteId: undefined,
    meetings: {},
    drafts: {},
    amendments: {},
    votes: {},
    groupStatements: {},
    gaDebates: [],
    committees: initialCommitteesState(),
  };
}
