import type { BodySpec, StartSession, UpdateBody } from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireChair } from '../access.ts';
import { event } from './support.ts';
import { isIsoDate } from '../dates.ts';

function bodyProblem(body: BodySpec): Decision | undefined {
  if (typeof body !== 'object' || body === null || !Array.isArray(body.members))
    return reject('bad_body', 'composition', 'A body has a date, members and a President.');
  if (!isIsoDate(body.date))
    return reject('bad_date', 'session', `'${body.date}' is not a date (YYYY-MM-DD).`);
  if (body.members.length === 0)
    return reject('no_members', 'composition', 'A body needs at least one member.');
  const codes = body.members.map((m) => m.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) return reject('duplicate_member', 'composition', `${dup} is listed twice.`);
  if (!codes.includes(body.president))
    return reject(
      'president_not_member',
      'presidency-rotation',
      `The President ${body.president} is not a member.`,
    );
  if (
    body.required !== undefined &&
    (!Number.isInteger(body.required) || body.required < 1 || body.required > codes.length)
  )
    return reject(
      'bad_majority',
      'required-majority',
      `The required majority must be between 1 and ${codes.length}.`,
    );
  return undefined;
}

/** Starts a session once, for a body whose members are unique and whose President is one of them. */
export function decideStartSession(state: CouncilState, cmd: StartSession): Decision {
  const denied = requireChair(cmd.meta);
  if (denied) return denied;
  if (state.session)
    return reject('session_exists', 'session', 'This session has already started.');
  const problem = bodyProblem(cmd.body);
  if (problem) return problem;
  return accept(
    event(
      'SessionStarted',
      { sessionId: cmd.sessionId, title: cmd.title, body: cmd.body, holidays: cmd.holidays ?? [] },
      cmd.meta,
    ),
  );
}

/** Seats the body of a later date (composition from 1 January, presidency each month); never during a vote. */
export function decideUpdateBody(state: CouncilState, cmd: UpdateBody): Decision {
  const denied = requireChair(cmd.meta);
  if (denied) return denied;
  if (!state.session)
    return reject('no_session', 'session', 'No session has started: send StartSession first.');
  if (state.openVoteId)
    return reject('vote_open', 'voting-outcome', 'The body cannot change while a vote is open.');
  const problem = bodyProblem(cmd.body);
  if (problem) return problem;
  if (cmd.body.date < state.session.body.date)
    return reject(
      'date_backwards',
      'session',
      `The body's date cannot move back from ${state.session.body.date} to ${cmd.body.date}.`,
    );
  return accept(event('BodyUpdated', { body: cmd.body }, cmd.meta));
}
