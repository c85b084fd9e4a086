/** The SQLite schema (idempotent). Versions are per stream; `streams` holds each stream's head for the check. */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS streams (
  stream_id TEXT PRIMARY KEY,
  version   INTEGER NOT NULL
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
