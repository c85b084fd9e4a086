import type { EventStore } from './event-store.ts';
import { PostgresEventStore } from './postgres/postgres-event-store.ts';
import { SqliteEventStore } from './sqlite/sqlite-event-store.ts';

/** Where the events live: a SQLite file (the default) or a PostgreSQL schema. Plain JSON, so a child process can get it. */
export type StoreSpec =
  | { readonly kind: 'sqlite'; readonly file: string; readonly synchronous?: 'full' | 'normal' }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly schema?: string;
      readonly poolSize?: number;
    };

export async function openStore(spec: StoreSpec): Promise<EventStore> {
  switch (spec.kind) {
    case 'sqlite':
      return new SqliteEventStore({
        file: spec.file,
        ...(spec.synchronous === undefined ? {} : { synchronous: spec.synchronous }),
      });
    case 'postgres':
      return PostgresEventStore.open({
        connectionString: spec.url,
        ...(spec.schema === undefined ? {} : { schema: spec.schema }),
        ...(spec.poolSize === undefined ? {} : { poolSize: spec.poolSize }),
      });
  }
}
