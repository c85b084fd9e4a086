/**
 * Fan-out of appended events to live subscribers, per session. Each subscriber has a position (the last
 * version it was sent); it receives every event after that position exactly once and in order, whether the
 * event was appended by this process (`published`) or by another one sharing the store (`changed`).
 *
 * All work on one session runs through a single queue, so a catch-up read for a new subscriber and the
 * delivery of fresh events can never interleave: the position only ever moves forward by contiguous batches.
 */
import type { EventStore, StoreChange, StoredEvent } from '../storage/event-store.ts';

export interface Subscriber<T = string> {
  /**
   * Receives a batch of contiguous events, all after the subscriber's previous batch. `serialized()` encodes
   * the batch (with the hub's `serialize`); it is computed once and shared by every subscriber that gets the
   * same batch.
   */
  deliver(events: readonly StoredEvent[], serialized: () => T): void;
  /** Called if the hub can no longer serve this subscriber (e.g. the store failed): it should reconnect. */
  fail(error: unknown): void;
  /** Called once the catch-up batch (everything stored after the starting position) has been delivered. */
  caughtUp?(version: number): void;
}

interface Entry<T> {
  subscriber: Subscriber<T>;
  position: number;
}

interface Stream<T> {
  /** Every event up to `head` has been handed to every subscriber present at the time. */
  head: number;
  entries: Set<Entry<T>>;
  queue: Promise<void>;
}

export class Hub<T = string> {
  readonly #store: EventStore;
  readonly #streams = new Map<string, Stream<T>>();
  readonly #serialize: (events: readonly StoredEvent[]) => T;

  /** `serialize` encodes a batch of events for the subscribers (e.g. into a WebSocket frame). */
  constructor(store: EventStore, serialize: (events: readonly StoredEvent[]) => T) {
    this.#store = store;
    this.#serialize = serialize;
  }

  /** Number of live subscribers (all sessions). */
  get size(): number {
    let n = 0;
    for (const s of this.#streams.values()) n += s.entries.size;
    return n;
  }

  /**
   * Subscribes from `after` (a version): first sends everything stored after it, then every new event.
   * Resolves once the catch-up batch was delivered, with the version reached; returns an unsubscribe.
   */
  subscribe(
    streamId: string,
    after: number,
    subscriber: Subscriber<T>,
  ): { ready: Promise<number>; unsubscribe: () => void } {
    let stream = this.#streams.get(streamId);
    const fresh = !stream;
    if (!stream) {
      stream = { head: -1, entries: new Set(), queue: Promise.resolve() };
      this.#streams.set(streamId, stream);
    }
    const entry: Entry<T> = { subscriber, position: after };
    const s = stream;
    s.entries.add(entry);
    let active = true;
    const ready = this.#enqueue(streamId, s, async () => {
      if (!active) return entry.position;
      const events = await this.#store.read(streamId, entry.position);
      if (fresh && s.head < 0) s.head = events.at(-1)?.version ?? entry.position;
      this.#send(entry, events);
      subscriber.caughtUp?.(entry.position);
      return entry.position;
    });
    return {
      ready,
      unsubscribe: () => {
        active = false;
        s.entries.delete(entry);
        if (s.entries.size === 0 && this.#streams.get(streamId) === s) {
          // Keep the queue alive for tasks in flight; a later subscribe starts a new stream record.
          this.#streams.delete(streamId);
        }
      },
    };
  }

  /** Events this process has just appended: delivered without reading them back. */
  published(streamId: string, events: readonly StoredEvent[]): void {
    const stream = this.#streams.get(streamId);
    if (!stream || events.length === 0) return;
    void this.#enqueue(streamId, stream, async () => {
      const fresh = events.filter((e) => e.version > stream.head);
      const first = fresh[0];
      if (!first) return;
      // A gap means some earlier append has not been delivered yet (e.g. by another process): read it.
      const batch =
        first.version === stream.head + 1 ? fresh : await this.#store.read(streamId, stream.head);
      this.#broadcast(stream, batch);
    });
  }

  /** Another process appended (or notifications may have been missed: 'resync'). */
  changed(change: StoreChange): void {
    const targets =
      change === 'resync'
        ? [...this.#streams.entries()]
        : this.#streams.has(change.streamId)
          ? [[change.streamId, this.#streams.get(change.streamId) as Stream<T>] as const]
          : [];
    for (const [streamId, stream] of targets) {
      if (change !== 'resync' && change.version <= stream.head) continue;
      void this.#enqueue(streamId, stream, async () => {
        if (change !== 'resync' && change.version <= stream.head) return;
        this.#broadcast(stream, await this.#store.read(streamId, stream.head));
      });
    }
  }

  #broadcast(stream: Stream<T>, batch: readonly StoredEvent[]): void {
    const last = batch.at(-1);
    if (!last) return;
    let cached: T | undefined;
    const whole = () => (cached ??= this.#serialize(batch));
    for (const entry of stream.entries) this.#send(entry, batch, whole);
    stream.head = Math.max(stream.head, last.version);
  }

  #send(entry: Entry<T>, batch: readonly StoredEvent[], whole?: () => T): void {
    const start = batch.findIndex((e) => e.version > entry.position);
    if (start < 0) return;
    const events = start === 0 ? batch : batch.slice(start);
    const first = events[0] as StoredEvent;
    if (first.version !== entry.position + 1) {
      // Never skip: a subscriber behind the batch is failed, and resumes from its own position on reconnect.
      entry.subscriber.fail(
        new Error(`gap before version ${first.version} (at ${entry.position})`),
      );
      return;
    }
    let cached: T | undefined;
    const serialized = start === 0 && whole ? whole : () => (cached ??= this.#serialize(events));
    entry.subscriber.deliver(events, serialized);
    entry.position = (events.at(-1) as StoredEvent).version;
  }

  #enqueue<R>(streamId: string, stream: Stream<T>, task: () => Promise<R>): Promise<R> {
    const run = stream.queue.then(task);
    stream.queue = run.then(
      () => undefined,
      (error: unknown) => {
        for (const entry of stream.entries) entry.subscriber.fail(error);
        stream.entries.clear();
        if (this.#streams.get(streamId) === stream) this.#streams.delete(streamId);
      },
    );
    return run;
  }
}
