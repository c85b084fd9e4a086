import type Database from 'better-sqlite3';

/**
 * The SQLite schema (idempotent). Versions are per stream; `streams` holds each stream's head for the check,
 * and `seq`: the number of the transaction that last appended to the stream (the same for every stream of
 * one group commit, higher for each later commit). Another process sharing the file finds what changed since
 * it last looked with `seq > <last seen>` (see SqliteEventStore.watch).
 */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS streams (
  stream_id TEXT PRIMARY KEY,
  version   INTEGER NOT NULL,
  seq       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
  stream_id   TEXT NOT NULL,
  version     INTEGER NOT NULL,
  event       TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (stream_id, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS commands (
  stream_id   TEXT NOT NULL,
  command_id  TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  result      TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (stream_id, command_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS access_keys (
  key_hash   TEXT PRIMARY KEY,
  key_id     TEXT NOT NULL,
  session_id TEXT NOT NULL,
  role       TEXT NOT NULL,
  member     TEXT,
  issued_at  TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS access_keys_session ON access_keys (session_id, role, member);
`;

/** Creates the tables, or brings a file made by an earlier version up to date (one transaction). */
export function migrateSqlite(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SQLITE_SCHEMA);
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(streams)').all();
    // Files written before `seq` existed: their streams count as changed before any watcher started.
    if (!columns.some((c) => c.name === 'seq'))
      db.exec('ALTER TABLE streams ADD COLUMN seq INTEGER NOT NULL DEFAULT 0');
    db.exec('CREATE INDEX IF NOT EXISTS streams_seq ON streams (seq)');
  }).immediate();
}
