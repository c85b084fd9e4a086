/**
 * The command catalogue: everything a chair, a delegation or a historical replay can ask the engine to do.
 * Commands carry their own time and ids in `meta`; the engine never reads a clock.
 */
import type { StateCode } from './membership.ts';
import type { CouncilMember } from './rules/composition.ts';
import type { Choice } from './rules/voting-outcome.ts';

/** Who sends a command. `record` is a historical replay acting for the Secretariat and all members. */
export type Actor =
  | { readonly role: 'chair' }
  | { readonly role: 'delegation'; readonly member: StateCode }
  | { readonly role: 'observer' }
  | { readonly role: 'record' };

/** Stamped on every command: when it happened (ISO date or timestamp, New York time), its id and its sender. */
export interface CommandMeta {
  readonly at: string;
  readonly commandId?: string;
  readonly actor: Actor;
}

/** Who asked for a meeting: a member (rule 2), the Secretary-General (Art. 99), a State not on the Council (Art. 35), or the GA (Art. 11). */
export type Requester =
  | { readonly kind: 'member'; readonly code: StateCode }
  | { readonly kind: 'secretary_general' }
  | { readonly kind: 'non_member'; readonly code: StateCode }
  | { readonly kind: 'general_assembly' };

/** Meeting formats: formal ones are Council meetings; consultations and Arria-formula meetings are not. */
export type MeetingFormat =
  'briefing' | 'open_debate' | 'adoption' | 'private' | 'consultations' | 'arria';

/** Kinds of text: resolutions are voted; the others need the consent of every member. */
export type DraftKind =
  'resolution' | 'presidential_statement' | 'press_statement' | 'press_elements' | 'letter';

/** A UN-format text: preambular and operative paragraphs. */
export interface DraftText {
  readonly preambular: readonly string[];
  readonly operative: readonly string[];
}

/** What a vote decides. */
export type VoteSubject =
  | { readonly kind: 'draft'; readonly draftId: string }
  | { readonly kind: 'amendment'; readonly amendmentId: string }
  | { readonly kind: 'part'; readonly draftId: string; readonly part: string }
  | { readonly kind: 'agenda'; readonly meetingId: string }
  | { readonly kind: 'motion'; readonly motion: string; readonly procedural: boolean }
  | { readonly kind: 'preliminary_question'; readonly draftId: string };

/** The body a session simulates: the Council on a date, or a custom body for Model UN use. */
export interface BodySpec {
  readonly name: string;
  readonly date: string;
  readonly members: readonly CouncilMember[];
  readonly president: StateCode;
  /** Affirmative votes required; defaults to the Charter's number for the date. */
  readonly required?: number;
}

interface Base<T extends string> {
  readonly type: T;
  readonly meta: CommandMeta;
}

/** Starts a session for a body (the Council on a date, computed by `councilOn`, or a custom body). */
export interface StartSession extends Base<'StartSession'> {
  readonly sessionId: string;
  readonly title: string;
  readonly body: BodySpec;
  readonly holidays?: readonly string[];
}
/** Seats the body as it stands on a new date: new members on 1 January, a new President each month. */
export interface UpdateBody extends Base<'UpdateBody'> {
  readonly body: BodySpec;
}
/** Asks for a meeting (or consultations, or an Arria-formula meeting). */
export interface RequestMeeting extends Base<'RequestMeeting'> {
  readonly meetingId: string;
  readonly format: MeetingFormat;
  readonly topic: string;
  readonly date: string;
  readonly requestedBy: readonly Requester[];
}
/** Opens a requested meeting. */
export interface ConveneMeeting extends Base<'ConveneMeeting'> {
  readonly meetingId: string;
}
/** Adopts the provisional agenda without a vote (rule 9); a contested agenda goes to a procedural vote. */
export interface AdoptAgenda extends Base<'AdoptAgenda'> {
  readonly meetingId: string;
}
/** Invites a State (rule 37) or a briefer (rule 39) to take part without a vote. */
export interface InviteParticipant extends Base<'InviteParticipant'> {
  readonly meetingId: string;
  readonly participant: string;
  readonly rule: 37 | 39;
}
/** The President gives the floor to a speaker (rule 27), optionally for a time limit in seconds. */
export interface GiveFloor extends Base<'GiveFloor'> {
  readonly meetingId: string;
  /** A State code, a rule 39 briefer as invited, or 'SG' for the Secretary-General. */
  readonly speaker: string;
  readonly seconds?: number;
}
/** The speaker's time ends (or the speaker yields the floor). */
export interface EndSpeech extends Base<'EndSpeech'> {
  readonly meetingId: string;
}
/** Closes a meeting. */
export interface AdjournMeeting extends Base<'AdjournMeeting'> {
  readonly meetingId: string;
}
/** Circulates a draft text. */
export interface SubmitDraft extends Base<'SubmitDraft'> {
  readonly draftId: string;
  readonly kind: DraftKind;
  readonly title: string;
  readonly symbol?: string;
  readonly penholders: readonly StateCode[];
  readonly sponsors?: readonly StateCode[];
  readonly text?: DraftText;
}
/** Joins a draft as co-sponsor (any State, member of the Council or not). */
export interface CoSponsorDraft extends Base<'CoSponsorDraft'> {
  readonly draftId: string;
  readonly state: StateCode;
}
/** Replaces a draft's text with a revision. */
export interface ReviseDraft extends Base<'ReviseDraft'> {
  readonly draftId: string;
  readonly text?: DraftText;
  readonly title?: string;
  readonly symbol?: string;
}
/** Puts a text under the silence procedure until a deadline. */
export interface PutUnderSilence extends Base<'PutUnderSilence'> {
  readonly draftId: string;
  readonly deadline: string;
}
/** A member breaks silence (objects), which stops the procedure. */
export interface BreakSilence extends Base<'BreakSilence'> {
  readonly draftId: string;
  readonly member: StateCode;
  readonly reason?: string;
}
/** The presidency extends the silence deadline. */
export interface ExtendSilence extends Base<'ExtendSilence'> {
  readonly draftId: string;
  readonly deadline: string;
}
/** Closes a silence procedure at or after its deadline: with no objection, the text is agreed. */
export interface ConcludeSilence extends Base<'ConcludeSilence'> {
  readonly draftId: string;
}
/** Gives up a consensus text that members did not agree (records who stood in the way). */
export interface AbandonDraft extends Base<'AbandonDraft'> {
  readonly draftId: string;
  readonly reason: string;
}
/** Issues a draft resolution in final form ("in blue"). */
export interface PutDraftInBlue extends Base<'PutDraftInBlue'> {
  readonly draftId: string;
  readonly symbol?: string;
}
/** Withdraws a draft before it is voted on (rule 35). */
export interface WithdrawDraft extends Base<'WithdrawDraft'> {
  readonly draftId: string;
}
/** Moves an amendment to a draft resolution (written or oral). */
export interface SubmitAmendment extends Base<'SubmitAmendment'> {
  readonly amendmentId: string;
  readonly draftId: string;
  readonly proposedBy: StateCode;
  readonly text: string;
  readonly oral?: boolean;
}
/** The President's ruling on the order of voting on amendments (rule 36). */
export interface SetAmendmentOrder extends Base<'SetAmendmentOrder'> {
  readonly draftId: string;
  readonly order: readonly string[];
}
/** A representative asks for parts of a draft to be voted separately (rule 32). */
export interface RequestSeparateVote extends Base<'RequestSeparateVote'> {
  readonly draftId: string;
  readonly parts: readonly string[];
  readonly requestedBy: StateCode;
}
/** The mover of the draft objects to a division (rule 32), so the draft is voted as a whole. */
export interface ObjectToSeparateVote extends Base<'ObjectToSeparateVote'> {
  readonly draftId: string;
  readonly by: StateCode;
}
/** The President puts a question to the vote. */
export interface OpenVote extends Base<'OpenVote'> {
  readonly voteId: string;
  readonly meetingId: string;
  readonly subject: VoteSubject;
  /** Marks the matter procedural (no veto). Drafts are substantive unless marked. */
  readonly procedural?: boolean;
  /** Members obliged to abstain under Art. 27(3) (explicit, never inferred). */
  readonly obligatoryAbstainers?: readonly StateCode[];
  readonly method?: 'show_of_hands' | 'written_procedure';
  /** The Council member at whose request a non-member's draft is put to the vote (rule 38). */
  readonly requestedBy?: StateCode;
}
/** A member casts its vote. */
export interface CastVote extends Base<'CastVote'> {
  readonly voteId: string;
  readonly member: StateCode;
  readonly choice: Choice;
}
/** The chair enters a vote taken by show of hands (every member's position at once). */
export interface RecordShowOfHands extends Base<'RecordShowOfHands'> {
  readonly voteId: string;
  readonly ballots: Readonly<Record<StateCode, Choice>>;
}
/** The President closes the vote and announces the result. */
export interface CloseVote extends Base<'CloseVote'> {
  readonly voteId: string;
}
/** A group of States issues a joint statement: not a Council product. */
export interface IssueGroupStatement extends Base<'IssueGroupStatement'> {
  readonly statementId: string;
  readonly title: string;
  readonly signatories: readonly StateCode[];
  readonly readBy?: StateCode;
}

/** Every command of the Council engine (committee commands are in committee/). */
export type CouncilCommand =
  | StartSession
  | UpdateBody
  | RequestMeeting
  | ConveneMeeting
  | AdoptAgenda
  | InviteParticipant
  | GiveFloor
  | EndSpeech
  | AdjournMeeting
  | SubmitDraft
  | CoSponsorDraft
  | ReviseDraft
  | PutUnderSilence
  | BreakSilence
  | ExtendSilence
  | ConcludeSilence
  | AbandonDraft
  | PutDraftInBlue
  | WithdrawDraft
  | SubmitAmendment
  | SetAmendmentOrder
  | RequestSeparateVote
  | ObjectToSeparateVote
  | OpenVote
  | CastVote
  | RecordShowOfHands
  | CloseVote
  | IssueGroupStatement;

/** The type literal of every Council command. */
export type CouncilCommandType = CouncilCommand['type'];
