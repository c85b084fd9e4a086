/**
 * The event store seam. A session is one stream of events; every adapter (SQLite, PostgreSQL) implements
 * this interface and passes the behaviour suite in `event-store.contract.ts` unchanged.
 *
 * Positions: an event's `version` is its 1-based position in its stream. A stream that has no events is at
 * version 0. `append` succeeds only when the stream is still at `expectedVersion` (optimistic concurrency).
 */

/** One event as stored: the engine's plain-JSON event plus where it sits in the stream. */
export interface StoredEvent<E = unknown> {
  readonly streamId: string;
  readonly version: number;
  readonly event: E;
  readonly recordedAt: string;
}

/**
 * The idempotency record kept with a command: stored in the same transaction as the command's events, so a
 * retried command (same id in the same stream) is never applied twice and gets the original result back.
 */
export interface CommandRecord {
  readonly commandId: string;
  /** A digest of who sent what; a reused id with a different fingerprint is an error, not a retry. */
  readonly fingerprint: string;
  /** The JSON result returned to the caller the first time. */
  readonly result: unknown;
}

export interface AppendOptions {
  /** Stored with the events, atomically. */
  readonly command?: CommandRecord;
  /** Several commands whose events are appended together (a batch); stored with them, atomically. */
  readonly commands?: readonly CommandRecord[];
  /** Recording time (ISO 8601); defaults to the store's clock. */
  readonly at?: string;
}

export type AppendOutcome<E = unknown> =
  | {
      readonly kind: 'appended';
      readonly version: number;
      readonly events: readonly StoredEvent<E>[];
    }
  /** The command id was already recorded in this stream: nothing was appended. */
  | { readonly kind: 'duplicate'; readonly record: CommandRecord };

/** The stream moved on since the caller read it. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;
  constructor(streamId: string, expectedVersion: number, actualVersion: number) {
    super(
      `stream '${streamId}' is at version ${actualVersion}, not the expected ${expectedVersion}`,
    );
    this.streamId = streamId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/** Who a secret link lets in. The secret itself is never stored: only its hash. */
export interface AccessKey {
  readonly keyId: string;
  readonly sessionId: string;
  readonly role: 'chair' | 'delegation' | 'observer' | 'projector';
  readonly member?: string;
  readonly issuedAt: string;
  readonly revokedAt?: string;
}

/** A notification that a stream has reached `version`, or that the listener must re-read what it follows. */
export type StoreChange = { readonly streamId: string; readonly version: number } | 'resync';

export interface EventStore {
  /** A short name for logs and benchmarks: 'sqlite' or 'postgres'. */
  readonly kind: string;
  /**
   * Appends `events` if the stream is at `expectedVersion`; throws ConcurrencyError otherwise. If
   * `options.command` (or any of `options.commands`) names a command id already recorded in the stream,
   * appends nothing and returns that original record (`kind: 'duplicate'`). Resolves only once the append
   * is durable.
   */
  append<E>(
    streamId: string,
    expectedVersion: number,
    events: readonly E[],
    options?: AppendOptions,
  ): Promise<AppendOutcome<E>>;
  /** Events with version > `after` (default 0), in order, at most `limit` of them. */
  read<E = unknown>(streamId: string, after?: number, limit?: number): Promise<StoredEvent<E>[]>;
  /** The stream's current version (0 when it has no events). */
  version(streamId: string): Promise<number>;
  findCommand(streamId: string, commandId: string): Promise<CommandRecord | undefined>;

  /** Stores a new access key by the hash of its secret; revokes, in the same transaction, the keys listed. */
  putKey(
    key: AccessKey,
    keyHash: string,
    revoke?: { role: AccessKey['role']; member?: string },
  ): Promise<void>;
  /** The key whose secret hashes to `keyHash`, revoked or not; undefined when none. */
  findKey(keyHash: string): Promise<AccessKey | undefined>;
  listKeys(sessionId: string): Promise<AccessKey[]>;
  revokeKey(sessionId: string, keyId: string, at: string): Promise<boolean>;

  /**
   * Calls `listener` whenever any process sharing this store appends (PostgreSQL LISTEN/NOTIFY), or with
   * 'resync' when notifications may have been missed (the listening connection was lost and restored).
   * Undefined for stores that cannot see other processes' writes (SQLite). Resolves to a stop function.
   */
  watch?(listener: (change: StoreChange) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The command records of an append, from either option. */
export function commandsOf(options: AppendOptions): readonly CommandRecord[] {
  return [...(options.command ? [options.command] : []), ...(options.commands ?? [])];
}
