import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {DrfSorter} from "../../../src/lib/index.js";

describe("DrfSorter rules", () => {
  it("share = max over resources with a non-zero total of allocated/total, divided by weight", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a1", {cpus: 8, mem: 1000, gpus: 0});
    sorter.addAgent("a2", {cpus: 2, mem: 1000});
    sorter.add("x");
    sorter.allocated("x", {cpus: 1, mem: 500, gpus: 3});
    expect(sorter.share("x")).toBe(0.25); // mem 500/2000 beats cpus 1/10; gpus has no total
    sorter.updateWeight("x", 2);
    expect(sorter.share("x")).toBe(0.125);
    expect(sorter.totals()).toEqual({cpus: 10, mem: 2000});
    expect(sorter.allocation("x")).toEqual({cpus: 1, mem: 500, gpus: 3});
  });

  it("breaks ties by allocation count, then by name", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a", {cpus: 10});
    for (const c of ["c", "b", "a"]) sorter.add(c);
    expect(sorter.sort()).toEqual(["a", "b", "c"]);
    sorter.allocated("a", {cpus: 1});
    sorter.unallocated("a", {cpus: 1});
    expect(sorter.share("a")).toBe(0);
    expect(sorter.sort()).toEqual(["b", "c", "a"]);
  });

  it("counts inactive clients but leaves them out of sort()", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a", {cpus: 10});
    sorter.add("x");
    sorter.add("y");
    sorter.deactivate("x");
    expect(sorter.count()).toBe(2);
    expect(sorter.sort()).toEqual(["y"]);
    sorter.deactivate("x");
    sorter.activate("x");
    sorter.activate("x");
    expect(sorter.sort()).toEqual(["x", "y"]);
  });

  it("changes order when the totals change", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a", {cpus: 10, mem: 100});
    sorter.add("cpu-heavy");
    sorter.add("mem-heavy");
    sorter.allocated("cpu-heavy", {cpus: 4, mem: 10});
    sorter.allocated("mem-heavy", {cpus: 1, mem: 30});
    expect(sorter.sort()).toEqual(["mem-heavy", "cpu-heavy"]);
    sorter.addAgent("b", {cpus: 30});
    expect(sorter.sort()).toEqual(["cpu-heavy", "mem-heavy"]);
    sorter.removeAgent("b");
    expect(sorter.sort()).toEqual(["mem-heavy", "cpu-heavy"]);
  });

  it("sums a subtree into its inner node and sorts children within their parent", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a", {cpus: 100});
    for (const c of ["eng/backend", "eng/frontend", "ops"]) sorter.add(c);
    sorter.allocated("eng/backend", {cpus: 10});
    sorter.allocated("eng/frontend", {cpus: 5});
    sorter.allocated("ops", {cpus: 12});
    // eng holds 15 > ops 12, so ops first; inside eng, frontend (5) before backend (10).
    expect(sorter.sort()).toEqual(["ops", "eng/frontend", "eng/backend"]);
    sorter.updateWeight("eng", 2); // eng's subtree now counts 15/2 = 7.5 against ops's 12
    expect(sorter.sort()).toEqual(["eng/frontend", "eng/backend", "ops"]);
  });

  it("throws on unknown clients, duplicates and bad weights", () => {
    const sorter = new DrfSorter();
    sorter.add("x");
    expect(() => sorter.add("x")).toThrow(/already exists/);
    expect(() => sorter.add("")).toThrow(/empty/);
    expect(() => sorter.allocated("nope", {cpus: 1})).toThrow(/unknown client "nope"/);
    expect(() => sorter.remove("nope")).toThrow(/unknown client/);
    expect(() => sorter.updateWeight("x", 0)).toThrow(/positive/);
    expect(() => sorter.removeAgent("nope")).toThrow(/unknown agent/);
  });

  it("adding to an existing agent adds to its resources", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a", {cpus: 4});
    sorter.addAgent("a", {cpus: 4, mem: 10});
    expect(sorter.totals()).toEqual({cpus: 8, mem: 10});
    sorter.removeAgent("a");
    expect(sorter.totals()).toEqual({});
  });

  it("keeps fixed-point sums exact (0.1 + 0.2 − 0.3 = 0)", () => {
    const sorter = new DrfSorter();
    sorter.addAgent("a", {cpus: 1});
    sorter.add("x");
    sorter.allocated("x", {cpus: 0.1});
    sorter.allocated("x", {cpus: 0.2});
    sorter.unallocated("x", {cpus: 0.3});
    expect(sorter.share("x")).toBe(0);
  });
});

// A naive reference: flat clients, full sort every time by (share, count, name).
describe("DrfSorter against a naive reference (flat clients)", () => {
  type Op =
    | {op: "allocated" | "unallocated"; client: number; cpus: number; mem: number}
    | {op: "toggle"; client: number}
    | {op: "weight"; client: number; weight: number}
    | {op: "sort"};
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({op: fc.constant("allocated" as const), client: fc.nat(4), cpus: fc.integer({min: 0, max: 5}), mem: fc.integer({min: 0, max: 50})}),
    fc.record({op: fc.constant("unallocated" as const), client: fc.nat(4), cpus: fc.integer({min: 0, max: 5}), mem: fc.integer({min: 0, max: 50})}),
    fc.record({op: fc.constant("toggle" as const), client: fc.nat(4)}),
    fc.record({op: fc.constant("weight" as const), client: fc.nat(4), weight: fc.constantFrom(0.5, 1, 2, 3)}),
    fc.record({op: fc.constant("sort" as const)})
  );

  it("agrees after any sequence of operations", () => {
    fc.assert(
      fc.property(fc.array(op, {maxLength: 60}), (ops) => {
        const names = ["e", "a", "d", "b", "c"];
        const sorter = new DrfSorter();
        sorter.addAgent("agent", {cpus: 40, mem: 400});
        const ref = names.map((name) => ({name, cpus: 0, mem: 0, count: 0, weight: 1, active: true}));
        for (const n of names) sorter.add(n);
        for (const o of ops) {
          if (o.op === "sort") {
            const expected = ref
              .filter((c) => c.active)
              .map((c) => ({...c, share: Math.max(c.cpus / 40, c.mem / 400) / c.weight}))
              .sort((x, y) => x.share - y.share || x.count - y.count || (x.name < y.name ? -1 : 1))
              .map((c) => c.name);
            expect(sorter.sort()).toEqual(expected);
            for (const c of ref) expect(sorter.share(c.name)).toBe(Math.max(c.cpus / 40, c.mem / 400) / c.weight);
            continue;
          }
          const c = ref[o.client]!;
          if (o.op === "allocated") {
            sorter.allocated(c.name, {cpus: o.cpus, mem: o.mem});
            c.cpus += o.cpus;
            c.mem += o.mem;
            c.count++;
          } else if (o.op === "unallocated") {
            const cpus = Math.min(o.cpus, c.cpus);
            const mem = Math.min(o.mem, c.mem);
            sorter.unallocated(c.name, {cpus, mem});
            c.cpus -= cpus;
            c.mem -= mem;
          } else if (o.op === "toggle") {
            if (c.active) sorter.deactivate(c.name);
            else sorter.activate(c.name);
            c.active = !c.active;
          } else if (o.op === "weight") {
            sorter.updateWeight(c.name, o.weight);
            c.weight = o.weight;
          }
        }
      }),
      {numRuns: 300}
    );
  });
});
