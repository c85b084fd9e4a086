/**
 * Secret links. A link carries a random secret (256 bits); the store keeps only its SHA-256, so a leaked
 * database does not let anyone in. A high-entropy secret needs no slow hash: SHA-256 cannot be reversed.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '../decider.ts';
import { ApiError } from '../errors.ts';
import type { AccessKey, EventStore } from '../storage/event-store.ts';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newKeyId(): string {
  return randomUUID();
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The engine actor a key acts as: projectors and observers both watch. */
export function actorOf(key: AccessKey): Actor {
  switch (key.role) {
    case 'chair':
      return { role: 'chair' };
    case 'delegation':
      return { role: 'delegation', member: key.member ?? '' };
    case 'observer':
    case 'projector':
      return { role: 'observer' };
  }
}

/** The secret from `Authorization: Bearer <secret>` (or a `key` query parameter, for WebSockets and links). */
export function secretFrom(
  authorization: string | undefined,
  query?: URLSearchParams,
): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? query?.get('key') ?? undefined;
}

/** The live key for `secret` in `sessionId`, or a 401 naming why not. */
export async function authenticate(
  store: EventStore,
  sessionId: string,
  secret: string | undefined,
): Promise<AccessKey> {
  if (!secret) {
    throw new ApiError(
      401,
      'unauthorized',
      'This needs the secret key of a session link (Authorization: Bearer <key>).',
    );
  }
  return authenticateHash(store, sessionId, hashSecret(secret));
}

/** As `authenticate`, for a secret already hashed (a WebSocket re-checks its key on every command). */
export async function authenticateHash(
  store: EventStore,
  sessionId: string,
  keyHash: string,
): Promise<AccessKey> {
  const key = await store.findKey(keyHash);
  if (!key || key.sessionId !== sessionId) {
    throw new ApiError(401, 'unauthorized', 'The key does not open this session.');
  }
  if (key.revokedAt !== undefined) {
    throw new ApiError(
      401,
      'key_revoked',
      'This link was revoked (a newer link was issued); ask the chair for the current one.',
    );
  }
  return key;
}

/** The web app's address for a link: `#/live/<session>/<view>?key=<secret>`. */
export function linkFor(
  origin: string,
  sessionId: string,
  role: AccessKey['role'],
  secret: string,
): string {
  return `${origin}/#/live/${encodeURIComponent(sessionId)}/${role}?key=${secret}`;
}
