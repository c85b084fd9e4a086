import type { StartSession } from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireChair } from '../access.ts';
import { event } from './support.ts';
import { isIsoDate } from '../dates.ts';

/** Starts a session once, for a body whose members are unique and whose President is one of them. */
export function decideStartSession(state: CouncilState, cmd: StartSession): Decision {
  const denied = requireChair(cmd.meta);
  if (denied) return denied;
  if (state.session) return reject('session_exists', 'session', 'This session has already started.');
  const { body } = cmd;
  if (!isIsoDate(body.date)) return reject('bad_date', 'session', `'${body.date}' is not a date (YYYY-MM-DD).`);
  if (body.members.length === 0) return reject('no_members', 'composition', 'A body needs at least one member.');
  const codes = body.members.map((m) => m.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) return reject('duplicate_member', 'composition', `${dup} is listed twice.`);
  if (!codes.includes(body.president)) return reject('president_not_member', 'presidency-rotation', `The President ${body.president} is not a member.`);
  if (body.required !== undefined && (!Number.isInteger(body.required) || body.required < 1 || body.required > codes.length))
    return reject('bad_majority', 'required-majority', `The required majority must be between 1 and ${codes.length}.`);
  return accept(event('SessionStarted', { sessionId: cmd.sessionId, title: cmd.title, body, holidays: cmd.holidays ?? [] }, cmd.meta));
}
