import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COMMAND_TYPES,
  councilOn,
  decide,
  evolve,
  initialState,
  replay,
  type EngineCommand,
  type EngineEvent,
} from '../src/index.ts';
import { loadMembership } from '@council/record';

const council = councilOn(loadMembership(), '2022-05-26');
const codes = [...council.members.map((m) => m.code), 'JPN', 'KOR'];
const id = fc.constantFrom('a', 'b', 'c');
const code = fc.constantFrom(...codes);
const actor = fc.oneof(
  fc.constant({ role: 'chair' }),
  fc.constant({ role: 'observer' }),
  fc.constant({ role: 'record' }),
  code.map((member) => ({ role: 'delegation', member })),
);
const subject = fc.oneof(
  id.map((draftId) => ({ kind: 'draft', draftId })),
  id.map((amendmentId) => ({ kind: 'amendment', amendmentId })),
  id.map((meetingId) => ({ kind: 'agenda', meetingId })),
  id.map((draftId) => ({ kind: 'preliminary_question', draftId })),
  fc.record({
    kind: fc.constant('motion'),
    motion: fc.constant('adjourn'),
    procedural: fc.boolean(),
  }),
);
const payload = fc.record(
  {
    meetingId: id,
    draftId: id,
    voteId: id,
    amendmentId: id,
    statementId: id,
    proposalId: id,
    sessionId: id,
    member: code,
    state: code,
    by: code,
    proposedBy: code,
    requestedBy: fc.oneof(code, fc.constant([{ kind: 'member', code: 'USA' }])),
    choice: fc.constantFrom('yes', 'no', 'abstain', 'absent', 'not_participating', 'bogus'),
    kind: fc.constantFrom('resolution', 'presidential_statement', 'press_statement'),
    format: fc.constantFrom('adoption', 'consultations', 'arria', 'briefing'),
    title: fc.string(),
    topic: fc.string(),
    text: fc.string(),
    reason: fc.string(),
    date: fc.constantFrom('2022-05-26', '2022-13-01'),
    deadline: fc.constantFrom('2022-05-26T12:00', '2022-05-27T12:00'),
    penholders: fc.array(code, { maxLength: 2 }),
    signatories: fc.uniqueArray(code, { maxLength: 4 }),
    parts: fc.array(id, { maxLength: 3 }),
    order: fc.array(id, { maxLength: 3 }),
    subject,
    procedural: fc.boolean(),
    ballots: fc.dictionary(code, fc.constantFrom('yes', 'no', 'abstain')),
  },
  { requiredKeys: [] },
);
const command = fc
  .record({
    type: fc.constantFrom(...COMMAND_TYPES),
    payload,
    actor,
    hour: fc.integer({ min: 8, max: 23 }),
  })
  .map(
    ({ type, payload: p, actor: a, hour }) =>
      ({
        type,
        ...p,
        meta: { at: `2022-05-26T${String(hour).padStart(2, '0')}:00`, actor: a },
      }) as unknown as EngineCommand,
  );

describe('random command sequences', () => {
  it('never throw, never break state, and replay to the same state', () => {
    const startCmd = {
      type: 'StartSession',
      sessionId: 's',
      title: 't',
      body: {
        name: 'SC',
        date: '2022-05-26',
        members: council.members,
        president: council.president,
      },
      meta: { at: '2022-05-26T08:00', actor: { role: 'chair' } },
    } as EngineCommand;
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        let state = initialState();
        const log: EngineEvent[] = [];
        for (const c of [startCmd, ...commands]) {
          const d = decide(state, c);
          if (!d.ok) {
            expect(typeof d.rejection.code).toBe('string');
            expect(d.rejection.message.length).toBeGreaterThan(0);
            continue;
          }
          for (const e of d.events) {
            state = evolve(state, e);
            log.push(e);
          }
        }
        expect(state.version).toBe(log.length);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        expect(replay(JSON.parse(JSON.stringify(log)) as EngineEvent[])).toEqual(state);
        const open = Object.values(state.votes).filter((v) => v.status === 'open');
        expect(open.length).toBeLessThanOrEqual(1);
        for (const v of Object.values(state.votes)) {
          expect(Object.keys(v.ballots).length).toBeLessThanOrEqual(council.members.length);
          for (const m of Object.keys(v.ballots))
            expect(council.members.map((x) => x.code)).toContain(m);
          if (v.result)
            expect(v.result.yes + v.result.no + v.result.abstain + v.result.absent).toBe(
              council.members.length,
            );
        }
      }),
      { numRuns: 300 },
    );
  });
});
