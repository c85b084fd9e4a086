/**
 * The outbox: commands the user has made but the server has not yet acknowledged. It lives in
 * localStorage, so a vote made offline survives a reload, and every entry keeps the idempotency key it
 * got when it was made: resending after a dropped connection can never count a vote twice, because
 * the server applies a key once.
 */

/** The part of the Storage interface the outbox uses (localStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxEntry<C> {
  /** The idempotency key: made once, when the user acts, and reused on every retry. */
  readonly key: string;
  readonly command: C;
  readonly queuedAt: string;
}

export class Outbox<C> {
  readonly #store: KeyValueStore;
  readonly #name: string;

  constructor(store: KeyValueStore, name: string) {
    this.#store = store;
    this.#name = `council.outbox.${name}`;
  }

  /** Entries in the order they were made. A corrupt stored value reads as an empty outbox. */
  entries(): OutboxEntry<C>[] {
    const raw = this.#store.getItem(this.#name);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as OutboxEntry<C>[]) : [];
    } catch {
      return [];
    }
  }

  /** Adds a command under a fresh idempotency key and returns the entry. */
  push(command: C, key: string, queuedAt: string): OutboxEntry<C> {
    const entry = { key, command, queuedAt };
    this.#write([...this.entries(), entry]);
    return entry;
  }

  /** Removes an entry once the server has answered it (accepted, or rejected for good). */
  remove(key: string): void {
    this.#write(this.entries().filter((e) => e.key !== key));
  }

  size(): number {
    return this.entries().length;
  }

  #write(entries: OutboxEntry<C>[]): void {
    if (entries.length === 0) this.#store.removeItem(this.#name);
    else this.#store.setItem(this.#name, JSON.stringify(entries));
  }
}

/** A fresh idempotency key (random UUID where the browser has one, else time plus random digits). */
export function newKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
