import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, LiveClient, type LiveEvent } from './helpers/client.ts';
import {
  BALLOTS_431,
  command,
  createLiveSession,
  MEMBERS_2022,
  openVoteOnDraft,
  type LiveSession,
} from './helpers/council.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
});
afterAll(async () => {
  await server.close();
});

const vetoOf = (events: LiveEvent[]) => events.find((e) => e.event.type === 'DraftVetoed');

describe('a live vote on S/2022/431 with fifteen delegations', () => {
  let s: LiveSession;
  let voteId: string;
  let clients: Map<string, LiveClient>;

  beforeAll(async () => {
    s = await createLiveSession(base);
    voteId = await openVoteOnDraft(base, s);
    clients = new Map();
    for (const m of MEMBERS_2022)
      clients.set(m, new LiveClient(base, s.sessionId, s.delegations[m] as string));
    clients.set('observer', new LiveClient(base, s.sessionId, s.observer));
    clients.set('projector', new LiveClient(base, s.sessionId, s.projector));
    clients.set('chair', new LiveClient(base, s.sessionId, s.chair));
    await Promise.all([...clients.values()].map((c) => c.connect()));
  });
  afterAll(async () => {
    await Promise.all([...clients.values()].map((c) => c.close()));
  });

  it('catches every client up from version 0 before it goes live', () => {
    for (const c of clients.values()) {
      expect(c.readyVersion).toBe(c.position);
      expect(c.types()).toContain('VotingOpened');
      expect(c.problems).toEqual([]);
    }
  });

  it('shows every vote and the veto to every client, each event once and in order', async () => {
    const results = await Promise.all(
      MEMBERS_2022.map((m) =>
        command(base, s, s.delegations[m] as string, {
          type: 'CastVote',
          voteId,
          member: m,
          choice: BALLOTS_431[m],
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(MEMBERS_2022.map(() => 200));
    const close = await command(base, s, s.chair, { type: 'CloseVote', voteId });
    expect(close.status).toBe(200);
    const final = (close.body as { version: number }).version;
    await Promise.all([...clients.values()].map((c) => c.waitForVersion(final)));
    const stored = await server.store.read(s.sessionId);
    for (const [who, c] of clients) {
      expect(c.problems, who).toEqual([]);
      expect(
        c.events.map((e) => e.version),
        who,
      ).toEqual(stored.map((e) => e.version));
      expect(
        c.events.filter((e) => e.event.type === 'VoteCast'),
        who,
      ).toHaveLength(15);
      const veto = vetoOf(c.events);
      expect(veto, who).toBeDefined();
      const result = veto?.event.data['result'] as {
        outcome: string;
        yes: number;
        no: number;
        abstain: number;
        vetoedBy: string[];
      };
      expect(result).toMatchObject({ outcome: 'vetoed', yes: 13, no: 2, abstain: 0 });
      expect([...result.vetoedBy].sort()).toEqual(['CHN', 'RUS']);
    }
  });
});

describe('reconnecting', () => {
  it('resumes after a dropped connection without gaps or duplicates', async () => {
    const s = await createLiveSession(base);
    const voteId = await openVoteOnDraft(base, s);
    const phone = new LiveClient(base, s.sessionId, s.delegations['KEN'] as string);
    await phone.connect();
    const half = MEMBERS_2022.slice(0, 7);
    for (const m of half) {
      await command(base, s, s.delegations[m] as string, {
        type: 'CastVote',
        voteId,
        member: m,
        choice: BALLOTS_431[m],
      });
    }
    const midway = (
      await api<{ version: number }>(base, 'GET', `/api/sessions/${s.sessionId}`, { key: s.chair })
    ).body.version;
    await phone.waitForVersion(midway);
    phone.drop();
    // Votes go on while the phone is offline.
    for (const m of MEMBERS_2022.slice(7)) {
      await command(base, s, s.delegations[m] as string, {
        type: 'CastVote',
        voteId,
        member: m,
        choice: BALLOTS_431[m],
      });
    }
    await phone.connect();
    const closed = await command(base, s, s.chair, { type: 'CloseVote', voteId });
    await phone.waitForVersion((closed.body as { version: number }).version);
    const stored = await server.store.read(s.sessionId);
    expect(phone.problems).toEqual([]);
    expect(phone.events.map((e) => e.version)).toEqual(stored.map((e) => e.version));
    expect(phone.events.map((e) => e.event)).toEqual(stored.map((e) => e.event));
    await phone.close();
  });

  it('resumes many times in a row while events keep arriving', async () => {
    const s = await createLiveSession(base);
    const voteId = await openVoteOnDraft(base, s);
    const client = new LiveClient(base, s.sessionId, s.observer);
    await client.connect();
    const voting = (async () => {
      for (const m of MEMBERS_2022) {
        await command(base, s, s.delegations[m] as string, {
          type: 'CastVote',
          voteId,
          member: m,
          choice: BALLOTS_431[m],
        });
      }
    })();
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 15));
      client.drop();
      await client.connect();
    }
    await voting;
    const version = (
      await api<{ version: number }>(base, 'GET', `/api/sessions/${s.sessionId}`, { key: s.chair })
    ).body.version;
    await client.waitForVersion(version);
    expect(client.problems).toEqual([]);
    expect(client.events.map((e) => e.version)).toEqual(
      Array.from({ length: version }, (_, i) => i + 1),
    );
    await client.close();
  });

  it('refuses to subscribe beyond the session’s version, without a key, or with a revoked key', async () => {
    const s = await createLiveSession(base);
    await expect(new LiveClient(base, s.sessionId, s.observer, 999).connect()).rejects.toThrow(
      /400/,
    );
    await expect(new LiveClient(base, s.sessionId, 'wrong').connect()).rejects.toThrow(/401/);
    await api(base, 'POST', `/api/sessions/${s.sessionId}/links`, {
      key: s.chair,
      body: { role: 'projector' },
    });
    await expect(new LiveClient(base, s.sessionId, s.projector).connect()).rejects.toThrow(/401/);
  });
});

describe('commands over the WebSocket', () => {
  it('accepts a vote frame, answers with the result, and applies a retried frame once', async () => {
    const s = await createLiveSession(base);
    const voteId = await openVoteOnDraft(base, s);
    const c = new LiveClient(base, s.sessionId, s.delegations['MEX'] as string);
    await c.connect();
    const frame = {
      type: 'command',
      commandId: 'mex-1',
      command: { type: 'CastVote', voteId, member: 'MEX', choice: 'yes' },
    };
    c.send(frame);
    c.send(frame);
    await c.waitFor(
      () => c.frames.filter((f) => f['type'] === 'result').length === 2,
      5000,
      'two results',
    );
    const results = c.frames.filter((f) => f['type'] === 'result');
    expect(results.map((r) => r['duplicate'])).toEqual([false, true]);
    expect(results[0]?.['version']).toBe(results[1]?.['version']);
    c.send({
      type: 'command',
      commandId: 'mex-2',
      command: { type: 'CastVote', voteId, member: 'MEX', choice: 'no' },
    });
    c.send('{not json');
    c.send({
      type: 'command',
      commandId: 'mex-3',
      command: { type: 'CastVote', voteId, member: 'MEX', choice: 'yes', extra: 1 },
    });
    await c.waitFor(
      () => c.frames.filter((f) => f['type'] === 'error').length === 3,
      5000,
      'three errors',
    );
    const errors = c.frames.filter((f) => f['type'] === 'error');
    // Replies to bad frames need no engine and may overtake the reply to the command; each names its command.
    expect(errors.map((e) => e['code']).sort()).toEqual([
      'already_voted',
      'invalid_frame',
      'malformed_json',
    ]);
    expect(errors.find((e) => e['code'] === 'already_voted')?.['commandId']).toBe('mex-2');
    const stored = await server.store.read<{ type: string; data: { member?: string } }>(
      s.sessionId,
    );
    expect(
      stored.filter((e) => e.event.type === 'VoteCast' && e.event.data.member === 'MEX'),
    ).toHaveLength(1);
    await c.close();
  });
});

describe('a link reissued while its WebSocket is open', () => {
  it('stops the old socket from acting and closes it', async () => {
    const s = await createLiveSession(base);
    const voteId = await openVoteOnDraft(base, s);
    const old = new LiveClient(base, s.sessionId, s.delegations['BRA'] as string);
    await old.connect();
    const reissued = await api(base, 'POST', `/api/sessions/${s.sessionId}/links`, {
      key: s.chair,
      body: { role: 'delegation', member: 'BRA' },
    });
    expect(reissued.status).toBe(201);
    old.send({
      type: 'command',
      commandId: 'bra-old',
      command: { type: 'CastVote', voteId, member: 'BRA', choice: 'yes' },
    });
    await old.waitFor(() => old.frames.some((f) => f['type'] === 'error'), 5000, 'an error frame');
    expect(old.frames.find((f) => f['type'] === 'error')).toMatchObject({
      code: 'key_revoked',
      commandId: 'bra-old',
    });
    const stored = await server.store.read<{ type: string }>(s.sessionId);
    expect(stored.filter((e) => e.event.type === 'VoteCast')).toHaveLength(0);
    await old.close();
  });
});
