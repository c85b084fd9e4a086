import { describe, expect, it } from 'vitest';
import type { CommitteeCommand, CommitteesState } from './types.ts';
import { decideCommittee } from './decide.ts';
import { establish1718Committee } from './config.ts';
import { isCommitteeCommand, isCommitteeEvent } from './queries.ts';
import { COUNCIL_2022, as, chairAt, run } from './test-support.ts';

const SETUP: CommitteeCommand[] = [
  establish1718Committee(as('NOR', '2022-01-03'), {
    chair: 'NOR',
    lastReference: { individual: 80, entity: 75 },
  }),
  {
    type: 'ProposeListing',
    committeeId: '1718',
    proposalId: 'p1',
    subjects: [
      { kind: 'entity', name: 'Example Trading Corporation' },
      { kind: 'individual', name: 'Example Person' },
    ],
    meta: as('USA', '2022-03-04'), // a Friday
  },
];

function attempt(commands: CommitteeCommand[], last: CommitteeCommand) {
  const { state } = run(commands);
  return decideCommittee(state, last, COUNCIL_2022);
}

function stateAfter(commands: CommitteeCommand[]): CommitteesState {
  return run(commands).state;
}

const conclude = (at: string): CommitteeCommand => ({
  type: 'ConcludeNoObjectionProcedure',
  proposalId: 'p1',
  meta: chairAt(at),
});

describe('no-objection procedure', () => {
  it('sets the deadline five working days on, skipping the weekend', () => {
    expect(stateAfter(SETUP).proposals['p1']?.deadline).toBe('2022-03-11');
  });

  it('rejects conclusion on or before the deadline and lists with the next numbers after it', () => {
    expect(attempt(SETUP, conclude('2022-03-11'))).toMatchObject({
      ok: false,
      rejection: { code: 'before-deadline', ruleId: 'no-objection-procedure' },
    });
    const { state, events } = run([...SETUP, conclude('2022-03-14')]);
    expect(
      events
        .filter((e) => e.type === 'EntryListed')
        .map((e) => e.type === 'EntryListed' && e.referenceNumber),
    ).toEqual(['KPe.076', 'KPi.081']);
    expect(state.committees['1718']?.lastReference).toEqual({ individual: 81, entity: 76 });
    expect(state.unList['KPe.076']).toMatchObject({
      listedOn: '2022-03-14',
      route: 'committee',
      source: 'p1',
    });
  });

  it('uses the configured period and holiday list', () => {
    const setup: CommitteeCommand[] = [
      establish1718Committee(as('NOR', '2022-01-03'), {
        config: { noObjectionDays: 10, holidays: ['2022-03-08'] },
      }),
      SETUP[1]!,
    ];
    expect(stateAfter(setup).proposals['p1']?.deadline).toBe('2022-03-21');
  });

  it('only the Chair concludes', () => {
    expect(
      attempt(SETUP, { ...conclude('2022-03-14'), meta: as('USA', '2022-03-14') }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'not-the-chair', ruleId: 'chair' },
    });
  });
});

describe('consensus and objections', () => {
  it('one objection rejects the proposal and nothing is listed', () => {
    const { state } = run([
      ...SETUP,
      { type: 'ObjectToProposal', proposalId: 'p1', meta: as('GAB', '2022-03-07') },
    ]);
    expect(state.proposals['p1']?.status).toBe('rejected');
    expect(
      attempt(
        [...SETUP, { type: 'ObjectToProposal', proposalId: 'p1', meta: as('GAB', '2022-03-07') }],
        conclude('2022-03-14'),
      ),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'not-pending' },
    });
  });

  it('refuses objections after the deadline', () => {
    expect(
      attempt(SETUP, { type: 'ObjectToProposal', proposalId: 'p1', meta: as('GAB', '2022-03-12') }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'period-over' },
    });
  });

  it('refuses acts by a State that is not on the Council', () => {
    expect(
      attempt(SETUP, {
        type: 'PlaceHold',
        proposalId: 'p1',
        reason: 'technical',
        meta: as('JPN', '2022-03-07'),
      }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'not-a-member', ruleId: 'committee-of-the-whole' },
    });
  });

  it('a delegation records only its own national designation', () => {
    const cmd: CommitteeCommand = {
      type: 'RecordNationalDesignation',
      designationId: 'x',
      state: 'USA',
      authority: 'OFAC',
      subjects: [{ kind: 'individual', name: 'X' }],
      meta: as('GBR', '2022-01-12'),
    };
    expect(attempt([], cmd)).toMatchObject({
      ok: false,
      rejection: { code: 'acting-for-another', ruleId: 'acting-delegation' },
    });
  });
});

describe('holds', () => {
  const held: CommitteeCommand[] = [
    ...SETUP,
    { type: 'PlaceHold', proposalId: 'p1', reason: 'technical', meta: as('CHN', '2022-03-08') },
  ];

  it('stops the clock, and lifting restarts it with the working days that were left', () => {
    const s = stateAfter(held);
    expect(s.proposals['p1']).toMatchObject({ deadline: null, remainingDays: 3 });
    expect(attempt(held, conclude('2022-04-01'))).toMatchObject({
      ok: false,
      rejection: { code: 'on-hold' },
    });
    const { state, events } = run([
      ...held,
      { type: 'LiftHold', proposalId: 'p1', meta: as('CHN', '2022-04-01') },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'HoldLifted', resumedDeadline: '2022-04-06' });
    expect(state.proposals['p1']?.deadline).toBe('2022-04-06');
  });

  it('keeps the clock stopped while another hold stands', () => {
    const both: CommitteeCommand[] = [
      ...held,
      { type: 'PlaceHold', proposalId: 'p1', reason: 'substantive', meta: as('RUS', '2022-03-09') },
    ];
    const { state } = run([
      ...both,
      { type: 'LiftHold', proposalId: 'p1', meta: as('CHN', '2022-04-01') },
    ]);
    expect(state.proposals['p1']?.deadline).toBeNull();
    expect(state.proposals['p1']?.remainingDays).toBe(3);
  });

  it('only the holder lifts, a member holds once, and the holder cannot extend its own hold', () => {
    expect(
      attempt(held, { type: 'LiftHold', proposalId: 'p1', meta: as('USA', '2022-03-09') }),
    ).toMatchObject({ ok: false, rejection: { code: 'no-hold' } });
    expect(
      attempt(held, {
        type: 'PlaceHold',
        proposalId: 'p1',
        reason: 'technical',
        meta: as('CHN', '2022-03-09'),
      }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'already-held' },
    });
    expect(
      attempt(held, {
        type: 'ExtendHold',
        proposalId: 'p1',
        holder: 'CHN',
        meta: as('CHN', '2022-08-01'),
      }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'extension-refused', ruleId: 'hold-time-limit' },
    });
  });

  it('allows one extension only, and none after the lapse date', () => {
    const once: CommitteeCommand[] = [
      ...held,
      { type: 'ExtendHold', proposalId: 'p1', holder: 'CHN', meta: as('RUS', '2022-08-01') },
    ];
    expect(stateAfter(once).proposals['p1']?.holds[0]?.lapsesOn).toBe('2022-12-08');
    expect(
      attempt(once, {
        type: 'ExtendHold',
        proposalId: 'p1',
        holder: 'CHN',
        meta: as('GAB', '2022-08-02'),
      }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'extension-refused' },
    });
    expect(
      attempt(held, {
        type: 'ExtendHold',
        proposalId: 'p1',
        holder: 'CHN',
        meta: as('RUS', '2022-09-08'),
      }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'hold-ran-out' },
    });
  });

  it('refuses acts dated before the latest act on the proposal', () => {
    expect(
      attempt(held, { type: 'LiftHold', proposalId: 'p1', meta: as('CHN', '2022-03-07') }),
    ).toMatchObject({ ok: false, rejection: { code: 'out-of-order' } });
  });
});

describe('other listing routes', () => {
  it('lists from an adopted resolution annex, but not from a vetoed draft', () => {
    const cmd = (outcome: 'adopted' | 'vetoed'): CommitteeCommand => ({
      type: 'ListByResolution',
      committeeId: '1718',
      resolution: 'S/RES/9999 (2022)',
      outcome,
      subjects: [{ kind: 'individual', name: 'Annex Person' }],
      meta: chairAt('2022-05-26'),
    });
    expect(attempt(SETUP, cmd('vetoed'))).toMatchObject({
      ok: false,
      rejection: { code: 'resolution-not-adopted', ruleId: 'resolution-listing' },
    });
    const { state } = run([...SETUP, cmd('adopted')]);
    expect(state.unList['KPi.081']).toMatchObject({
      route: 'resolution',
      source: 'S/RES/9999 (2022)',
    });
  });

  it('delists a listed entry by no objection', () => {
    const listed = [...SETUP, conclude('2022-03-14')];
    const delist: CommitteeCommand = {
      type: 'ProposeDelisting',
      committeeId: '1718',
      proposalId: 'd1',
      referenceNumbers: ['KPi.081'],
      meta: as('CHN', '2022-04-01'),
    };
    expect(attempt(listed, { ...delist, referenceNumbers: ['KPi.999'] })).toMatchObject({
      ok: false,
      rejection: { code: 'not-listed' },
    });
    const { state } = run([
      ...listed,
      delist,
      { type: 'ConcludeNoObjectionProcedure', proposalId: 'd1', meta: chairAt('2022-04-11') },
    ]);
    expect(state.unList['KPi.081']?.delistedOn).toBe('2022-04-11');
  });
});

describe('input checks', () => {
  it('rejects malformed dates and unknown commands, and recognises its own commands and events', () => {
    expect(attempt(SETUP, { ...conclude('2022-03-14'), meta: chairAt('14 March') })).toMatchObject({
      ok: false,
      rejection: { code: 'bad-date' },
    });
    expect(isCommitteeCommand({ type: 'PlaceHold' })).toBe(true);
    expect(isCommitteeCommand({ type: 'CastVote' })).toBe(false);
    expect(isCommitteeEvent({ type: 'HoldPlaced' })).toBe(true);
    expect(isCommitteeEvent(null)).toBe(false);
  });

  it('rejects a bad configuration', () => {
    expect(
      attempt(
        [],
        establish1718Committee(as('NOR', '2022-01-03'), { config: { noObjectionDays: 0 } }),
      ),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'bad-config' },
    });
  });
});
