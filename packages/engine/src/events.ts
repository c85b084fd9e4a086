/**
 * The event catalogue: facts the engine has decided. Events are plain JSON; `evolve` folds them into state.
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

/** The version of the event shapes below; bump it and add an upcaster when a shape changes. */
export const EVENT_SCHEMA_VERSION = 1;

/** When an event happened and which command produced it. */
export interface EventMeta {
  readonly at: string;
  readonly commandId?: string;
}

interface Ev<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly meta: EventMeta;
}

export type SessionStarted = Ev<
  'SessionStarted',
  { sessionId: string; title: string; body: BodySpec; holidays: readonly string[] }
>;
export type BodyUpdated = Ev<'BodyUpdated', { body: BodySpec }>;
export type MeetingRequested = Ev<
  'MeetingRequested',
  {
    meetingId: string;
    format: MeetingFormat;
    topic: string;
    date: string;
    requestedBy: readonly Requester[];
  }
>;
export type MeetingConvened = Ev<'MeetingConvened', { meetingId: string }>;
export type AgendaAdopted = Ev<'AgendaAdopted', { meetingId: string; byVote: boolean }>;
export type AgendaRejected = Ev<'AgendaRejected', { meetingId: string }>;
export type ParticipantInvited = Ev<
  'ParticipantInvited',
  { meetingId: string; participant: string; rule: 37 | 39 }
>;
export type FloorGiven = Ev<'FloorGiven', { meetingId: string; speaker: string; seconds?: number }>;
export type SpeechEnded = Ev<'SpeechEnded', { meetingId: string; speaker: string }>;
export type MeetingAdjourned = Ev<'MeetingAdjourned', { meetingId: string }>;
export type DraftSubmitted = Ev<
  'DraftSubmitted',
  {
    draftId: string;
    kind: DraftKind;
    title: string;
    symbol?: string;
    penholders: readonly StateCode[];
    sponsors: readonly StateCode[];
    text?: DraftText;
  }
>;
export type DraftCoSponsored = Ev<'DraftCoSponsored', { draftId: string; state: StateCode }>;
export type DraftRevised = Ev<
  'DraftRevised',
  { draftId: string; revision: number; text?: DraftText; title?: string; symbol?: string }
>;
export type SilenceStarted = Ev<'SilenceStarted', { draftId: string; deadline: string }>;
export type SilenceBroken = Ev<
  'SilenceBroken',
  { draftId: string; member: StateCode; reason?: string }
>;
export type SilenceExtended = Ev<'SilenceExtended', { draftId: string; deadline: string }>;
export type ConsensusReached = Ev<'ConsensusReached', { draftId: string; kind: DraftKind }>;
export type DraftAbandoned = Ev<
  'DraftAbandoned',
  { draftId: string; reason: string; objectors: readonly StateCode[] }
>;
export type DraftPutInBlue = Ev<'DraftPutInBlue', { draftId: string; symbol?: string }>;
export type DraftWithdrawn = Ev<'DraftWithdrawn', { draftId: string }>;
export type AmendmentSubmitted = Ev<
  'AmendmentSubmitted',
  { amendmentId: string; draftId: string; proposedBy: StateCode; text: string; oral: boolean }
>;
export type AmendmentOrderSet = Ev<
  'AmendmentOrderSet',
  { draftId: string; order: readonly string[] }
>;
export type SeparateVoteRequested = Ev<
  'SeparateVoteRequested',
  { draftId: string; parts: readonly string[]; requestedBy: StateCode }
>;
export type SeparateVoteRefused = Ev<'SeparateVoteRefused', { draftId: string; by: StateCode }>;
export type VotingOpened = Ev<
  'VotingOpened',
  {
    voteId: string;
    meetingId: string;
    subject: VoteSubject;
    procedural: boolean;
    obligatoryAbstainers: readonly StateCode[];
    method: 'show_of_hands' | 'written_procedure';
  }
>;
export type VoteCast = Ev<'VoteCast', { voteId: string; member: StateCode; choice: Choice }>;
export type VotingClosed = Ev<'VotingClosed', { voteId: string; result: VoteResult }>;
export type DraftAdopted = Ev<
  'DraftAdopted',
  { draftId: string; voteId: string; result: VoteResult }
>;
export type DraftVetoed = Ev<
  'DraftVetoed',
  { draftId: string; voteId: string; result: VoteResult }
>;
export type DraftNotAdopted = Ev<
  'DraftNotAdopted',
  { draftId: string; voteId: string; result: VoteResult }
>;
export type AmendmentDecided = Ev<
  'AmendmentDecided',
  { amendmentId: string; voteId: string; result: VoteResult }
>;
export type PartDecided = Ev<
  'PartDecided',
  { draftId: string; part: string; voteId: string; result: VoteResult }
>;
export type MotionDecided = Ev<
  'MotionDecided',
  { voteId: string; motion: string; result: VoteResult }
>;
export type PreliminaryQuestionDecided = Ev<
  'PreliminaryQuestionDecided',
  {
    draftId: string;
    voteId: string;
    classification: 'procedural' | 'substantive';
    result: VoteResult;
  }
>;
export type GaDebateDue = Ev<
  'GaDebateDue',
  { draftId: string; vetoedBy: readonly StateCode[]; vetoDate: string; dueBy: string }
>;
export type GroupStatementIssued = Ev<
  'GroupStatementIssued',
  {
    statementId: string;
    title: string;
    signatories: readonly StateCode[];
    readBy?: StateCode;
    councilMembersSigning: readonly StateCode[];
    councilMembersNotSigning: readonly StateCode[];
    othersSigning: readonly StateCode[];
  }
>;

/** Every event of the Council engine (committee events are in committee/). */
export type CouncilEvent =
  | SessionStarted
  | BodyUpdated
  | MeetingRequested
  | MeetingConvened
  | AgendaAdopted
  | AgendaRejected
  | ParticipantInvited
  | FloorGiven
  | SpeechEnded
  | MeetingAdjourned
  | DraftSubmitted
  | DraftCoSponsored
  | DraftRevised
  | SilenceStarted
  | SilenceBroken
  | SilenceExtended
  | ConsensusReached
  | DraftAbandoned
  | DraftPutInBlue
  | DraftWithdrawn
  | AmendmentSubmitted
  | AmendmentOrderSet
  | SeparateVoteRequested
  | SeparateVoteRefused
  | VotingOpened
  | VoteCast
  | VotingClosed
  | DraftAdopted
  | DraftVetoed
  | DraftNotAdopted
  | AmendmentDecided
  | PartDecided
  | MotionDecided
  | PreliminaryQuestionDecided
  | GaDebateDue
  | GroupStatementIssued;

/** The type literal of every Council event. */
export type CouncilEventType = CouncilEvent['type'];
