import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CouncilService } from '../src/council-service.ts';
import type { AnyDecider } from '../src/decider.ts';
import { SqliteEventStore } from '../src/storage/sqlite/sqlite-event-store.ts';

/** A tiny domain: a gate that opens and closes, and additions allowed only while it is open. */
type GateState = { open: boolean; total: number };
type GateEvent = { type: 'Opened' } | { type: 'Closed' } | { type: 'Added'; n: number };
const gate: AnyDecider = {
  initialState: (): GateState => ({ open: false, total: 0 }),
  decide: (state, command) => {
    const s = state as GateState;
    const c = command as unknown as { type: string; n?: number };
    const no = (code: string) => ({
      ok: false as const,
      rejection: { code, ruleId: 'gate', message: code },
    });
    switch (c.type) {
      case 'Open':
        return s.open ? no('already_open') : { ok: true, events: [{ type: 'Opened' }] };
      case 'Close':
        return s.open ? { ok: true, events: [{ type: 'Closed' }] } : no('already_closed');
      case 'Add':
        return s.open ? { ok: true, events: [{ type: 'Added', n: c.n ?? 0 }] } : no('closed');
      default:
        return no('unknown');
    }
  },
  evolve: (state, event) => {
    const s = state as GateState;
    const e = event as GateEvent;
    if (e.type === 'Opened') return { ...s, open: true };
    if (e.type === 'Closed') return { ...s, open: false };
    return { ...s, total: s.total + e.n };
  },
};

const dir = mkdtempSync(join(tmpdir(), 'council-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CouncilService with two writers on one store (as two processes would be)', () => {
  it('decides again on fresh state after a conflict, and never returns a rejection based on a stale cache', async () => {
    const file = join(dir, 'two.db');
    const storeA = new SqliteEventStore({ file });
    const storeB = new SqliteEventStore({ file });
    const a = new CouncilService({ store: storeA, decider: gate });
    const b = new CouncilService({ store: storeB, decider: gate });
    const chair = { role: 'chair' } as const;
    let id = 0;
    const run = (svc: CouncilService, cmd: Record<string, unknown>) =>
      svc.execute('s', `c${++id}`, chair, cmd as { type: string });

    expect(await run(a, { type: 'Open' })).toMatchObject({ ok: true, version: 1 });
    expect(await run(b, { type: 'Add', n: 2 })).toMatchObject({ ok: true, version: 2 });
    // A's cache is at version 1: its append conflicts, it re-reads and succeeds at version 3.
    expect(await run(a, { type: 'Add', n: 3 })).toMatchObject({ ok: true, version: 3 });
    expect(await run(a, { type: 'Close' })).toMatchObject({ ok: true, version: 4 });
    // B still believes the gate is open: its decision is checked against the store and turns into a rejection.
    expect(await run(b, { type: 'Add', n: 5 })).toMatchObject({
      ok: false,
      rejection: { code: 'closed' },
    });
    expect(await run(a, { type: 'Open' })).toMatchObject({ ok: true, version: 5 });
    // B now believes the gate is closed; the store says open: B must not reject on its stale view.
    expect(await run(b, { type: 'Add', n: 7 })).toMatchObject({ ok: true, version: 6 });
    const state = await a.state('s');
    expect(state).toEqual({ version: 6, state: { open: true, total: 12 } });
    await storeA.close();
    await storeB.close();
  });

  it('applies a burst of concurrent commands from both writers without losing or doubling any', async () => {
    const file = join(dir, 'burst.db');
    const storeA = new SqliteEventStore({ file });
    const storeB = new SqliteEventStore({ file });
    const a = new CouncilService({ store: storeA, decider: gate, maxRetries: 100 });
    const b = new CouncilService({ store: storeB, decider: gate, maxRetries: 100 });
    const chair = { role: 'chair' } as const;
    await a.execute('s', 'open', chair, { type: 'Open' });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).execute('s', `add-${i}`, chair, { type: 'Add', n: i } as { type: string }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const versions = results.map((r) => (r.ok ? r.version : 0)).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    expect((await b.state('s')).state).toEqual({ open: true, total: (39 * 40) / 2 });
    // Retrying every command on the other writer changes nothing.
    const retries = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? b : a).execute('s', `add-${i}`, chair, { type: 'Add', n: i } as { type: string }),
      ),
    );
    expect(retries.every((r) => r.ok && r.duplicate)).toBe(true);
    expect(await storeA.version('s')).toBe(41);
    await storeA.close();
    await storeB.close();
  });
});

describe('CouncilService batching', () => {
  it('decides queued commands of a session in order and appends them together, each with its own answer', async () => {
    const store = new SqliteEventStore({ file: join(dir, 'batch.db') });
    const appends: number[] = [];
    const service = new CouncilService({
      store,
      decider: gate,
      onAppended: (_s, events) => appends.push(events.length),
    });
    const chair = { role: 'chair' } as const;
    const run = (id: string, cmd: Record<string, unknown>) =>
      service.execute('s', id, chair, cmd as { type: string });
    await run('open', { type: 'Open' });
    const calls = [
      ...Array.from({ length: 20 }, (_, i) => run(`add-${i}`, { type: 'Add', n: i })),
      run('close', { type: 'Close' }),
      run('late', { type: 'Add', n: 100 }),
      run('add-5', { type: 'Add', n: 5 }),
      run('add-6', { type: 'Add', n: 999 }),
    ];
    const results = await Promise.allSettled(calls);
    const value = (i: number) =>
      (results[i] as PromiseFulfilledResult<Awaited<(typeof calls)[number]>>).value;
    for (let i = 0; i < 20; i++)
      expect(value(i)).toMatchObject({ ok: true, duplicate: false, version: i + 2 });
    expect(value(20)).toMatchObject({ ok: true, version: 22 });
    expect(value(21)).toMatchObject({ ok: false, rejection: { code: 'closed' } });
    expect(value(22)).toEqual({ ...value(5), duplicate: true });
    expect(results[23]).toMatchObject({
      status: 'rejected',
      reason: { code: 'idempotency_key_reused' },
    });
    expect(await service.state('s')).toEqual({ version: 22, state: { open: false, total: 190 } });
    // Fewer appends than commands: the queue was stored in batches.
    expect(appends.length).toBeLessThan(21);
    expect(appends.reduce((a, b) => a + b, 0)).toBe(22);
    // A retry in a later batch gets the original answer too.
    expect(await run('add-7', { type: 'Add', n: 7 })).toEqual({ ...value(7), duplicate: true });
    await store.close();
  });
});
