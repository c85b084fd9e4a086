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

-- One round trip per append: idempotency check, expected-version check, events, command record and NOTIFY,
-- all in the statement's own transaction. Outcome 'duplicate' (with the stored record), 'conflict' (with the
-- stream's actual version) or 'appended' (with the new version).
DROP FUNCTION IF EXISTS ${schema}.append_events(TEXT, INTEGER, JSON[], TEXT, TEXT, JSON, TEXT, TEXT);
CREATE OR REPLACE FUNCTION ${schema}.append_events(
  p_stream TEXT, p_expected INTEGER, p_events JSON[], p_command_ids TEXT[], p_fingerprints TEXT[], p_results JSON[],
  p_at TEXT, p_channel TEXT)
RETURNS TABLE (outcome TEXT, version_out INTEGER, fingerprint_out TEXT, result_out JSON)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  v_version INTEGER := p_expected + coalesce(array_length(p_events, 1), 0);
  v_found RECORD;
  v_rows INTEGER;
BEGIN
  SELECT c.command_id, c.fingerprint, c.result INTO v_found FROM ${schema}.commands c
    WHERE c.stream_id = p_stream AND c.command_id = ANY(p_command_ids) LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT 'duplicate:' || v_found.command_id, NULL::INTEGER, v_found.fingerprint, v_found.result;
    RETURN;
  END IF;
  IF p_expected = 0 THEN
    INSERT INTO ${schema}.streams AS t (stream_id, version) VALUES (p_stream, v_version)
      ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version WHERE t.version = 0;
  ELSE
    UPDATE ${schema}.streams AS t SET version = v_version WHERE t.stream_id = p_stream AND t.version = p_expected;
  END IF;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  IF v_rows <> 1 THEN
    RETURN QUERY SELECT 'conflict'::TEXT,
      coalesce((SELECT s.version FROM ${schema}.streams s WHERE s.stream_id = p_stream), 0), NULL::TEXT, NULL::JSON;
    RETURN;
  END IF;
  INSERT INTO ${schema}.events (stream_id, version, event, recorded_at)
    SELECT p_stream, p_expected + t.ord, t.e, p_at FROM unnest(p_events) WITH ORDINALITY AS t(e, ord);
  INSERT INTO ${schema}.commands (stream_id, command_id, fingerprint, result, recorded_at)
    SELECT p_stream, c.id, c.fp, c.res, p_at FROM unnest(p_command_ids, p_fingerprints, p_results) AS c(id, fp, res);
  -- Delivered to every listening process when (and only if) the transaction commits.
  PERFORM pg_notify(p_channel, json_build_array(p_stream, v_version)::TEXT);
  RETURN QUERY SELECT 'appended'::TEXT, v_version, NULL::TEXT, NULL::JSON;
END
$fn$;
`;
}
