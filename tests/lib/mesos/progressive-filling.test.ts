import {describe, expect, it} from "vitest";
import {drfProgressiveFilling} from "../../../src/lib/index.js";

describe("drfProgressiveFilling", () => {
  it("reproduces the DRF paper's example exactly", () => {
    const result = drfProgressiveFilling({cpus: 9, mem: 18}, {A: {cpus: 1, mem: 4}, B: {cpus: 3, mem: 1}});
    expect(result.tasks).toEqual({A: 3, B: 2});
    expect(result.dominantShares.A).toBeCloseTo(2 / 3, 12);
    expect(result.dominantShares.B).toBeCloseTo(2 / 3, 12);
    expect(result.dominantResources).toEqual({A: "mem", B: "cpus"});
    expect(result.used).toEqual({A: {cpus: 3, mem: 12}, B: {cpus: 6, mem: 2}});
    expect(result.free).toEqual({cpus: 0, mem: 4});
    expect(result.steps.map((s) => s.user)).toEqual(["B", "A", "A", "B", "A"]);
    const expectedShares = [1 / 3, 2 / 9, 4 / 9, 2 / 3, 2 / 3];
    result.steps.forEach((step, i) => expect(step.share).toBeCloseTo(expectedShares[i]!, 12));
    expect(result.steps[2]!.dominantShares.B).toBeCloseTo(1 / 3, 12);
  });

  it("with the listing-order tie-break starts with A and ends the same", () => {
    const result = drfProgressiveFilling({cpus: 9, mem: 18}, {A: {cpus: 1, mem: 4}, B: {cpus: 3, mem: 1}}, {tieBreak: "order"});
    expect(result.steps.map((s) => s.user)).toEqual(["A", "B", "A", "B", "A"]);
    expect(result.tasks).toEqual({A: 3, B: 2});
  });

  it("keeps filling for users whose tasks still fit after another is stuck", () => {
    // C needs memory that runs out; D needs only CPUs and keeps going.
    const result = drfProgressiveFilling({cpus: 10, mem: 10}, {C: {cpus: 1, mem: 5}, D: {cpus: 1, mem: 0}});
    expect(result.tasks).toEqual({C: 2, D: 8});
    expect(result.free).toEqual({cpus: 0, mem: 0});
  });

  it("weights divide shares (weighted DRF)", () => {
    const result = drfProgressiveFilling({cpus: 12}, {P: {cpus: 1}, Q: {cpus: 1}}, {weights: {P: 2}});
    expect(result.tasks).toEqual({P: 8, Q: 4});
  });

  it("rejects a user that demands nothing", () => {
    expect(() => drfProgressiveFilling({cpus: 1}, {Z: {cpus: 0}})).toThrow(/demands nothing/);
  });
});
