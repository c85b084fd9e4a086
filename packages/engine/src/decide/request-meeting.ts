import type { RequestMeeting } from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requesterProblem, meetingRequestsRule } from '../rules/meeting-requests.ts';
import { accessRule } from '../access.ts';
import { event, memberCodes, noSession } from './support.ts';
import { isIsoDate } from '../dates.ts';

/** Records a request for a meeting, checking each requester's standing (rules 2–3, Arts. 35 and 99). */
export function decideRequestMeeting(state: CouncilState, cmd: RequestMeeting): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  if (state.meetings[cmd.meetingId])
    return reject(
      'meeting_exists',
      'meeting-requests',
      `Meeting '${cmd.meetingId}' already exists.`,
    );
  if (!isIsoDate(cmd.date))
    return reject('bad_date', 'meeting-requests', `'${cmd.date}' is not a date (YYYY-MM-DD).`);
  if (cmd.requestedBy.length === 0)
    return reject(
      'no_requester',
      meetingRequestsRule.id,
      'A meeting request names who asks for it.',
    );
  const members = memberCodes(state);
  for (const r of cmd.requestedBy) {
    const problem = requesterProblem(r, members);
    if (problem) return reject('bad_requester', meetingRequestsRule.id, problem);
  }
  const a = cmd.meta.actor;
  if (a.role === 'observer')
    return reject('not_allowed', accessRule.id, 'Observers cannot request meetings.');
  if (
    a.role === 'delegation' &&
    !cmd.requestedBy.some((r) => r.kind === 'member' && r.code === a.member)
  )
    return reject(
      'not_your_delegation',
      accessRule.id,
      `A delegation may request a meeting only in its own name (${a.member}).`,
    );
  return accept(
    event(
      'MeetingRequested',
      {
        meetingId: cmd.meetingId,
        format: cmd.format,
        topic: cmd.topic,
        date: cmd.date,
        requestedBy: cmd.requestedBy,
      },
      cmd.meta,
    ),
  );
}
