/**
 * Exact non-negative rationals on BigInt, used for every index value we report.
 * Reduced on construction so equal values compare equal field by field.
 */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Greatest common divisor of two non-negative BigInts. */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds num/den in lowest terms. A zero denominator is a bug in the caller. */
export function fraction(num: bigint, den: bigint): Fraction {
  if (den === 0n) throw new Error('fraction with zero denominator');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

/** "num/den", or just "num" when the denominator is 1. */
export function formatFraction(f: Fraction): string {
  return f.den === 1n ? f.num.toString() : `${f.num}/${f.den}`;
}

/**
 * The nearest double to num/den. Numbers far beyond 2^1023 are scaled first so that
 * values such as C(192,128)/2^192 still convert with full precision.
 */
export function fractionToNumber(f: Fraction): number {
  if (f.num === 0n) return 0;
  const shift = Math.max(0, Math.max(bitLength(f.num), bitLength(f.den)) - 1000);
  const n = f.num >> BigInt(shift);
  const d = f.den >> BigInt(shift);
  if (d === 0n) return Number.POSITIVE_INFINITY;
  // Keep 64 significant bits in the quotient before the final division.
  const scaled = (n << 64n) / d;
  return Number(scaled) / 2 ** 64;
}

/** Number of bits in a non-negative BigInt (0 for 0). */
export function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** Sum of fractions. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** Parses "3/4", "0.25" or "1" into an exact fraction; returns undefined when the text is not a number. */
export function parseFraction(text: string): Fraction | undefined {
  const t = text.trim();
  const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (ratio) {
    const den = BigInt(ratio[2] ?? '0');
    return den === 0n ? undefined : fraction(BigInt(ratio[1] ?? '0'), den);
  }
  const dec = /^(\d*)(?:\.(\d+))?$/.exec(t);
  if (dec && (dec[1] !== '' || dec[2] !== undefined)) {
    const whole = dec[1] === '' ? '0' : (dec[1] ?? '0');
    const frac = dec[2] ?? '';
    return fraction(BigInt(whole + frac), 10n ** BigInt(frac.length));
  }
  return undefined;
}

/** n! as a BigInt table 0..n. */
export function factorials(n: number): bigint[] {
  const out: bigint[] = [1n];
  for (let k = 1; k <= n; k++) out.push((out[k - 1] ?? 1n) * BigInt(k));
  return out;
}

/** Least common multiple of 1..n. */
export function lcmUpTo(n: number): bigint {
  let l = 1n;
  for (let k = 2; k <= n; k++) l = (l / gcd(l, BigInt(k))) * BigInt(k);
  return l;
}
