import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {SimClock, SimEventQueue} from "../../../src/lib/index.js";

describe("SimEventQueue", () => {
  it("pops by time, then priority, then insertion order", () => {
    const q = new SimEventQueue<string>();
    q.push(5, "late");
    q.push(1, "first-at-1");
    q.push(1, "low-priority-at-1", 1);
    q.push(1, "second-at-1");
    q.push(0, "zero");
    const order: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) order.push(e.item);
    expect(order).toEqual(["zero", "first-at-1", "second-at-1", "low-priority-at-1", "late"]);
    expect(q.size).toBe(0);
    expect(q.pop()).toBeUndefined();
  });

  it("agrees with a stable sort for any pushes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 20}), fc.integer({min: 0, max: 2}))), (entries) => {
        const q = new SimEventQueue<number>();
        entries.forEach(([time, priority], i) => q.push(time, i, priority));
        const expected = entries
          .map(([time, priority], i) => ({time, priority, i}))
          .sort((a, b) => a.time - b.time || a.priority - b.priority || a.i - b.i)
          .map((e) => e.i);
        const got: number[] = [];
        for (let e = q.pop(); e; e = q.pop()) got.push(e.item);
        expect(got).toEqual(expected);
      })
    );
  });

  it("refuses a time that is not finite", () => {
    expect(() => new SimEventQueue<number>().push(Number.POSITIVE_INFINITY, 1)).toThrow(/finite/);
  });
});

describe("SimClock", () => {
  it("moves forward only", () => {
    const clock = new SimClock();
    clock.advanceTo(10);
    clock.advanceTo(10);
    expect(clock.now).toBe(10);
    expect(() => clock.advanceTo(9)).toThrow(/cannot go back/);
  });
});
