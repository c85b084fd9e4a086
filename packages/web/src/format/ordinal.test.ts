import { describe, expect, it } from 'vitest';
import { englishOrdinal } from './ordinal.ts';

describe('englishOrdinal', () => {
  it.each([
    [8151, '8151st'],
    [9048, '9048th'],
    [8112, '8112th'],
    [8102, '8102nd'],
    [8113, '8113th'],
    [8103, '8103rd'],
    [8111, '8111th'],
  ])('%i → %s', (n, expected) => expect(englishOrdinal(n)).toBe(expected));
});
