import pg from 'pg';
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
import { postgresSchema } from './migrations.ts';
import { toKey, type KeyRow } from '../key-row.ts';

export interface PostgresEventStoreOptions {
  /** postgres://user@host:port/database */
  readonly connectionString: string;
  /** The schema holding the tables (default 'council'); lower-case letters, digits and underscores. */
  readonly schema?: string;
  /** Pool size (default 10). */
  readonly poolSize?: number;
}

const KEY_COLUMNS = 'key_id, session_id, role, member, issued_at, revoked_at';

/**
 * The store for several server processes: one PostgreSQL database, with every append announced on a
 * NOTIFY channel so that each process can push the new events to its own WebSocket clients.
 */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres';
  readonly schema: string;
  readonly channel: string;
  readonly #pool: pg.Pool;
  readonly #connectionString: string;
  readonly #listeners = new Set<pg.Client>();
  #closed = false;

  private constructor(options: PostgresEventStoreOptions) {
    const schema = options.schema ?? 'council';
    if (!/^[a-z_][a-z0-9_]{0,40}$/.test(schema)) {
      throw new Error(
        `invalid PostgreSQL schema name '${schema}': use lower-case letters, digits and _`,
      );
    }
    this.schema = schema;
    this.channel = `${schema}_appended`;
    this.#connectionString = options.connectionString;
    this.#pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
    });
    // An idle client that loses its connection must not crash the process; the next query reconnects.
    this.#pool.on('error', () => undefined);
  }

  /** Connects and creates the schema if it does not exist (safe when several processes start at once). */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    const client = await store.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `council-migrate:${store.schema}`,
      ]);
      await client.query(postgresSchema(store.schema));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      await store.#pool.end();
      throw error;
    }
    client.release();
    return store;
  }

  async append<E>(
    streamId: string,
    expectedVersion: number,
    events: readonly E[],
    options: AppendOptions = {},
  ): Promise<AppendOutcome<E>> {
    const at = options.at ?? new Date().toISOString();
    const commands = commandsOf(options);
    let row:
      | {
          outcome: string;
          version_out: number | null;
          fingerprint_out: string | null;
          result_out: unknown;
        }
      | undefined;
    try {
      const result = await this.#pool.query<{
        outcome: string;
        version_out: number | null;
        fingerprint_out: string | null;
        result_out: unknown;
      }>(
        `SELECT * FROM ${this.schema}.append_events($1, $2, $3::json[], $4::text[], $5::text[], $6::json[], $7, $8)`,
        [
          streamId,
          expectedVersion,
          events.map((e) => JSON.stringify(e)),
          commands.map((c) => c.commandId),
          commands.map((c) => c.fingerprint),
          commands.map((c) => JSON.stringify(c.result)),
          at,
          this.channel,
        ],
      );
      row = result.rows[0];
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another process recorded the same command id (or version) first, between our checks and our insert.
      for (const command of commands) {
        const record = await this.findCommand(streamId, command.commandId);
        if (record) return { kind: 'duplicate', record };
      }
      throw new ConcurrencyError(streamId, expectedVersion, await this.version(streamId));
    }
    if (row?.outcome.startsWith('duplicate:')) {
      return {
        kind: 'duplicate',
        record: {
          commandId: row.outcome.slice('duplicate:'.length),
          fingerprint: row.fingerprint_out ?? '',
          result: row.result_out,
        },
      };
    }
    if (row?.outcome !== 'appended') {
      throw new ConcurrencyError(
        streamId,
        expectedVersion,
        row?.version_out ?? (await this.version(streamId)),
      );
    }
    const version = expectedVersion + events.length;
    const stored: StoredEvent<E>[] = events.map((event, i) => ({
      streamId,
      version: expectedVersion + i + 1,
      event,
      recordedAt: at,
    }));
    return { kind: 'appended', version, events: stored };
  }

  async read<E = unknown>(streamId: string, after = 0, limit?: number): Promise<StoredEvent<E>[]> {
    const result = await this.#pool.query<{ version: number; event: E; recorded_at: string }>(
      `SELECT version, event, recorded_at FROM ${this.schema}.events
       WHERE stream_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
      [streamId, after, limit ?? null],
    );
    return result.rows.map((row) => ({
      streamId,
      version: row.version,
      event: row.event,
      recordedAt: row.recorded_at,
    }));
  }

  async version(streamId: string): Promise<number> {
    const result = await this.#pool.query<{ version: number }>(
      `SELECT version FROM ${this.schema}.streams WHERE stream_id = $1`,
      [streamId],
    );
    return result.rows[0]?.version ?? 0;
  }

  async findCommand(streamId: string, commandId: string): Promise<CommandRecord | undefined> {
    const result = await this.#pool.query<{ fingerprint: string; result: unknown }>(
      `SELECT fingerprint, result FROM ${this.schema}.commands WHERE stream_id = $1 AND command_id = $2`,
      [streamId, commandId],
    );
    const row = result.rows[0];
    return row ? { commandId, fingerprint: row.fingerprint, result: row.result } : undefined;
  }

  async putKey(
    key: AccessKey,
    keyHash: string,
    revoke?: { role: AccessKey['role']; member?: string },
  ): Promise<void> {
    const s = this.schema;
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      if (revoke) {
        await client.query(
          `UPDATE ${s}.access_keys SET revoked_at = $1
           WHERE session_id = $2 AND role = $3 AND member IS NOT DISTINCT FROM $4 AND revoked_at IS NULL`,
          [key.issuedAt, key.sessionId, revoke.role, revoke.member ?? null],
        );
      }
      await client.query(
        `INSERT INTO ${s}.access_keys (key_hash, key_id, session_id, role, member, issued_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [keyHash, key.keyId, key.sessionId, key.role, key.member ?? null, key.issuedAt],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async findKey(keyHash: string): Promise<AccessKey | undefined> {
    const result = await this.#pool.query<KeyRow>(
      `SELECT ${KEY_COLUMNS} FROM ${this.schema}.access_keys WHERE key_hash = $1`,
      [keyHash],
    );
    const row = result.rows[0];
    return row ? toKey(row) : undefined;
  }

  async listKeys(sessionId: string): Promise<AccessKey[]> {
    const result = await this.#pool.query<KeyRow>(
      `SELECT ${KEY_COLUMNS} FROM ${this.schema}.access_keys WHERE session_id = $1 ORDER BY issued_at, key_id`,
      [sessionId],
    );
    return result.rows.map(toKey);
  }

  async revokeKey(sessionId: string, keyId: string, at: string): Promise<boolean> {
    const result = await this.#pool.query(
      `UPDATE ${this.schema}.access_keys SET revoked_at = $1 WHERE session_id = $2 AND key_id = $3 AND revoked_at IS NULL`,
      [at, sessionId, keyId],
    );
    return result.rowCount === 1;
  }

  /**
   * LISTENs on the store's channel with a dedicated connection. If that connection drops, it reconnects and
   * reports 'resync' (notifications may have been missed meanwhile), so callers re-read what they follow.
   */
  async watch(listener: (change: StoreChange) => void): Promise<() => Promise<void>> {
    let stopped = false;
    let current: pg.Client | undefined;
    const connect = async (): Promise<void> => {
      const client = new pg.Client({
        connectionString: this.#connectionString,
        application_name: `council-listener-${this.schema}`,
      });
      client.on('notification', (message) => {
        if (message.channel !== this.channel || message.payload === undefined) return;
        const [streamId, version] = JSON.parse(message.payload) as [string, number];
        listener({ streamId, version });
      });
      client.on('error', () => undefined);
      client.on('end', () => {
        this.#listeners.delete(client);
        if (stopped || this.#closed) return;
        const retry = (delay: number) =>
          setTimeout(() => {
            if (stopped || this.#closed) return;
            connect().then(
              () => listener('resync'),
              () => retry(Math.min(delay * 2, 5000)),
            );
          }, delay);
        retry(100);
      });
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      current = client;
      this.#listeners.add(client);
    };
    await connect();
    return async () => {
      stopped = true;
      if (current) {
        this.#listeners.delete(current);
        await current.end().catch(() => undefined);
      }
    };
  }

  /** Drops the whole schema: for tests that made their own. */
  async dropSchema(): Promise<void> {
    await this.#pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#listeners].map((c) => c.end().catch(() => undefined)));
    await this.#pool.end();
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}
