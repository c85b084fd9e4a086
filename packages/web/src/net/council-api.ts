/**
 * The live server's HTTP API and WebSocket, as the web app uses them. Every URL and message shape
 * the app depends on is in this file, so a change in packages/server is a change here only.
 */
import type { CouncilEvent } from '@council/engine';

/** Base URL of the API: the page's own origin (council serve hands out the app on the API's port). */
export function apiBase(): string {
  return new URL('./', location.href).origin;
}

export type Role = 'chair' | 'delegation' | 'observer' | 'projector';

export interface CreatedSession {
  sessionId: string;
  chairKey: string;
}

/** A link the chair issued: its secret is the key the holder sends as `Authorization: Bearer`. */
export interface IssuedLink {
  keyId: string;
  role: Role;
  member?: string;
  secret: string;
  link: string;
}

/** A stored event with its position in the session's stream (1-based, gap-free). */
export interface PositionedEvent {
  position: number;
  event: CouncilEvent;
}

/** A refusal from the server: a rejection by the engine, bad input, or a role's limit. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function call<T>(
  method: string,
  path: string,
  key: string | undefined,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (key) headers['authorization'] = `Bearer ${key}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(`${apiBase()}${path}`, init);
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : {};
  if (!res.ok) {
    const err =
      (json as { error?: { code?: string; message?: string } }).error ??
      (json as { code?: string; message?: string });
    throw new ApiError(res.status, err.code ?? `http_${res.status}`, err.message ?? res.statusText);
  }
  return json as T;
}

/** Starts a session for the Council on a date; the chair's secret comes back once, here. */
export async function createSession(input: {
  title: string;
  date: string;
}): Promise<CreatedSession> {
  const res = await call<{ sessionId: string; chair: { secret: string } }>(
    'POST',
    '/api/sessions',
    undefined,
    input,
  );
  return { sessionId: res.sessionId, chairKey: res.chair.secret };
}

/** The chair issues (or reissues) a link for a delegation, an observer or the projector. */
export function issueLink(
  sessionId: string,
  chairKey: string,
  role: Exclude<Role, 'chair'>,
  member?: string,
): Promise<IssuedLink> {
  return call<IssuedLink>(
    'POST',
    `/api/sessions/${encodeURIComponent(sessionId)}/links`,
    chairKey,
    member ? { role, member } : { role },
  );
}

/** The server's stored-event shape (`version` is the position in the session's stream). */
interface WireEvent {
  version?: number;
  position?: number;
  event: CouncilEvent;
}

/** Accepts the server's stored events and names their position uniformly. */
export function toPositioned(events: readonly WireEvent[] | undefined): PositionedEvent[] {
  return (events ?? []).map((e) => ({ position: e.version ?? e.position ?? 0, event: e.event }));
}

/** Sends one command under its idempotency key (`commandId`); the server applies an id once. */
export async function sendCommand(
  sessionId: string,
  key: string,
  command: unknown,
  commandId: string,
): Promise<{ events: PositionedEvent[] }> {
  const res = await call<{ events?: WireEvent[] }>(
    'POST',
    `/api/sessions/${encodeURIComponent(sessionId)}/commands`,
    key,
    { commandId, command },
  );
  return { events: toPositioned(res.events) };
}

/** Events after a position (for the first load and for catching up). */
export async function fetchEvents(
  sessionId: string,
  key: string,
  after: number,
): Promise<{ events: PositionedEvent[] }> {
  const res = await call<{ events?: WireEvent[] }>(
    'GET',
    `/api/sessions/${encodeURIComponent(sessionId)}/events?after=${after}`,
    key,
  );
  return { events: toPositioned(res.events) };
}

/** Reads one WebSocket frame into positioned events (ignores frames that carry none, such as pongs). */
export function eventsOfFrame(data: string): PositionedEvent[] {
  const frame = JSON.parse(data) as
    | {
        type?: string;
        events?: WireEvent[];
        event?: CouncilEvent;
        version?: number;
        position?: number;
      }
    | WireEvent[];
  if (Array.isArray(frame)) return toPositioned(frame);
  if (frame.events) return toPositioned(frame.events);
  if (frame.event && (frame.version ?? frame.position)) return toPositioned([frame as WireEvent]);
  return [];
}

/** Who the key belongs to (a delegation link names its member here). */
export function whoAmI(
  sessionId: string,
  key: string,
): Promise<{ role: Role; member?: string; version: number }> {
  return call('GET', `/api/sessions/${encodeURIComponent(sessionId)}`, key);
}

/**
 * Opens the session's event stream after a position. The server first sends everything stored after
 * it, then each new batch, as `{ type: 'events', events: [{ version, event }] }` frames.
 */
export function openStream(sessionId: string, key: string, after: number): WebSocket {
  const url = new URL(`/api/sessions/${encodeURIComponent(sessionId)}/live`, apiBase());
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('key', key);
  url.searchParams.set('after', String(after));
  return new WebSocket(url);
}
