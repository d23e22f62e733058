import {describe, expect, it} from "vitest";
import {MesosAllocator, SeededRandom} from "../../../src/lib/index.js";

const r = (cpus: number, mem: number) => ({cpus, mem, disk: 0});

function allocator(seed = 1): MesosAllocator {
  return new MesosAllocator({random: new SeededRandom(seed)});
}

describe("MesosAllocator", () => {
  it("offers all of an agent's free resources to the lowest-share framework", () => {
    const a = allocator();
    a.addAgent("agent-1", r(4, 4096), [[31000, 31009]]);
    a.addFramework("fw-1", "*", 1);
    a.addFramework("fw-2", "*", 1);
    const [offer, ...rest] = a.allocate();
    expect(rest).toEqual([]);
    expect(offer).toMatchObject({agentId: "agent-1", frameworkId: "fw-1", role: "*", resources: r(4, 4096), ports: [[31000, 31009]], lowest: true});
    expect(a.allocate()).toEqual([]); // nothing left on the agent
  });

  // From Mesos's hierarchical allocator tests (nested roles): resources go to the role subtree
  // furthest below its fair share.
  it("allocates across nested roles by subtree share", () => {
    const a = allocator();
    a.addAgent("slave1", r(2, 1024), []);
    a.addFramework("framework1", "a/b", 1);
    expect(a.allocate().map((o) => [o.frameworkId, o.agentId])).toEqual([["framework1", "slave1"]]);
    a.addFramework("framework2", "a/c", 1);
    a.addFramework("framework3", "d/e", 1);
    a.addAgent("slave2", r(1, 512), []);
    expect(a.allocate(["slave2"]).map((o) => [o.frameworkId, o.agentId])).toEqual([["framework3", "slave2"]]);
    a.addFramework("framework4", "d/f", 1);
    a.addAgent("slave3", r(2, 1024), []);
    expect(a.allocate(["slave3"]).map((o) => [o.frameworkId, o.agentId])).toEqual([["framework4", "slave3"]]);
    expect(a.roleShare("a/b")).toBeCloseTo(0.4, 12);
    expect(a.roleShare("d/e")).toBeCloseTo(0.2, 12);
    expect(a.roleShare("d/f")).toBeCloseTo(0.4, 12);
  });

  it("filters hide an agent only while its free resources are a subset of those refused", () => {
    const a = allocator();
    a.addAgent("agent-1", r(4, 4096), []);
    a.addFramework("fw-1", "*", 1);
    a.addFramework("fw-2", "*", 1);
    const [offer] = a.allocate();
    a.recover("fw-1", "agent-1", r(2, 2048), []);
    a.addFilter("fw-1", "agent-1", {id: "f-1", resources: r(2, 2048), ports: []});
    a.recover("fw-1", "agent-1", r(1, 1024), []); // a task ended: now 3 CPUs free, not a subset
    expect(offer!.frameworkId).toBe("fw-1");
    expect(a.isFiltered("fw-1", "agent-1", r(3, 3072), [])).toBe(false);
    expect(a.isFiltered("fw-1", "agent-1", r(1, 1024), [])).toBe(true);
    expect(a.isFiltered("fw-2", "agent-1", r(1, 1024), [])).toBe(false);
    expect(a.removeFilter("fw-1", "agent-1", "f-1")).toBe(true);
    expect(a.removeFilter("fw-1", "agent-1", "f-1")).toBe(false);
  });

  it("skips a filtered framework for the next one in DRF order", () => {
    const a = allocator();
    a.addAgent("agent-1", r(4, 4096), []);
    a.addFramework("fw-1", "*", 1);
    a.addFramework("fw-2", "*", 1);
    a.addFilter("fw-1", "agent-1", {id: "f", resources: r(4, 4096), ports: []});
    const [offer] = a.allocate();
    expect(offer).toMatchObject({frameworkId: "fw-2", lowest: false});
  });

  it("SUPPRESS stops offers; REVIVE resumes them and clears filters", () => {
    const a = allocator();
    a.addAgent("agent-1", r(4, 4096), []);
    a.addFramework("fw", "*", 1);
    a.addFilter("fw", "agent-1", {id: "f-1", resources: r(1, 1), ports: []});
    a.suppress("fw");
    expect(a.allocate()).toEqual([]);
    expect(a.revive("fw")).toEqual(["f-1"]);
    expect(a.allocate().map((o) => o.frameworkId)).toEqual(["fw"]);
  });

  it("does not offer agents below --min_allocatable_resources (cpus:0.01|mem:32)", () => {
    const a = allocator();
    a.addAgent("tiny", {cpus: 0.005, mem: 31, disk: 100}, []);
    a.addAgent("mem-only", {cpus: 0, mem: 32, disk: 0}, []);
    a.addFramework("fw", "*", 1);
    expect(a.allocate().map((o) => o.agentId)).toEqual(["mem-only"]);
  });

  it("shuffles agents with the seeded generator", () => {
    const order = (seed: number) => {
      const a = allocator(seed);
      for (let i = 1; i <= 8; i++) a.addAgent(`agent-${i}`, r(1, 1024), []);
      a.addFramework("fw", "*", 1);
      return a.allocate().map((o) => o.agentId);
    };
    expect(order(1)).toEqual(order(1));
    expect(order(1)).not.toEqual(order(2));
    expect([...order(3)].sort()).toEqual(Array.from({length: 8}, (_, i) => `agent-${i + 1}`).sort());
  });
});
