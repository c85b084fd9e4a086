import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  commandsOf,
  ConcurrencyError,
  type AccessKey,
  type AppendOptions,
  type AppendOutcome,
  type CommandRecord,
  type EventStore,
  type StoredEvent,
} from '../event-store.ts';
import { SQLITE_SCHEMA } from './migrations.ts';
import { toKey, type KeyRow } from '../key-row.ts';

export interface SqliteEventStoreOptions {
  /** Path of the database file (created with its folder if missing), or ':memory:'. */
  readonly file: string;
  /**
   * SQLite `synchronous` level in WAL mode. 'normal' (default): a commit is in the WAL file before it is
   * acknowledged, so it survives a crash of the process (SIGKILL included), but the WAL is synced to disk
   * only at checkpoints, so a power cut or kernel crash may lose the last commits. 'full': the WAL is synced
   * on every commit (group commit keeps one sync per batch), surviving power cuts, at the cost of blocking the
   * event loop for each sync.
   */
  readonly synchronous?: 'full' | 'normal';
}

/** How long a key look-up may be answered from memory (see findKey). */
const KEY_TTL_MS = 10_000;

interface PendingAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly unknown[];
  readonly options: AppendOptions;
  readonly resolve: (outcome: AppendOutcome) => void;
  readonly reject: (error: unknown) => void;
}

interface EventRow {
  stream_id: string;
  version: number;
  event: string;
  recorded_at: string;
}
interface CommandRow {
  command_id: string;
  fingerprint: string;
  result: string;
}

/** The default store: one SQLite file in WAL mode, no set-up. Writes are synchronous (better-sqlite3). */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;
  readonly #appendTx: Database.Transaction<
    (
      streamId: string,
      expectedVersion: number,
      events: readonly unknown[],
      options: AppendOptions,
    ) => AppendOutcome
  >;
  readonly #stmts;
  readonly #batchTx: Database.Transaction<
    (
      batch: readonly PendingAppend[],
      outcomes: ({ ok: true; value: AppendOutcome } | { ok: false; error: unknown })[],
    ) => void
  >;
  #pending: PendingAppend[] = [];
  readonly #keyCache = new Map<string, { key: AccessKey | undefined; until: number }>();

  constructor(options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const db = new Database(options.file);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.exec(SQLITE_SCHEMA);
    this.#db = db;
    const stmts = {
      streamVersion: db.prepare<[string], { version: number }>(
        'SELECT version FROM streams WHERE stream_id = ?',
      ),
      upsertStream: db.prepare<[string, number]>(
        'INSERT INTO streams (stream_id, version) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version',
      ),
      insertEvent: db.prepare<[string, number, string, string]>(
        'INSERT INTO events (stream_id, version, event, recorded_at) VALUES (?, ?, ?, ?)',
      ),
      readEvents: db.prepare<[string, number, number], EventRow>(
        'SELECT stream_id, version, event, recorded_at FROM events WHERE stream_id = ? AND version > ? ORDER BY version LIMIT ?',
      ),
      findCommand: db.prepare<[string, string], CommandRow>(
        'SELECT command_id, fingerprint, result FROM commands WHERE stream_id = ? AND command_id = ?',
      ),
      insertCommand: db.prepare<[string, string, string, string, string]>(
        'INSERT INTO commands (stream_id, command_id, fingerprint, result, recorded_at) VALUES (?, ?, ?, ?, ?)',
      ),
      insertKey: db.prepare<[string, string, string, string, string | null, string]>(
        'INSERT INTO access_keys (key_hash, key_id, session_id, role, member, issued_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      revokeByRole: db.prepare<[string, string, string, string | null]>(
        'UPDATE access_keys SET revoked_at = ? WHERE session_id = ? AND role = ? AND member IS ? AND revoked_at IS NULL',
      ),
      revokeById: db.prepare<[string, string, string]>(
        'UPDATE access_keys SET revoked_at = ? WHERE session_id = ? AND key_id = ? AND revoked_at IS NULL',
      ),
      findKey: db.prepare<[string], KeyRow>(
        'SELECT key_id, session_id, role, member, issued_at, revoked_at FROM access_keys WHERE key_hash = ?',
      ),
      listKeys: db.prepare<[string], KeyRow>(
        'SELECT key_id, session_id, role, member, issued_at, revoked_at FROM access_keys WHERE session_id = ? ORDER BY issued_at, key_id',
      ),
    };
    this.#stmts = stmts;
    this.#appendTx = db.transaction(
      (
        streamId: string,
        expectedVersion: number,
        events: readonly unknown[],
        options: AppendOptions,
      ): AppendOutcome => {
        const at = options.at ?? new Date().toISOString();
        // Command ids first: a known id wins over a stale version (a late retry is a duplicate, not a
        // conflict). The primary key finds it without a separate look-up; throwing undoes this savepoint.
        for (const { commandId, fingerprint, result } of commandsOf(options)) {
          try {
            stmts.insertCommand.run(streamId, commandId, fingerprint, JSON.stringify(result), at);
          } catch (error) {
            const existing = isPrimaryKeyViolation(error)
              ? stmts.findCommand.get(streamId, commandId)
              : undefined;
            if (existing) throw new DuplicateCommand(toRecord(existing));
            throw error;
          }
        }
        const actual = stmts.streamVersion.get(streamId)?.version ?? 0;
        if (actual !== expectedVersion)
          throw new ConcurrencyError(streamId, expectedVersion, actual);
        const stored: StoredEvent[] = [];
        let version = actual;
        for (const event of events) {
          version += 1;
          stmts.insertEvent.run(streamId, version, JSON.stringify(event), at);
          stored.push({ streamId, version, event, recordedAt: at });
        }
        stmts.upsertStream.run(streamId, version);
        return { kind: 'appended', version, events: stored };
      },
    );
    this.#batchTx = db.transaction((batch, outcomes) => {
      for (const item of batch) {
        try {
          // A nested transaction is a savepoint: a failed append is rolled back alone.
          outcomes.push({
            ok: true,
            value: this.#appendTx(item.streamId, item.expectedVersion, item.events, item.options),
          });
        } catch (error) {
          if (error instanceof DuplicateCommand)
            outcomes.push({ ok: true, value: { kind: 'duplicate', record: error.record } });
          else outcomes.push({ ok: false, error });
        }
      }
    });
  }

  /**
   * Group commit: appends that arrive in the same turn of the event loop share one transaction (one WAL sync),
   * each inside its own savepoint, so one append's conflict does not undo the others. Every promise settles
   * only after the COMMIT has returned, i.e. once its events are durable.
   */
  append<E>(
    streamId: string,
    expectedVersion: number,
    events: readonly E[],
    options: AppendOptions = {},
  ): Promise<AppendOutcome<E>> {
    return new Promise((resolve, reject) => {
      this.#pending.push({
        streamId,
        expectedVersion,
        events,
        options,
        resolve: resolve as never,
        reject,
      });
      if (this.#pending.length === 1) setImmediate(() => this.#flush());
    });
  }

  #flush(): void {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    const outcomes: ({ ok: true; value: AppendOutcome } | { ok: false; error: unknown })[] = [];
    try {
      // IMMEDIATE takes the write lock at once, so another process cannot slip in between check and insert.
      this.#batchTx.immediate(batch, outcomes);
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome ? outcome.error : new Error('append not attempted'));
    });
  }

  async read<E = unknown>(
    streamId: string,
    after = 0,
    limit = Number.MAX_SAFE_INTEGER,
  ): Promise<StoredEvent<E>[]> {
    const rows = this.#stmts.readEvents.all(streamId, after, limit);
    return rows.map((row) => ({
      streamId: row.stream_id,
      version: row.version,
      event: JSON.parse(row.event) as E,
      recordedAt: row.recorded_at,
    }));
  }

  async version(streamId: string): Promise<number> {
    return this.#stmts.streamVersion.get(streamId)?.version ?? 0;
  }

  async findCommand(streamId: string, commandId: string): Promise<CommandRecord | undefined> {
    const row = this.#stmts.findCommand.get(streamId, commandId);
    return row ? toRecord(row) : undefined;
  }

  async putKey(
    key: AccessKey,
    keyHash: string,
    revoke?: { role: AccessKey['role']; member?: string },
  ): Promise<void> {
    this.#db
      .transaction(() => {
        if (revoke)
          this.#stmts.revokeByRole.run(
            key.issuedAt,
            key.sessionId,
            revoke.role,
            revoke.member ?? null,
          );
        this.#stmts.insertKey.run(
          keyHash,
          key.keyId,
          key.sessionId,
          key.role,
          key.member ?? null,
          key.issuedAt,
        );
      })
      .immediate();
    // Revocations change other keys' rows: forget every cached answer.
    this.#keyCache.clear();
  }

  /**
   * Keys are looked up on every request and WebSocket command, so answers are cached briefly. Writes through
   * this store clear the cache at once; a write by another process on the same file shows within KEY_TTL_MS.
   */
  async findKey(keyHash: string): Promise<AccessKey | undefined> {
    const now = Date.now();
    const hit = this.#keyCache.get(keyHash);
    if (hit && hit.until > now) return hit.key;
    const row = this.#stmts.findKey.get(keyHash);
    const key = row ? toKey(row) : undefined;
    if (this.#keyCache.size > 50_000) this.#keyCache.clear();
    this.#keyCache.set(keyHash, { key, until: now + KEY_TTL_MS });
    return key;
  }

  async listKeys(sessionId: string): Promise<AccessKey[]> {
    return this.#stmts.listKeys.all(sessionId).map(toKey);
  }

  async revokeKey(sessionId: string, keyId: string, at: string): Promise<boolean> {
    const changed = this.#stmts.revokeById.run(at, sessionId, keyId).changes > 0;
    this.#keyCache.clear();
    return changed;
  }

  async close(): Promise<void> {
    this.#flush();
    if (this.#db.open) this.#db.close();
  }
}

/** Thrown inside an append's savepoint when a command id is already stored (turned into a 'duplicate' outcome). */
class DuplicateCommand extends Error {
  readonly record: CommandRecord;
  constructor(record: CommandRecord) {
    super(`command ${record.commandId} is already stored`);
    this.record = record;
  }
}

function isPrimaryKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function toRecord(row: CommandRow): CommandRecord {
  return {
    commandId: row.command_id,
    fingerprint: row.fingerprint,
    result: JSON.parse(row.result) as unknown,
  };
}
