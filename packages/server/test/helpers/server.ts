/** An in-process Council server on a real port with a real SQLite file (or a given store). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createCouncilServer,
  type CouncilServer,
  type CouncilServerOptions,
} from '../../src/app.ts';
import { councilDecider, councilStartSession } from '../../src/council.ts';
import type { EventStore } from '../../src/storage/event-store.ts';
import { SqliteEventStore } from '../../src/storage/sqlite/sqlite-event-store.ts';

export interface TestServer {
  url: string;
  app: CouncilServer;
  store: EventStore;
  close(): Promise<void>;
}

export async function startTestServer(
  options: Partial<CouncilServerOptions> & { store?: EventStore } = {},
): Promise<TestServer> {
  let dir: string | undefined;
  let store = options.store;
  if (!store) {
    dir = mkdtempSync(join(tmpdir(), 'council-server-'));
    store = new SqliteEventStore({ file: join(dir, 'council.db') });
  }
  const app = await createCouncilServer({
    decider: councilDecider,
    startSession: councilStartSession,
    ...options,
    store,
  });
  const url = await app.listen(0);
  const owned = store;
  return {
    url,
    app,
    store,
    async close() {
      await app.close();
      if (dir) {
        await owned.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
