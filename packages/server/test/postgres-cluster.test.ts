import { describe } from 'vitest';
import { PostgresEventStore } from '../src/storage/postgres/postgres-event-store.ts';
import { startChildServer } from './helpers/child-server.ts';
import { pgAvailable, testDatabaseUrl, uniqueSchema } from './helpers/postgres.ts';
import { twoProcessTests } from './helpers/two-process-suite.ts';

const url = testDatabaseUrl();
const reachable = await pgAvailable(url);
if (!reachable)
  console.warn(`PostgreSQL at ${url} is unreachable: skipping the two-server PostgreSQL test`);

describe.skipIf(!reachable)('two server processes sharing one PostgreSQL', () => {
  const schema = uniqueSchema('cluster');
  const env = { COUNCIL_DATABASE_URL: url, COUNCIL_DATABASE_SCHEMA: schema };
  twoProcessTests({
    store: 'postgres',
    start: async () => {
      const [a, b] = await Promise.all([startChildServer([], env), startChildServer([], env)]);
      return [a, b];
    },
    cleanup: async () => {
      const store = await PostgresEventStore.open({ connectionString: url, schema });
      await store.dropSchema();
      await store.close();
    },
  });
});
