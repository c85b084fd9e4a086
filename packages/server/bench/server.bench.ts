// Server benchmark: `npx tsx packages/server/bench/server.bench.ts` (also run by `npm run bench`).
//
// Starts `council serve` (SQLite) as a child process and drives it from this process: BENCH_SESSIONS live
// sessions (default 1,000), each with 16 WebSocket clients (15 delegations and an observer) and an open vote
// on a draft; every delegation casts its vote over its WebSocket at a random moment within one second.
// Measures votes per second, the latency from a vote's submission to the moment the last of the session's
// 16 clients sees it (p50/p95/p99), the server's memory, and checks that no vote is lost or duplicated (both
// on every client and in the store). The same load then runs against a bare `ws` relay (bench/relay-server.ts)
// as the baseline. Then: HTTP command throughput, and raw append throughput of the SQLite and PostgreSQL stores.
//
// Environment: BENCH_SESSIONS (1000), BENCH_WINDOW_MS (1000), BENCH_HTTP_CONCURRENCY (64),
// BENCH_SKIP_PG=1 to skip PostgreSQL, BENCH_QUICK=1 to run only the Council WebSocket load, BENCH_WS_ONLY=1 to run
// only the two WebSocket loads (Council and relay), BENCH_PROFILE_DIR=<dir> to write a CPU profile of the Council server, COUNCIL_TEST_DATABASE_URL / COUNCIL_DATABASE_URL for PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { openStore, type StoreSpec } from '../src/storage/open-store.ts';
import { PostgresEventStore } from '../src/storage/postgres/postgres-event-store.ts';
import { pgAvailable, testDatabaseUrl, uniqueSchema } from '../test/helpers/postgres.ts';
import { councilOn } from '@council/engine';
import { loadMembership } from '@council/record';

const SESSIONS = Number(process.env['BENCH_SESSIONS'] ?? 1000);
const WINDOW_MS = Number(process.env['BENCH_WINDOW_MS'] ?? 1000);
const HTTP_CONCURRENCY = Number(process.env['BENCH_HTTP_CONCURRENCY'] ?? 64);
// The fifteen members sitting on 26 May 2022, from the membership record.
const MEMBERS = councilOn(loadMembership(), '2022-05-26').members.map((m) => m.code);
const CLIENTS_PER_SESSION = MEMBERS.length + 1;
const COUNCIL_BIN = fileURLToPath(new URL('../../cli/bin/council.js', import.meta.url));
const RELAY = fileURLToPath(new URL('./relay-server.ts', import.meta.url));

// ---------- small utilities ----------

function startChild(
  command: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, command, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: match[1] as string, child });
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}): ${out}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** CPU time (user + system) a process has used so far (Linux /proc), in seconds. */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    // Fields after the command name: state is field 3, utime 14 and stime 15 (clock ticks, 100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU time all processors of the machine have spent busy so far (Linux /proc/stat), in seconds. */
function machineBusySeconds(): number {
  try {
    const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/);
    const n = ticks.map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait.
    return (n.slice(0, 8).reduce((a, b) => a + b, 0) - (n[3] ?? 0) - (n[4] ?? 0)) / 100;
  } catch {
    return NaN;
  }
}

/** Resident and peak memory of a process (Linux /proc), in MiB. */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

async function pool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i] as T, i);
      }
    }),
  );
}

async function post(
  base: string,
  path: string,
  body: unknown,
  key?: string,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status >= 300)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

// ---------- the load: sessions × 16 clients, every delegation votes within the window ----------

interface Room {
  /** WebSocket URL of each client: 15 delegations then the observer. */
  urls: string[];
  /** The frame delegation i sends to vote. */
  voteFrame: (member: string) => string;
}

/**
 * Reads the votes a received frame carries: calls `vote` with the index (in MEMBERS) of each member whose
 * vote the frame delivers. Works on the raw bytes, so that the harness spends little per message.
 */
type FrameReader = (frame: Buffer, vote: (member: number) => void) => void;

interface LoadResult {
  votes: number;
  seconds: number;
  votesPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Client × vote pairs never delivered (after waiting until nothing moved for 15 s). */
  lost: number;
  duplicated: number;
  deliveries: number;
  /** Frames received by all clients during the load. */
  frames: number;
  /** CPU seconds (user + system) used from the first vote to the last delivery, by the server and by this harness. */
  cpu: { server: number; harness: number; machine: number };
  /** Votes the server acknowledged to their sender. */
  acked: number;
  /** Per session, the members whose votes were acknowledged. */
  ackedBy: Set<string>[];
}

/** A three-letter member code at `at` in `frame`, as its index in MEMBERS (-1 if unknown). */
const MEMBER_INDEX = new Map(MEMBERS.map((m, i) => [codeKey(Buffer.from(m), 0), i]));
function codeKey(frame: Buffer, at: number): number {
  return ((frame[at] ?? 0) << 16) | ((frame[at + 1] ?? 0) << 8) | (frame[at + 2] ?? 0);
}
function memberAt(frame: Buffer, at: number): number {
  return MEMBER_INDEX.get(codeKey(frame, at)) ?? -1;
}

/**
 * Connects every client, then has each delegation send its vote at a random moment in the window. `read`
 * extracts the members whose votes a frame carries; `ackOf` the member whose vote a frame acknowledges to
 * delegation `client` (its own), if any.
 */
async function runLoad(
  rooms: readonly Room[],
  read: FrameReader,
  label: string,
  serverPid: number | undefined,
  ackOf: (frame: Buffer, client: number) => number = () => -1,
): Promise<LoadResult> {
  const M = MEMBERS.length;
  const ackedBy: Set<string>[] = rooms.map(() => new Set());
  let progress = 0;
  let frames = 0;
  const sockets: WebSocket[][] = rooms.map(() => []);
  // Bookkeeping in flat typed arrays: one bit per member for each client, a counter per vote.
  const seen = new Uint16Array(rooms.length * CLIENTS_PER_SESSION);
  const submitted = new Float64Array(rooms.length * M);
  const deliveredTo = new Uint8Array(rooms.length * M);
  const latencies: number[] = [];
  let duplicated = 0;
  let deliveries = 0;
  let lastDelivery = 0;
  const total = rooms.length * M;
  let complete = 0;
  let allDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDone = resolve));

  const started = performance.now();
  const pairs = rooms.flatMap((room, r) => room.urls.map((url, c) => ({ r, c, url })));
  await pool(pairs, 200, ({ r, c, url }) => {
    return new Promise<void>((resolve, reject) => {
      // The frames are checked by the reader below; UTF-8 validation is left out to keep the harness cheap.
      const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
      ws.once('open', () => resolve());
      ws.once('error', reject);
      const client = r * CLIENTS_PER_SESSION + c;
      const onVote = (member: number): void => {
        deliveries += 1;
        if (member < 0) return;
        const bit = 1 << member;
        if ((seen[client] as number) & bit) {
          duplicated += 1;
          return;
        }
        seen[client] = (seen[client] as number) | bit;
        const vote = r * M + member;
        const n = (deliveredTo[vote] as number) + 1;
        deliveredTo[vote] = n;
        if (n === CLIENTS_PER_SESSION) {
          const now = performance.now();
          latencies.push(now - (submitted[vote] as number));
          lastDelivery = now;
          complete += 1;
          if (complete === total) allDone();
        }
      };
      ws.on('message', (data: Buffer) => {
        progress += 1;
        frames += 1;
        if (c < M) {
          const acked = ackOf(data, c);
          if (acked >= 0) (ackedBy[r] as Set<string>).add(MEMBERS[acked] as string);
        }
        read(data, onVote);
      });
      (sockets[r] as WebSocket[])[c] = ws;
    });
  });
  console.log(
    `  ${label}: ${pairs.length} WebSockets connected in ${fmt((performance.now() - started) / 1000)} s`,
  );
  await new Promise((r) => setTimeout(r, 500));
  frames = 0;

  const t0 = performance.now();
  const cpu0 = {
    server: cpuSecondsOf(serverPid),
    harness: process.cpuUsage(),
    machine: machineBusySeconds(),
  };
  let firstSubmit = Infinity;
  rooms.forEach((room, r) => {
    MEMBERS.forEach((member, i) => {
      const frame = room.voteFrame(member);
      setTimeout(() => {
        const now = performance.now();
        firstSubmit = Math.min(firstSubmit, now);
        submitted[r * M + i] = now;
        (sockets[r] as WebSocket[])[i]?.send(frame);
      }, Math.random() * WINDOW_MS);
    });
  });
  // Wait until every vote reached every client, or until nothing has moved for 15 s.
  let stalled = false;
  const watchdog = (async () => {
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    for (;;) {
      const before = progress;
      await new Promise((r) => setTimeout(r, 15_000));
      if (complete === total) return;
      if (progress === before) {
        stalled = true;
        return;
      }
    }
  })();
  await Promise.race([done, watchdog]);
  if (stalled)
    console.log(`  ${label}: stalled with ${complete} of ${total} votes fully delivered`);
  // Acknowledgements may trail the events by a moment: give them up to 5 s before closing the sockets.
  const ackDeadline = performance.now() + 5000;
  while (ackedBy.reduce((n, set) => n + set.size, 0) < total && performance.now() < ackDeadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const loadFrames = frames;
  const harnessCpu = process.cpuUsage(cpu0.harness);
  const cpu = {
    server: cpuSecondsOf(serverPid) - cpu0.server,
    harness: (harnessCpu.user + harnessCpu.system) / 1e6,
    machine: machineBusySeconds() - cpu0.machine,
  };
  const seconds = ((lastDelivery || performance.now()) - Math.min(firstSubmit, t0)) / 1000;
  let lost = 0;
  for (const mask of seen) {
    let got = 0;
    for (let m = mask; m; m &= m - 1) got += 1;
    lost += M - got;
  }
  for (const room of sockets) for (const ws of room) ws.terminate();
  latencies.sort((a, b) => a - b);
  return {
    votes: latencies.length,
    seconds,
    votesPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    lost,
    duplicated,
    deliveries,
    frames: loadFrames,
    cpu,
    acked: ackedBy.reduce((n, set) => n + set.size, 0),
    ackedBy,
  };
}

function report(label: string, r: LoadResult, memory: { rss: number; peak: number }): void {
  console.log(
    `  ${label}: ${r.votes} votes fully delivered in ${fmt(r.seconds, 2)} s = ${fmt(r.votesPerSecond, 0)} votes/s; ` +
      `submission → last of ${CLIENTS_PER_SESSION} clients: p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, p99 ${fmt(r.p99)} ms, max ${fmt(r.max)} ms; ` +
      `acknowledged ${r.acked}, lost ${r.lost}, duplicated ${r.duplicated}; ${r.frames} frames received; CPU server ${fmt(r.cpu.server, 2)} s, harness ${fmt(r.cpu.harness, 2)} s, whole machine ${fmt(r.cpu.machine, 2)} s; server RSS ${memory.rss} MiB (peak ${memory.peak} MiB)`,
  );
}

// ---------- Council server ----------

interface CouncilSession {
  sessionId: string;
  chair: string;
  keys: string[];
  voteId: string;
}

async function setUpSession(base: string, round: number): Promise<CouncilSession> {
  const created = await post(base, '/api/sessions', { date: '2022-05-26' });
  const sessionId = created['sessionId'] as string;
  const chair = (created['chair'] as { secret: string }).secret;
  const keys: string[] = [];
  for (const member of MEMBERS) {
    keys.push(
      (
        (await post(
          base,
          `/api/sessions/${sessionId}/links`,
          { role: 'delegation', member },
          chair,
        )) as { secret: string }
      ).secret,
    );
  }
  keys.push(
    (
      (await post(base, `/api/sessions/${sessionId}/links`, { role: 'observer' }, chair)) as {
        secret: string;
      }
    ).secret,
  );
  const voteId = await openVote(base, { sessionId, chair, keys, voteId: '' }, round);
  return { sessionId, chair, keys, voteId };
}

async function openVote(base: string, s: CouncilSession, round: number): Promise<string> {
  const cmd = (key: string, command: Record<string, unknown>, id: string) =>
    post(
      base,
      `/api/sessions/${s.sessionId}/commands`,
      { commandId: `${id}-${round}`, command },
      key,
    );
  const meetingId = `m${round}`;
  const draftId = `S/2022/431-${round}`;
  await cmd(
    s.chair,
    {
      type: 'RequestMeeting',
      meetingId,
      format: 'adoption',
      topic: 'DPRK',
      date: '2022-05-26',
      requestedBy: [{ kind: 'member', code: 'USA' }],
    },
    'req',
  );
  await cmd(s.chair, { type: 'ConveneMeeting', meetingId }, 'convene');
  await cmd(s.chair, { type: 'AdoptAgenda', meetingId }, 'agenda');
  await cmd(
    s.keys[MEMBERS.indexOf('USA')] as string,
    { type: 'SubmitDraft', draftId, kind: 'resolution', title: 'DPRK', penholders: ['USA'] },
    'draft',
  );
  const voteId = `v${round}`;
  await cmd(
    s.chair,
    { type: 'OpenVote', voteId, meetingId, subject: { kind: 'draft', draftId } },
    'open',
  );
  return voteId;
}

const choiceOf = (member: string) => (member === 'CHN' || member === 'RUS' ? 'no' : 'yes');
const EVENTS_FRAME = Buffer.from('{"type":"events"');
const RESULT_FRAME = Buffer.from('{"type":"result"');
const VOTE_CAST = Buffer.from('"type":"VoteCast","data":{"voteId":"');
const MEMBER_FIELD = Buffer.from('","member":"');
const VOTE_COMMAND = Buffer.from('"commandId":"vote-');

const startsWith = (frame: Buffer, prefix: Buffer) =>
  frame.length >= prefix.length && frame.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;

/**
 * The members whose VoteCast events a Council frame carries (events frames only; results and ready are
 * ignored). Each VoteCast event is `"type":"VoteCast","data":{"voteId":"…","member":"XXX",…`.
 */
function readCouncilFrame(frame: Buffer, vote: (member: number) => void): void {
  if (!startsWith(frame, EVENTS_FRAME)) return;
  for (let at = frame.indexOf(VOTE_CAST); at >= 0; at = frame.indexOf(VOTE_CAST, at + 1)) {
    const member = frame.indexOf(MEMBER_FIELD, at + VOTE_CAST.length);
    vote(member < 0 ? -1 : memberAt(frame, member + MEMBER_FIELD.length));
  }
}

/** The member whose vote a Council result frame acknowledges (`"commandId":"vote-XXX"`), or -1. */
function councilAck(frame: Buffer): number {
  if (!startsWith(frame, RESULT_FRAME)) return -1;
  const at = frame.indexOf(VOTE_COMMAND);
  return at < 0 ? -1 : memberAt(frame, at + VOTE_COMMAND.length);
}

async function benchCouncil(): Promise<{
  load: LoadResult;
  memory: { rss: number; peak: number };
}> {
  const dir = mkdtempSync(join(tmpdir(), 'council-bench-'));
  const profile = process.env['BENCH_PROFILE_DIR'];
  const { url, child } = await startChild([
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    COUNCIL_BIN,
    'serve',
    '--port',
    '0',
    '--data',
    dir,
  ]);
  try {
    console.log(
      `Council server (SQLite, synchronous=${process.env['COUNCIL_SQLITE_SYNC'] ?? 'normal'}, group commit) at ${url}, pid ${child.pid}`,
    );
    let t = performance.now();
    const sessions: CouncilSession[] = new Array(SESSIONS);
    await pool(
      Array.from({ length: SESSIONS }, (_, i) => i),
      32,
      async (i) => {
        sessions[i] = await setUpSession(url, 1);
      },
    );
    const setupRequests = SESSIONS * (1 + CLIENTS_PER_SESSION + 5);
    console.log(
      `  set-up: ${SESSIONS} sessions (${setupRequests} HTTP requests) in ${fmt((performance.now() - t) / 1000)} s ` +
        `= ${fmt(setupRequests / ((performance.now() - t) / 1000), 0)} requests/s`,
    );
    const ws = url.replace(/^http/, 'ws');
    const rooms: Room[] = sessions.map((s) => ({
      urls: s.keys.map((key) => `${ws}/api/sessions/${s.sessionId}/live?key=${key}&after=0`),
      voteFrame: (member) =>
        JSON.stringify({
          type: 'command',
          commandId: `vote-${member}`,
          command: { type: 'CastVote', voteId: s.voteId, member, choice: choiceOf(member) },
        }),
    }));
    const load = await runLoad(rooms, readCouncilFrame, 'Council', child.pid, councilAck);
    const memory = memoryOf(child.pid);

    // Check the store: every session holds each delegation's vote exactly once.
    let storedVotes = 0;
    let badSessions = 0;
    let ackedMissing = 0;
    await pool(sessions, 32, async (s, i) => {
      const response = await fetch(`${url}/api/sessions/${s.sessionId}/events?limit=5000`, {
        headers: { authorization: `Bearer ${s.chair}` },
      });
      const body = (await response.json()) as {
        events: { event: { type: string; data: { member?: string } } }[];
      };
      const members = body.events
        .filter((e) => e.event.type === 'VoteCast')
        .map((e) => e.event.data.member);
      storedVotes += members.length;
      if (new Set(members).size !== members.length) badSessions += 1;
      for (const m of load.ackedBy[i] ?? []) if (!members.includes(m)) ackedMissing += 1;
    });
    report('Council over WebSocket', load, memory);
    console.log(
      `  store check: ${storedVotes} votes stored for ${SESSIONS * MEMBERS.length} cast; acknowledged but not stored: ${ackedMissing}; ` +
        `sessions with a doubled vote: ${badSessions}`,
    );

    if (process.env['BENCH_QUICK'] === '1' || process.env['BENCH_WS_ONLY'] === '1')
      return { load, memory };
    // HTTP: close each vote, open a new one, then every delegation votes over HTTP as fast as the server allows.
    await pool(sessions, 32, async (s) => {
      await post(
        url,
        `/api/sessions/${s.sessionId}/commands`,
        { commandId: 'close-1', command: { type: 'CloseVote', voteId: s.voteId } },
        s.chair,
      );
      s.voteId = await openVote(url, s, 2);
    });
    const httpVotes = sessions.flatMap((s) =>
      MEMBERS.map((member, i) => ({ s, member, key: s.keys[i] as string })),
    );
    const httpLatency: number[] = [];
    t = performance.now();
    await pool(httpVotes, HTTP_CONCURRENCY, async ({ s, member, key }) => {
      const start = performance.now();
      await post(
        url,
        `/api/sessions/${s.sessionId}/commands`,
        {
          commandId: `http-${member}`,
          command: { type: 'CastVote', voteId: s.voteId, member, choice: choiceOf(member) },
        },
        key,
      );
      httpLatency.push(performance.now() - start);
    });
    const httpSeconds = (performance.now() - t) / 1000;
    httpLatency.sort((a, b) => a - b);
    console.log(
      `  HTTP commands: ${httpVotes.length} votes (${HTTP_CONCURRENCY} in flight) in ${fmt(httpSeconds, 2)} s = ` +
        `${fmt(httpVotes.length / httpSeconds, 0)} commands/s; response p50 ${fmt(percentile(httpLatency, 50))} ms, ` +
        `p95 ${fmt(percentile(httpLatency, 95))} ms, p99 ${fmt(percentile(httpLatency, 99))} ms`,
    );
    return { load, memory };
  } finally {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- bare relay baseline ----------

const RELAY_MEMBER = Buffer.from('"member":"');

async function benchRelay(): Promise<{ load: LoadResult; memory: { rss: number; peak: number } }> {
  const { url, child } = await startChild(['--import', 'tsx', RELAY]);
  try {
    console.log(`Bare ws relay at ${url}, pid ${child.pid}`);
    const ws = url.replace(/^http/, 'ws');
    const rooms: Room[] = Array.from({ length: SESSIONS }, (_, i) => ({
      urls: Array.from({ length: CLIENTS_PER_SESSION }, () => `${ws}/room-${i}`),
      voteFrame: (member) => JSON.stringify({ type: 'vote', member, choice: choiceOf(member) }),
    }));
    // A relayed frame is `{"type":"vote","member":"XXX","choice":…}`.
    const memberOf = (frame: Buffer) => {
      const at = frame.indexOf(RELAY_MEMBER);
      return at < 0 ? -1 : memberAt(frame, at + RELAY_MEMBER.length);
    };
    const load = await runLoad(
      rooms,
      (frame, vote) => vote(memberOf(frame)),
      'relay',
      child.pid,
      // The relay's acknowledgement is the sender seeing its own vote come back.
      (frame, c) => (memberOf(frame) === c ? c : -1),
    );
    const memory = memoryOf(child.pid);
    report('bare ws relay', load, memory);
    return { load, memory };
  } finally {
    await stopChild(child);
  }
}

// ---------- raw store appends ----------

async function benchStore(label: string, spec: StoreSpec): Promise<void> {
  const store = await openStore(spec);
  try {
    const streams = 200;
    const perStream = 50;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: streams }, async (_, k) => {
        for (let i = 0; i < perStream; i++) {
          await store.append(
            `bench-${k}`,
            i,
            [{ type: 'VoteCast', data: { voteId: 'v', member: 'FRA', choice: 'yes' } }],
            {
              command: {
                commandId: `c-${i}`,
                fingerprint: 'f',
                result: { from: i + 1, to: i + 1 },
              },
            },
          );
        }
      }),
    );
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `  ${label}: ${streams * perStream} appends (${streams} streams at once) in ${fmt(seconds, 2)} s = ${fmt((streams * perStream) / seconds, 0)} appends/s`,
    );
  } finally {
    if (store instanceof PostgresEventStore) await store.dropSchema();
    await store.close();
  }
}

// ---------- main ----------

console.log(
  `Council server benchmark: ${SESSIONS} sessions × ${CLIENTS_PER_SESSION} WebSocket clients, votes within ${WINDOW_MS} ms`,
);
const council = await benchCouncil();
if (process.env['BENCH_QUICK'] === '1') process.exit(0);
const relay = await benchRelay();
const ratio = council.load.votesPerSecond / relay.load.votesPerSecond;
console.log('Summary');
console.log(
  `  votes/s: Council ${fmt(council.load.votesPerSecond, 0)} vs relay ${fmt(relay.load.votesPerSecond, 0)} (${fmt(ratio * 100, 0)}% of the relay; goal ≥ 33%)`,
);
console.log(
  `  p99 submission → last client: Council ${fmt(council.load.p99)} ms (goal < 250 ms) vs relay ${fmt(relay.load.p99)} ms`,
);
console.log(
  `  memory: Council ${council.memory.rss} MiB (peak ${council.memory.peak}) vs relay ${relay.memory.rss} MiB (peak ${relay.memory.peak})`,
);
console.log(
  `  lost/duplicated votes: Council ${council.load.lost}/${council.load.duplicated}, relay ${relay.load.lost}/${relay.load.duplicated}`,
);

if (process.env['BENCH_WS_ONLY'] === '1') process.exit(0);
console.log('Store append throughput (one event + idempotency record per append)');
const dir = mkdtempSync(join(tmpdir(), 'council-store-bench-'));
await benchStore('SQLite (synchronous=FULL, group commit)', {
  kind: 'sqlite',
  file: join(dir, 'full.db'),
});
await benchStore('SQLite (synchronous=NORMAL, group commit)', {
  kind: 'sqlite',
  file: join(dir, 'normal.db'),
  synchronous: 'normal',
});
rmSync(dir, { recursive: true, force: true });
const pgUrl = testDatabaseUrl();
if (process.env['BENCH_SKIP_PG'] === '1') console.log('  PostgreSQL: skipped (BENCH_SKIP_PG=1)');
else if (!(await pgAvailable(pgUrl)))
  console.log(`  PostgreSQL: skipped (unreachable at ${pgUrl})`);
else
  await benchStore('PostgreSQL (pool of 10)', {
    kind: 'postgres',
    url: pgUrl,
    schema: uniqueSchema('bench'),
  });
