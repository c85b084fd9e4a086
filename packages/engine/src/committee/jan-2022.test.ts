import { describe, expect, it } from 'vitest';
import type { CommitteeCommand, CommitteeConfig, ListingSubject } from './types.ts';
import { decideCommittee } from './decide.ts';
import { establish1718Committee } from './config.ts';
import { holdOutlook, pendingProposals } from './queries.ts';
import { COUNCIL_2022, as, chairAt, run } from './test-support.ts';

// The five DPRK nationals the US Treasury (OFAC) designated on 12 Jan 2022 and the US proposed to the
// 1718 Committee the same day (council-rules.md §6, E5).
const OFAC_FIVE: ListingSubject[] = [
  'Choe Myong Hyon',
  'Sim Kwang Sok',
  'Kim Song Hun',
  'Kang Chol Hak',
  'Pyon Kwang Chol',
].map((name) => ({ kind: 'individual', name, nationality: 'PRK' }));

// UN Headquarters observed Martin Luther King Jr. Day on Monday 17 Jan 2022.
const HOLIDAYS_2022 = ['2022-01-17'];

function setup(config: Partial<CommitteeConfig> = {}): CommitteeCommand[] {
  return [
    establish1718Committee(as('NOR', '2022-01-03'), {
      chair: 'NOR',
      config: { holidays: HOLIDAYS_2022, ...config },
      lastReference: { individual: 80, entity: 75 },
    }),
    {
      type: 'RecordNationalDesignation',
      designationId: 'ofac-2022-01-12',
      state: 'USA',
      authority: 'US Department of the Treasury (OFAC)',
      subjects: OFAC_FIVE,
      meta: as('USA', '2022-01-12'),
    },
    {
      type: 'ProposeListing',
      committeeId: '1718',
      proposalId: 'us-2022-01',
      subjects: OFAC_FIVE,
      meta: as('USA', '2022-01-12T15:00:00-05:00'),
    },
    {
      type: 'PlaceHold',
      proposalId: 'us-2022-01',
      reason: 'technical',
      meta: as('CHN', '2022-01-20'),
    },
    {
      type: 'PlaceHold',
      proposalId: 'us-2022-01',
      reason: 'substantive',
      meta: as('RUS', '2022-01-20'),
    },
  ];
}

describe('the January 2022 listing proposal in the 1718 Committee', () => {
  it('records the OFAC designation apart, with no effect on the UN list', () => {
    const { state } = run(setup().slice(0, 2));
    expect(state.nationalDesignations['ofac-2022-01-12']?.subjects).toHaveLength(5);
    expect(Object.keys(state.unList)).toEqual([]);
  });

  it('circulates the proposal with a deadline of 20 Jan (five working days, skipping the weekend and 17 Jan)', () => {
    const { events } = run(setup().slice(0, 3));
    const proposed = events.find((e) => e.type === 'ListingProposed');
    expect(proposed).toMatchObject({
      circulatedOn: '2022-01-12',
      deadline: '2022-01-20',
      proposer: 'USA',
    });
  });

  it('leaves the proposal pending under the holds of China and Russia, with each hold lapsing on 20 Jul 2022', () => {
    const { state } = run(setup());
    const [pending] = pendingProposals(state);
    expect(pending?.id).toBe('us-2022-01');
    expect(pending?.deadline).toBeNull();
    expect(holdOutlook(state, 'us-2022-01')).toEqual([
      {
        member: 'CHN',
        reason: 'technical',
        placedOn: '2022-01-20',
        lapsesOn: '2022-07-20',
        lapsesOnIfExtended: '2022-10-20',
      },
      {
        member: 'RUS',
        reason: 'substantive',
        placedOn: '2022-01-20',
        lapsesOn: '2022-07-20',
        lapsesOnIfExtended: '2022-10-20',
      },
    ]);
    // Still pending at the time of the 26 May 2022 vote on the US draft.
    const may = decideCommittee(
      state,
      {
        type: 'ConcludeNoObjectionProcedure',
        proposalId: 'us-2022-01',
        meta: chairAt('2022-05-26'),
      },
      COUNCIL_2022,
    );
    expect(may).toMatchObject({ ok: false, rejection: { code: 'on-hold', ruleId: 'holds' } });
  });

  it('removes the proposal on 20 Jul 2022 when nobody extends the holds', () => {
    const { state, events } = run([
      ...setup(),
      {
        type: 'ConcludeNoObjectionProcedure',
        proposalId: 'us-2022-01',
        meta: chairAt('2022-07-20'),
      },
    ]);
    expect(events.at(-1)).toEqual({
      type: 'ProposalRemoved',
      proposalId: 'us-2022-01',
      on: '2022-07-20',
      reason: 'hold-expired',
      holder: 'CHN',
    });
    expect(state.proposals['us-2022-01']?.status).toBe('removed');
    expect(Object.keys(state.unList)).toEqual([]);
  });

  it("keeps it pending until 20 Oct 2022 when each holder extends the other's hold", () => {
    const extended = [
      ...setup(),
      {
        type: 'ExtendHold',
        proposalId: 'us-2022-01',
        holder: 'CHN',
        meta: as('RUS', '2022-07-01'),
      },
      {
        type: 'ExtendHold',
        proposalId: 'us-2022-01',
        holder: 'RUS',
        meta: as('CHN', '2022-07-01'),
      },
    ] satisfies CommitteeCommand[];
    const { state } = run(extended);
    expect(
      holdOutlook(state, 'us-2022-01').map((h) => [h.member, h.lapsesOn, h.lapsesOnIfExtended]),
    ).toEqual([
      ['CHN', '2022-10-20', null],
      ['RUS', '2022-10-20', null],
    ]);
    const early = decideCommittee(
      state,
      {
        type: 'ConcludeNoObjectionProcedure',
        proposalId: 'us-2022-01',
        meta: chairAt('2022-10-19'),
      },
      COUNCIL_2022,
    );
    expect(early.ok).toBe(false);
    const { events } = run([
      ...extended,
      {
        type: 'ConcludeNoObjectionProcedure',
        proposalId: 'us-2022-01',
        meta: chairAt('2022-10-20'),
      },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'ProposalRemoved', on: '2022-10-20' });
  });

  it('gives 21 Oct 2022 under the reported "three months and one day"', () => {
    const { state } = run([
      ...setup({ extensionExtraDays: 1 }),
      {
        type: 'ExtendHold',
        proposalId: 'us-2022-01',
        holder: 'CHN',
        meta: as('RUS', '2022-07-01'),
      },
    ]);
    expect(holdOutlook(state, 'us-2022-01')[0]?.lapsesOn).toBe('2022-10-21');
  });

  it('lists the five as KPi.081–KPi.085 if run-out holds merely stop blocking (alternative setting)', () => {
    const commands: CommitteeCommand[] = [
      ...setup({ atHoldEnd: 'release-hold' }),
      {
        type: 'ConcludeNoObjectionProcedure',
        proposalId: 'us-2022-01',
        meta: chairAt('2022-07-21'),
      },
    ];
    const { state, events } = run(commands);
    expect(events.filter((e) => e.type === 'HoldLapsed').map((e) => e.on)).toEqual([
      '2022-07-20',
      '2022-07-20',
    ]);
    expect(Object.keys(state.unList)).toEqual([
      'KPi.081',
      'KPi.082',
      'KPi.083',
      'KPi.084',
      'KPi.085',
    ]);
    expect(state.unList['KPi.081']?.subject.name).toBe('Choe Myong Hyon');
  });
});
