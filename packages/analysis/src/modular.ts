/**
 * Exact counting without BigInt in the inner loops.
 *
 * Coalition counts reach 2^n. Up to 2^53 a Float64 holds them exactly, so the dynamic programmes run once
 * in plain doubles (modulus Infinity). Beyond that they run once per prime and the counts are rebuilt by the
 * Chinese remainder theorem (Garner's algorithm) in BigInt, only for the handful of totals we report.
 * - Additive kernels (sums and differences only) use primes below 2^52: a + b < 2^53 stays exact.
 * - Kernels that multiply two counts use primes below 2^26: a·b < 2^52 stays exact.
 * - The SIMD kernel (kernel/subset-sum.ts) adds 32-bit integers and uses primes below 2^30: a + b < 2^31.
 * Cost: k = ⌈bits/52⌉ (or ⌈bits/26⌉) passes of the same Float64 loop, against ~27× for BigInt cells.
 */

/** Largest count bit-length that plain doubles hold exactly. */
export const EXACT_DOUBLE_BITS = 53;

const cache = new Map<number, number[]>();

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return r;
}

/** Deterministic Miller–Rabin for n < 3.3·10^24 (first twelve prime bases). */
function isPrime(n: bigint): boolean {
  const bases = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
  for (const p of bases) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    s++;
  }
  outer: for (const a of bases) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

/** The first `count` primes below 2^bits, largest first (cached). */
export function primesBelow(bits: number, count: number): number[] {
  const list = cache.get(bits) ?? [];
  let candidate =
    list.length > 0 ? BigInt(list[list.length - 1] ?? 0) - 2n : (1n << BigInt(bits)) - 1n;
  while (list.length < count) {
    if (isPrime(candidate)) list.push(Number(candidate));
    candidate -= 2n;
  }
  cache.set(bits, list);
  return list.slice(0, count);
}

/**
 * Moduli that together represent any count below 2^bits exactly. `[Infinity]` means "plain doubles".
 * `multiplicative` asks for moduli whose products stay exact.
 */
export function moduliFor(bits: number, multiplicative: boolean): number[] {
  if (bits <= EXACT_DOUBLE_BITS) return [Number.POSITIVE_INFINITY];
  const primeBits = multiplicative ? 26 : 52;
  // Each prime exceeds 2^(primeBits − 1), so this many multiply to more than 2^bits.
  return primesBelow(primeBits, Math.ceil(bits / (primeBits - 1)));
}

/** Moduli below 2^30 for the SIMD subset-sum kernel, enough to represent any count below 2^bits. */
export function kernelModuliFor(bits: number): number[] {
  return primesBelow(30, Math.ceil(bits / 29));
}

/** Rebuilds the non-negative integer below Π moduli from its residues (Garner's mixed-radix form). */
export function fromResidues(residues: readonly number[], moduli: readonly number[]): bigint {
  if (moduli.length === 1 && moduli[0] === Number.POSITIVE_INFINITY)
    return BigInt(residues[0] ?? 0);
  const m = moduli.map(BigInt);
  const coeffs: bigint[] = [];
  for (let i = 0; i < m.length; i++) {
    const mi = m[i] ?? 1n;
    let x = BigInt(residues[i] ?? 0) % mi;
    let prod = 1n;
    let acc = 0n;
    for (let j = 0; j < i; j++) {
      acc = (acc + (coeffs[j] ?? 0n) * prod) % mi;
      prod = (prod * (m[j] ?? 1n)) % mi;
    }
    x = (((x - acc) % mi) + mi) % mi;
    coeffs.push((x * modPow(prod, mi - 2n, mi)) % mi);
  }
  let value = 0n;
  let radix = 1n;
  for (let i = 0; i < m.length; i++) {
    value += (coeffs[i] ?? 0n) * radix;
    radix *= m[i] ?? 1n;
  }
  return value;
}
