/**
 * The behaviour every EventStore adapter must show, written once and run against each adapter
 * (test/event-store.test.ts). Real databases only: no mocks.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConcurrencyError,
  type AccessKey,
  type EventStore,
  type StoreChange,
} from './event-store.ts';
import { openStore, type StoreSpec } from './open-store.ts';

export interface ContractTarget {
  /** A fresh, empty store location used by this suite only. */
  spec(): Promise<StoreSpec>;
  /** Removes whatever `spec()` created. */
  cleanup(spec: StoreSpec): Promise<void>;
}

const CHILD = fileURLToPath(new URL('../../test/fixtures/append-until-killed.ts', import.meta.url));

let streamCounter = 0;
const freshStream = (label: string) => `${label}-${process.pid}-${++streamCounter}`;

export function describeEventStoreContract(name: string, target: ContractTarget): void {
  describe(`EventStore contract: ${name}`, () => {
    let spec: StoreSpec;
    let store: EventStore;

    beforeAll(async () => {
      spec = await target.spec();
      store = await openStore(spec);
    });
    afterAll(async () => {
      await store?.close();
      if (spec) await target.cleanup(spec);
    });

    it('reports version 0 and no events for a stream never written', async () => {
      const id = freshStream('empty');
      expect(await store.version(id)).toBe(0);
      expect(await store.read(id)).toEqual([]);
    });

    it('appends events at consecutive versions and reads them back in order, unchanged', async () => {
      const id = freshStream('basic');
      const events = [
        {
          type: 'A',
          text: 'vote 13–2–0 (for–against–abstaining)',
          nested: { list: [1, 2, { deep: null }] },
        },
        { type: 'B', n: 2 },
        { type: 'C', n: 3 },
      ];
      const outcome = await store.append(id, 0, events, { at: '2022-05-31T15:00:00.000Z' });
      expect(outcome.kind).toBe('appended');
      if (outcome.kind !== 'appended') return;
      expect(outcome.version).toBe(3);
      expect(outcome.events.map((e) => e.version)).toEqual([1, 2, 3]);
      const read = await store.read(id);
      expect(read.map((e) => e.event)).toEqual(events);
      expect(read.map((e) => e.version)).toEqual([1, 2, 3]);
      expect(
        read.every((e) => e.streamId === id && e.recordedAt === '2022-05-31T15:00:00.000Z'),
      ).toBe(true);
      expect(await store.version(id)).toBe(3);
    });

    it('reads from a position, exclusive, with a limit', async () => {
      const id = freshStream('position');
      await store.append(
        id,
        0,
        Array.from({ length: 10 }, (_, i) => ({ type: 'N', i: i + 1 })),
      );
      expect((await store.read(id, 7)).map((e) => e.version)).toEqual([8, 9, 10]);
      expect((await store.read(id, 2, 3)).map((e) => e.version)).toEqual([3, 4, 5]);
      expect(await store.read(id, 10)).toEqual([]);
    });

    it('rejects an append at a stale expected version and stores nothing', async () => {
      const id = freshStream('stale');
      await store.append(id, 0, [{ type: 'A' }]);
      const attempt = store.append(id, 0, [{ type: 'B' }]);
      await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(attempt).rejects.toMatchObject({ expectedVersion: 0, actualVersion: 1 });
      await expect(store.append(id, 5, [{ type: 'B' }])).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store.read(id)).map((e) => e.event)).toEqual([{ type: 'A' }]);
    });

    it('lets exactly one of several concurrent appends at the same version win', async () => {
      const id = freshStream('race');
      await store.append(id, 0, [{ type: 'Start' }]);
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          store.append(id, 1, [
            { type: 'Try', i },
            { type: 'Then', i },
          ]),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(
        lost.every((r) => r.status === 'rejected' && r.reason instanceof ConcurrencyError),
      ).toBe(true);
      const read = await store.read(id);
      expect(read.map((e) => e.version)).toEqual([1, 2, 3]);
      const winner = (read[1]?.event as { i: number }).i;
      expect((read[2]?.event as { i: number }).i).toBe(winner);
    });

    it('keeps streams independent', async () => {
      const a = freshStream('a');
      const b = freshStream('b');
      await store.append(a, 0, [{ type: 'A1' }]);
      await store.append(b, 0, [{ type: 'B1' }, { type: 'B2' }]);
      await store.append(a, 1, [{ type: 'A2' }]);
      expect((await store.read(a)).map((e) => e.event)).toEqual([{ type: 'A1' }, { type: 'A2' }]);
      expect(await store.version(b)).toBe(2);
    });

    it('applies a command id once per stream and returns the original result on a retry', async () => {
      const id = freshStream('idem');
      const command = { commandId: 'cmd-1', fingerprint: 'fp-1', result: { ok: true, version: 1 } };
      const first = await store.append(id, 0, [{ type: 'Voted' }], { command });
      expect(first.kind).toBe('appended');
      const retry = await store.append(id, 1, [{ type: 'Voted' }], {
        command: { commandId: 'cmd-1', fingerprint: 'fp-1', result: { ok: true, version: 2 } },
      });
      expect(retry).toEqual({ kind: 'duplicate', record: command });
      // Even a retry that carries a stale version is recognised as a duplicate, not a conflict.
      const stale = await store.append(id, 0, [{ type: 'Voted' }], { command });
      expect(stale.kind).toBe('duplicate');
      expect(await store.version(id)).toBe(1);
      expect(await store.findCommand(id, 'cmd-1')).toEqual(command);
      expect(await store.findCommand(id, 'cmd-2')).toBeUndefined();
      // The same id in another stream is another command.
      const other = freshStream('idem-other');
      expect((await store.append(other, 0, [{ type: 'Voted' }], { command })).kind).toBe(
        'appended',
      );
    });

    it('applies one of several concurrent retries of the same command', async () => {
      const id = freshStream('idem-race');
      const command = { commandId: 'same', fingerprint: 'f', result: { first: true } };
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, () => store.append(id, 0, [{ type: 'Once' }], { command })),
      );
      const appended = results.filter(
        (r) => r.status === 'fulfilled' && r.value.kind === 'appended',
      );
      expect(appended).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
        else if (r.value.kind === 'duplicate') expect(r.value.record).toEqual(command);
      }
      expect(await store.read(id)).toHaveLength(1);
    });

    it('stores several commands with one append, and recognises a retry of any of them', async () => {
      const id = freshStream('batch');
      const c1 = { commandId: 'b-1', fingerprint: 'f1', result: { from: 1, to: 1 } };
      const c2 = { commandId: 'b-2', fingerprint: 'f2', result: { from: 2, to: 3 } };
      const outcome = await store.append(
        id,
        0,
        [{ type: 'One' }, { type: 'Two' }, { type: 'Three' }],
        { commands: [c1, c2] },
      );
      expect(outcome).toMatchObject({ kind: 'appended', version: 3 });
      expect(await store.findCommand(id, 'b-1')).toEqual(c1);
      expect(await store.findCommand(id, 'b-2')).toEqual(c2);
      const retry = await store.append(id, 3, [{ type: 'Again' }], {
        commands: [{ commandId: 'b-3', fingerprint: 'f3', result: {} }, c2],
      });
      expect(retry).toEqual({ kind: 'duplicate', record: c2 });
      expect(await store.version(id)).toBe(3);
      expect(await store.findCommand(id, 'b-3')).toBeUndefined();
    });

    it('records a command that produced no events', async () => {
      const id = freshStream('noop');
      const command = { commandId: 'noop', fingerprint: 'f', result: { events: 0 } };
      const outcome = await store.append(id, 0, [], { command });
      expect(outcome).toMatchObject({ kind: 'appended', version: 0, events: [] });
      expect(await store.findCommand(id, 'noop')).toEqual(command);
      expect(await store.version(id)).toBe(0);
      await store.append(id, 0, [{ type: 'Later' }]);
      expect(await store.version(id)).toBe(1);
    });

    it('stores access keys by hash, reissues by revoking the previous key of the same role and member', async () => {
      const session = freshStream('keys');
      const key = (
        keyId: string,
        role: AccessKey['role'],
        member?: string,
        at = '2026-01-01T00:00:00.000Z',
      ) =>
        ({
          keyId,
          sessionId: session,
          role,
          issuedAt: at,
          ...(member ? { member } : {}),
        }) as AccessKey;
      await store.putKey(key('k-chair', 'chair'), `${session}-h-chair`);
      await store.putKey(key('k-fra', 'delegation', 'FRA'), `${session}-h-fra`, {
        role: 'delegation',
        member: 'FRA',
      });
      await store.putKey(key('k-gbr', 'delegation', 'GBR'), `${session}-h-gbr`, {
        role: 'delegation',
        member: 'GBR',
      });
      await store.putKey(key('k-obs1', 'observer'), `${session}-h-obs1`);
      await store.putKey(key('k-obs2', 'observer'), `${session}-h-obs2`);
      expect(await store.findKey(`${session}-h-fra`)).toEqual(key('k-fra', 'delegation', 'FRA'));
      expect(await store.findKey(`${session}-nope`)).toBeUndefined();

      const later = '2026-01-02T00:00:00.000Z';
      await store.putKey(key('k-fra2', 'delegation', 'FRA', later), `${session}-h-fra2`, {
        role: 'delegation',
        member: 'FRA',
      });
      expect(await store.findKey(`${session}-h-fra`)).toMatchObject({
        keyId: 'k-fra',
        revokedAt: later,
      });
      expect((await store.findKey(`${session}-h-fra2`))?.revokedAt).toBeUndefined();
      expect((await store.findKey(`${session}-h-gbr`))?.revokedAt).toBeUndefined();
      expect((await store.findKey(`${session}-h-chair`))?.revokedAt).toBeUndefined();

      expect(await store.revokeKey(session, 'k-obs1', later)).toBe(true);
      expect(await store.revokeKey(session, 'k-obs1', later)).toBe(false);
      expect((await store.findKey(`${session}-h-obs2`))?.revokedAt).toBeUndefined();
      const keys = await store.listKeys(session);
      expect(keys.map((k) => k.keyId).sort()).toEqual([
        'k-chair',
        'k-fra',
        'k-fra2',
        'k-gbr',
        'k-obs1',
        'k-obs2',
      ]);
      await expect(store.putKey(key('dup', 'observer'), `${session}-h-obs2`)).rejects.toThrow();
    });

    it('refuses at once, in another connection, a key revoked or reissued through this one', async () => {
      const other = await openStore(spec);
      try {
        const session = freshStream('revoke');
        const key = (keyId: string, role: AccessKey['role'], member?: string) =>
          ({
            keyId,
            sessionId: session,
            role,
            issuedAt: '2026-01-01T00:00:00.000Z',
            ...(member ? { member } : {}),
          }) as AccessKey;
        await store.putKey(key('k-obs', 'observer'), `${session}-h-obs`);
        await store.putKey(key('k-fra', 'delegation', 'FRA'), `${session}-h-fra`);
        // The other connection has looked both keys up (and may remember the answers).
        expect((await other.findKey(`${session}-h-obs`))?.revokedAt).toBeUndefined();
        expect((await other.findKey(`${session}-h-fra`))?.revokedAt).toBeUndefined();
        await store.revokeKey(session, 'k-obs', '2026-01-02T00:00:00.000Z');
        await store.putKey(key('k-fra2', 'delegation', 'FRA'), `${session}-h-fra2`, {
          role: 'delegation',
          member: 'FRA',
        });
        expect((await other.findKey(`${session}-h-obs`))?.revokedAt).toBeDefined();
        expect((await other.findKey(`${session}-h-fra`))?.revokedAt).toBeDefined();
        expect((await other.findKey(`${session}-h-fra2`))?.keyId).toBe('k-fra2');
      } finally {
        await other.close();
      }
    });

    it('keeps every acknowledged append after the writing process is killed (SIGKILL)', async () => {
      const id = freshStream('crash');
      for (let round = 0; round < 3; round++) {
        const acked = await runUntilKilled(spec, id, 15 + round * 10);
        const events = await store.read<{ n: number }>(id);
        const ns = events.map((e) => e.event.n);
        // Every acknowledged append is there, once, in order; at most the one in flight may also have landed.
        expect(ns).toEqual(Array.from({ length: ns.length }, (_, i) => i + 1));
        expect(ns.length).toBeGreaterThanOrEqual(acked);
        expect(ns.length).toBeLessThanOrEqual(acked + 1);
        for (const n of [1, acked])
          expect(await store.findCommand(id, `c-${n}`)).toMatchObject({ result: { n } });
      }
    });

    it('tells watchers in other connections about appends, when the adapter supports it', async (ctx) => {
      const other = await openStore(spec);
      try {
        if (!other.watch) {
          ctx.skip();
          return;
        }
        const id = freshStream('watch');
        const seen: StoreChange[] = [];
        const stop = await other.watch((change) => seen.push(change));
        await store.append(id, 0, [{ type: 'A' }]);
        await store.append(id, 1, [{ type: 'B' }, { type: 'C' }]);
        const ofStream = () =>
          seen.flatMap((c) => (c !== 'resync' && c.streamId === id ? [c.version] : []));
        const deadline = Date.now() + 5000;
        while (ofStream().at(-1) !== 3 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 20));
        }
        // One notification per append (PostgreSQL), or several appends reported at once with the latest
        // version (SQLite's polling): either way increasing, and ending at the stream's version.
        const versions = ofStream();
        expect(versions.at(-1)).toBe(3);
        expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
        expect(versions.every((v) => v === 1 || v === 3)).toBe(true);
        await stop();
      } finally {
        await other.close();
      }
    });
  });
}

/** Runs the appending child until it has acknowledged at least `minAcks`, kills it, returns the last ack. */
function runUntilKilled(spec: StoreSpec, streamId: string, minAcks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, JSON.stringify(spec), streamId],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let buffer = '';
    let acks = 0;
    let last = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const match = /^ack (\d+)$/.exec(line);
        if (!match) continue;
        last = Number(match[1]);
        acks += 1;
        if (acks === minAcks) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`child exited without being killed: ${stderr}`));
    });
  });
}
