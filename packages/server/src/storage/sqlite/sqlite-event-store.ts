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
  type StoreChange,
  type StoredEvent,
} from '../event-store.ts';
import { startCheckpointer, type Checkpointer } from './checkpointer.ts';
import { migrateSqlite } from './migrations.ts';
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
  /**
   * How often `watch` checks the file for appends made by other processes, in ms (default 25). Each check is
   * one `PRAGMA data_version`; the changed streams are only read when another connection has committed.
   */
  readonly pollInterval?: number;
  /**
   * How often a worker thread checkpoints the WAL into the database file, in ms (default 250); 0 leaves it to
   * SQLite's automatic checkpoint in the committing thread. See checkpointer.ts.
   */
  readonly checkpointInterval?: number;
}

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
      seq: number,
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
  /** Key look-ups, valid as long as no other connection has committed (see findKey). */
  readonly #keyCache = new Map<string, AccessKey | undefined>();
  #keyCacheVersion = -1;
  readonly #pollInterval: number;
  readonly #watchers = new Set<() => void>();
  readonly #checkpointer: Checkpointer | undefined;

  constructor(options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const db = new Database(options.file);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db);
    const checkpointInterval = options.checkpointInterval ?? 250;
    if (options.file !== ':memory:' && checkpointInterval > 0) {
      // The worker checkpoints; the automatic one stays as a backstop (80 MB of WAL instead of 4 MB).
      db.pragma('wal_autocheckpoint = 20000');
      this.#checkpointer = startCheckpointer(options.file, checkpointInterval);
    }
    this.#db = db;
    this.#pollInterval = options.pollInterval ?? 25;
    const stmts = {
      streamVersion: db.prepare<[string], { version: number }>(
        'SELECT version FROM streams WHERE stream_id = ?',
      ),
      upsertStream: db.prepare<[string, number, number]>(
        'INSERT INTO streams (stream_id, version, seq) VALUES (?, ?, ?) ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, seq = excluded.seq',
      ),
      maxSeq: db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM streams').pluck(),
      changedSince: db.prepare<[number], { stream_id: string; version: number; seq: number }>(
        'SELECT stream_id, version, seq FROM streams WHERE seq > ? ORDER BY seq',
      ),
      // Changes whenever another connection (another process, or another store on the same file) commits.
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
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
        seq: number,
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
        stmts.upsertStream.run(streamId, version, seq);
        return { kind: 'appended', version, events: stored };
      },
    );
    this.#batchTx = db.transaction((batch, outcomes) => {
      // The write lock is held (BEGIN IMMEDIATE): no other process commits between this read and the COMMIT.
      const seq = (stmts.maxSeq.get() as number) + 1;
      for (const item of batch) {
        try {
          // A nested transaction is a savepoint: a failed append is rolled back alone.
          outcomes.push({
            ok: true,
            value: this.#appendTx(
              item.streamId,
              item.expectedVersion,
              item.events,
              item.options,
              seq,
            ),
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
   * Keys are looked up on every request and WebSocket command, so answers are kept in memory. Writes through
   * this store clear them at once; a commit by any other connection to the file (another process that may
   * have revoked a link) clears them at the next look-up, which checks `PRAGMA data_version` first.
   */
  async findKey(keyHash: string): Promise<AccessKey | undefined> {
    const dataVersion = this.#stmts.dataVersion.get() as number;
    if (dataVersion !== this.#keyCacheVersion) {
      this.#keyCache.clear();
      this.#keyCacheVersion = dataVersion;
    }
    if (this.#keyCache.has(keyHash)) return this.#keyCache.get(keyHash);
    const row = this.#stmts.findKey.get(keyHash);
    const key = row ? toKey(row) : undefined;
    if (this.#keyCache.size >= 50_000) this.#keyCache.clear();
    this.#keyCache.set(keyHash, key);
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

  /**
   * Appends by other processes on the same file: every `pollInterval` ms, checks `PRAGMA data_version` (which
   * moves only when another connection commits) and, when it moved, reads the streams whose `seq` is above the
   * last one seen, calling `listener` with each one's new version. Commits are serialised by SQLite's write
   * lock and each takes a higher `seq`, so no append is missed; several appends to one stream between two
   * checks are reported once, with the latest version. This process's own appends may be reported too.
   */
  async watch(listener: (change: StoreChange) => void): Promise<() => Promise<void>> {
    let dataVersion = this.#stmts.dataVersion.get() as number;
    let seen = this.#stmts.maxSeq.get() as number;
    const poll = () => {
      if (!this.#db.open) return;
      const now = this.#stmts.dataVersion.get() as number;
      if (now === dataVersion) return;
      dataVersion = now;
      for (const row of this.#stmts.changedSince.all(seen)) {
        seen = Math.max(seen, row.seq);
        listener({ streamId: row.stream_id, version: row.version });
      }
    };
    const timer = setInterval(() => {
      try {
        poll();
      } catch (error) {
        // SQLITE_BUSY and the like: the next check reads everything above `seen` again.
        console.error('[council] SQLite watch failed, retrying:', error);
      }
    }, this.#pollInterval);
    timer.unref();
    const stop = () => clearInterval(timer);
    this.#watchers.add(stop);
    return async () => {
      stop();
      this.#watchers.delete(stop);
    };
  }

  async close(): Promise<void> {
    for (const stop of this.#watchers) stop();
    this.#watchers.clear();
    this.#flush();
    await this.#checkpointer?.stop();
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
