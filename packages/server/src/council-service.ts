/**
 * The command path of a session: load the stream → replay → decide → append at the expected version →
 * publish. Commands for one session are decided one at a time in this process; a conflict with another
 * process (PostgreSQL) re-reads the new events and decides again.
 */
import { createHash } from 'node:crypto';
import type { Actor, AnyDecider, Rejection } from './decider.ts';
import { ApiError } from './errors.ts';
import { ConcurrencyError, type EventStore, type StoredEvent } from './storage/event-store.ts';

export type CommandOutcome =
  | {
      readonly ok: true;
      /** True when this command id had already been applied: nothing new was stored. */
      readonly duplicate: boolean;
      /** The session's version right after this command's events. */
      readonly version: number;
      readonly events: readonly StoredEvent[];
    }
  | { readonly ok: false; readonly rejection: Rejection };

/** What is stored with a command id, to answer a retry exactly as the first time. */
interface StoredResult {
  readonly from: number;
  readonly to: number;
}

interface Cached {
  state: unknown;
  version: number;
}

export interface CouncilServiceOptions {
  readonly store: EventStore;
  readonly decider: AnyDecider;
  /** The server clock (ISO 8601); injectable for tests. */
  readonly clock?: () => string;
  /** Called with the events of every successful append made through this service. */
  readonly onAppended?: (streamId: string, events: readonly StoredEvent[]) => void;
  /** How many sessions' states to keep in memory (default 5,000). */
  readonly cacheSize?: number;
  /** How many times to decide again after a concurrency conflict (default 8). */
  readonly maxRetries?: number;
}

export class CouncilService {
  readonly store: EventStore;
  readonly #decider: AnyDecider;
  readonly #clock: () => string;
  readonly #onAppended: (streamId: string, events: readonly StoredEvent[]) => void;
  readonly #cache = new Map<string, Cached>();
  readonly #cacheSize: number;
  readonly #maxRetries: number;
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(options: CouncilServiceOptions) {
    this.store = options.store;
    this.#decider = options.decider;
    this.#clock = options.clock ?? (() => new Date().toISOString());
    this.#onAppended = options.onAppended ?? (() => undefined);
    this.#cacheSize = options.cacheSize ?? 5000;
    this.#maxRetries = options.maxRetries ?? 8;
  }

  now(): string {
    return this.#clock();
  }

  /** The session's current state and version (0 and the initial state for an unknown session). */
  async state(sessionId: string): Promise<{ version: number; state: unknown }> {
    return this.#serial(sessionId, async () => {
      const cached = await this.#load(sessionId);
      return { version: cached.version, state: cached.state };
    });
  }

  /**
   * Decides and stores one command sent by `actor`. `payload` is the command without `meta`; the server
   * stamps `meta` here. A command id already applied in this session returns the original outcome.
   */
  async execute(
    sessionId: string,
    commandId: string,
    actor: Actor,
    payload: { readonly type: string },
  ): Promise<CommandOutcome> {
    const fingerprint = fingerprintOf(actor, payload);
    return this.#serial(sessionId, async () => {
      for (let attempt = 0; ; attempt++) {
        // The cached state is used as is: if another process appended meanwhile, the append below fails its
        // version check and we decide again on fresh state. A rejection is only final once checked against
        // the store's latest events.
        let cached = this.#cache.get(sessionId) ?? (await this.#load(sessionId));
        const at = this.#clock();
        const command = { ...payload, meta: { at, commandId, actor } };
        let decision = this.#decider.decide(cached.state, command);
        if (!decision.ok) {
          const fresh = await this.#load(sessionId);
          if (fresh.version !== cached.version) {
            cached = fresh;
            decision = this.#decider.decide(cached.state, command);
          }
          if (!decision.ok) {
            // A retry of a command already applied would now be refused (e.g. "already voted"): answer it with
            // the original result instead. An accepted decision needs no such look-up: the append itself
            // refuses a known command id atomically.
            const previous = await this.store.findCommand(sessionId, commandId);
            if (previous) return this.#replayed(sessionId, previous.fingerprint, fingerprint, previous.result);
            return { ok: false, rejection: decision.rejection };
          }
        }
        const result: StoredResult = { from: cached.version + 1, to: cached.version + decision.events.length };
        try {
          const outcome = await this.store.append(sessionId, cached.version, decision.events, {
            command: { commandId, fingerprint, result },
            at,
          });
          if (outcome.kind === 'duplicate') {
            return this.#replayed(sessionId, outcome.record.fingerprint, fingerprint, outcome.record.result);
          }
          let state = cached.state;
          for (const stored of outcome.events) state = this.#decider.evolve(state, stored.event);
          this.#remember(sessionId, { state, version: outcome.version });
          this.#onAppended(sessionId, outcome.events);
          return { ok: true, duplicate: false, version: outcome.version, events: outcome.events };
        } catch (error) {
          if (!(error instanceof ConcurrencyError) || attempt >= this.#maxRetries) throw error;
          // Another process moved the stream on: read what it appended before deciding again.
          await this.#load(sessionId);
        }
      }
    });
  }

  async #replayed(sessionId: string, stored: string, given: string, result: unknown): Promise<CommandOutcome> {
    if (stored !== given) {
      throw new ApiError(
        409,
        'idempotency_key_reused',
        'This commandId was already used in this session for a different command or sender; use a new id.',
      );
    }
    const { from, to } = result as StoredResult;
    const events = to >= from ? await this.store.read(sessionId, from - 1, to - from + 1) : [];
    return { ok: true, duplicate: true, version: to, events };
  }

  /** The cached state brought up to date with the store (reads only events newer than the cache). */
  async #load(sessionId: string): Promise<Cached> {
    const cached = this.#cache.get(sessionId) ?? { state: this.#decider.initialState(), version: 0 };
    const newer = await this.store.read(sessionId, cached.version);
    if (newer.length === 0) {
      this.#remember(sessionId, cached);
      return cached;
    }
    let state = cached.state;
    for (const stored of newer) state = this.#decider.evolve(state, stored.event);
    const next = { state, version: (newer.at(-1) as StoredEvent).version };
    this.#remember(sessionId, next);
    return next;
  }

  #remember(sessionId: string, entry: Cached): void {
    this.#cache.delete(sessionId);
    this.#cache.set(sessionId, entry);
    if (this.#cache.size > this.#cacheSize) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
  }

  /** Runs `task` after every earlier task for the same session has finished (a per-session mutex). */
  #serial<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    const before = this.#locks.get(sessionId) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#locks.set(sessionId, settled);
    void settled.then(() => {
      if (this.#locks.get(sessionId) === settled) this.#locks.delete(sessionId);
    });
    return run;
  }
}

/** A digest of the sender and the command, key order ignored: tells a retry from a reused id. */
export function fingerprintOf(actor: Actor, payload: unknown): string {
  return createHash('sha256').update(canonicalJson({ actor, payload })).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
