import type { EndSpeech, GiveFloor } from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireChair } from '../access.ts';
import { speakerProblem, speakersRule } from '../rules/speakers.ts';
import { event, memberCodes, noSession } from './support.ts';

/** The President gives the floor; a speaker still holding it yields first. */
export function decideGiveFloor(state: CouncilState, cmd: GiveFloor): Decision {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  const m = state.meetings[cmd.meetingId];
  if (!m)
    return reject('unknown_meeting', 'meeting-requests', `There is no meeting '${cmd.meetingId}'.`);
  if (m.status !== 'convened')
    return reject('meeting_not_open', speakersRule.id, `Meeting '${m.id}' is not in progress.`);
  const problem = speakerProblem(cmd.speaker, m, memberCodes(state));
  if (problem) return reject('not_a_speaker', speakersRule.id, problem);
  if (
    cmd.seconds !== undefined &&
    (!Number.isInteger(cmd.seconds) || cmd.seconds < 1 || cmd.seconds > 3600)
  )
    return reject(
      'bad_time_limit',
      speakersRule.id,
      'A time limit is a whole number of seconds from 1 to 3600.',
    );
  const events = [];
  if (m.speaker)
    events.push(event('SpeechEnded', { meetingId: m.id, speaker: m.speaker.speaker }, cmd.meta));
  events.push(
    event(
      'FloorGiven',
      {
        meetingId: m.id,
        speaker: cmd.speaker,
        ...(cmd.seconds !== undefined ? { seconds: cmd.seconds } : {}),
      },
      cmd.meta,
    ),
  );
  return accept(...events);
}

/** The speaker's time ends. */
export function decideEndSpeech(state: CouncilState, cmd: EndSpeech): Decision {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  const m = state.meetings[cmd.meetingId];
  if (!m)
    return reject('unknown_meeting', 'meeting-requests', `There is no meeting '${cmd.meetingId}'.`);
  if (!m.speaker) return reject('nobody_speaking', speakersRule.id, 'Nobody has the floor.');
  return accept(event('SpeechEnded', { meetingId: m.id, speaker: m.speaker.speaker }, cmd.meta));
}
