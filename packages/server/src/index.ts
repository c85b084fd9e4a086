/**
 * @council/server: live Council sessions over HTTP and WebSocket, with SQLite (default) or PostgreSQL.
 */
export {
  createCouncilServer,
  type CouncilServer,
  type CouncilServerOptions,
  type CreateSessionInput,
  type QueryRoute,
  type WireEvent,
} from './app.ts';
export { startServer, WEB_DIST, type RunningServer } from './main.ts';
export { parseConfig, ConfigError, type ServerConfig, type ConfigInput } from './config.ts';
export { CouncilService, fingerprintOf, type CommandOutcome } from './council-service.ts';
export { councilDecider, councilStartSession } from './council.ts';
export type { Actor, AnyDecider, CommandMeta, Decider, Decision, Rejection } from './decider.ts';
export { ApiError } from './errors.ts';
export { Hub, type Subscriber } from './ws/hub.ts';
export {
  ConcurrencyError,
  type AccessKey,
  type AppendOptions,
  type AppendOutcome,
  type CommandRecord,
  type EventStore,
  type StoreChange,
  type StoredEvent,
} from './storage/event-store.ts';
export {
  SqliteEventStore,
  type SqliteEventStoreOptions,
} from './storage/sqlite/sqlite-event-store.ts';
export {
  PostgresEventStore,
  type PostgresEventStoreOptions,
} from './storage/postgres/postgres-event-store.ts';
export { openStore, type StoreSpec } from './storage/open-store.ts';
export {
  sessionCommandSchema,
  commandRequestSchema,
  createSessionSchema,
  issueLinkSchema,
} from './protocol/commands.ts';
