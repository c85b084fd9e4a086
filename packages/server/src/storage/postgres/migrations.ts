/** The PostgreSQL schema (idempotent), created inside the store's own schema so tests and tenants can coexist. */
export function postgresSchema(schema: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.streams (
  stream_id TEXT PRIMARY KEY,
  version   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.events (
  stream_id   TEXT NOT NULL,
  version     INTEGER NOT NULL,
  event       JSON NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (stream_id, version)
);
CREATE TABLE IF NOT EXISTS ${schema}.commands (
  stream_id   TEXT NOT NULL,
  command_id  TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  result      JSON NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (stream_id, command_id)
);
CREATE TABLE IF NOT EXISTS ${schema}.access_keys (
  key_hash   TEXT PRIMARY KEY,
  key_id     TEXT NOT NULL,
  session_id TEXT NOT NULL,
  role       TEXT NOT NULL,
  member     TEXT,
  issued_at  TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS access_keys_session ON ${schema}.access_keys (session_id, role, member);
`;
}
