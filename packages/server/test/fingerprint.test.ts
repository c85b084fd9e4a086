import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf } from '../src/council-service.ts';

/** The first implementation: fingerprints already stored were computed with it, so the text must not change. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${reference((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('command fingerprints', () => {
  it('are the same text as the first implementation for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        expect(canonicalJson(json)).toBe(reference(json));
        expect(canonicalJson({ a: [anything, undefined], b: anything })).toBe(
          reference({ a: [anything, undefined], b: anything }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('are the SHA-256 of that text, in base64url, whatever the key order', () => {
    const actor = { role: 'delegation' as const, member: 'FRA' };
    const vote = { type: 'CastVote', voteId: 'v1', member: 'FRA', choice: 'yes' };
    const expected = createHash('sha256')
      .update(reference({ actor, payload: vote }))
      .digest('base64url');
    expect(fingerprintOf(actor, vote)).toBe(expected);
    const reordered = { choice: 'yes', member: 'FRA', voteId: 'v1', type: 'CastVote' };
    expect(fingerprintOf({ member: 'FRA', role: 'delegation' }, reordered)).toBe(expected);
  });
});
