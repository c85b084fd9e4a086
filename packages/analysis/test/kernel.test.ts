import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADD_SHIFT_WASM } from '../src/kernel/add-shift-wasm.ts';
import { kernelBackend, subsetSumResidues } from '../src/kernel/subset-sum.ts';
import { compileKernel } from '../scripts/compile-kernel.ts';
import { kernelModuliFor } from '../src/modular.ts';

/** Subset counts by total weight, in BigInt, by the textbook recurrence. */
function reference(weights: readonly number[], len: number): bigint[] {
  const c: bigint[] = Array.from({ length: len }, (_, x) => (x === 0 ? 1n : 0n));
  for (const w of weights)
    for (let x = len - 1; x >= w; x--) c[x] = (c[x] ?? 0n) + (c[x - w] ?? 0n);
  return c;
}

describe('subset-sum kernel', () => {
  it('runs in WebAssembly SIMD on Node 20', () => {
    expect(kernelBackend()).toBe('wasm-simd');
  });

  it('the committed bytes are the compiled add-shift.wat', async () => {
    const wat = readFileSync(
      fileURLToPath(new URL('../src/kernel/add-shift.wat', import.meta.url)),
      'utf8',
    );
    expect(Array.from(await compileKernel(wat))).toEqual(Array.from(ADD_SHIFT_WASM));
  });

  it('WebAssembly, JavaScript and BigInt give the same residues (weights 0–3 included)', () => {
    const primes = kernelModuliFor(120);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 4, max: 60 })), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom(...primes, 2, 3, 97),
        (weights, len, p) => {
          const wasm = subsetSumResidues(weights, len, p);
          const js = subsetSumResidues(weights, len, p, 'javascript');
          const exact = reference(weights, len).map((v) => Number(v % BigInt(p)));
          expect(Array.from(wasm)).toEqual(exact);
          expect(Array.from(js)).toEqual(exact);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts beyond 2^100 are rebuilt exactly from the residues of four primes', () => {
    const weights = Array.from({ length: 110 }, (_, i) => 1 + (i % 7));
    const len = 300;
    const exact = reference(weights, len);
    const primes = kernelModuliFor(111);
    const tables = primes.map((p) => subsetSumResidues(weights, len, p));
    for (const x of [0, 1, 150, 220, 299]) {
      const big = exact[x] ?? 0n;
      primes.forEach((p, i) => expect(tables[i]?.[x]).toBe(Number(big % BigInt(p))));
    }
    expect((exact[220] ?? 0n) > 2n ** 100n).toBe(true);
  });

  it('refuses a modulus it cannot reduce, a fractional weight and an empty table', () => {
    expect(() => subsetSumResidues([1], 4, 2 ** 30)).toThrow(/modulus/);
    expect(() => subsetSumResidues([1.5], 4, 97)).toThrow(/weights/);
    expect(() => subsetSumResidues([1], 0, 97)).toThrow(/length/);
  });
});
