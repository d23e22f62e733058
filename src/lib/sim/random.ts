// Seeded randomness for the simulations. Nothing in src/lib uses an unseeded random source: every random
// choice comes from a SeededRandom passed in, so the same seed always gives the same run.

/**
 * A small, fast, seeded pseudo-random generator: mulberry32 (Tommy Ettinger, public domain),
 * 32 bits of state. Good enough for shuffles and jitter; not for cryptography.
 * Its whole state is one unsigned 32-bit integer (`state`), so a run can be saved and resumed.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = SeededRandom.normaliseSeed(seed);
  }

  /** Any finite number becomes a 32-bit unsigned seed (fractions and negatives are folded in). */
  static normaliseSeed(seed: number): number {
    if (!Number.isFinite(seed)) throw new Error(`seed: expected a finite number, got ${seed}`);
    const int = Math.trunc(seed);
    const frac = Math.round((Math.abs(seed) - Math.abs(int)) * 0x100000000);
    return (int ^ frac) >>> 0;
  }

  /** The generator's current state; assigning it resumes from that point. */
  get state(): number {
    return this.#state;
  }
  set state(value: number) {
    this.#state = value >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A float in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
}

/**
 * Shuffles `items` in place with the Fisher–Yates algorithm (Durstenfeld's version), drawing from
 * `random`; returns the same array. Every permutation is equally likely, and the same seed gives
 * the same permutation.
 */
export function seededShuffle<T>(items: T[], random: SeededRandom): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
