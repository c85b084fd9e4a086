import type {
  AdjournMeeting,
  AdoptAgenda,
  CommandMeta,
  ConveneMeeting,
  InviteParticipant,
} from '../commands.ts';
import type { CouncilState, Meeting } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireChair } from '../access.ts';
import { isFormalMeeting, meetingFormatsRule } from '../rules/meeting-formats.ts';
import { participationRule } from '../rules/participation.ts';
import { agendaRule } from '../rules/agenda.ts';
import { event, memberCodes, noSession } from './support.ts';

/** The meeting the chair acts on, once a session has started and the sender is the chair. */
function meetingToConduct(
  state: CouncilState,
  cmd: { readonly meetingId: string; readonly meta: CommandMeta },
): Meeting | ReturnType<typeof reject> {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  return (
    state.meetings[cmd.meetingId] ??
    reject('unknown_meeting', 'meeting-requests', `There is no meeting '${cmd.meetingId}'.`)
  );
}

/** Opens a requested meeting (the chair). */
export function decideConveneMeeting(state: CouncilState, cmd: ConveneMeeting): Decision {
  const m = meetingToConduct(state, cmd);
  if ('ok' in m) return m;
  if (m.status !== 'requested')
    return reject(
      'meeting_not_requested',
      'meeting-requests',
      `Meeting '${m.id}' is already ${m.status}.`,
    );
  return accept(event('MeetingConvened', { meetingId: m.id }, cmd.meta));
}

/** Adopts the agenda of a formal meeting without a vote (rule 9). */
export function decideAdoptAgenda(state: CouncilState, cmd: AdoptAgenda): Decision {
  const m = meetingToConduct(state, cmd);
  if ('ok' in m) return m;
  if (!isFormalMeeting(m.format))
    return reject(
      'no_agenda_here',
      meetingFormatsRule.id,
      `A ${m.format} meeting adopts no agenda: it is not a formal meeting of the Council.`,
    );
  if (m.status !== 'convened')
    return reject('meeting_not_open', agendaRule.id, `Meeting '${m.id}' is not in progress.`);
  if (m.agenda === 'adopted')
    return reject('agenda_already_adopted', agendaRule.id, 'The agenda is already adopted.');
  return accept(event('AgendaAdopted', { meetingId: m.id, byVote: false }, cmd.meta));
}

/** Invites a State (rule 37) or a briefer (rule 39) to a formal meeting. */
export function decideInviteParticipant(state: CouncilState, cmd: InviteParticipant): Decision {
  const m = meetingToConduct(state, cmd);
  if ('ok' in m) return m;
  if (!isFormalMeeting(m.format))
    return reject(
      'no_invitations_here',
      meetingFormatsRule.id,
      `Rules 37 and 39 apply to formal meetings, not to ${m.format}.`,
    );
  if (cmd.rule === 37 && memberCodes(state).includes(cmd.participant))
    return reject(
      'already_member',
      participationRule.id,
      `${cmd.participant} sits on the Council and needs no invitation.`,
    );
  if (m.participants.some((p) => p.participant === cmd.participant))
    return reject(
      'already_invited',
      participationRule.id,
      `${cmd.participant} is already invited.`,
    );
  return accept(
    event(
      'ParticipantInvited',
      { meetingId: m.id, participant: cmd.participant, rule: cmd.rule },
      cmd.meta,
    ),
  );
}

/** Closes a meeting; a vote still open must be closed first. */
export function decideAdjournMeeting(state: CouncilState, cmd: AdjournMeeting): Decision {
  const m = meetingToConduct(state, cmd);
  if ('ok' in m) return m;
  if (m.status === 'adjourned')
    return reject('meeting_closed', 'meeting-formats', `Meeting '${m.id}' is already adjourned.`);
  const open = state.openVoteId ? state.votes[state.openVoteId] : undefined;
  if (open && open.meetingId === m.id)
    return reject('vote_open', 'voting-outcome', 'Close the vote before adjourning.');
  return accept(event('MeetingAdjourned', { meetingId: m.id }, cmd.meta));
}
