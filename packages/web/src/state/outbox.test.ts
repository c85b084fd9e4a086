import { describe, expect, it } from 'vitest';
import { Outbox, type KeyValueStore } from './outbox.ts';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('Outbox', () => {
  it('keeps entries in order with their idempotency keys across instances (a reload)', () => {
    const store = memoryStore();
    const a = new Outbox<{ type: string }>(store, 's1.CHN');
    a.push({ type: 'CastVote' }, 'k1', '2022-05-26T15:00:00Z');
    a.push({ type: 'CoSponsorDraft' }, 'k2', '2022-05-26T15:00:01Z');
    const b = new Outbox<{ type: string }>(store, 's1.CHN');
    expect(b.entries().map((e) => [e.key, e.command.type])).toEqual([
      ['k1', 'CastVote'],
      ['k2', 'CoSponsorDraft'],
    ]);
  });

  it('removes an answered entry and clears storage when empty', () => {
    const store = memoryStore();
    const box = new Outbox<string>(store, 'x');
    box.push('a', 'k1', 't');
    box.remove('k1');
    expect(box.size()).toBe(0);
    expect(store.data.size).toBe(0);
  });

  it('keeps outboxes of different sessions or delegations apart', () => {
    const store = memoryStore();
    new Outbox<string>(store, 's1.CHN').push('a', 'k1', 't');
    expect(new Outbox<string>(store, 's1.RUS').size()).toBe(0);
  });

  it('reads a corrupt stored value as empty instead of throwing', () => {
    const store = memoryStore();
    store.setItem('council.outbox.bad', '{not json');
    expect(new Outbox<string>(store, 'bad').entries()).toEqual([]);
    store.setItem('council.outbox.bad', '{"a":1}');
    expect(new Outbox<string>(store, 'bad').entries()).toEqual([]);
  });
});
