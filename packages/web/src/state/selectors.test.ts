import { describe, expect, it } from 'vitest';
import {
  councilOn,
  decide,
  initialState,
  type CouncilEvent,
  type CouncilState,
} from '@council/engine';
import table from '../../../../data/council/membership.json';
import type { MembershipTable } from '@council/engine';
import { foldEvents } from './use-session.ts';
import { currentVote, textOnTable, voteResult } from './selectors.ts';
import { eventLine } from '../format/event-line.ts';
import { translate } from '../i18n/index.tsx';

const MEMBERSHIP = table as unknown as MembershipTable;

/** Runs commands through the engine's own decide, numbering the events as the server would. */
function session(commands: Record<string, unknown>[]) {
  let folded = {
    state: initialState() as CouncilState,
    position: 0,
    log: [] as { position: number; event: CouncilEvent }[],
  };
  const all: { position: number; event: CouncilEvent }[] = [];
  for (const c of commands) {
    const decision = decide(folded.state, {
      ...c,
      meta: { at: '2022-05-26T15:00:00Z', actor: { role: 'record' } },
    } as never);
    if (!decision.ok) throw new Error(`${String(c['type'])}: ${decision.rejection.message}`);
    const positioned = decision.events.map((event, i) => ({
      position: folded.position + i + 1,
      event: event as CouncilEvent,
    }));
    all.push(...positioned);
    folded = foldEvents(folded, positioned);
  }
  return { folded, all };
}

const council = councilOn(MEMBERSHIP, '2022-05-26');
const start = [
  {
    type: 'StartSession',
    sessionId: 's',
    title: 'test',
    body: {
      name: 'Security Council',
      date: council.date,
      members: council.members,
      president: council.president,
    },
  },
  {
    type: 'RequestMeeting',
    meetingId: 'm',
    format: 'adoption',
    topic: 'DPRK',
    date: '2022-05-26',
    requestedBy: [{ kind: 'member', code: 'USA' }],
  },
  { type: 'ConveneMeeting', meetingId: 'm' },
  { type: 'AdoptAgenda', meetingId: 'm' },
  {
    type: 'SubmitDraft',
    draftId: 'd',
    kind: 'resolution',
    title: 'DPRK',
    symbol: 'S/2022/431',
    penholders: ['USA'],
  },
  { type: 'OpenVote', voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } },
];

describe('folding server events with the engine', () => {
  it('ignores events at or before the current position, so a replayed batch never counts twice', () => {
    const { folded, all } = session([
      ...start,
      { type: 'CastVote', voteId: 'v', member: 'CHN', choice: 'no' },
    ]);
    const again = foldEvents(folded, all);
    expect(again).toBe(folded);
    const fromScratch = foldEvents(
      { state: initialState(), position: 0, log: [] },
      [...all].reverse(),
    );
    expect(fromScratch.position).toBe(all.length);
    expect(currentVote(fromScratch.state)?.ballots).toEqual({ CHN: 'no' });
  });

  it('reads a running tally with the engine, and the final result from its events', () => {
    const votes = council.members.map((m) => ({
      type: 'CastVote',
      voteId: 'v',
      member: m.code,
      choice: m.code === 'CHN' || m.code === 'RUS' ? 'no' : 'yes',
    }));
    const running = session([...start, ...votes]).folded.state;
    const live = voteResult(running, currentVote(running)!);
    expect(live.final).toBe(false);
    expect([live.result.yes, live.result.no, live.result.outcome]).toEqual([13, 2, 'vetoed']);
    const closed = session([...start, ...votes, { type: 'CloseVote', voteId: 'v' }]).folded.state;
    const done = voteResult(closed, currentVote(closed)!);
    expect(done.final).toBe(true);
    expect(done.result.vetoedBy).toEqual(['CHN', 'RUS']);
    expect(textOnTable(closed)?.status).toBe('vetoed');
  });

  it('words the session log from the events (the outcome line is the engine result)', () => {
    const votes = council.members.map((m) => ({
      type: 'CastVote',
      voteId: 'v',
      member: m.code,
      choice: m.code === 'CHN' || m.code === 'RUS' ? 'no' : 'yes',
    }));
    const { folded } = session([...start, ...votes, { type: 'CloseVote', voteId: 'v' }]);
    const lines = folded.log.map((e) =>
      eventLine(e.event, folded.state, (k, v) => translate('en', k, v)),
    );
    expect(lines).toContain('China: No');
    expect(lines).toContain('S/2022/431 circulated by United States of America');
    expect(lines).toContain(
      'Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation',
    );
  });
});
