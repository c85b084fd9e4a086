/**
 * Engine benchmark: ballots adjudicated per second, events replayed per second, and the time to build
 * the composition of every month 1946–2027. Run with `npm run bench` (one core; figures printed).
 */
import { performance } from 'node:perf_hooks';

/** Seconds of CPU time this process used (user + system): unaffected by other processes waiting for the same cores. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
import {
  adjudicate,
  councilOn,
  decide,
  evolve,
  initialState,
  presidencySchedule,
  replay,
  type Choice,
  type EngineCommand,
  type EngineEvent,
  type MembershipTable,
} from '../src/index.ts';
import { loadMembership } from '@council/record';

const table = loadMembership();
const council = councilOn(table, '2022-05-26');

// Ballots: a fixed pseudo-random set, varied per iteration.
const CHOICES: Choice[] = ['yes', 'yes', 'yes', 'no', 'abstain', 'absent'];
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const ballots = Array.from({ length: 1024 }, () =>
  Object.fromEntries(
    council.members.map((m) => [m.code, CHOICES[next() % CHOICES.length] as Choice]),
  ),
);
const N = 2_000_000;
let vetoed = 0;
let t0 = performance.now();
let c0 = cpu();
for (let i = 0; i < N; i += 1) {
  const r = adjudicate({
    date: '2022-05-26',
    members: council.members,
    ballots: ballots[i & 1023] as Record<string, Choice>,
  });
  if (r.outcome === 'vetoed') vetoed += 1;
}
let dt = (performance.now() - t0) / 1000;
let dc = cpu() - c0;
console.log(
  `adjudicate: ${(N / dc).toFixed(0)} ballots per CPU second (${(N / dt).toFixed(0)}/s wall; ${N} ballots, ${vetoed} vetoed) — goal ≥ 1,000,000`,
);

// Events: a session of one meeting with 20 drafts, each voted by all 15 members (about 400 events), replayed many times.
const meta = (i: number) => ({
  at: '2022-05-26T10:00',
  commandId: `c${i}`,
  actor: { role: 'record' as const },
});
const cmds: EngineCommand[] = [
  {
    type: 'StartSession',
    sessionId: 's',
    title: 'bench',
    body: {
      name: 'SC',
      date: '2022-05-26',
      members: council.members,
      president: council.president,
    },
    meta: meta(0),
  },
  {
    type: 'RequestMeeting',
    meetingId: 'm',
    format: 'adoption',
    topic: 't',
    date: '2022-05-26',
    requestedBy: [{ kind: 'member', code: 'USA' }],
    meta: meta(1),
  },
  { type: 'ConveneMeeting', meetingId: 'm', meta: meta(2) },
  { type: 'AdoptAgenda', meetingId: 'm', meta: meta(3) },
];
for (let d = 0; d < 20; d += 1) {
  cmds.push({
    type: 'SubmitDraft',
    draftId: `d${d}`,
    kind: 'resolution',
    title: `Draft ${d}`,
    penholders: ['USA'],
    meta: meta(10 + d),
  });
  cmds.push({
    type: 'OpenVote',
    voteId: `v${d}`,
    meetingId: 'm',
    subject: { kind: 'draft', draftId: `d${d}` },
    meta: meta(100 + d),
  });
  for (const m of council.members)
    cmds.push({
      type: 'CastVote',
      voteId: `v${d}`,
      member: m.code,
      choice: m.code === 'RUS' && d % 2 ? 'no' : 'yes',
      meta: meta(1000),
    });
  cmds.push({ type: 'CloseVote', voteId: `v${d}`, meta: meta(200 + d) });
}
let state = initialState();
const events: EngineEvent[] = [];
t0 = performance.now();
for (const c of cmds) {
  const r = decide(state, c);
  if (!r.ok) throw new Error(r.rejection.message);
  for (const e of r.events) {
    state = evolve(state, e);
    events.push(e);
  }
}
const decideDt = (performance.now() - t0) / 1000;
const R = 2000;
t0 = performance.now();
c0 = cpu();
for (let i = 0; i < R; i += 1) replay(events);
dt = (performance.now() - t0) / 1000;
dc = cpu() - c0;
console.log(
  `replay: ${((R * events.length) / dc).toFixed(0)} events per CPU second (${((R * events.length) / dt).toFixed(0)}/s wall; ${R} replays of a ${events.length}-event session) — goal ≥ 500,000`,
);
console.log(
  `decide+evolve: ${(cmds.length / decideDt).toFixed(0)} commands/s on one session (${cmds.length} commands)`,
);

// Composition of every month 1946–2027, from a fresh copy of the table (no cache).
const fresh = JSON.parse(JSON.stringify(table)) as MembershipTable;
t0 = performance.now();
presidencySchedule(fresh);
let months = 0;
for (let y = 1946; y <= 2027; y += 1)
  for (let m = 1; m <= 12; m += 1) {
    councilOn(fresh, `${y}-${String(m).padStart(2, '0')}-01`);
    months += 1;
  }
dt = performance.now() - t0;
console.log(
  `composition: ${months} months 1946–2027 (members and President) built in ${dt.toFixed(1)} ms`,
);
const mem = process.memoryUsage();
console.log(
  `memory: rss ${(mem.rss / 1048576).toFixed(0)} MiB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MiB`,
);
