/**
 * evolve(state, event): folds one decided fact into the state. It never rejects: events are facts.
 */
import type { CouncilEvent } from './events.ts';
import type { CouncilState, Draft } from './state.ts';
import { initialState } from './state.ts';
import type { CommitteeEvent } from './committee/types.ts';
import { evolveCommittee } from './committee/evolve.ts';
import { isCommitteeEvent } from './committee/queries.ts';

/** Every event the engine folds: the Council's and the sanctions committees'. */
export type EngineEvent = CouncilEvent | CommitteeEvent;

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Replaces one draft. `state` is always the fresh copy made at the top of evolve, so it may be written. */
function withDraft(
  state: Writable<CouncilState>,
  id: string,
  change: (d: Draft) => Draft,
): CouncilState {
  const d = state.drafts[id];
  if (!d) return state;
  state.drafts = { ...state.drafts, [id]: change(d) };
  return state;
}

function updateLastSilence(
  d: Draft,
  change: (s: Draft['silences'][number]) => Draft['silences'][number],
): Draft['silences'] {
  const last = d.silences[d.silences.length - 1];
  return last ? [...d.silences.slice(0, -1), change(last)] : d.silences;
}

/** Applies one event. Unknown event types leave the state unchanged except for the version. */
export function evolve(state: CouncilState, event: EngineEvent): CouncilState {
  // Council events carry `data`; committee events are flat, so the cheap check comes first.
  if (!('data' in event) && isCommitteeEvent(event))
    return {
      ...state,
      version: state.version + 1,
      committees: evolveCommittee(state.committees, event),
    };
  const ev = event;
  // A fresh shallow copy per event: cases below may write its top-level fields, never anything nested.
  const s: Writable<CouncilState> = { ...state, version: state.version + 1 };
  const at = ev.meta.at;
  switch (ev.type) {
    case 'SessionStarted':
      return Object.assign(s, {
        session: {
          id: ev.data.sessionId,
          title: ev.data.title,
          body: ev.data.body,
          holidays: ev.data.holidays,
          startedAt: at,
        },
      });
    case 'BodyUpdated':
      if (s.session) s.session = { ...s.session, body: ev.data.body };
      return s;
    case 'MeetingRequested':
      return Object.assign(s, {
        meetings: {
          ...s.meetings,
          [ev.data.meetingId]: {
            id: ev.data.meetingId,
            format: ev.data.format,
            topic: ev.data.topic,
            date: ev.data.date,
            requestedBy: ev.data.requestedBy,
            status: 'requested',
            agenda: 'provisional',
            participants: [],
          },
        },
      });
    case 'FloorGiven':
    case 'SpeechEnded': {
      const m = s.meetings[ev.data.meetingId];
      if (!m) return s;
      if (ev.type === 'FloorGiven') {
        const speaker = {
          speaker: ev.data.speaker,
          since: at,
          ...(ev.data.seconds !== undefined ? { seconds: ev.data.seconds } : {}),
        };
        s.meetings = { ...s.meetings, [m.id]: { ...m, speaker } };
      } else {
        const { speaker: _ended, ...rest } = m;
        s.meetings = {
          ...s.meetings,
          [m.id]: { ...rest, speakersHeard: [...(m.speakersHeard ?? []), ev.data.speaker] },
        };
      }
      return s;
    }
    case 'MeetingConvened':
    case 'MeetingAdjourned':
    case 'AgendaAdopted':
    case 'AgendaRejected':
    case 'ParticipantInvited': {
      const m = s.meetings[ev.data.meetingId];
      if (!m) return s;
      const next =
        ev.type === 'MeetingConvened'
          ? { ...m, status: 'convened' as const }
          : ev.type === 'MeetingAdjourned'
            ? { ...m, status: 'adjourned' as const }
            : ev.type === 'AgendaAdopted'
              ? { ...m, agenda: 'adopted' as const }
              : ev.type === 'AgendaRejected'
                ? { ...m, agenda: 'rejected' as const }
                : {
                    ...m,
                    participants: [
                      ...m.participants,
                      { participant: ev.data.participant, rule: ev.data.rule },
                    ],
                  };
      s.meetings = { ...s.meetings, [m.id]: next };
      return s;
    }
    case 'DraftSubmitted': {
      const d = ev.data;
      const draft: Draft = {
        id: d.draftId,
        kind: d.kind,
        title: d.title,
        penholders: d.penholders,
        sponsors: d.sponsors,
        revision: 0,
        status: 'circulated',
        submittedAt: at,
        silences: [],
        amendments: [],
        ...(d.symbol !== undefined ? { symbol: d.symbol } : {}),
        ...(d.text !== undefined ? { text: d.text } : {}),
      };
      s.drafts = { ...s.drafts, [d.draftId]: draft };
      return s;
    }
    case 'DraftCoSponsored':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        sponsors: [...d.sponsors, ev.data.state],
      }));
    case 'DraftRevised':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        revision: ev.data.revision,
        status: 'circulated',
        ...(ev.data.text !== undefined ? { text: ev.data.text } : {}),
        ...(ev.data.title !== undefined ? { title: ev.data.title } : {}),
        ...(ev.data.symbol !== undefined ? { symbol: ev.data.symbol } : {}),
      }));
    case 'SilenceStarted':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        status: 'under_silence',
        silences: [
          ...d.silences,
          { deadline: ev.data.deadline, startedAt: at, brokenBy: [], extensions: 0 },
        ],
      }));
    case 'SilenceBroken':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        status: 'silence_broken',
        silences: updateLastSilence(d, (x) => ({
          ...x,
          outcome: 'broken',
          brokenBy: [
            ...x.brokenBy,
            {
              member: ev.data.member,
              at,
              ...(ev.data.reason !== undefined ? { reason: ev.data.reason } : {}),
            },
          ],
        })),
      }));
    case 'SilenceExtended':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        silences: updateLastSilence(d, (x) => ({
          ...x,
          deadline: ev.data.deadline,
          extensions: x.extensions + 1,
        })),
      }));
    case 'ConsensusReached':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        status: d.kind === 'resolution' ? 'circulated' : 'agreed',
        decidedAt: d.kind === 'resolution' ? (d.decidedAt ?? '') : at,
        silences: updateLastSilence(d, (x) => ({ ...x, outcome: 'agreed' })),
      }));
    case 'DraftAbandoned':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        status: 'abandoned',
        decidedAt: at,
        objectors: ev.data.objectors,
        abandonReason: ev.data.reason,
      }));
    case 'DraftPutInBlue':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        status: 'in_blue',
        ...(ev.data.symbol !== undefined ? { symbol: ev.data.symbol } : {}),
      }));
    case 'DraftWithdrawn':
      return withDraft(s, ev.data.draftId, (d) => ({ ...d, status: 'withdrawn', decidedAt: at }));
    case 'AmendmentSubmitted': {
      const a = ev.data;
      s.amendments = {
        ...s.amendments,
        [a.amendmentId]: {
          id: a.amendmentId,
          draftId: a.draftId,
          proposedBy: a.proposedBy,
          text: a.text,
          oral: a.oral,
          status: 'pending' as const,
        },
      };
      return withDraft(s, a.draftId, (d) => ({
        ...d,
        amendments: [...d.amendments, a.amendmentId],
      }));
    }
    case 'AmendmentOrderSet':
      return withDraft(s, ev.data.draftId, (d) => ({ ...d, amendmentOrder: ev.data.order }));
    case 'SeparateVoteRequested':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        separateVote: { parts: ev.data.parts, requestedBy: ev.data.requestedBy },
      }));
    case 'SeparateVoteRefused':
      return withDraft(s, ev.data.draftId, (d) =>
        d.separateVote ? { ...d, separateVote: { ...d.separateVote, refusedBy: ev.data.by } } : d,
      );
    case 'VotingOpened': {
      const v = ev.data;
      return Object.assign(s, {
        openVoteId: v.voteId,
        votes: {
          ...s.votes,
          [v.voteId]: {
            id: v.voteId,
            meetingId: v.meetingId,
            subject: v.subject,
            procedural: v.procedural,
            obligatoryAbstainers: v.obligatoryAbstainers,
            method: v.method,
            ballots: {},
            status: 'open',
            openedAt: at,
          },
        },
      });
    }
    case 'VoteCast': {
      const v = s.votes[ev.data.voteId];
      if (!v) return s;
      s.votes = {
        ...s.votes,
        [v.id]: { ...v, ballots: { ...v.ballots, [ev.data.member]: ev.data.choice } },
      };
      return s;
    }
    case 'VotingClosed': {
      const v = s.votes[ev.data.voteId];
      if (!v) return s;
      s.openVoteId = undefined;
      s.votes = { ...s.votes, [v.id]: { ...v, status: 'closed', result: ev.data.result } };
      return s;
    }
    case 'DraftAdopted':
    case 'DraftVetoed':
    case 'DraftNotAdopted': {
      const status =
        ev.type === 'DraftAdopted'
          ? 'adopted'
          : ev.type === 'DraftVetoed'
            ? 'vetoed'
            : 'not_adopted';
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        status,
        result: ev.data.result,
        decidedAt: at,
      }));
    }
    case 'AmendmentDecided': {
      const a = s.amendments[ev.data.amendmentId];
      if (!a) return s;
      const o = ev.data.result.outcome;
      const status = o === 'adopted' ? 'adopted' : o === 'vetoed' ? 'vetoed' : 'not_adopted';
      return Object.assign(s, {
        amendments: { ...s.amendments, [a.id]: { ...a, status, result: ev.data.result } },
      });
    }
    case 'PartDecided':
    case 'MotionDecided':
      return s;
    case 'PreliminaryQuestionDecided':
      return withDraft(s, ev.data.draftId, (d) => ({
        ...d,
        classification: ev.data.classification,
      }));
    case 'GaDebateDue':
      s.gaDebates = [...s.gaDebates, ev.data];
      return s;
    case 'GroupStatementIssued': {
      const g = ev.data;
      return Object.assign(s, {
        groupStatements: {
          ...s.groupStatements,
          [g.statementId]: {
            id: g.statementId,
            title: g.title,
            at,
            signatories: g.signatories,
            councilMembersSigning: g.councilMembersSigning,
            councilMembersNotSigning: g.councilMembersNotSigning,
            othersSigning: g.othersSigning,
            ...(g.readBy !== undefined ? { readBy: g.readBy } : {}),
          },
        },
      });
    }
    default:
      return s;
  }
}

/** Folds a whole event log from the initial state. */
export function replay(
  events: readonly EngineEvent[],
  from: CouncilState = initialState(),
): CouncilState {
  let state = from;
  for (const e of events) state = evolve(state, e);
  return state;
}
