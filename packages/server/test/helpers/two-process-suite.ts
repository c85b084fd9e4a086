// The tests that two `council serve` processes sharing one store must pass, whichever store it is
// (PostgreSQL with LISTEN/NOTIFY, or one SQLite file polled for changes): each store's file starts its two
// processes and calls this.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChildServer } from './child-server.ts';
import { api, LiveClient } from './client.ts';
import {
  BALLOTS_431,
  command,
  createLiveSession,
  MEMBERS_2022,
  openVoteOnDraft,
} from './council.ts';

export interface TwoProcessOptions {
  /** What /api/health reports as the store. */
  readonly store: 'sqlite' | 'postgres';
  /** Starts the two processes on the shared store. */
  readonly start: () => Promise<[ChildServer, ChildServer]>;
  /** Removes the shared store once both have stopped. */
  readonly cleanup: () => Promise<void> | void;
}

/** Registers the two-process tests in the enclosing `describe`. */
export function twoProcessTests(options: TwoProcessOptions): void {
  let a: ChildServer;
  let b: ChildServer;

  beforeAll(async () => {
    [a, b] = await options.start();
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await options.cleanup();
  });

  it(`reports ${options.store} on both`, async () => {
    for (const server of [a, b])
      expect((await api(server.url, 'GET', '/api/health')).body).toMatchObject({
        store: options.store,
      });
  });

  it('delivers every event appended through one process to the WebSocket clients of the other, once and in order', async () => {
    // The session is created and prepared through A; half the delegations then use B.
    const s = await createLiveSession(a.url);
    const voteId = await openVoteOnDraft(a.url, s);
    const serverOf = (i: number) => (i % 2 === 0 ? a : b);
    const clients = MEMBERS_2022.map(
      (m, i) => new LiveClient(serverOf(i).url, s.sessionId, s.delegations[m] as string),
    );
    const watchers = [
      new LiveClient(a.url, s.sessionId, s.observer),
      new LiveClient(b.url, s.sessionId, s.projector),
    ];
    const all = [...clients, ...watchers];
    await Promise.all(all.map((c) => c.connect()));

    // Everyone votes at once, each through its own server: the two processes race on one stream.
    const votes = await Promise.all(
      MEMBERS_2022.map((m, i) =>
        command(serverOf(i).url, s, s.delegations[m] as string, {
          type: 'CastVote',
          voteId,
          member: m,
          choice: BALLOTS_431[m],
        }),
      ),
    );
    expect(votes.map((r) => r.status)).toEqual(MEMBERS_2022.map(() => 200));
    const closed = await command(b.url, s, s.chair, { type: 'CloseVote', voteId });
    expect(closed.status).toBe(200);
    const final = (closed.body as { version: number }).version;
    await Promise.all(all.map((c) => c.waitForVersion(final, 15_000)));

    const stored = await api<{ events: { version: number; event: unknown }[] }>(
      a.url,
      'GET',
      `/api/sessions/${s.sessionId}/events`,
      { key: s.chair },
    );
    expect(stored.body.events).toHaveLength(final);
    for (const c of all) {
      expect(c.problems).toEqual([]);
      expect(c.events.map((e) => e.version)).toEqual(stored.body.events.map((e) => e.version));
      expect(c.events.map((e) => e.event)).toEqual(stored.body.events.map((e) => e.event));
      const veto = c.events.find((e) => e.event.type === 'DraftVetoed');
      expect(veto?.event.data['result']).toMatchObject({
        outcome: 'vetoed',
        yes: 13,
        no: 2,
        abstain: 0,
      });
    }
    await Promise.all(all.map((c) => c.close()));
  });

  it('delivers to a client of one process the votes cast over WebSocket on the other', async () => {
    const s = await createLiveSession(b.url);
    const voteId = await openVoteOnDraft(b.url, s);
    const observer = new LiveClient(a.url, s.sessionId, s.observer);
    const voter = new LiveClient(b.url, s.sessionId, s.delegations['GHA'] as string);
    await Promise.all([observer.connect(), voter.connect()]);
    voter.send({
      type: 'command',
      commandId: 'gha-live',
      command: { type: 'CastVote', voteId, member: 'GHA', choice: 'yes' },
    });
    const resultOf = () => voter.frames.find((f) => f['commandId'] === 'gha-live');
    await voter.waitFor(() => resultOf() !== undefined, 15_000, 'the result');
    expect(resultOf()).toMatchObject({ type: 'result', ok: true });
    const version = resultOf()?.['version'] as number;
    await observer.waitForVersion(version, 15_000);
    expect(observer.problems).toEqual([]);
    expect(observer.events.at(-1)?.event).toMatchObject({
      type: 'VoteCast',
      data: { voteId, member: 'GHA', choice: 'yes' },
    });
    await Promise.all([observer.close(), voter.close()]);
  });

  it('applies a command retried on the other process once', async () => {
    const s = await createLiveSession(b.url);
    const voteId = await openVoteOnDraft(b.url, s);
    const vote = { type: 'CastVote', voteId, member: 'GHA', choice: 'yes' };
    const first = await command(a.url, s, s.delegations['GHA'] as string, vote, 'gha-once');
    const retry = await command(b.url, s, s.delegations['GHA'] as string, vote, 'gha-once');
    expect(first.status).toBe(200);
    expect(retry.body).toEqual({ ...first.body, duplicate: true });
  });

  it('refuses at once, on the other process, a link reissued on one', async () => {
    const s = await createLiveSession(a.url);
    // B has just let the old link in (and may remember the key).
    const before = await api(b.url, 'GET', `/api/sessions/${s.sessionId}`, {
      key: s.delegations['NOR'],
    });
    expect(before.status).toBe(200);
    const reissued = await api(a.url, 'POST', `/api/sessions/${s.sessionId}/links`, {
      key: s.chair,
      body: { role: 'delegation', member: 'NOR' },
    });
    expect(reissued.status).toBe(201);
    const old = await api(b.url, 'GET', `/api/sessions/${s.sessionId}`, {
      key: s.delegations['NOR'],
    });
    expect(old.status).toBe(401);
  });
}
