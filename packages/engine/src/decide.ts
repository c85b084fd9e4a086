/**
 * decide(state, command): the engine's single entry point for a command. One line per command type,
 * pointing at the handler file; `satisfies` makes the compiler reject a missing handler.
 */
import type { CouncilCommand } from './commands.ts';
import type { CommitteeCommand } from './committee/types.ts';
import type { EngineEvent } from './evolve.ts';
import { decideCommittee } from './committee/decide.ts';
import { isCommitteeCommand } from './committee/queries.ts';
import type { CouncilState } from './state.ts';
import { reject, type Decision } from './rejections.ts';
import { decideStartSession, decideUpdateBody } from './decide/start-session.ts';
import { decideRequestMeeting } from './decide/request-meeting.ts';
import {
  decideAdjournMeeting,
  decideAdoptAgenda,
  decideConveneMeeting,
  decideInviteParticipant,
} from './decide/meeting-conduct.ts';
import {
  decideAbandonDraft,
  decideCoSponsorDraft,
  decidePutDraftInBlue,
  decideReviseDraft,
  decideSubmitDraft,
  decideWithdrawDraft,
} from './decide/drafts.ts';
import {
  decideBreakSilence,
  decideConcludeSilence,
  decideExtendSilence,
  decidePutUnderSilence,
} from './decide/silence.ts';
import {
  decideObjectToSeparateVote,
  decideRequestSeparateVote,
  decideSetAmendmentOrder,
  decideSubmitAmendment,
} from './decide/amendments.ts';
import {
  decideCastVote,
  decideCloseVote,
  decideOpenVote,
  decideRecordShowOfHands,
} from './decide/voting.ts';
import { decideIssueGroupStatement } from './decide/issue-group-statement.ts';
import { decideEndSpeech, decideGiveFloor } from './decide/speakers.ts';

type Handlers = {
  [K in CouncilCommand['type']]: (
    state: CouncilState,
    cmd: Extract<CouncilCommand, { type: K }>,
  ) => Decision;
};

const HANDLERS = {
  StartSession: decideStartSession,
  UpdateBody: decideUpdateBody,
  RequestMeeting: decideRequestMeeting,
  ConveneMeeting: decideConveneMeeting,
  AdoptAgenda: decideAdoptAgenda,
  InviteParticipant: decideInviteParticipant,
  GiveFloor: decideGiveFloor,
  EndSpeech: decideEndSpeech,
  AdjournMeeting: decideAdjournMeeting,
  SubmitDraft: decideSubmitDraft,
  CoSponsorDraft: decideCoSponsorDraft,
  ReviseDraft: decideReviseDraft,
  PutUnderSilence: decidePutUnderSilence,
  BreakSilence: decideBreakSilence,
  ExtendSilence: decideExtendSilence,
  ConcludeSilence: decideConcludeSilence,
  AbandonDraft: decideAbandonDraft,
  PutDraftInBlue: decidePutDraftInBlue,
  WithdrawDraft: decideWithdrawDraft,
  SubmitAmendment: decideSubmitAmendment,
  SetAmendmentOrder: decideSetAmendmentOrder,
  RequestSeparateVote: decideRequestSeparateVote,
  ObjectToSeparateVote: decideObjectToSeparateVote,
  OpenVote: decideOpenVote,
  CastVote: decideCastVote,
  RecordShowOfHands: decideRecordShowOfHands,
  CloseVote: decideCloseVote,
  IssueGroupStatement: decideIssueGroupStatement,
} satisfies Handlers;

/** The command types the engine knows. */
export const COMMAND_TYPES = Object.keys(HANDLERS) as CouncilCommand['type'][];

/**
 * Decides a command against the current state: the events to append, or a rejection.
 * Never throws for any JSON input: malformed commands are rejected with `bad_command`.
 */
export function decide(state: CouncilState, command: EngineCommand): Decision<EngineEvent> {
  const raw = command as unknown;
  if (typeof raw !== 'object' || raw === null)
    return reject('bad_command', 'protocol', 'A command is a JSON object.');
  const c = raw as { type?: unknown; meta?: { at?: unknown; actor?: { role?: unknown } } };
  if (isCommitteeCommand(raw)) return decideCommitteeCommand(state, raw);
  if (typeof c.type !== 'string' || !Object.hasOwn(HANDLERS, c.type))
    return reject('unknown_command', 'protocol', `Unknown command type '${String(c.type)}'.`);
  if (
    typeof c.meta !== 'object' ||
    c.meta === null ||
    typeof c.meta.at !== 'string' ||
    typeof c.meta.actor?.role !== 'string'
  )
    return reject(
      'bad_command',
      'protocol',
      'A command carries meta.at (ISO time) and meta.actor.',
    );
  const cmd = command as CouncilCommand;
  const handler = HANDLERS[cmd.type] as (s: CouncilState, c: CouncilCommand) => Decision;
  try {
    return handler(state, cmd);
  } catch (error) {
    // A handler reading a field the command lacks is a malformed command, not an engine crash.
    return reject(
      'bad_command',
      'protocol',
      `Malformed ${cmd.type} command: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Every command the engine decides: the Council's and the sanctions committees'. */
export type EngineCommand = CouncilCommand | CommitteeCommand;

function decideCommitteeCommand(
  state: CouncilState,
  command: CommitteeCommand,
): Decision<EngineEvent> {
  if (!state.session)
    return reject('no_session', 'session', 'No session has started: send StartSession first.');
  const actor = (command.meta as { actor?: { role?: string } } | undefined)?.actor;
  if (actor?.role === 'observer')
    return reject('not_allowed', 'session-access', 'Observers cannot act in committees.');
  try {
    return decideCommittee(state.committees, command, { members: state.session.body.members });
  } catch (error) {
    return reject(
      'bad_command',
      'protocol',
      `Malformed ${command.type} command: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
