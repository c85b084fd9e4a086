import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../src/storage/event-store.contract.ts';
import type { StoreChange } from '../src/storage/event-store.ts';
import { PostgresEventStore } from '../src/storage/postgres/postgres-event-store.ts';
import { SqliteEventStore } from '../src/storage/sqlite/sqlite-event-store.ts';
import { pgAvailable, testDatabaseUrl, uniqueSchema } from './helpers/postgres.ts';

describeEventStoreContract('SQLite', {
  spec: () =>
    Promise.resolve({
      kind: 'sqlite',
      file: join(mkdtempSync(join(tmpdir(), 'council-store-')), 'events.db'),
    }),
  cleanup: (spec) => {
    if (spec.kind === 'sqlite') rmSync(join(spec.file, '..'), { recursive: true, force: true });
    return Promise.resolve();
  },
});

describeEventStoreContract('SQLite, synchronous=FULL', {
  spec: () =>
    Promise.resolve({
      kind: 'sqlite',
      file: join(mkdtempSync(join(tmpdir(), 'council-store-')), 'events.db'),
      synchronous: 'full',
    }),
  cleanup: (spec) => {
    if (spec.kind === 'sqlite') rmSync(join(spec.file, '..'), { recursive: true, force: true });
    return Promise.resolve();
  },
});

const url = testDatabaseUrl();
const reachable = await pgAvailable(url);
if (!reachable)
  console.warn(`PostgreSQL at ${url} is unreachable: skipping the PostgreSQL event-store contract`);

describe.skipIf(!reachable)('PostgreSQL adapter', () => {
  describeEventStoreContract('PostgreSQL', {
    spec: () => Promise.resolve({ kind: 'postgres', url, schema: uniqueSchema('store') }),
    cleanup: async (spec) => {
      if (spec.kind !== 'postgres') return;
      const store = await PostgresEventStore.open({
        connectionString: spec.url,
        schema: spec.schema ?? 'council',
      });
      await store.dropSchema();
      await store.close();
    },
  });
});

describe('a SQLite file written before the change sequence existed', () => {
  it('is brought up to date on opening, keeps its events, and is watched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-store-old-'));
    const file = join(dir, 'events.db');
    try {
      const old = new Database(file);
      old.exec(`
        CREATE TABLE streams (stream_id TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE events (stream_id TEXT NOT NULL, version INTEGER NOT NULL, event TEXT NOT NULL,
          recorded_at TEXT NOT NULL, PRIMARY KEY (stream_id, version)) WITHOUT ROWID;
        INSERT INTO streams VALUES ('s', 1);
        INSERT INTO events VALUES ('s', 1, '{"type":"A"}', '2026-01-01T00:00:00.000Z');
      `);
      old.close();
      const store = new SqliteEventStore({ file, pollInterval: 5 });
      const other = new SqliteEventStore({ file, pollInterval: 5 });
      try {
        expect((await store.read('s')).map((e) => e.event)).toEqual([{ type: 'A' }]);
        const seen: StoreChange[] = [];
        const stop = await other.watch((change) => seen.push(change));
        await store.append('s', 1, [{ type: 'B' }]);
        await store.append('t', 0, [{ type: 'C' }]);
        const deadline = Date.now() + 5000;
        while (seen.length < 2 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 10));
        expect(seen).toEqual([
          { streamId: 's', version: 2 },
          { streamId: 't', version: 1 },
        ]);
        await stop();
      } finally {
        await store.close();
        await other.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
