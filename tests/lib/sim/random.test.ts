import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {SeededRandom, seededShuffle} from "../../../src/lib/index.js";

describe("SeededRandom (mulberry32)", () => {
  it("gives the reference mulberry32 sequence for seed 1", () => {
    const random = new SeededRandom(1);
    expect(random.next()).toBe(0.6270739405881613);
    expect(random.next()).toBe(0.002735721180215478);
    expect(random.next()).toBe(0.5274470399599522);
  });

  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = new SeededRandom(7);
    const b = new SeededRandom(7);
    const c = new SeededRandom(8);
    const seqA = Array.from({length: 5}, () => a.next());
    expect(Array.from({length: 5}, () => b.next())).toEqual(seqA);
    expect(Array.from({length: 5}, () => c.next())).not.toEqual(seqA);
  });

  it("can save and restore its state", () => {
    const random = new SeededRandom(99);
    random.next();
    const saved = random.state;
    const next3 = [random.next(), random.next(), random.next()];
    random.state = saved;
    expect([random.next(), random.next(), random.next()]).toEqual(next3);
  });

  it("stays in range", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({min: 1, max: 1000}), (seed, n) => {
        const random = new SeededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = random.next();
          const k = random.int(n);
          if (!(x >= 0 && x < 1) || !(Number.isInteger(k) && k >= 0 && k < n)) return false;
        }
        return true;
      })
    );
  });

  it("rejects a non-finite seed", () => {
    expect(() => new SeededRandom(Number.NaN)).toThrow(/seed/);
  });
});

describe("seededShuffle", () => {
  it("is a permutation, deterministic for a seed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), {maxLength: 50}), fc.integer(), (items, seed) => {
        const a = seededShuffle(items.slice(), new SeededRandom(seed));
        const b = seededShuffle(items.slice(), new SeededRandom(seed));
        expect(a).toEqual(b);
        expect([...a].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      })
    );
  });

  it("gives every order of three items with roughly equal frequency", () => {
    const random = new SeededRandom(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = seededShuffle(["a", "b", "c"], random).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(850);
  });
});
