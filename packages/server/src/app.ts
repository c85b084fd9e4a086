/**
 * createCouncilServer(deps): the HTTP API, the WebSocket endpoint and the web app on one node:http server.
 * No globals and no environment: `main.ts` reads the configuration, tests call this directly.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { CouncilService, type CommandOutcome } from './council-service.ts';
import type { Actor, AnyDecider } from './decider.ts';
import { ApiError, rejectionStatus, toApiError } from './errors.ts';
import {
  actorOf,
  authenticate,
  authenticateHash,
  hashSecret,
  linkFor,
  newKeyId,
  newSecret,
  secretFrom,
} from './http/access.ts';
import { parseWith, readJson } from './http/body.ts';
import { openApiDocument } from './http/openapi.ts';
import { serveStatic } from './http/static.ts';
import {
  clientFrameSchema,
  commandRequestSchema,
  createSessionSchema,
  describeIssues,
  issueLinkSchema,
  type SessionCommand,
} from './protocol/commands.ts';
import type { AccessKey, EventStore, StoredEvent } from './storage/event-store.ts';
import { Connection, textFrame } from './ws/frames.ts';
import { Hub } from './ws/hub.ts';

export type CreateSessionInput = z.infer<typeof createSessionSchema>;

/** A read-only query route (record, analysis): GET /api/<path>?<query> → JSON. */
export type QueryRoute = (query: URLSearchParams) => unknown;

export interface CouncilServerOptions {
  readonly store: EventStore;
  readonly decider: AnyDecider;
  /** Builds the StartSession command (without meta) for a new session; throws ApiError for bad input. */
  readonly startSession: (input: CreateSessionInput, sessionId: string) => { type: string };
  readonly clock?: () => string;
  /** Folder of the built web app; served on every path outside /api when it holds an index.html. */
  readonly webRoot?: string;
  /** Largest accepted JSON body or WebSocket frame, in bytes (default 64 KiB). */
  readonly bodyLimit?: number;
  /** The public origin used in links (e.g. https://council.example.org); defaults to the request's Host. */
  readonly publicUrl?: string;
  /** Extra read-only routes under /api/ (e.g. 'record/stats'). */
  readonly queries?: Readonly<Record<string, QueryRoute>>;
  /**
   * The events of a bundled scenario replayed by the engine, for a session that starts from it; throws
   * ApiError for an unknown scenario. The events were decided by the engine, so they are appended as they are.
   */
  readonly scenarioEvents?: (scenarioId: string, sessionId: string) => readonly unknown[];
  /** Interval of WebSocket liveness pings in ms (default 30 s). */
  readonly pingInterval?: number;
}

export interface CouncilServer {
  readonly server: Server;
  readonly service: CouncilService;
  readonly hub: Hub<Buffer>;
  /** Starts listening; resolves to the base URL (http://host:port). */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** One event as sent to clients. */
export interface WireEvent {
  readonly version: number;
  readonly event: unknown;
  readonly recordedAt: string;
}

const toWire = (e: StoredEvent): WireEvent => ({
  version: e.version,
  event: e.event,
  recordedAt: e.recordedAt,
});

/** The ping interval is split into this many slots, each pinging its share of the sockets. */
const PING_SLOTS = 30;

const SESSION_ROUTE =
  /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+)(?:\/([A-Za-z0-9_-]{1,64}))?)?$/;

const eventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export async function createCouncilServer(options: CouncilServerOptions): Promise<CouncilServer> {
  const { store } = options;
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  // Each batch is encoded once, as a complete WebSocket frame shared by all of the session's subscribers.
  const hub = new Hub<Buffer>(store, (events) =>
    textFrame(JSON.stringify({ type: 'events', events: events.map(toWire) })),
  );
  const service = new CouncilService({
    store,
    decider: options.decider,
    ...(options.clock ? { clock: options.clock } : {}),
    onAppended: (streamId, events) => hub.published(streamId, events),
  });
  const stopWatching = store.watch ? await store.watch((change) => hub.changed(change)) : undefined;
  const sockets = new Set<WebSocket>();
  // No permessage-deflate: frames are built once and written straight to the sockets (ws/frames.ts).
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: bodyLimit,
    perMessageDeflate: false,
  });

  const origin = (req: IncomingMessage): string => {
    if (options.publicUrl) return options.publicUrl.replace(/\/$/, '');
    const proto =
      (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0]?.trim() ?? 'http';
    return `${proto}://${req.headers.host ?? 'localhost'}`;
  };

  async function issueKey(
    req: IncomingMessage,
    sessionId: string,
    role: AccessKey['role'],
    member?: string,
  ): Promise<{
    keyId: string;
    role: AccessKey['role'];
    member?: string;
    secret: string;
    link: string;
  }> {
    const secret = newSecret();
    const key: AccessKey = {
      keyId: newKeyId(),
      sessionId,
      role,
      issuedAt: service.now(),
      ...(member === undefined ? {} : { member }),
    };
    // Reissuing a delegation's (or the projector's) link revokes the previous one in the same transaction.
    const revoke =
      role === 'delegation' || role === 'projector'
        ? { role, ...(member ? { member } : {}) }
        : undefined;
    await store.putKey(key, hashSecret(secret), revoke);
    return {
      keyId: key.keyId,
      role,
      ...(member === undefined ? {} : { member }),
      secret,
      link: linkFor(origin(req), sessionId, role, secret),
    };
  }

  function outcomeBody(outcome: Extract<CommandOutcome, { ok: true }>) {
    return {
      ok: true,
      duplicate: outcome.duplicate,
      version: outcome.version,
      events: outcome.events.map(toWire),
    };
  }

  async function runCommand(
    sessionId: string,
    key: AccessKey,
    commandId: string,
    command: SessionCommand,
  ) {
    if (key.role === 'observer' || key.role === 'projector') {
      throw new ApiError(
        403,
        'read_only',
        'An observer or projector link can read the session but not act in it.',
      );
    }
    const actor: Actor = actorOf(key);
    const outcome = await service.execute(sessionId, commandId, actor, command);
    if (!outcome.ok) {
      const { code, message, ruleId } = outcome.rejection;
      throw new ApiError(rejectionStatus(code), code, message, ruleId);
    }
    return outcomeBody(outcome);
  }

  async function handleSession(
    req: IncomingMessage,
    url: URL,
    sessionId: string,
    resource: string | undefined,
    item: string | undefined,
  ): Promise<[number, unknown]> {
    const method = req.method ?? 'GET';
    const key = await authenticate(store, sessionId, secretFrom(req.headers.authorization));
    const chairOnly = () => {
      if (key.role !== 'chair')
        throw new ApiError(403, 'chair_only', 'Only the chair may manage links.');
    };
    const allow = (...methods: string[]) => {
      if (!methods.includes(method)) {
        throw new ApiError(
          405,
          'method_not_allowed',
          `${method} is not allowed here; use ${methods.join(' or ')}.`,
        );
      }
    };
    switch (resource) {
      case undefined: {
        allow('GET');
        const version = await store.version(sessionId);
        return [
          200,
          {
            sessionId,
            keyId: key.keyId,
            role: key.role,
            ...(key.member ? { member: key.member } : {}),
            version,
          },
        ];
      }
      case 'state': {
        allow('GET');
        const { version, state } = await service.state(sessionId);
        return [200, { sessionId, version, state }];
      }
      case 'events': {
        allow('GET');
        const query = parseWith(
          eventsQuerySchema,
          Object.fromEntries(url.searchParams),
          'invalid_query',
        );
        const events = await store.read(sessionId, query.after ?? 0, query.limit ?? 1000);
        const version = await store.version(sessionId);
        return [200, { sessionId, version, events: events.map(toWire) }];
      }
      case 'commands': {
        allow('POST');
        const body = parseWith(commandRequestSchema, await readJson(req, bodyLimit));
        return [200, await runCommand(sessionId, key, body.commandId, body.command)];
      }
      case 'links': {
        chairOnly();
        if (item !== undefined) {
          allow('DELETE');
          const revoked = await store.revokeKey(sessionId, item, service.now());
          if (!revoked)
            throw new ApiError(404, 'not_found', `No live link ${item} in this session.`);
          return [200, { keyId: item, revoked: true }];
        }
        allow('GET', 'POST');
        if (method === 'GET') {
          const keys = await store.listKeys(sessionId);
          return [200, { links: keys }];
        }
        const body = parseWith(issueLinkSchema, await readJson(req, bodyLimit));
        const issued = await issueKey(
          req,
          sessionId,
          body.role,
          body.role === 'delegation' ? body.member : undefined,
        );
        return [201, issued];
      }
      default:
        throw new ApiError(404, 'not_found', `No such resource: ${url.pathname}`);
    }
  }

  async function createSession(req: IncomingMessage): Promise<[number, unknown]> {
    const input = parseWith(createSessionSchema, await readJson(req, bodyLimit));
    const sessionId = randomBytes(12).toString('base64url');
    if (input.scenario !== undefined) {
      if (!options.scenarioEvents)
        throw new ApiError(422, 'no_scenarios', 'This server has no bundled scenarios.');
      const events = options.scenarioEvents(input.scenario, sessionId);
      const result = { scenario: input.scenario, events: events.length };
      const appended = await store.append(sessionId, 0, [...events], {
        command: { commandId: 'start-session', fingerprint: `scenario:${input.scenario}`, result },
      });
      if (appended.kind !== 'appended')
        throw new ApiError(409, 'session_exists', 'A session with this id already exists.');
      const chair = await issueKey(req, sessionId, 'chair');
      return [201, { sessionId, version: appended.version, chair, scenario: input.scenario }];
    }
    const start = options.startSession(input, sessionId);
    const outcome = await service.execute(sessionId, 'start-session', { role: 'chair' }, start);
    if (!outcome.ok) {
      const { code, message, ruleId } = outcome.rejection;
      throw new ApiError(422, code, message, ruleId);
    }
    const chair = await issueKey(req, sessionId, 'chair');
    return [201, { sessionId, version: outcome.version, chair }];
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (!path.startsWith('/api/') && path !== '/api') {
      if (
        (method === 'GET' || method === 'HEAD') &&
        serveStatic(options.webRoot, url.pathname, res, method === 'HEAD')
      ) {
        return;
      }
      throw new ApiError(404, 'not_found', `Nothing at ${url.pathname} (the API is under /api/).`);
    }
    if (path === '/api/health') {
      if (method !== 'GET' && method !== 'HEAD')
        throw new ApiError(405, 'method_not_allowed', 'Use GET.');
      return send(res, 200, { status: 'ok', store: store.kind, subscribers: hub.size });
    }
    if (path === '/api/openapi.json')
      return send(res, 200, openApiDocument(Object.keys(options.queries ?? {})));
    if (path === '/api/sessions') {
      if (method !== 'POST')
        throw new ApiError(405, 'method_not_allowed', 'Use POST to create a session.');
      const [status, body] = await createSession(req);
      return send(res, status, body);
    }
    const match = SESSION_ROUTE.exec(path);
    if (match) {
      const [status, body] = await handleSession(req, url, match[1] as string, match[2], match[3]);
      return send(res, status, body);
    }
    const query = options.queries?.[path.slice('/api/'.length)];
    if (query) {
      if (method !== 'GET') throw new ApiError(405, 'method_not_allowed', 'Use GET.');
      return send(res, 200, await query(url.searchParams));
    }
    throw new ApiError(404, 'not_found', `No API route ${method} ${url.pathname}.`);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.status >= 500) console.error('[council] request failed:', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // A body we refused to read must not be parsed as the next request: close the connection.
      const close = apiError.status === 413 || apiError.status === 415;
      send(res, apiError.status, apiError.toJSON(), close);
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 65_000;

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const match = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/live$/.exec(url.pathname);
    const refuse = (status: number, code: string, message: string) => {
      const body = JSON.stringify({ code, message });
      socket.end(
        `HTTP/1.1 ${status} ${code}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    if (!match) return refuse(404, 'not_found', 'WebSockets live at /api/sessions/{id}/live.');
    const sessionId = match[1] as string;
    void (async () => {
      const secret = secretFrom(req.headers.authorization, url.searchParams);
      const key = await authenticate(store, sessionId, secret);
      const afterRaw = url.searchParams.get('after') ?? '0';
      if (!/^\d{1,12}$/.test(afterRaw))
        throw new ApiError(400, 'invalid_query', 'after: expected a non-negative integer');
      const after = Number(afterRaw);
      const version = await store.version(sessionId);
      if (after > version) {
        throw new ApiError(
          400,
          'invalid_query',
          `after: the session is at version ${version}, not ${after}`,
        );
      }
      const keyHash = hashSecret(secret as string);
      wss.handleUpgrade(req, socket, head, (ws) =>
        attach(new Connection(ws, socket), sessionId, key, keyHash, after),
      );
    })().catch((error: unknown) => {
      const e = toApiError(error);
      refuse(e.status, e.code, e.message);
    });
  });

  function attach(
    connection: Connection,
    sessionId: string,
    key: AccessKey,
    keyHash: string,
    after: number,
  ): void {
    const { ws } = connection;
    sockets.add(ws);
    const pingSlot = pingSlots[nextSlot] as Set<WebSocket>;
    nextSlot = (nextSlot + 1) % PING_SLOTS;
    pingSlot.add(ws);
    let alive = true;
    ws.on('pong', () => (alive = true));
    (ws as WebSocket & { council?: { isAlive: () => boolean; reset: () => void } }).council = {
      isAlive: () => alive,
      reset: () => (alive = false),
    };
    const subscription = hub.subscribe(sessionId, after, {
      deliver: (_events, frame) => {
        if (!connection.open) return;
        // A client that cannot keep up is dropped; it resumes from its last version when it reconnects.
        if (connection.bufferedAmount > 16 * 1024 * 1024) {
          connection.close(1013, 'too far behind; reconnect and resume');
          return;
        }
        connection.sendFrame(frame());
      },
      fail: () => connection.close(1011, 'resume from your last version'),
      caughtUp: (version) => connection.send(JSON.stringify({ type: 'ready', version })),
    });
    ws.on('close', () => {
      sockets.delete(ws);
      pingSlot.delete(ws);
      subscription.unsubscribe();
    });
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      void (async () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(isBinary ? '' : data.toString());
        } catch {
          throw new ApiError(400, 'malformed_json', 'The frame is not valid JSON.');
        }
        const result = clientFrameSchema.safeParse(parsed);
        if (!result.success) throw new ApiError(400, 'invalid_frame', describeIssues(result.error));
        const frame = result.data;
        if (frame.type === 'ping') {
          connection.send(JSON.stringify({ type: 'pong' }));
          return;
        }
        const commandId = frame.commandId;
        try {
          // The link may have been revoked (reissued) since the socket opened, possibly on another process.
          try {
            await authenticateHash(store, sessionId, keyHash);
          } catch (error) {
            const e = toApiError(error);
            connection.send(
              JSON.stringify({ type: 'error', commandId, status: e.status, ...e.toJSON() }),
            );
            connection.close(4401, e.code);
            return;
          }
          const body = await runCommand(sessionId, key, commandId, frame.command);
          connection.send(JSON.stringify({ type: 'result', commandId, ...body }));
        } catch (error) {
          const e = toApiError(error);
          connection.send(
            JSON.stringify({ type: 'error', commandId, status: e.status, ...e.toJSON() }),
          );
        }
      })().catch((error: unknown) => {
        const e = toApiError(error);
        connection.send(JSON.stringify({ type: 'error', status: e.status, ...e.toJSON() }));
      });
    });
  }

  // Liveness: each socket is pinged once per interval and dropped if it has not answered the previous ping.
  // The sockets are spread over PING_SLOTS slots pinged one after another, so that thousands of clients do
  // not all get (and answer) their pings in the same instant, which would stall the live traffic.
  const pingSlots: Set<WebSocket>[] = Array.from({ length: PING_SLOTS }, () => new Set());
  let nextSlot = 0;
  let pingTurn = 0;
  const heartbeat = setInterval(
    () => {
      const slot = pingSlots[pingTurn] as Set<WebSocket>;
      pingTurn = (pingTurn + 1) % PING_SLOTS;
      for (const ws of slot) {
        const c = (ws as WebSocket & { council?: { isAlive: () => boolean; reset: () => void } })
          .council;
        if (c && !c.isAlive()) {
          ws.terminate();
          continue;
        }
        c?.reset();
        ws.ping();
      }
    },
    (options.pingInterval ?? 30_000) / PING_SLOTS,
  );
  heartbeat.unref();

  return {
    server,
    service,
    hub,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${address.port}`);
        });
      });
    },
    async close() {
      clearInterval(heartbeat);
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await stopWatching?.();
    },
  };
}

/** JSON with bigint as a decimal string (exact counts from the analysis library). */
const jsonReplacer = (_key: string, value: unknown) =>
  typeof value === 'bigint' ? value.toString() : value;

function send(res: ServerResponse, status: number, body: unknown, close = false): void {
  const text = JSON.stringify(body, jsonReplacer);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}
