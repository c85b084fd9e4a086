import type { CastVote, CloseVote, OpenVote, RecordShowOfHands } from '../commands.ts';
import type { CouncilEvent } from '../events.ts';
import type { CouncilState, Vote } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireActsAs, requireChair } from '../access.ts';
import { adjudicate, type Choice } from '../rules/voting-outcome.ts';
import { isFormalMeeting, meetingFormatsRule } from '../rules/meeting-formats.ts';
import { agendaRule } from '../rules/agenda.ts';
import { nextAmendment, amendmentsRule } from '../rules/amendments.ts';
import { isFinal, draftLifecycleRule } from '../rules/draft-lifecycle.ts';
import { isConsensusProduct, consensusRule } from '../rules/consensus.ts';
import { participationRule } from '../rules/participation.ts';
import { separateVotingRule } from '../rules/separate-voting.ts';
import { classificationAfterPreliminaryVote } from '../rules/preliminary-question.ts';
import { gaDebateDueBy } from '../rules/ga-veto-debate.ts';
import { event, memberCodes, noSession } from './support.ts';
import { datePart } from '../dates.ts';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain', 'absent', 'not_participating'];

/** The President puts a question to the vote at a formal meeting whose agenda is adopted. */
export function decideOpenVote(state: CouncilState, cmd: OpenVote): Decision {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  if (state.votes[cmd.voteId])
    return reject('vote_exists', 'voting-outcome', `Vote '${cmd.voteId}' already exists.`);
  if (state.openVoteId)
    return reject(
      'vote_already_open',
      'voting-outcome',
      `Vote '${state.openVoteId}' is still open.`,
    );
  const meeting = state.meetings[cmd.meetingId];
  if (!meeting)
    return reject('unknown_meeting', 'meeting-requests', `There is no meeting '${cmd.meetingId}'.`);
  if (!isFormalMeeting(meeting.format))
    return reject(
      'no_decisions_here',
      meetingFormatsRule.id,
      `A ${meeting.format} meeting takes no decisions by vote.`,
    );
  if (meeting.status !== 'convened')
    return reject(
      'meeting_not_open',
      meetingFormatsRule.id,
      `Meeting '${meeting.id}' is not in progress.`,
    );
  const s = cmd.subject;
  if (s.kind === 'agenda') {
    if (s.meetingId !== meeting.id)
      return reject('wrong_meeting', agendaRule.id, 'A meeting votes on its own agenda.');
    if (meeting.agenda === 'adopted')
      return reject('agenda_already_adopted', agendaRule.id, 'The agenda is already adopted.');
  } else if (meeting.agenda !== 'adopted') {
    return reject(
      'agenda_not_adopted',
      agendaRule.id,
      'The agenda must be adopted before any other business (rule 9).',
    );
  }
  let procedural = cmd.procedural ?? false;
  if (s.kind === 'agenda') procedural = true;
  if (s.kind === 'motion') procedural = s.procedural;
  if (s.kind === 'preliminary_question') procedural = false;
  if (s.kind === 'draft' || s.kind === 'part' || s.kind === 'preliminary_question') {
    const d = state.drafts[s.draftId];
    if (!d)
      return reject('unknown_draft', draftLifecycleRule.id, `There is no draft '${s.draftId}'.`);
    if (isConsensusProduct(d.kind))
      return reject(
        'not_voted',
        consensusRule.id,
        `A ${d.kind.replace('_', ' ')} is agreed by consensus, not by vote.`,
      );
    if (isFinal(d.status))
      return reject(
        'draft_closed',
        draftLifecycleRule.id,
        `Draft '${d.id}' is already ${d.status}.`,
      );
    if (d.status === 'under_silence')
      return reject('under_silence', draftLifecycleRule.id, 'The draft is under silence.');
    if (s.kind === 'draft' && d.classification) procedural = d.classification === 'procedural';
    if (s.kind === 'draft') {
      const pending = nextAmendment(d, state.amendments);
      if (pending)
        return reject(
          'amendments_first',
          amendmentsRule.id,
          `Amendment '${pending}' must be voted before the draft (rule 36).`,
        );
      const sv = d.separateVote;
      if (sv && !sv.refusedBy) {
        const decided = Object.values(state.votes).filter(
          (v) => v.subject.kind === 'part' && v.subject.draftId === d.id && v.status === 'closed',
        ).length;
        if (decided < sv.parts.length)
          return reject(
            'parts_first',
            separateVotingRule.id,
            'The parts requested under rule 32 are voted before the draft as a whole.',
          );
      }
      const members = memberCodes(state);
      if (
        !d.sponsors.some((x) => members.includes(x)) &&
        !(cmd.requestedBy && members.includes(cmd.requestedBy))
      )
        return reject(
          'member_request_needed',
          participationRule.id,
          'A draft sponsored only by States not on the Council is voted only at the request of a member (rule 38).',
        );
    }
    if (s.kind === 'part' && !(d.separateVote?.parts.includes(s.part) && !d.separateVote.refusedBy))
      return reject(
        'no_such_part',
        separateVotingRule.id,
        `No separate vote on part '${s.part}' is in order.`,
      );
  }
  if (s.kind === 'amendment') {
    const a = state.amendments[s.amendmentId];
    if (!a)
      return reject(
        'unknown_amendment',
        amendmentsRule.id,
        `There is no amendment '${s.amendmentId}'.`,
      );
    if (a.status !== 'pending')
      return reject(
        'amendment_decided',
        amendmentsRule.id,
        `Amendment '${a.id}' is already ${a.status}.`,
      );
    const d = state.drafts[a.draftId];
    const next = d ? nextAmendment(d, state.amendments) : undefined;
    if (next !== a.id)
      return reject(
        'amendment_order',
        amendmentsRule.id,
        `Amendment '${next}' comes first in the order the President ruled (rule 36).`,
      );
  }
  const members = memberCodes(state);
  const abstainers = cmd.obligatoryAbstainers ?? [];
  const stranger = abstainers.find((x) => !members.includes(x));
  if (stranger)
    return reject(
      'not_a_member',
      'obligatory-abstention',
      `${stranger} is not a member of the Council.`,
    );
  return accept(
    event(
      'VotingOpened',
      {
        voteId: cmd.voteId,
        meetingId: meeting.id,
        subject: s,
        procedural,
        obligatoryAbstainers: abstainers,
        method: cmd.method ?? 'show_of_hands',
      },
      cmd.meta,
    ),
  );
}

function openVote(state: CouncilState, voteId: string): Vote | undefined {
  const v = state.votes[voteId];
  return v && v.status === 'open' ? v : undefined;
}

/** A member casts its own vote, once, while the vote is open. */
export function decideCastVote(state: CouncilState, cmd: CastVote): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  const denied = requireActsAs(cmd.meta, cmd.member);
  if (denied) return denied;
  if (!CHOICES.includes(cmd.choice))
    return reject(
      'bad_choice',
      'voting-outcome',
      `'${String(cmd.choice)}' is not a vote (yes, no, abstain, absent, not_participating).`,
    );
  const v = openVote(state, cmd.voteId);
  if (!v) return reject('voting_not_open', 'voting-outcome', `No vote '${cmd.voteId}' is open.`);
  if (!memberCodes(state).includes(cmd.member))
    return reject(
      'not_a_member',
      participationRule.id,
      `${cmd.member} is not a member of the Council and cannot vote (Art. 27(1)).`,
    );
  if (v.ballots[cmd.member] !== undefined)
    return reject('already_voted', 'voting-outcome', `${cmd.member} has already voted.`);
  return accept(
    event('VoteCast', { voteId: v.id, member: cmd.member, choice: cmd.choice }, cmd.meta),
  );
}

/** The chair enters a show-of-hands result: every listed member's vote at once. */
export function decideRecordShowOfHands(state: CouncilState, cmd: RecordShowOfHands): Decision {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  const v = openVote(state, cmd.voteId);
  if (!v) return reject('voting_not_open', 'voting-outcome', `No vote '${cmd.voteId}' is open.`);
  const members = memberCodes(state);
  const events: CouncilEvent[] = [];
  for (const [member, choice] of Object.entries(cmd.ballots)) {
    if (!members.includes(member))
      return reject(
        'not_a_member',
        participationRule.id,
        `${member} is not a member of the Council and cannot vote.`,
      );
    if (!CHOICES.includes(choice))
      return reject('bad_choice', 'voting-outcome', `'${String(choice)}' is not a vote.`);
    if (v.ballots[member] !== undefined)
      return reject('already_voted', 'voting-outcome', `${member} has already voted.`);
    events.push(event('VoteCast', { voteId: v.id, member, choice }, cmd.meta));
  }
  return accept(...events);
}

/** The President closes the vote: the engine adjudicates it and states the consequences. */
export function decideCloseVote(state: CouncilState, cmd: CloseVote): Decision {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  const v = openVote(state, cmd.voteId);
  if (!v || !state.session)
    return reject('voting_not_open', 'voting-outcome', `No vote '${cmd.voteId}' is open.`);
  const body = state.session.body;
  const result = adjudicate({
    date: datePart(cmd.meta.at) < body.date ? body.date : datePart(cmd.meta.at),
    members: body.members,
    ballots: v.ballots,
    procedural: v.procedural,
    obligatoryAbstainers: v.obligatoryAbstainers,
    ...(body.required !== undefined ? { required: body.required } : {}),
  });
  const events: CouncilEvent[] = [event('VotingClosed', { voteId: v.id, result }, cmd.meta)];
  const s = v.subject;
  if (s.kind === 'draft') {
    const type =
      result.outcome === 'adopted'
        ? 'DraftAdopted'
        : result.outcome === 'vetoed'
          ? 'DraftVetoed'
          : 'DraftNotAdopted';
    events.push(event(type, { draftId: s.draftId, voteId: v.id, result }, cmd.meta));
    if (result.outcome === 'vetoed') {
      const dueBy = gaDebateDueBy(datePart(cmd.meta.at), state.session.holidays);
      if (dueBy)
        events.push(
          event(
            'GaDebateDue',
            {
              draftId: s.draftId,
              vetoedBy: result.vetoedBy,
              vetoDate: datePart(cmd.meta.at),
              dueBy,
            },
            cmd.meta,
          ),
        );
    }
  } else if (s.kind === 'amendment') {
    events.push(
      event('AmendmentDecided', { amendmentId: s.amendmentId, voteId: v.id, result }, cmd.meta),
    );
  } else if (s.kind === 'part') {
    events.push(
      event('PartDecided', { draftId: s.draftId, part: s.part, voteId: v.id, result }, cmd.meta),
    );
  } else if (s.kind === 'agenda') {
    events.push(
      result.outcome === 'adopted'
        ? event('AgendaAdopted', { meetingId: s.meetingId, byVote: true }, cmd.meta)
        : event('AgendaRejected', { meetingId: s.meetingId }, cmd.meta),
    );
  } else if (s.kind === 'motion') {
    events.push(event('MotionDecided', { voteId: v.id, motion: s.motion, result }, cmd.meta));
  } else {
    events.push(
      event(
        'PreliminaryQuestionDecided',
        {
          draftId: s.draftId,
          voteId: v.id,
          classification: classificationAfterPreliminaryVote(result),
          result,
        },
        cmd.meta,
      ),
    );
  }
  return accept(...events);
}
