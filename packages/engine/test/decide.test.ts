import { describe, expect, it } from 'vitest';
import {
  councilOn,
  decide,
  evolve,
  initialState,
  type CouncilState,
  type EngineCommand,
  type Actor,
} from '../src/index.ts';
import { loadMembership } from '@council/record';

const table = loadMembership();
const chair: Actor = { role: 'chair' };
const as = (member: string): Actor => ({ role: 'delegation', member });
let n = 0;
function cmd(
  type: string,
  body: Record<string, unknown>,
  actor: Actor = chair,
  at = '2022-05-26T10:00',
): EngineCommand {
  n += 1;
  return { type, ...body, meta: { at, commandId: `c${n}`, actor } } as unknown as EngineCommand;
}

/** Applies commands in order, failing the test on the first rejection. */
function given(...commands: EngineCommand[]): CouncilState {
  let s = initialState();
  for (const c of commands) {
    const d = decide(s, c);
    if (!d.ok) throw new Error(`${c.type} rejected: ${d.rejection.message}`);
    for (const e of d.events) s = evolve(s, e);
  }
  return s;
}
function rejection(state: CouncilState, c: EngineCommand): string | undefined {
  const d = decide(state, c);
  return d.ok ? undefined : d.rejection.code;
}
function apply(state: CouncilState, c: EngineCommand): CouncilState {
  const d = decide(state, c);
  if (!d.ok) throw new Error(d.rejection.message);
  return d.events.reduce(evolve, state);
}

const c2022 = councilOn(table, '2022-05-26');
const start = () =>
  cmd('StartSession', {
    sessionId: 's',
    title: 't',
    body: {
      name: 'Security Council',
      date: '2022-05-26',
      members: c2022.members,
      president: c2022.president,
    },
  });
const meeting = (format = 'adoption') => [
  cmd('RequestMeeting', {
    meetingId: 'm',
    format,
    topic: 'DPRK',
    date: '2022-05-26',
    requestedBy: [{ kind: 'member', code: 'USA' }],
  }),
  cmd('ConveneMeeting', { meetingId: 'm' }),
];
const draft = (id = 'd', penholders = ['USA']) =>
  cmd('SubmitDraft', { draftId: id, kind: 'resolution', title: 'Draft', penholders });
const everyone = (choice: string, except: Record<string, string> = {}) =>
  Object.fromEntries(c2022.members.map((m) => [m.code, except[m.code] ?? choice]));

describe('votes', () => {
  const open = () =>
    given(
      start(),
      ...meeting(),
      cmd('AdoptAgenda', { meetingId: 'm' }),
      draft(),
      cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
    );

  it('rejects a second vote by the same delegation and nothing changes', () => {
    const s = apply(
      open(),
      cmd('CastVote', { voteId: 'v', member: 'FRA', choice: 'yes' }, as('FRA')),
    );
    expect(
      rejection(s, cmd('CastVote', { voteId: 'v', member: 'FRA', choice: 'no' }, as('FRA'))),
    ).toBe('already_voted');
    expect(s.votes['v']?.ballots['FRA']).toBe('yes');
  });

  it('lets a delegation vote only as itself, and only members vote (rule 37 invitees never do)', () => {
    const s = open();
    expect(
      rejection(s, cmd('CastVote', { voteId: 'v', member: 'FRA', choice: 'yes' }, as('GBR'))),
    ).toBe('not_your_delegation');
    expect(
      rejection(s, cmd('CastVote', { voteId: 'v', member: 'JPN', choice: 'yes' }, as('JPN'))),
    ).toBe('not_a_member');
    expect(
      rejection(s, cmd('CastVote', { voteId: 'v', member: 'FRA', choice: 'maybe' }, as('FRA'))),
    ).toBe('bad_choice');
  });

  it('rejects a vote when no vote is open and a second open vote', () => {
    const s = given(start(), ...meeting(), cmd('AdoptAgenda', { meetingId: 'm' }), draft());
    expect(
      rejection(s, cmd('CastVote', { voteId: 'v', member: 'FRA', choice: 'yes' }, as('FRA'))),
    ).toBe('voting_not_open');
    expect(
      rejection(
        open(),
        cmd('OpenVote', { voteId: 'w', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBe('vote_already_open');
  });

  it('only the chair opens and closes votes', () => {
    const s = given(start(), ...meeting(), cmd('AdoptAgenda', { meetingId: 'm' }), draft());
    expect(
      rejection(
        s,
        cmd(
          'OpenVote',
          { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } },
          as('USA'),
        ),
      ),
    ).toBe('chair_only');
    expect(rejection(open(), cmd('CloseVote', { voteId: 'v' }, as('USA')))).toBe('chair_only');
  });

  it('closes a vote with a veto and opens the GA debate under 76/262', () => {
    let s = apply(
      open(),
      cmd('RecordShowOfHands', { voteId: 'v', ballots: everyone('yes', { CHN: 'no', RUS: 'no' }) }),
    );
    s = apply(s, cmd('CloseVote', { voteId: 'v' }));
    expect(s.drafts['d']?.status).toBe('vetoed');
    expect(s.gaDebates[0]).toMatchObject({ vetoedBy: ['CHN', 'RUS'], dueBy: '2022-06-09' });
    expect(s.openVoteId).toBeUndefined();
  });

  it('takes no vote in consultations or before the agenda is adopted (rule 9)', () => {
    const consult = given(start(), ...meeting('consultations'), draft());
    expect(
      rejection(
        consult,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBe('no_decisions_here');
    const formal = given(start(), ...meeting(), draft());
    expect(
      rejection(
        formal,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBe('agenda_not_adopted');
  });

  it('decides a contested agenda by procedural vote: no veto', () => {
    let s = given(
      start(),
      ...meeting(),
      cmd('OpenVote', { voteId: 'a', meetingId: 'm', subject: { kind: 'agenda', meetingId: 'm' } }),
    );
    s = apply(
      s,
      cmd('RecordShowOfHands', {
        voteId: 'a',
        ballots: everyone('yes', { CHN: 'no', RUS: 'no', GAB: 'abstain', IND: 'abstain' }),
      }),
    );
    s = apply(s, cmd('CloseVote', { voteId: 'a' }));
    expect(s.meetings['m']?.agenda).toBe('adopted');
  });
});

describe('amendments and division (rules 32 and 36)', () => {
  const base = () =>
    given(
      start(),
      ...meeting(),
      cmd('AdoptAgenda', { meetingId: 'm' }),
      draft(),
      cmd(
        'SubmitAmendment',
        { amendmentId: 'a1', draftId: 'd', proposedBy: 'RUS', text: 'add "permanent"', oral: true },
        as('RUS'),
      ),
      cmd(
        'SubmitAmendment',
        { amendmentId: 'a2', draftId: 'd', proposedBy: 'CHN', text: 'delete para 3' },
        as('CHN'),
      ),
    );

  it('votes amendments before the draft, in the President’s order, each open to the veto', () => {
    let s = base();
    expect(
      rejection(
        s,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBe('amendments_first');
    s = apply(s, cmd('SetAmendmentOrder', { draftId: 'd', order: ['a2', 'a1'] }));
    expect(
      rejection(
        s,
        cmd('OpenVote', {
          voteId: 'x',
          meetingId: 'm',
          subject: { kind: 'amendment', amendmentId: 'a1' },
        }),
      ),
    ).toBe('amendment_order');
    s = apply(
      s,
      cmd('OpenVote', {
        voteId: 'x',
        meetingId: 'm',
        subject: { kind: 'amendment', amendmentId: 'a2' },
      }),
    );
    s = apply(
      s,
      cmd('RecordShowOfHands', { voteId: 'x', ballots: everyone('yes', { USA: 'no' }) }),
    );
    s = apply(s, cmd('CloseVote', { voteId: 'x' }));
    expect(s.amendments['a2']?.status).toBe('vetoed');
    s = apply(
      s,
      cmd('OpenVote', {
        voteId: 'y',
        meetingId: 'm',
        subject: { kind: 'amendment', amendmentId: 'a1' },
      }),
    );
    s = apply(
      s,
      cmd('RecordShowOfHands', {
        voteId: 'y',
        ballots: everyone('abstain', { RUS: 'yes', CHN: 'yes', GAB: 'yes', USA: 'no' }),
      }),
    );
    s = apply(s, cmd('CloseVote', { voteId: 'y' }));
    expect(s.amendments['a1']?.result).toMatchObject({
      outcome: 'failed',
      vetoedBy: [],
      permanentAgainst: ['USA'],
    });
    expect(
      rejection(
        s,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBeUndefined();
  });

  it('votes parts separately unless the mover objects', () => {
    let s = given(
      start(),
      ...meeting(),
      cmd('AdoptAgenda', { meetingId: 'm' }),
      draft(),
      cmd(
        'RequestSeparateVote',
        { draftId: 'd', parts: ['op1', 'rest'], requestedBy: 'CHN' },
        as('CHN'),
      ),
    );
    expect(
      rejection(
        s,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBe('parts_first');
    expect(rejection(s, cmd('ObjectToSeparateVote', { draftId: 'd', by: 'FRA' }, as('FRA')))).toBe(
      'not_the_mover',
    );
    s = apply(s, cmd('ObjectToSeparateVote', { draftId: 'd', by: 'USA' }, as('USA')));
    expect(
      rejection(
        s,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
      ),
    ).toBeUndefined();
  });
});

describe('the double veto (preliminary question, 1948)', () => {
  it('a vetoed preliminary question keeps the matter substantive, so the draft can then be vetoed', () => {
    const c = councilOn(table, '1948-05-24');
    const st = cmd(
      'StartSession',
      {
        sessionId: 's',
        title: 'Czechoslovak question',
        body: {
          name: 'Security Council',
          date: '1948-05-24',
          members: c.members,
          president: c.president,
        },
      },
      chair,
      '1948-05-24',
    );
    const b = (no: string[], abstain: string[]) =>
      Object.fromEntries(
        c.members.map((m) => [
          m.code,
          no.includes(m.code) ? 'no' : abstain.includes(m.code) ? 'abstain' : 'yes',
        ]),
      );
    let s = given(
      st,
      cmd(
        'RequestMeeting',
        {
          meetingId: 'm',
          format: 'private',
          topic: 'Czechoslovak question',
          date: '1948-05-24',
          requestedBy: [{ kind: 'member', code: 'ARG' }],
        },
        chair,
        '1948-05-24',
      ),
      cmd('ConveneMeeting', { meetingId: 'm' }, chair, '1948-05-24'),
      cmd('AdoptAgenda', { meetingId: 'm' }, chair, '1948-05-24'),
      cmd(
        'SubmitDraft',
        {
          draftId: 'd',
          kind: 'resolution',
          title: 'Sub-committee on Czechoslovakia',
          penholders: ['ARG'],
        },
        chair,
        '1948-05-24',
      ),
    );
    s = apply(
      s,
      cmd(
        'OpenVote',
        { voteId: 'p', meetingId: 'm', subject: { kind: 'preliminary_question', draftId: 'd' } },
        chair,
        '1948-05-24',
      ),
    );
    s = apply(
      s,
      cmd(
        'RecordShowOfHands',
        { voteId: 'p', ballots: b(['SUN', 'UKR'], ['FRA']) },
        chair,
        '1948-05-24',
      ),
    );
    s = apply(s, cmd('CloseVote', { voteId: 'p' }, chair, '1948-05-24'));
    expect(s.votes['p']?.result).toMatchObject({
      outcome: 'vetoed',
      yes: 8,
      no: 2,
      abstain: 1,
      vetoedBy: ['SUN'],
    });
    expect(s.drafts['d']?.classification).toBe('substantive');
    s = apply(
      s,
      cmd(
        'OpenVote',
        { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' }, procedural: true },
        chair,
        '1948-05-24',
      ),
    );
    expect(s.votes['v']?.procedural).toBe(false);
  });
});

describe('consensus texts and the silence procedure', () => {
  const prst = () =>
    given(
      start(),
      cmd('SubmitDraft', {
        draftId: 'p',
        kind: 'presidential_statement',
        title: 'PRST on the DPRK',
        penholders: ['USA'],
      }),
      cmd('PutUnderSilence', { draftId: 'p', deadline: '2022-05-27T09:00' }),
    );

  it('one member breaking silence blocks a presidential statement, permanent or not', () => {
    let s = apply(
      prst(),
      cmd('BreakSilence', { draftId: 'p', member: 'GAB' }, as('GAB'), '2022-05-26T18:00'),
    );
    expect(s.drafts['p']?.status).toBe('silence_broken');
    expect(rejection(s, cmd('ConcludeSilence', { draftId: 'p' }, chair, '2022-05-27T09:00'))).toBe(
      'not_under_silence',
    );
    s = apply(s, cmd('AbandonDraft', { draftId: 'p', reason: 'no consensus' }));
    expect(s.drafts['p']).toMatchObject({ status: 'abandoned', objectors: ['GAB'] });
  });

  it('agrees the text at the deadline when nobody objects, and not before', () => {
    const s = prst();
    expect(rejection(s, cmd('ConcludeSilence', { draftId: 'p' }, chair, '2022-05-26T23:00'))).toBe(
      'deadline_not_reached',
    );
    expect(
      apply(s, cmd('ConcludeSilence', { draftId: 'p' }, chair, '2022-05-27T09:00')).drafts['p']
        ?.status,
    ).toBe('agreed');
  });

  it('extends silence, and puts a revised text under silence again after a break', () => {
    let s = apply(prst(), cmd('ExtendSilence', { draftId: 'p', deadline: '2022-05-27T12:00' }));
    expect(
      rejection(
        s,
        cmd('BreakSilence', { draftId: 'p', member: 'RUS' }, as('RUS'), '2022-05-27T10:00'),
      ),
    ).toBeUndefined();
    s = apply(
      s,
      cmd('BreakSilence', { draftId: 'p', member: 'RUS' }, as('RUS'), '2022-05-27T10:00'),
    );
    expect(
      rejection(
        s,
        cmd(
          'PutUnderSilence',
          { draftId: 'p', deadline: '2022-05-28T09:00' },
          chair,
          '2022-05-27T11:00',
        ),
      ),
    ).toBe('revise_first');
    s = apply(
      s,
      cmd(
        'ReviseDraft',
        { draftId: 'p', title: 'PRST on the DPRK (rev. 1)' },
        as('USA'),
        '2022-05-27T11:00',
      ),
    );
    s = apply(
      s,
      cmd(
        'PutUnderSilence',
        { draftId: 'p', deadline: '2022-05-28T09:00' },
        chair,
        '2022-05-27T11:00',
      ),
    );
    expect(s.drafts['p']?.silences).toHaveLength(2);
  });

  it('never puts a consensus text to a vote', () => {
    const s = given(
      start(),
      ...meeting(),
      cmd('AdoptAgenda', { meetingId: 'm' }),
      cmd('SubmitDraft', {
        draftId: 'p',
        kind: 'press_statement',
        title: 'x',
        penholders: ['USA'],
      }),
    );
    expect(
      rejection(
        s,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'p' } }),
      ),
    ).toBe('not_voted');
  });
});

describe('group statements, requests and drafts', () => {
  it('lets any States sign a joint statement and reports Council members that did not', () => {
    const s = given(
      start(),
      cmd('IssueGroupStatement', {
        statementId: 'g',
        title: 'x',
        signatories: ['USA', 'JPN', 'KOR'],
      }),
    );
    expect(s.groupStatements['g']?.othersSigning).toEqual(['JPN', 'KOR']);
    expect(s.groupStatements['g']?.councilMembersNotSigning).toHaveLength(14);
  });

  it('checks who asks for a meeting (rule 2, Arts. 35 and 99)', () => {
    const s = given(start());
    expect(
      rejection(
        s,
        cmd('RequestMeeting', {
          meetingId: 'x',
          format: 'briefing',
          topic: 't',
          date: '2022-05-26',
          requestedBy: [{ kind: 'member', code: 'JPN' }],
        }),
      ),
    ).toBe('bad_requester');
    expect(
      rejection(
        s,
        cmd('RequestMeeting', {
          meetingId: 'x',
          format: 'briefing',
          topic: 't',
          date: '2022-05-26',
          requestedBy: [{ kind: 'secretary_general' }],
        }),
      ),
    ).toBeUndefined();
    expect(
      rejection(
        s,
        cmd('RequestMeeting', {
          meetingId: 'x',
          format: 'briefing',
          topic: 't',
          date: '2022-05-26',
          requestedBy: [{ kind: 'non_member', code: 'UKR' }],
        }),
      ),
    ).toBeUndefined();
  });

  it('withdraws a draft before, never during, its vote (rule 35)', () => {
    const s = given(start(), ...meeting(), cmd('AdoptAgenda', { meetingId: 'm' }), draft());
    expect(apply(s, cmd('WithdrawDraft', { draftId: 'd' }, as('USA'))).drafts['d']?.status).toBe(
      'withdrawn',
    );
    const voting = apply(
      s,
      cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'd' } }),
    );
    expect(rejection(voting, cmd('WithdrawDraft', { draftId: 'd' }, as('USA')))).toBe('vote_open');
  });

  it('votes on a draft of States not on the Council only at a member’s request (rule 38)', () => {
    const s = given(
      start(),
      ...meeting(),
      cmd('AdoptAgenda', { meetingId: 'm' }),
      draft('n', ['UKR']),
    );
    expect(
      rejection(
        s,
        cmd('OpenVote', { voteId: 'v', meetingId: 'm', subject: { kind: 'draft', draftId: 'n' } }),
      ),
    ).toBe('member_request_needed');
    expect(
      rejection(
        s,
        cmd('OpenVote', {
          voteId: 'v',
          meetingId: 'm',
          subject: { kind: 'draft', draftId: 'n' },
          requestedBy: 'ALB',
        }),
      ),
    ).toBeUndefined();
  });

  it('rejects malformed commands with a reason instead of throwing', () => {
    const s = given(start());
    expect(rejection(s, { type: 'Nope' } as unknown as EngineCommand)).toBe('unknown_command');
    expect(rejection(s, { type: 'CastVote' } as unknown as EngineCommand)).toBe('bad_command');
    expect(rejection(s, null as unknown as EngineCommand)).toBe('bad_command');
  });
});

describe('meetings on real dates', () => {
  function sessionOn(date: string) {
    const c = councilOn(table, date);
    return {
      c,
      start: cmd(
        'StartSession',
        {
          sessionId: 's',
          title: date,
          body: { name: 'Security Council', date, members: c.members, president: c.president },
        },
        chair,
        date,
      ),
    };
  }

  it('22 Dec 2014: the contested DPRK agenda item is adopted by procedural vote 11–2–2 over China and Russia', () => {
    const { c, start: st } = sessionOn('2014-12-22');
    const at = '2014-12-22';
    let s = given(
      st,
      cmd(
        'RequestMeeting',
        {
          meetingId: 'm',
          format: 'briefing',
          topic: 'The situation in the DPRK',
          date: at,
          requestedBy: [{ kind: 'member', code: 'AUS' }],
        },
        chair,
        at,
      ),
      cmd('ConveneMeeting', { meetingId: 'm' }, chair, at),
      cmd(
        'OpenVote',
        { voteId: 'a', meetingId: 'm', subject: { kind: 'agenda', meetingId: 'm' } },
        chair,
        at,
      ),
    );
    const ballots = Object.fromEntries(
      c.members.map((m) => [
        m.code,
        m.code === 'CHN' || m.code === 'RUS'
          ? 'no'
          : m.code === 'TCD' || m.code === 'NGA'
            ? 'abstain'
            : 'yes',
      ]),
    );
    s = apply(s, cmd('RecordShowOfHands', { voteId: 'a', ballots }, chair, at));
    s = apply(s, cmd('CloseVote', { voteId: 'a' }, chair, at));
    expect(s.votes['a']?.result).toMatchObject({
      outcome: 'adopted',
      yes: 11,
      no: 2,
      abstain: 2,
      vetoedBy: [],
      permanentAgainst: ['CHN', 'RUS'],
    });
    expect(s.meetings['m']?.agenda).toBe('adopted');
  });

  it('an Arria-formula meeting is not a Council meeting: no agenda, no decisions', () => {
    const { start: st } = sessionOn('2022-05-26');
    const s = given(
      st,
      cmd('RequestMeeting', {
        meetingId: 'x',
        format: 'arria',
        topic: 'DPRK human rights',
        date: '2022-05-26',
        requestedBy: [{ kind: 'member', code: 'USA' }],
      }),
      cmd('ConveneMeeting', { meetingId: 'x' }),
    );
    expect(rejection(s, cmd('AdoptAgenda', { meetingId: 'x' }))).toBe('no_agenda_here');
    expect(
      rejection(
        s,
        cmd('OpenVote', {
          voteId: 'v',
          meetingId: 'x',
          subject: { kind: 'motion', motion: 'adjourn', procedural: true },
        }),
      ),
    ).toBe('no_decisions_here');
  });

  it('25 Mar 2022: Japan and the Republic of Korea take part under rule 37; members need no invitation', () => {
    const { start: st } = sessionOn('2022-03-25');
    const at = '2022-03-25';
    let s = given(
      st,
      cmd(
        'RequestMeeting',
        {
          meetingId: 'm',
          format: 'briefing',
          topic: 'DPRK',
          date: at,
          requestedBy: [{ kind: 'member', code: 'USA' }],
        },
        chair,
        at,
      ),
      cmd('ConveneMeeting', { meetingId: 'm' }, chair, at),
    );
    s = apply(
      s,
      cmd('InviteParticipant', { meetingId: 'm', participant: 'JPN', rule: 37 }, chair, at),
    );
    s = apply(
      s,
      cmd('InviteParticipant', { meetingId: 'm', participant: 'KOR', rule: 37 }, chair, at),
    );
    expect(s.meetings['m']?.participants.map((p) => p.participant)).toEqual(['JPN', 'KOR']);
    expect(
      rejection(
        s,
        cmd('InviteParticipant', { meetingId: 'm', participant: 'FRA', rule: 37 }, chair, at),
      ),
    ).toBe('already_member');
  });
});

describe('the floor (rules 27 and 37–39)', () => {
  it('gives the floor to members, invitees and the Secretary-General, one at a time, with an optional time limit', () => {
    let s = given(
      start(),
      ...meeting('briefing'),
      cmd('InviteParticipant', { meetingId: 'm', participant: 'JPN', rule: 37 }),
    );
    expect(rejection(s, cmd('GiveFloor', { meetingId: 'm', speaker: 'KOR' }))).toBe(
      'not_a_speaker',
    );
    expect(rejection(s, cmd('GiveFloor', { meetingId: 'm', speaker: 'USA' }, as('USA')))).toBe(
      'chair_only',
    );
    expect(rejection(s, cmd('GiveFloor', { meetingId: 'm', speaker: 'USA', seconds: 0 }))).toBe(
      'bad_time_limit',
    );
    s = apply(
      s,
      cmd(
        'GiveFloor',
        { meetingId: 'm', speaker: 'SG', seconds: 420 },
        chair,
        '2022-05-26T10:00:00Z',
      ),
    );
    expect(s.meetings['m']?.speaker).toEqual({
      speaker: 'SG',
      since: '2022-05-26T10:00:00Z',
      seconds: 420,
    });
    s = apply(
      s,
      cmd('GiveFloor', { meetingId: 'm', speaker: 'JPN' }, chair, '2022-05-26T10:07:00Z'),
    );
    s = apply(s, cmd('EndSpeech', { meetingId: 'm' }, chair, '2022-05-26T10:12:00Z'));
    expect(s.meetings['m']?.speaker).toBeUndefined();
    expect(s.meetings['m']?.speakersHeard).toEqual(['SG', 'JPN']);
    expect(rejection(s, cmd('EndSpeech', { meetingId: 'm' }))).toBe('nobody_speaking');
  });
});
