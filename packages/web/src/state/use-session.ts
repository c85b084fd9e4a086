/**
 * A live session in the browser: folds the server's events with the engine's own `evolve` (the app
 * never re-implements a rule), keeps the WebSocket open, and sends commands through the outbox so a
 * vote made offline is delivered once when the connection returns.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { evolve, initialState, type CouncilEvent, type CouncilState } from '@council/engine';
import {
  ApiError,
  eventsOfFrame,
  fetchEvents,
  openStream,
  sendCommand,
  type PositionedEvent,
} from '../net/council-api.ts';
import { newKey, Outbox, type OutboxEntry } from './outbox.ts';

/** `denied`: the server refused the link (revoked or wrong); retrying would not help. */
export type Connection = 'connecting' | 'online' | 'offline' | 'denied';

/** A command as the app sends it; the server stamps `meta` (time, sender) from the link's key. */
export type SessionCommand = { readonly type: string } & Record<string, unknown>;

interface Folded {
  state: CouncilState;
  position: number;
  log: PositionedEvent[];
}

/** Applies events in order, ignoring any at or before the current position (no duplicates, ever). */
export function foldEvents(folded: Folded, events: readonly PositionedEvent[]): Folded {
  let { state, position } = folded;
  const log = [...folded.log];
  for (const e of [...events].sort((a, b) => a.position - b.position)) {
    if (e.position <= position) continue;
    state = evolve(state, e.event as CouncilEvent);
    position = e.position;
    log.push(e);
  }
  return state === folded.state ? folded : { state, position, log };
}

function reducer(folded: Folded, events: readonly PositionedEvent[]): Folded {
  return foldEvents(folded, events);
}

export interface Rejected {
  key: string;
  command: SessionCommand;
  code: string;
  message: string;
}

export interface Session {
  state: CouncilState;
  position: number;
  log: PositionedEvent[];
  connection: Connection;
  pending: OutboxEntry<SessionCommand>[];
  rejections: Rejected[];
  /** Queues a command under a fresh idempotency key and tries to deliver it at once. */
  act: (command: SessionCommand) => void;
  /** Sends a command and waits for the server's answer (chair setup steps that must happen in order). */
  actNow: (command: SessionCommand) => Promise<PositionedEvent[]>;
}

/** The events seen so far, kept on the device so a reload without a network still shows the session. */
function cacheKey(sessionId: string, outboxName: string): string {
  return `council.events.${sessionId}.${outboxName}`;
}

function loadCached(sessionId: string, outboxName: string): Folded {
  const empty: Folded = { state: initialState(), position: 0, log: [] };
  try {
    const raw = localStorage.getItem(cacheKey(sessionId, outboxName));
    return raw ? foldEvents(empty, JSON.parse(raw) as PositionedEvent[]) : empty;
  } catch {
    return empty;
  }
}

export function useSession(sessionId: string, key: string, outboxName: string): Session {
  const [folded, dispatch] = useReducer(reducer, undefined, () =>
    loadCached(sessionId, outboxName),
  );
  useEffect(() => {
    try {
      localStorage.setItem(cacheKey(sessionId, outboxName), JSON.stringify(folded.log));
    } catch {
      // Storage full or disabled: the session still works, it just will not survive an offline reload.
    }
  }, [folded.log, sessionId, outboxName]);
  const [connection, setConnection] = useState<Connection>('connecting');
  const outbox = useMemo(
    () => new Outbox<SessionCommand>(localStorage, `${sessionId}.${outboxName}`),
    [sessionId, outboxName],
  );
  const [pending, setPending] = useState(() => outbox.entries());
  const [rejections, setRejections] = useState<Rejected[]>([]);
  const positionRef = useRef(0);
  positionRef.current = folded.position;
  const flushing = useRef(false);
  const online = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const flush = useCallback(async () => {
    if (flushing.current || !online.current) return;
    clearTimeout(retry.current);
    flushing.current = true;
    try {
      for (const entry of outbox.entries()) {
        try {
          const { events } = await sendCommand(sessionId, key, entry.command, entry.key);
          outbox.remove(entry.key);
          dispatch(events);
        } catch (e) {
          if (
            e instanceof ApiError &&
            e.status >= 400 &&
            e.status < 500 &&
            e.status !== 408 &&
            e.status !== 429 &&
            e.code !== 'concurrency_conflict'
          ) {
            outbox.remove(entry.key);
            setRejections((r) => [
              ...r,
              { key: entry.key, command: entry.command, code: e.code, message: e.message },
            ]);
          } else {
            // Network failure or server trouble: keep the entry (same key) and try again shortly.
            retry.current = setTimeout(() => void flushRef.current(), 2000);
            break;
          }
        }
      }
    } finally {
      flushing.current = false;
      setPending(outbox.entries());
    }
  }, [outbox, sessionId, key]);
  flushRef.current = flush;

  // The stream: catch up over HTTP, then follow the WebSocket; reconnect with backoff when it drops.
  useEffect(() => {
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let attempt = 0;

    const goOffline = () => {
      online.current = false;
      setConnection('offline');
    };
    const schedule = () => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(connect, Math.min(5000, 500 * 2 ** attempt++));
    };
    const connect = async () => {
      if (stopped || !navigator.onLine) return;
      setConnection((c) => (c === 'online' ? c : 'connecting'));
      try {
        const { events } = await fetchEvents(sessionId, key, positionRef.current);
        dispatch(events);
      } catch (e) {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
          // A revoked or unknown link: say so and stop, instead of retrying for ever.
          online.current = false;
          setConnection('denied');
          return;
        }
        goOffline();
        schedule();
        return;
      }
      if (stopped) return;
      const ws = openStream(sessionId, key, positionRef.current);
      socket = ws;
      ws.onopen = () => {
        attempt = 0;
        online.current = true;
        setConnection('online');
        void flush();
      };
      ws.onmessage = (msg) => {
        const events = eventsOfFrame(String(msg.data));
        if (events.length > 0) dispatch(events);
      };
      ws.onclose = () => {
        if (socket !== ws) return;
        socket = undefined;
        goOffline();
        schedule();
      };
    };
    const onOffline = () => {
      const ws = socket;
      socket = undefined;
      ws?.close();
      goOffline();
    };
    const onOnline = () => {
      attempt = 0;
      void connect();
    };
    addEventListener('offline', onOffline);
    addEventListener('online', onOnline);
    if (navigator.onLine) void connect();
    else goOffline();
    return () => {
      stopped = true;
      clearTimeout(timer);
      removeEventListener('offline', onOffline);
      removeEventListener('online', onOnline);
      const ws = socket;
      socket = undefined;
      ws?.close();
    };
  }, [sessionId, key, flush]);

  const act = useCallback(
    (command: SessionCommand) => {
      outbox.push(command, newKey(), new Date().toISOString());
      setPending(outbox.entries());
      void flush();
    },
    [outbox, flush],
  );

  const actNow = useCallback(
    async (command: SessionCommand) => {
      const { events } = await sendCommand(sessionId, key, command, newKey());
      dispatch(events);
      return events;
    },
    [sessionId, key],
  );

  return { ...folded, connection, pending, rejections, act, actNow };
}
