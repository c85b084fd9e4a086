import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/client.ts';
import {
  BALLOTS_431,
  command,
  createLiveSession,
  openVoteOnDraft,
  type LiveSession,
} from './helpers/council.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { hashSecret } from '../src/http/access.ts';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer({ bodyLimit: 4096 });
  base = server.url;
});
afterAll(async () => {
  await server.close();
});

async function versionOf(s: LiveSession): Promise<number> {
  const r = await api<{ version: number }>(base, 'GET', `/api/sessions/${s.sessionId}`, {
    key: s.chair,
  });
  return r.body.version;
}

describe('health and documentation', () => {
  it('answers GET /api/health with 200 and the store in use', async () => {
    const r = await api(base, 'GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', store: 'sqlite' });
  });

  it('serves an OpenAPI 3.1 document listing every route', async () => {
    const r = await api<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>(base, 'GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/sessions',
        '/api/sessions/{sessionId}/commands',
        '/api/sessions/{sessionId}/events',
        '/api/sessions/{sessionId}/state',
        '/api/sessions/{sessionId}/links',
      ]),
    );
    expect(JSON.stringify(r.body.components.schemas['CommandRequest'])).toContain('CastVote');
  });

  it('answers unknown API routes with a 404 JSON error', async () => {
    const r = await api(base, 'GET', '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ code: 'not_found' });
  });
});

describe('creating a session', () => {
  it('starts the Council sitting on a date and returns the chair link; the secret is stored only hashed', async () => {
    const r = await api<{
      sessionId: string;
      version: number;
      chair: { secret: string; link: string; role: string };
    }>(base, 'POST', '/api/sessions', { body: { date: '2022-05-26' } });
    expect(r.status).toBe(201);
    expect(r.body.version).toBe(1);
    expect(r.body.chair.role).toBe('chair');
    expect(r.body.chair.link).toBe(
      `${base}/#/live/${r.body.sessionId}/chair?key=${r.body.chair.secret}`,
    );
    const state = await api<{
      state: { session: { body: { members: { code: string }[]; president: string } } };
    }>(base, 'GET', `/api/sessions/${r.body.sessionId}/state`, { key: r.body.chair.secret });
    expect(state.body.state.session.body.members.map((m) => m.code)).toHaveLength(15);
    expect(state.body.state.session.body.president).toBe('USA'); // the United States presided in May 2022
    const stored = await server.store.listKeys(r.body.sessionId);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(r.body.chair.secret);
    expect(await server.store.findKey(hashSecret(r.body.chair.secret))).toMatchObject({
      role: 'chair',
    });
  });

  it('starts a custom body for Model UN use', async () => {
    const body = {
      name: 'Model Council',
      date: '2026-03-01',
      president: 'AAA',
      members: [
        { code: 'AAA', name: 'Alpha', permanent: true },
        { code: 'BBB', name: 'Beta', permanent: false },
        { code: 'CCC', name: 'Gamma', permanent: false },
      ],
      required: 2,
    };
    const r = await api<{ sessionId: string; chair: { secret: string } }>(
      base,
      'POST',
      '/api/sessions',
      {
        body: { title: 'Crisis committee', body },
      },
    );
    expect(r.status).toBe(201);
    const state = await api<{ state: { session: { title: string; body: unknown } } }>(
      base,
      'GET',
      `/api/sessions/${r.body.sessionId}/state`,
      { key: r.body.chair.secret },
    );
    expect(state.body.state.session.title).toBe('Crisis committee');
    expect(state.body.state.session.body).toEqual(body);
  });

  it.each([
    ['malformed JSON', { raw: '{"date": ' }, 400, 'malformed_json'],
    ['an unknown field', { body: { date: '2022-05-26', admin: true } }, 400, 'invalid_body'],
    [
      'both a date and a body',
      {
        body: {
          date: '2022-05-26',
          body: { name: 'x', date: '2022-01-01', members: [], president: 'FRA' },
        },
      },
      400,
      'invalid_body',
    ],
    ['a date that is not a date', { body: { date: '26/05/2022' } }, 400, 'invalid_body'],
    [
      'a body over the size limit',
      { body: { date: '2022-05-26', title: 'x'.repeat(5000) } },
      413,
      'body_too_large',
    ],
    [
      'a body that is not JSON',
      { raw: 'date=2022', headers: { 'content-type': 'text/plain' } },
      415,
      'unsupported_media_type',
    ],
    [
      'a date outside the membership record',
      { body: { date: '1900-01-01' } },
      422,
      'date_not_covered',
    ],
    [
      'a custom body whose President is not a member',
      {
        body: {
          body: {
            name: 'x',
            date: '2022-01-01',
            president: 'ZZZ',
            members: [{ code: 'AAA', name: 'A', permanent: false }],
          },
        },
      },
      422,
      'president_not_member',
    ],
  ])('refuses %s with a coded 4xx', async (_label, options, status, code) => {
    const r = await api<{ code: string; message: string }>(base, 'POST', '/api/sessions', options);
    expect(r.status).toBe(status);
    expect(r.body.code).toBe(code);
    expect(r.body.message.length).toBeGreaterThan(5);
    expect((await api(base, 'GET', '/api/health')).status).toBe(200);
  });

  it('survives a client that hangs up in the middle of a body', async () => {
    const { hostname, port } = new URL(base);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          'POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3000\r\n\r\n{"date":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    expect((await api(base, 'GET', '/api/health')).status).toBe(200);
  });

  it('names the unknown field in the message', async () => {
    const r = await api<{ message: string }>(base, 'POST', '/api/sessions', {
      body: { date: '2022-05-26', admin: true },
    });
    expect(r.body.message).toContain('admin');
  });
});

describe('commands, roles and idempotency', () => {
  let s: LiveSession;
  let voteId: string;

  beforeAll(async () => {
    s = await createLiveSession(base);
    voteId = await openVoteOnDraft(base, s);
  });

  it('lets the join route tell each link its role and member', async () => {
    const fra = await api(base, 'GET', `/api/sessions/${s.sessionId}`, {
      key: s.delegations['FRA'],
    });
    expect(fra.body).toMatchObject({ role: 'delegation', member: 'FRA' });
    const obs = await api(base, 'GET', `/api/sessions/${s.sessionId}`, { key: s.observer });
    expect(obs.body).toMatchObject({ role: 'observer' });
    const proj = await api(base, 'GET', `/api/sessions/${s.sessionId}`, { key: s.projector });
    expect(proj.body).toMatchObject({ role: 'projector' });
  });

  it('refuses requests without a key, with another session’s key, or with a made-up key', async () => {
    const other = await api<{ sessionId: string; chair: { secret: string } }>(
      base,
      'POST',
      '/api/sessions',
      {
        body: { date: '2022-05-26' },
      },
    );
    for (const key of [undefined, other.body.chair.secret, 'not-a-key']) {
      const r = await api(
        base,
        'GET',
        `/api/sessions/${s.sessionId}/state`,
        key === undefined ? {} : { key },
      );
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('lets a delegation cast only its own vote', async () => {
    const before = await versionOf(s);
    const r = await command(base, s, s.delegations['FRA'] as string, {
      type: 'CastVote',
      voteId,
      member: 'GBR',
      choice: 'yes',
    });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'not_your_delegation', ruleId: 'session-access' });
    expect(await versionOf(s)).toBe(before);
  });

  it('lets only the chair open and close votes', async () => {
    const close = await command(base, s, s.delegations['USA'] as string, {
      type: 'CloseVote',
      voteId,
    });
    expect(close.status).toBe(403);
    expect(close.body).toMatchObject({ code: 'chair_only' });
  });

  it('keeps observers and projectors read-only', async () => {
    for (const key of [s.observer, s.projector]) {
      const r = await command(base, s, key, {
        type: 'CastVote',
        voteId,
        member: 'FRA',
        choice: 'yes',
      });
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ code: 'read_only' });
      expect((await api(base, 'GET', `/api/sessions/${s.sessionId}/events`, { key })).status).toBe(
        200,
      );
    }
  });

  it('applies a retried command once and returns the original result', async () => {
    const before = await versionOf(s);
    const first = await command(
      base,
      s,
      s.delegations['ALB'] as string,
      { type: 'CastVote', voteId, member: 'ALB', choice: 'yes' },
      'alb-vote-1',
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, duplicate: false, version: before + 1 });
    const retries = await Promise.all(
      [1, 2, 3].map(() =>
        command(
          base,
          s,
          s.delegations['ALB'] as string,
          { choice: 'yes', member: 'ALB', voteId, type: 'CastVote' },
          'alb-vote-1',
        ),
      ),
    );
    for (const retry of retries) {
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ ...first.body, duplicate: true });
    }
    const events = await api<{ events: { event: { type: string; data: { member: string } } }[] }>(
      base,
      'GET',
      `/api/sessions/${s.sessionId}/events?after=${before}`,
      { key: s.chair },
    );
    expect(
      events.body.events.filter(
        (e) => e.event.type === 'VoteCast' && e.event.data.member === 'ALB',
      ),
    ).toHaveLength(1);
    expect(await versionOf(s)).toBe(before + 1);
  });

  it('refuses a command id reused for a different command', async () => {
    const r = await command(
      base,
      s,
      s.delegations['ALB'] as string,
      { type: 'CastVote', voteId, member: 'ALB', choice: 'no' },
      'alb-vote-1',
    );
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('refuses a second vote by the same delegation and stores nothing', async () => {
    const before = await versionOf(s);
    const r = await command(base, s, s.delegations['ALB'] as string, {
      type: 'CastVote',
      voteId,
      member: 'ALB',
      choice: 'no',
    });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'already_voted' });
    expect(await versionOf(s)).toBe(before);
  });

  it('refuses a vote when no vote is open and stores nothing', async () => {
    const before = await versionOf(s);
    const r = await command(base, s, s.delegations['FRA'] as string, {
      type: 'CastVote',
      voteId: 'no-such-vote',
      member: 'FRA',
      choice: 'yes',
    });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'voting_not_open' });
    expect(await versionOf(s)).toBe(before);
  });

  it.each([
    [
      'meta smuggled into the command',
      {
        commandId: 'm1',
        command: {
          type: 'CastVote',
          voteId: 'v',
          member: 'FRA',
          choice: 'yes',
          meta: { actor: { role: 'chair' } },
        },
      },
      'meta',
    ],
    ['an unknown command type', { commandId: 'm2', command: { type: 'DissolveCouncil' } }, 'type'],
    ['a missing commandId', { command: { type: 'CloseVote', voteId: 'v' } }, 'commandId'],
    [
      'a bad choice',
      {
        commandId: 'm3',
        command: { type: 'CastVote', voteId: 'v', member: 'FRA', choice: 'maybe' },
      },
      'choice',
    ],
    [
      'StartSession sent by a client',
      { commandId: 'm4', command: { type: 'StartSession' } },
      'type',
    ],
  ])('refuses %s with 400 invalid_body naming the field', async (_label, body, field) => {
    const before = await versionOf(s);
    const r = await api<{ code: string; message: string }>(
      base,
      'POST',
      `/api/sessions/${s.sessionId}/commands`,
      { key: s.chair, body },
    );
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid_body');
    expect(r.body.message).toContain(field);
    expect(await versionOf(s)).toBe(before);
  });

  it('reads events from a position and the folded state', async () => {
    const all = await api<{ version: number; events: { version: number }[] }>(
      base,
      'GET',
      `/api/sessions/${s.sessionId}/events`,
      {
        key: s.observer,
      },
    );
    expect(all.body.events.map((e) => e.version)).toEqual(
      Array.from({ length: all.body.version }, (_, i) => i + 1),
    );
    const tail = await api<{ events: { version: number }[] }>(
      base,
      'GET',
      `/api/sessions/${s.sessionId}/events?after=3&limit=2`,
      {
        key: s.observer,
      },
    );
    expect(tail.body.events.map((e) => e.version)).toEqual([4, 5]);
    const bad = await api(base, 'GET', `/api/sessions/${s.sessionId}/events?after=-1`, {
      key: s.observer,
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid_query' });
    const state = await api<{
      version: number;
      state: { votes: Record<string, { ballots: Record<string, string> }> };
    }>(base, 'GET', `/api/sessions/${s.sessionId}/state`, { key: s.projector });
    expect(state.body.version).toBe(all.body.version);
    expect(state.body.state.votes[voteId]?.ballots).toEqual({ ALB: 'yes' });
  });

  it('lets only the chair issue links; reissuing a delegation link revokes the old one', async () => {
    const denied = await api(base, 'POST', `/api/sessions/${s.sessionId}/links`, {
      key: s.delegations['FRA'],
      body: { role: 'delegation', member: 'GBR' },
    });
    expect(denied.status).toBe(403);
    const old = s.delegations['IRL'] as string;
    const reissued = await api<{ secret: string; member: string }>(
      base,
      'POST',
      `/api/sessions/${s.sessionId}/links`,
      {
        key: s.chair,
        body: { role: 'delegation', member: 'IRL' },
      },
    );
    expect(reissued.status).toBe(201);
    expect(reissued.body.member).toBe('IRL');
    const stale = await command(base, s, old, {
      type: 'CastVote',
      voteId,
      member: 'IRL',
      choice: 'yes',
    });
    expect(stale.status).toBe(401);
    expect(stale.body).toMatchObject({ code: 'key_revoked' });
    const fresh = await command(base, s, reissued.body.secret, {
      type: 'CastVote',
      voteId,
      member: 'IRL',
      choice: BALLOTS_431['IRL'],
    });
    expect(fresh.status).toBe(200);
    s.delegations['IRL'] = reissued.body.secret;
    // Other delegations' links are untouched.
    expect(
      (await api(base, 'GET', `/api/sessions/${s.sessionId}`, { key: s.delegations['GBR'] }))
        .status,
    ).toBe(200);
  });

  it('lists and revokes links for the chair', async () => {
    const list = await api<{
      links: { keyId: string; role: string; member?: string; revokedAt?: string }[];
    }>(base, 'GET', `/api/sessions/${s.sessionId}/links`, { key: s.chair });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(s.observer);
    const observer = list.body.links.find((l) => l.role === 'observer' && !l.revokedAt);
    expect(observer).toBeDefined();
    const del = await api(base, 'DELETE', `/api/sessions/${s.sessionId}/links/${observer?.keyId}`, {
      key: s.chair,
    });
    expect(del.status).toBe(200);
    expect(
      (await api(base, 'GET', `/api/sessions/${s.sessionId}`, { key: s.observer })).status,
    ).toBe(401);
    const again = await api(
      base,
      'DELETE',
      `/api/sessions/${s.sessionId}/links/${observer?.keyId}`,
      { key: s.chair },
    );
    expect(again.status).toBe(404);
  });

  it('refuses the wrong method on a route with 405', async () => {
    const r = await api(base, 'DELETE', `/api/sessions/${s.sessionId}/state`, { key: s.chair });
    expect(r.status).toBe(405);
    expect(r.body).toMatchObject({ code: 'method_not_allowed' });
  });
});
