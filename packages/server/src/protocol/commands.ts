/**
 * Wire schemas (zod) for what clients send. Every object is strict: an unknown field is an error, so a client
 * can never smuggle in `meta` (the server stamps time, id and sender) or a field the engine would ignore.
 * The command shapes mirror the engine's catalogue (packages/engine/src/commands.ts) minus `meta`.
 */
import type { EngineCommand } from '@council/engine';
import { z } from 'zod';

const id = z.string().min(1).max(120);
const text = (max: number) => z.string().max(max);
const stateCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 3166 code such as FRA');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const isoDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
    'expected an ISO 8601 date or time',
  );
const choice = z.enum(['yes', 'no', 'abstain', 'absent', 'not_participating']);
const draftKind = z.enum([
  'resolution',
  'presidential_statement',
  'press_statement',
  'press_elements',
  'letter',
]);
const meetingFormat = z.enum([
  'briefing',
  'open_debate',
  'adoption',
  'private',
  'consultations',
  'arria',
]);
const draftText = z.strictObject({
  preambular: z.array(text(10_000)).max(200),
  operative: z.array(text(10_000)).max(500),
});
const requester = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), code: stateCode }),
  z.strictObject({ kind: z.literal('secretary_general') }),
  z.strictObject({ kind: z.literal('non_member'), code: stateCode }),
  z.strictObject({ kind: z.literal('general_assembly') }),
]);
const voteSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('draft'), draftId: id }),
  z.strictObject({ kind: z.literal('amendment'), amendmentId: id }),
  z.strictObject({ kind: z.literal('part'), draftId: id, part: id }),
  z.strictObject({ kind: z.literal('agenda'), meetingId: id }),
  z.strictObject({ kind: z.literal('motion'), motion: text(2000), procedural: z.boolean() }),
  z.strictObject({ kind: z.literal('preliminary_question'), draftId: id }),
]);

export const councilMemberSchema = z.strictObject({
  code: stateCode,
  name: z.string().min(1).max(200),
  permanent: z.boolean(),
});

/** A custom body for Model UN use (the Council on a date is built by the server from the membership record). */
export const bodySpecSchema = z.strictObject({
  name: z.string().min(1).max(200),
  date: isoDate,
  members: z.array(councilMemberSchema).min(1).max(60),
  president: stateCode,
  required: z.number().int().min(1).max(60).optional(),
});

const listingSubject = z.strictObject({
  kind: z.enum(['individual', 'entity']),
  name: z.string().min(1).max(500),
  aliases: z.array(z.string().max(500)).max(100).optional(),
  nationality: z.string().max(100).optional(),
});
const committeeConfig = z.strictObject({
  noObjectionDays: z.number().int().min(0).max(365).optional(),
  holidays: z.array(isoDate).max(400).optional(),
  holdMonths: z.number().int().min(0).max(120).optional(),
  extensionMonths: z.number().int().min(0).max(120).optional(),
  extensionExtraDays: z.number().int().min(0).max(365).optional(),
  maxExtensions: z.number().int().min(0).max(100).optional(),
  extensionBy: z.enum(['another-member', 'any-member']).optional(),
  atHoldEnd: z.enum(['remove-proposal', 'release-hold']).optional(),
});

/** Sanctions-committee commands (packages/engine/src/committee/types.ts). */
const committeeCommands = [
  z.strictObject({
    type: z.literal('EstablishCommittee'),
    committeeId: id,
    regime: text(200),
    referencePrefixes: z.strictObject({ individual: text(20), entity: text(20) }),
    establishedBy: text(200),
    chair: stateCode.optional(),
    config: committeeConfig.optional(),
    lastReference: z
      .strictObject({ individual: z.number().int().min(0), entity: z.number().int().min(0) })
      .optional(),
  }),
  z.strictObject({ type: z.literal('AppointCommitteeChair'), committeeId: id, chair: stateCode }),
  z.strictObject({
    type: z.literal('ProposeListing'),
    committeeId: id,
    proposalId: id,
    subjects: z.array(listingSubject).min(1).max(200),
  }),
  z.strictObject({
    type: z.literal('ProposeDelisting'),
    committeeId: id,
    proposalId: id,
    referenceNumbers: z.array(text(50)).min(1).max(200),
  }),
  z.strictObject({ type: z.literal('ObjectToProposal'), proposalId: id }),
  z.strictObject({
    type: z.literal('PlaceHold'),
    proposalId: id,
    reason: z.enum(['technical', 'substantive']),
  }),
  z.strictObject({ type: z.literal('LiftHold'), proposalId: id }),
  z.strictObject({ type: z.literal('ExtendHold'), proposalId: id, holder: stateCode }),
  z.strictObject({ type: z.literal('ConcludeNoObjectionProcedure'), proposalId: id }),
  z.strictObject({
    type: z.literal('ListByResolution'),
    committeeId: id,
    resolution: text(200),
    outcome: z.enum(['adopted', 'vetoed', 'failed']),
    subjects: z.array(listingSubject).min(1).max(200),
  }),
  z.strictObject({
    type: z.literal('RecordNationalDesignation'),
    designationId: id,
    state: stateCode,
    authority: text(500),
    subjects: z.array(listingSubject).min(1).max(200),
  }),
] as const;

/** The commands a client may send to a running session (StartSession is sent by the server at creation). */
export const sessionCommandSchema = z.discriminatedUnion('type', [
  ...committeeCommands,
  z.strictObject({ type: z.literal('UpdateBody'), body: bodySpecSchema }),
  z.strictObject({
    type: z.literal('RequestMeeting'),
    meetingId: id,
    format: meetingFormat,
    topic: text(2000),
    date: isoDate,
    requestedBy: z.array(requester).max(200),
  }),
  z.strictObject({ type: z.literal('ConveneMeeting'), meetingId: id }),
  z.strictObject({ type: z.literal('AdoptAgenda'), meetingId: id }),
  z.strictObject({
    type: z.literal('InviteParticipant'),
    meetingId: id,
    participant: text(200),
    rule: z.union([z.literal(37), z.literal(39)]),
  }),
  z.strictObject({
    type: z.literal('GiveFloor'),
    meetingId: id,
    speaker: text(200),
    seconds: z.number().int().min(1).max(3600).optional(),
  }),
  z.strictObject({ type: z.literal('EndSpeech'), meetingId: id }),
  z.strictObject({ type: z.literal('AdjournMeeting'), meetingId: id }),
  z.strictObject({
    type: z.literal('SubmitDraft'),
    draftId: id,
    kind: draftKind,
    title: text(2000),
    symbol: text(100).optional(),
    penholders: z.array(stateCode).max(200),
    sponsors: z.array(stateCode).max(200).optional(),
    text: draftText.optional(),
  }),
  z.strictObject({ type: z.literal('CoSponsorDraft'), draftId: id, state: stateCode }),
  z.strictObject({
    type: z.literal('ReviseDraft'),
    draftId: id,
    text: draftText.optional(),
    title: text(2000).optional(),
    symbol: text(100).optional(),
  }),
  z.strictObject({ type: z.literal('PutUnderSilence'), draftId: id, deadline: isoDateTime }),
  z.strictObject({
    type: z.literal('BreakSilence'),
    draftId: id,
    member: stateCode,
    reason: text(2000).optional(),
  }),
  z.strictObject({ type: z.literal('ExtendSilence'), draftId: id, deadline: isoDateTime }),
  z.strictObject({ type: z.literal('ConcludeSilence'), draftId: id }),
  z.strictObject({ type: z.literal('AbandonDraft'), draftId: id, reason: text(2000) }),
  z.strictObject({ type: z.literal('PutDraftInBlue'), draftId: id, symbol: text(100).optional() }),
  z.strictObject({ type: z.literal('WithdrawDraft'), draftId: id }),
  z.strictObject({
    type: z.literal('SubmitAmendment'),
    amendmentId: id,
    draftId: id,
    proposedBy: stateCode,
    text: text(10_000),
    oral: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('SetAmendmentOrder'),
    draftId: id,
    order: z.array(id).max(200),
  }),
  z.strictObject({
    type: z.literal('RequestSeparateVote'),
    draftId: id,
    parts: z.array(id).min(1).max(200),
    requestedBy: stateCode,
  }),
  z.strictObject({ type: z.literal('ObjectToSeparateVote'), draftId: id, by: stateCode }),
  z.strictObject({
    type: z.literal('OpenVote'),
    voteId: id,
    meetingId: id,
    subject: voteSubject,
    procedural: z.boolean().optional(),
    obligatoryAbstainers: z.array(stateCode).max(60).optional(),
    method: z.enum(['show_of_hands', 'written_procedure']).optional(),
    requestedBy: stateCode.optional(),
  }),
  z.strictObject({ type: z.literal('CastVote'), voteId: id, member: stateCode, choice }),
  z.strictObject({
    type: z.literal('RecordShowOfHands'),
    voteId: id,
    ballots: z.record(stateCode, choice),
  }),
  z.strictObject({ type: z.literal('CloseVote'), voteId: id }),
  z.strictObject({
    type: z.literal('IssueGroupStatement'),
    statementId: id,
    title: text(2000),
    signatories: z.array(stateCode).max(200),
    readBy: stateCode.optional(),
  }),
]);
export type SessionCommand = z.infer<typeof sessionCommandSchema>;

// Compile-time check that the wire schemas cover every command the engine decides (StartSession is the
// server's own). If the engine adds a command, this line fails until a schema is added above.
type Uncovered = Exclude<EngineCommand['type'], SessionCommand['type'] | 'StartSession'>;
const _everyCommandCovered: [Uncovered] extends [never] ? true : Uncovered = true;
void _everyCommandCovered;

/** POST /api/sessions/{id}/commands */
export const commandRequestSchema = z.strictObject({
  /** The client's idempotency key: resend the same id to retry safely. */
  commandId: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9._:-]+$/, 'use letters, digits and . _ : -'),
  command: sessionCommandSchema,
});

/** POST /api/sessions: the Council on a date (`date`) or a custom body (`body`), not both. */
export const createSessionSchema = z
  .strictObject({
    title: z.string().min(1).max(300).optional(),
    date: isoDate.optional(),
    body: bodySpecSchema.optional(),
    scenario: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/)
      .optional(),
    holidays: z.array(isoDate).max(400).optional(),
  })
  .refine((v) => [v.date, v.body, v.scenario].filter((x) => x !== undefined).length === 1, {
    message:
      'give exactly one of date (the Council on that date), body (a custom body) or scenario (a bundled scenario id)',
  });

/** POST /api/sessions/{id}/links */
export const issueLinkSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('delegation'), member: stateCode }),
  z.strictObject({ role: z.literal('observer') }),
  z.strictObject({ role: z.literal('projector') }),
]);

/** WebSocket frames a client may send. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('command'),
    commandId: commandRequestSchema.shape.commandId,
    command: sessionCommandSchema,
  }),
  z.strictObject({ type: z.literal('ping') }),
]);

/** Turns zod issues into one line naming each problem and where it is. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}
