/**
 * The exact integer counts every index is derived from. The kernels (weighted, compound, brute force)
 * fill this shape; `indices.ts` turns it into fractions. Players with equal weights are symmetric, so the
 * kernels work per class of equal weight vectors and report one row per class.
 */
export interface CoalitionCounts {
  readonly n: number;
  /** Class of each player (index into `classes`). */
  readonly classOf: readonly number[];
  /** Number of players in each class. */
  readonly classSize: readonly number[];
  /** |W|: the number of winning coalitions among all 2^n. */
  readonly winning: bigint;
  /** [class][k]: coalitions S of size k without the player such that S loses and S ∪ {player} wins. */
  readonly swingsBySize: readonly (readonly bigint[])[];
  /** [class][k]: minimal winning coalitions of size k that contain the player (when computed). */
  readonly mwcBySize?: readonly (readonly bigint[])[];
  /** [k]: minimal winning coalitions of size k (when computed). */
  readonly mwcTotalBySize?: readonly bigint[];
  /** [class][k]: winning coalitions in which the player is critical and which have k critical players. */
  readonly johnstonBySize?: readonly (readonly bigint[])[];
  /** Which algorithm produced the counts, for reports. */
  readonly method: string;
}

/** Groups equal keys: returns each item's class index and the size of each class, classes in first-seen order. */
export function classify(keys: readonly string[]): {
  classOf: number[];
  classSize: number[];
  reps: number[];
} {
  const index = new Map<string, number>();
  const classOf: number[] = [];
  const classSize: number[] = [];
  const reps: number[] = [];
  keys.forEach((key, i) => {
    let c = index.get(key);
    if (c === undefined) {
      c = classSize.length;
      index.set(key, c);
      classSize.push(0);
      reps.push(i);
    }
    classOf.push(c);
    classSize[c] = (classSize[c] ?? 0) + 1;
  });
  return { classOf, classSize, reps };
}
