/** Real HTTP and WebSocket clients for the integration tests. */
import WebSocket from 'ws';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export interface RequestOptions {
  key?: string | undefined;
  body?: unknown;
  /** Sent as-is (for malformed JSON and size tests). */
  raw?: string;
  headers?: Record<string, string>;
}

export async function api<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers['authorization'] = `Bearer ${options.key}`;
  let payload: string | undefined;
  if (options.raw !== undefined) payload = options.raw;
  else if (options.body !== undefined) payload = JSON.stringify(options.body);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = { text };
  }
  return { status: response.status, body: body as T };
}

export interface LiveEvent {
  version: number;
  event: { type: string; data: Record<string, unknown> };
  recordedAt: string;
}

/** A WebSocket subscriber that records every event and checks that versions arrive contiguous. */
export class LiveClient {
  readonly events: LiveEvent[] = [];
  readonly problems: string[] = [];
  readonly frames: Record<string, unknown>[] = [];
  readyVersion: number | undefined;
  #ws: WebSocket | undefined;
  #position: number;
  #waiters: { check: () => boolean; resolve: () => void }[] = [];
  readonly base: string;
  readonly sessionId: string;
  readonly key: string;

  constructor(base: string, sessionId: string, key: string, after = 0) {
    this.base = base;
    this.sessionId = sessionId;
    this.key = key;
    this.#position = after;
  }

  get position(): number {
    return this.#position;
  }

  /** Connects (or reconnects) from the current position; resolves when the catch-up is done. */
  connect(): Promise<void> {
    const url = `${this.base.replace(/^http/, 'ws')}/api/sessions/${this.sessionId}/live?key=${encodeURIComponent(this.key)}&after=${this.#position}`;
    const ws = new WebSocket(url);
    this.#ws = ws;
    return new Promise((resolve, reject) => {
      ws.on('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
      ws.on('error', reject);
      ws.on('message', (data) => {
        const frame = JSON.parse(data.toString()) as {
          type: string;
          events?: LiveEvent[];
          version?: number;
        };
        this.frames.push(frame);
        if (frame.type === 'events') {
          for (const e of frame.events ?? []) {
            if (e.version !== this.#position + 1)
              this.problems.push(`expected ${this.#position + 1}, got ${e.version}`);
            this.#position = e.version;
            this.events.push(e);
          }
        } else if (frame.type === 'ready') {
          this.readyVersion = frame.version;
          resolve();
        }
        this.#poke();
      });
      ws.on('close', () => this.#poke());
    });
  }

  /** Sends a raw frame over the socket. */
  send(frame: unknown): void {
    this.#ws?.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves when `check` holds (re-checked on every frame), or rejects after `timeout` ms. */
  waitFor(check: () => boolean, timeout = 10_000, what = 'condition'): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${what} (at version ${this.#position})`)),
        timeout,
      );
      this.#waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  waitForVersion(version: number, timeout = 10_000): Promise<void> {
    return this.waitFor(() => this.#position >= version, timeout, `version ${version}`);
  }

  types(): string[] {
    return this.events.map((e) => e.event.type);
  }

  /** Closes the socket; resolves once closed. */
  close(): Promise<void> {
    const ws = this.#ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once('close', () => resolve());
      ws.close();
    });
  }

  /** Drops the connection abruptly, as a lost Wi-Fi would. */
  drop(): void {
    this.#ws?.terminate();
  }

  #poke(): void {
    this.#waiters = this.#waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }
}
