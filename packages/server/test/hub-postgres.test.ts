import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../src/storage/event-store.ts';
import { PostgresEventStore } from '../src/storage/postgres/postgres-event-store.ts';
import { Hub } from '../src/ws/hub.ts';
import { pgAvailable, testDatabaseUrl, uniqueSchema } from './helpers/postgres.ts';

const url = testDatabaseUrl();
const reachable = await pgAvailable(url);
if (!reachable)
  console.warn(`PostgreSQL at ${url} is unreachable: skipping the hub's PostgreSQL tests`);

const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.skipIf(!reachable)('the hub fed by PostgreSQL notifications', () => {
  const schema = uniqueSchema('hub');
  let writer: PostgresEventStore;
  let reader: PostgresEventStore;
  let hub: Hub;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    writer = await PostgresEventStore.open({ connectionString: url, schema });
    reader = await PostgresEventStore.open({ connectionString: url, schema });
    hub = new Hub(reader, (events) => JSON.stringify(events));
    stop = await reader.watch((change) => hub.changed(change));
  });
  afterAll(async () => {
    await stop?.();
    await reader?.close();
    await writer?.dropSchema();
    await writer?.close();
  });

  it('delivers another process’s appends in order, and catches up after losing its listening connection', async () => {
    const stream = 'session-1';
    await writer.append(stream, 0, [{ n: 1 }, { n: 2 }]);
    const received: StoredEvent[] = [];
    const { ready } = hub.subscribe(stream, 1, {
      deliver: (events) => received.push(...events),
      fail: (error) => {
        throw error;
      },
    });
    expect(await ready).toBe(2);
    await writer.append(stream, 2, [{ n: 3 }]);
    await until(() => received.length === 2);

    // Cut the listener off, append while it is away, and expect the resync to bring the missed events.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
      [`council-listener-${schema}`],
    );
    await admin.end();
    expect(killed.rowCount).toBeGreaterThan(0);
    await writer.append(stream, 3, [{ n: 4 }]);
    await writer.append(stream, 4, [{ n: 5 }, { n: 6 }]);
    await until(() => received.length === 5);
    expect(received.map((e) => e.version)).toEqual([2, 3, 4, 5, 6]);
    expect(received.map((e) => (e.event as { n: number }).n)).toEqual([2, 3, 4, 5, 6]);
  });
});
