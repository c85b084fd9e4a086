/**
 * Starts a Council server from a parsed configuration: the only place that opens the database and listens.
 * Used by `council serve` and by tests that run the server as a child process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCouncilServer, type CouncilServer } from './app.ts';
import type { ServerConfig } from './config.ts';
import { councilDecider, councilScenarioEvents, councilStartSession } from './council.ts';
import { queryRoutes } from './queries.ts';
import { openStore } from './storage/open-store.ts';

/** The built web app, when another package has built it. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  readonly url: string;
  readonly app: CouncilServer;
  stop(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = await openStore(config.store);
  const app = await createCouncilServer({
    store,
    decider: councilDecider,
    startSession: councilStartSession,
    scenarioEvents: councilScenarioEvents,
    bodyLimit: config.bodyLimit,
    queries: await queryRoutes(),
    ...(existsSync(WEB_DIST) ? { webRoot: WEB_DIST } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  let url: string;
  try {
    url = await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  return {
    url,
    app,
    async stop() {
      await app.close();
      await store.close();
    },
  };
}
