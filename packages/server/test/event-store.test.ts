import { describe } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../src/storage/event-store.contract.ts';
import { PostgresEventStore } from '../src/storage/postgres/postgres-event-store.ts';
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
