/**
 * Commands, events and state of the sanctions-committee slice of the engine. Everything here is plain
 * data: dates are ISO strings ("YYYY-MM-DD", or a timestamp whose first ten characters are the
 * New York calendar date), so the slice needs no clock.
 */

/** Who issues a committee command: the Chair, or one Council member's own delegation. */
export type CommitteeActor =
  { readonly role: 'chair' } | { readonly role: 'delegation'; readonly member: string };

/** Carried by every command: when it happens and who does it. */
export interface CommitteeMeta {
  /** ISO date or timestamp; its date part is the day the act counts for. */
  readonly at: string;
  readonly actor: CommitteeActor;
}

/** The members the committee consists of on the day of a command (structurally a `Council`). */
export interface CommitteeCouncil {
  readonly members: readonly { readonly code: string }[];
}

/** Procedure settings of one committee. The guideline texts were not retrieved, so all are configurable. */
export interface CommitteeConfig {
  /** UN working days a proposal circulates under the no-objection procedure. */
  readonly noObjectionDays: number;
  /** Dates ("YYYY-MM-DD") that are not UN working days besides Saturdays and Sundays. */
  readonly holidays: readonly string[];
  /** Calendar months a hold stands before it lapses. */
  readonly holdMonths: number;
  /** Calendar months one extension adds. */
  readonly extensionMonths: number;
  /** Extra calendar days an extension adds (AFP reported "three months and one day"). */
  readonly extensionExtraDays: number;
  /** How many times a hold may be extended. */
  readonly maxExtensions: number;
  /** Who may extend a hold: a member other than the holder, or any member. */
  readonly extensionBy: 'another-member' | 'any-member';
  /** What happens when a hold runs out while still standing. */
  readonly atHoldEnd: 'remove-proposal' | 'release-hold';
}

/** A person or body proposed for listing. */
export interface ListingSubject {
  readonly kind: 'individual' | 'entity';
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly nationality?: string;
}

/** Reference-number prefixes of a regime, e.g. KPi / KPe for the DPRK. */
export interface ReferencePrefixes {
  readonly individual: string;
  readonly entity: string;
}

export type HoldReason = 'technical' | 'substantive';

// ---------- commands ----------

export interface EstablishCommittee {
  readonly type: 'EstablishCommittee';
  readonly committeeId: string;
  readonly regime: string;
  readonly referencePrefixes: ReferencePrefixes;
  /** The resolution that created the committee, e.g. "S/RES/1718 (2006)". */
  readonly establishedBy: string;
  readonly chair?: string;
  readonly config?: Partial<CommitteeConfig>;
  /** Highest reference numbers already used, so new listings continue the series. */
  readonly lastReference?: { readonly individual: number; readonly entity: number };
  readonly meta: CommitteeMeta;
}

export interface AppointCommitteeChair {
  readonly type: 'AppointCommitteeChair';
  readonly committeeId: string;
  readonly chair: string;
  readonly meta: CommitteeMeta;
}

export interface ProposeListing {
  readonly type: 'ProposeListing';
  readonly committeeId: string;
  readonly proposalId: string;
  readonly subjects: readonly ListingSubject[];
  readonly meta: CommitteeMeta;
}

export interface ProposeDelisting {
  readonly type: 'ProposeDelisting';
  readonly committeeId: string;
  readonly proposalId: string;
  readonly referenceNumbers: readonly string[];
  readonly meta: CommitteeMeta;
}

export interface ObjectToProposal {
  readonly type: 'ObjectToProposal';
  readonly proposalId: string;
  readonly meta: CommitteeMeta;
}

export interface PlaceHold {
  readonly type: 'PlaceHold';
  readonly proposalId: string;
  readonly reason: HoldReason;
  readonly meta: CommitteeMeta;
}

export interface LiftHold {
  readonly type: 'LiftHold';
  readonly proposalId: string;
  readonly meta: CommitteeMeta;
}

export interface ExtendHold {
  readonly type: 'ExtendHold';
  readonly proposalId: string;
  /** The member whose hold is extended. */
  readonly holder: string;
  readonly meta: CommitteeMeta;
}

export interface ConcludeNoObjectionProcedure {
  readonly type: 'ConcludeNoObjectionProcedure';
  readonly proposalId: string;
  readonly meta: CommitteeMeta;
}

export interface ListByResolution {
  readonly type: 'ListByResolution';
  readonly committeeId: string;
  /** e.g. "S/RES/2397 (2017)". */
  readonly resolution: string;
  /** The result of the Council vote on the draft carrying the annex. */
  readonly outcome: 'adopted' | 'vetoed' | 'failed';
  readonly subjects: readonly ListingSubject[];
  readonly meta: CommitteeMeta;
}

export interface RecordNationalDesignation {
  readonly type: 'RecordNationalDesignation';
  readonly designationId: string;
  /** The designating State (ISO 3166-1 alpha-3). */
  readonly state: string;
  /** e.g. "US Department of the Treasury (OFAC)". */
  readonly authority: string;
  readonly subjects: readonly ListingSubject[];
  readonly meta: CommitteeMeta;
}

export type CommitteeCommand =
  | EstablishCommittee
  | AppointCommitteeChair
  | ProposeListing
  | ProposeDelisting
  | ObjectToProposal
  | PlaceHold
  | LiftHold
  | ExtendHold
  | ConcludeNoObjectionProcedure
  | ListByResolution
  | RecordNationalDesignation;

// ---------- events ----------

export interface CommitteeEstablished {
  readonly type: 'CommitteeEstablished';
  readonly committeeId: string;
  readonly regime: string;
  readonly referencePrefixes: ReferencePrefixes;
  readonly establishedBy: string;
  readonly chair: string | null;
  readonly config: CommitteeConfig;
  readonly lastReference: { readonly individual: number; readonly entity: number };
  readonly on: string;
}

export interface CommitteeChairAppointed {
  readonly type: 'CommitteeChairAppointed';
  readonly committeeId: string;
  readonly chair: string;
  readonly on: string;
}

export interface ListingProposed {
  readonly type: 'ListingProposed';
  readonly committeeId: string;
  readonly proposalId: string;
  readonly proposer: string;
  readonly subjects: readonly ListingSubject[];
  readonly circulatedOn: string;
  /** Last day on which a member may object or place a hold. */
  readonly deadline: string;
}

export interface DelistingProposed {
  readonly type: 'DelistingProposed';
  readonly committeeId: string;
  readonly proposalId: string;
  readonly proposer: string;
  readonly referenceNumbers: readonly string[];
  readonly circulatedOn: string;
  readonly deadline: string;
}

export interface ObjectionRaised {
  readonly type: 'ObjectionRaised';
  readonly proposalId: string;
  readonly member: string;
  readonly on: string;
}

export interface ProposalRejected {
  readonly type: 'ProposalRejected';
  readonly proposalId: string;
  readonly objectedBy: string;
  readonly on: string;
}

export interface HoldPlaced {
  readonly type: 'HoldPlaced';
  readonly proposalId: string;
  readonly member: string;
  readonly reason: HoldReason;
  readonly on: string;
  readonly lapsesOn: string;
  /** UN working days left on the no-objection clock when it stopped (unchanged if it was already stopped). */
  readonly remainingDays: number;
}

export interface HoldLifted {
  readonly type: 'HoldLifted';
  readonly proposalId: string;
  readonly member: string;
  readonly on: string;
  /** New last day for objections when this was the last standing hold; null while other holds stand. */
  readonly resumedDeadline: string | null;
}

export interface HoldExtended {
  readonly type: 'HoldExtended';
  readonly proposalId: string;
  readonly holder: string;
  readonly extendedBy: string;
  readonly on: string;
  readonly lapsesOn: string;
}

export interface HoldLapsed {
  readonly type: 'HoldLapsed';
  readonly proposalId: string;
  readonly member: string;
  readonly on: string;
  readonly resumedDeadline: string | null;
}

export interface ProposalRemoved {
  readonly type: 'ProposalRemoved';
  readonly proposalId: string;
  readonly on: string;
  readonly reason: 'hold-expired';
  readonly holder: string;
}

export interface ProposalAdopted {
  readonly type: 'ProposalAdopted';
  readonly proposalId: string;
  readonly on: string;
}

export interface EntryListed {
  readonly type: 'EntryListed';
  readonly committeeId: string;
  readonly regime: string;
  readonly referenceNumber: string;
  readonly subject: ListingSubject;
  readonly on: string;
  readonly route: 'committee' | 'resolution';
  /** The proposal id (committee route) or the resolution symbol (resolution route). */
  readonly source: string;
}

export interface EntryDelisted {
  readonly type: 'EntryDelisted';
  readonly committeeId: string;
  readonly referenceNumber: string;
  readonly on: string;
  readonly proposalId: string;
}

export interface NationalDesignationRecorded {
  readonly type: 'NationalDesignationRecorded';
  readonly designationId: string;
  readonly state: string;
  readonly authority: string;
  readonly subjects: readonly ListingSubject[];
  readonly on: string;
}

export type CommitteeEvent =
  | CommitteeEstablished
  | CommitteeChairAppointed
  | ListingProposed
  | DelistingProposed
  | ObjectionRaised
  | ProposalRejected
  | HoldPlaced
  | HoldLifted
  | HoldExtended
  | HoldLapsed
  | ProposalRemoved
  | ProposalAdopted
  | EntryListed
  | EntryDelisted
  | NationalDesignationRecorded;

// ---------- state ----------

export interface Committee {
  readonly id: string;
  readonly regime: string;
  readonly referencePrefixes: ReferencePrefixes;
  readonly establishedBy: string;
  readonly establishedOn: string;
  readonly chair: string | null;
  readonly config: CommitteeConfig;
  readonly lastReference: { readonly individual: number; readonly entity: number };
}

export interface Hold {
  readonly member: string;
  readonly reason: HoldReason;
  readonly placedOn: string;
  readonly lapsesOn: string;
  readonly extensions: readonly { readonly by: string; readonly on: string }[];
  /** 'standing' while it blocks; otherwise how it ended. */
  readonly status: 'standing' | 'lifted' | 'lapsed';
  readonly endedOn: string | null;
}

export interface Proposal {
  readonly id: string;
  readonly committeeId: string;
  readonly kind: 'listing' | 'delisting';
  readonly proposer: string;
  readonly subjects: readonly ListingSubject[];
  readonly referenceNumbers: readonly string[];
  readonly circulatedOn: string;
  /** Last day for objections; null while the clock is stopped by a hold. */
  readonly deadline: string | null;
  /** Working days left when the clock stopped (meaningful only while deadline is null). */
  readonly remainingDays: number;
  readonly holds: readonly Hold[];
  readonly status: 'pending' | 'adopted' | 'rejected' | 'removed';
  readonly closedOn: string | null;
  /** Day of the latest act on the proposal; later commands may not be dated before it. */
  readonly lastActOn: string;
}

export interface ListedEntry {
  readonly referenceNumber: string;
  readonly committeeId: string;
  readonly regime: string;
  readonly subject: ListingSubject;
  readonly listedOn: string;
  readonly route: 'committee' | 'resolution';
  readonly source: string;
  readonly delistedOn: string | null;
}

export interface NationalDesignation {
  readonly id: string;
  readonly state: string;
  readonly authority: string;
  readonly subjects: readonly ListingSubject[];
  readonly designatedOn: string;
}

export interface CommitteesState {
  readonly committees: Readonly<Record<string, Committee>>;
  readonly proposals: Readonly<Record<string, Proposal>>;
  /** The UN list kept by the committees, by reference number. */
  readonly unList: Readonly<Record<string, ListedEntry>>;
  /** National designations: a separate list kind with no effect at the UN. */
  readonly nationalDesignations: Readonly<Record<string, NationalDesignation>>;
}

export interface CommitteeRejection {
  readonly code: string;
  readonly ruleId: string;
  readonly message: string;
}

export type CommitteeDecision =
  | { readonly ok: true; readonly events: readonly CommitteeEvent[] }
  | { readonly ok: false; readonly rejection: CommitteeRejection };
