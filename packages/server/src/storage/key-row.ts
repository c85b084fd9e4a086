import type { AccessKey } from './event-store.ts';

/** An access key as both SQL adapters store it (snake_case columns, NULL for absent values). */
export interface KeyRow {
  key_id: string;
  session_id: string;
  role: AccessKey['role'];
  member: string | null;
  issued_at: string;
  revoked_at: string | null;
}

/** The stored row as the store interface returns it. */
export function toKey(row: KeyRow): AccessKey {
  return {
    keyId: row.key_id,
    sessionId: row.session_id,
    role: row.role,
    issuedAt: row.issued_at,
    ...(row.member === null ? {} : { member: row.member }),
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  };
}
