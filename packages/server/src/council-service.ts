/**
 * The command path of a session: load the stream → replay → decide → append at the expected version →
 * publish. Commands for one session are decided one at a time in this process; a conflict with another
 * process (PostgreSQL) re-reads the new events and decides again.
 */
import { hash } from 'node:crypto';
import type { Actor, AnyDecider, Rejection } from './decider.ts';
import { ApiError } from './errors.ts';
import {
  ConcurrencyError,
  type AppendOutcome,
  type EventStore,
  type StoredEvent,
} from './storage/event-store.ts';

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

interface Pending {
  readonly commandId: string;
  readonly actor: Actor;
  readonly payload: { readonly type: string };
  readonly fingerprint: string;
  readonly resolve: (outcome: CommandOutcome) => void;
  readonly reject: (error: unknown) => void;
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
  /** Most commands of one session decided and appended together (default 64). */
  readonly maxBatch?: number;
}

export class CouncilService {
  readonly store: EventStore;
  readonly #decider: AnyDecider;
  readonly #clock: () => string;
  readonly #onAppended: (streamId: string, events: readonly StoredEvent[]) => void;
  readonly #cache = new Map<string, Cached>();
  readonly #cacheSize: number;
  readonly #maxRetries: number;
  readonly #queues = new Map<string, Pending[]>();
  readonly #maxBatch: number;

  constructor(options: CouncilServiceOptions) {
    this.store = options.store;
    this.#decider = options.decider;
    this.#clock = options.clock ?? (() => new Date().toISOString());
    this.#onAppended = options.onAppended ?? (() => undefined);
    this.#cacheSize = options.cacheSize ?? 5000;
    this.#maxRetries = options.maxRetries ?? 8;
    this.#maxBatch = options.maxBatch ?? 64;
  }

  now(): string {
    return this.#clock();
  }

  /** The session's current state and version (0 and the initial state for an unknown session). */
  async state(sessionId: string): Promise<{ version: number; state: unknown }> {
    const cached = await this.#load(sessionId);
    return { version: cached.version, state: cached.state };
  }

  /**
   * Decides and stores one command sent by `actor`. `payload` is the command without `meta`; the server
   * stamps `meta` here. A command id already applied in this session returns the original outcome.
   *
   * Commands for one session queue up while the previous batch is being stored; the next batch is decided
   * one command after another on the evolving state and appended in one go (one transaction, one frame per
   * subscriber), each command with its own idempotency record.
   */
  execute(
    sessionId: string,
    commandId: string,
    actor: Actor,
    payload: { readonly type: string },
  ): Promise<CommandOutcome> {
    return new Promise((resolve, reject) => {
      const item: Pending = {
        commandId,
        actor,
        payload,
        fingerprint: fingerprintOf(actor, payload),
        resolve,
        reject,
      };
      const queue = this.#queues.get(sessionId);
      if (queue) {
        queue.push(item);
        return;
      }
      this.#queues.set(sessionId, [item]);
      void this.#drain(sessionId);
    });
  }

  async #drain(sessionId: string): Promise<void> {
    for (;;) {
      const queue = this.#queues.get(sessionId) ?? [];
      if (queue.length === 0) {
        this.#queues.delete(sessionId);
        return;
      }
      const batch = queue.splice(0, this.#maxBatch);
      try {
        await this.#decideBatch(sessionId, batch);
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
  }

  async #decideBatch(sessionId: string, batch: readonly Pending[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      // The cached state is used as is: if another process appended meanwhile, the append below fails its
      // version check and we decide again on fresh state. A rejection is only final once checked against
      // the store's latest events.
      const cached = this.#cache.get(sessionId) ?? (await this.#load(sessionId));
      const at = this.#clock();
      let state = cached.state;
      let version = cached.version;
      const accepted: { item: Pending; from: number; to: number }[] = [];
      const rejected: { item: Pending; rejection: Rejection }[] = [];
      const repeats: { item: Pending; first: Pending }[] = [];
      const events: unknown[] = [];
      for (const item of batch) {
        const first = accepted.find((a) => a.item.commandId === item.commandId);
        if (first) {
          repeats.push({ item, first: first.item });
          continue;
        }
        const decision = this.#decider.decide(state, {
          ...item.payload,
          meta: { at, commandId: item.commandId, actor: item.actor },
        });
        if (!decision.ok) {
          rejected.push({ item, rejection: decision.rejection });
          continue;
        }
        for (const event of decision.events) state = this.#decider.evolve(state, event);
        accepted.push({ item, from: version + 1, to: version + decision.events.length });
        version += decision.events.length;
        events.push(...decision.events);
      }

      if (accepted.length === 0) {
        // Nothing to append, so nothing has checked the cache against the store: do it before refusing.
        const fresh = await this.#load(sessionId);
        if (fresh.version !== cached.version && attempt < this.#maxRetries) continue;
        await this.#settleRejections(sessionId, rejected);
        return;
      }

      let outcome: AppendOutcome;
      try {
        outcome = await this.store.append(sessionId, cached.version, events, {
          commands: accepted.map((a) => ({
            commandId: a.item.commandId,
            fingerprint: a.item.fingerprint,
            result: { from: a.from, to: a.to } satisfies StoredResult,
          })),
          at,
        });
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= this.#maxRetries) throw error;
        // Another process moved the stream on: read what it appended before deciding again.
        await this.#load(sessionId);
        continue;
      }
      if (outcome.kind === 'duplicate') {
        // Some command id of the batch was applied before (a retry that the engine accepted again): decide
        // the batch one command at a time, so that each gets its own answer.
        if (batch.length === 1) {
          const only = batch[0] as Pending;
          only.resolve(
            await this.#replayed(
              sessionId,
              outcome.record.fingerprint,
              only.fingerprint,
              outcome.record.result,
            ),
          );
          return;
        }
        for (const item of batch)
          await this.#decideBatch(sessionId, [item]).catch((error: unknown) => item.reject(error));
        return;
      }
      this.#remember(sessionId, { state, version: outcome.version });
      this.#onAppended(sessionId, outcome.events);
      const base = cached.version;
      for (const a of accepted) {
        a.item.resolve({
          ok: true,
          duplicate: false,
          version: a.to,
          events: outcome.events.slice(a.from - base - 1, a.to - base),
        });
      }
      for (const { item, first } of repeats) {
        const original = accepted.find((a) => a.item === first);
        if (!original) continue;
        if (item.fingerprint !== first.fingerprint) item.reject(reusedKey());
        else {
          item.resolve({
            ok: true,
            duplicate: true,
            version: original.to,
            events: outcome.events.slice(original.from - base - 1, original.to - base),
          });
        }
      }
      // The append proved the cache fresh, so these refusals stand (unless they are retries of applied commands).
      await this.#settleRejections(sessionId, rejected);
      return;
    }
  }

  /** A refused command may be the retry of one applied earlier (e.g. "already voted"): answer those with the original result. */
  async #settleRejections(
    sessionId: string,
    rejected: readonly { item: Pending; rejection: Rejection }[],
  ): Promise<void> {
    for (const { item, rejection } of rejected) {
      try {
        const previous = await this.store.findCommand(sessionId, item.commandId);
        item.resolve(
          previous
            ? await this.#replayed(
                sessionId,
                previous.fingerprint,
                item.fingerprint,
                previous.result,
              )
            : { ok: false, rejection },
        );
      } catch (error) {
        item.reject(error);
      }
    }
  }

  async #replayed(
    sessionId: string,
    stored: string,
    given: string,
    result: unknown,
  ): Promise<CommandOutcome> {
    if (stored !== given) throw reusedKey();
    const { from, to } = result as StoredResult;
    const events = to >= from ? await this.store.read(sessionId, from - 1, to - from + 1) : [];
    return { ok: true, duplicate: true, version: to, events };
  }

  /** The cached state brought up to date with the store (reads only events newer than the cache). */
  async #load(sessionId: string): Promise<Cached> {
    const cached = this.#cache.get(sessionId) ?? {
      state: this.#decider.initialState(),
      version: 0,
    };
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
}

function reusedKey(): ApiError {
  return new ApiError(
    409,
    'idempotency_key_reused',
    'This commandId was already used in this session for a different command or sender; use a new id.',
  );
}

/** A digest of the sender and the command, key order ignored: tells a retry from a reused id. */
export function fingerprintOf(actor: Actor, payload: unknown): string {
  return hash('sha256', canonicalJson({ actor, payload }), 'base64url');
}

/**
 * JSON with object keys sorted (undefined members left out), so that `{a, b}` and `{b, a}` give one digest.
 * Fingerprints are stored, so the output must never change: it is the same text as
 * `{${sortedKeys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}` and
 * `[${items.map(canonicalJson).join(',')}]`, built without the intermediate arrays.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // Array.prototype.join writes nothing for an undefined (e.g. a function's JSON).
      out += canonicalJson(value[i]) ?? '';
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
