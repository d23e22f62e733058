// The layer-4 load balancer model: IPVS wlc (net/netfilter/ipvs/ip_vs_wlc.c: overhead = active × 256 +
// inactive, pick the least overhead/weight, strict comparison so ties go to the earlier destination,
// new destinations at the head of the list; weight 0 gets no new connections).
import {describe, expect, it} from "vitest";
import {ipvsOverhead, ipvsWlcPick, L4lb} from "../../../src/lib/index.js";

function run(lb: L4lb, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lb.connect()?.backend ?? "none");
  return out;
}

describe("ipvsWlcPick", () => {
  it("overhead = active × 256 + inactive", () => {
    expect(ipvsOverhead({active: 2, inactive: 3})).toBe(515);
  });
  it.each([
    ["all idle: the first", [{weight: 1, active: 0, inactive: 0}, {weight: 1, active: 0, inactive: 0}], 0],
    ["weight 0 is skipped", [{weight: 0, active: 0, inactive: 0}, {weight: 1, active: 5, inactive: 0}], 1],
    ["nothing with weight", [{weight: 0, active: 0, inactive: 0}], -1],
    ["least overhead per weight: 256/2 vs 100/1", [{weight: 2, active: 1, inactive: 0}, {weight: 1, active: 0, inactive: 100}], 1],
    ["equal load keeps the earlier: 512/2 vs 256/1", [{weight: 2, active: 2, inactive: 0}, {weight: 1, active: 1, inactive: 0}], 0],
    ["inactive connections count a little", [{weight: 1, active: 1, inactive: 1}, {weight: 1, active: 1, inactive: 0}], 1]
  ])("%s", (_label, dests, want) => {
    expect(ipvsWlcPick(dests)).toBe(want);
  });
});

describe("L4lb", () => {
  it("equal weights: round robin in list order, newest backend first", () => {
    const lb = new L4lb(["a", "b", "c"]);
    expect(lb.backends().map((b) => b.id)).toEqual(["c", "b", "a"]);
    expect(run(lb, 6)).toEqual(["c", "b", "a", "c", "b", "a"]);
    expect(lb.counts()).toEqual({c: {active: 2, inactive: 0}, b: {active: 2, inactive: 0}, a: {active: 2, inactive: 0}});
  });

  it("weights 2 and 1 split connections 2:1", () => {
    const lb = new L4lb([{id: "a", weight: 2}, "b"]);
    expect(run(lb, 7)).toEqual(["b", "a", "a", "b", "a", "a", "b"]);
    const lb2 = new L4lb([{id: "a", weight: 2}, "b"]);
    run(lb2, 300);
    expect(lb2.counts()).toEqual({b: {active: 100, inactive: 0}, a: {active: 200, inactive: 0}});
  });

  it("least connections: a freed backend gets the next connection", () => {
    const lb = new L4lb(["x", "y", "z"]);
    const conns = [lb.connect()!, lb.connect()!, lb.connect()!];
    expect(conns.map((c) => c.backend)).toEqual(["z", "y", "x"]);
    expect(lb.close(conns[1]!.connId)).toBe(true);
    // y now has 1 inactive (overhead 1) against 256 for the others.
    expect(lb.connect()!.backend).toBe("y");
    expect(lb.counts().y).toEqual({active: 1, inactive: 1});
    lb.expire();
    expect(lb.counts().y).toEqual({active: 1, inactive: 0});
    expect(lb.close(conns[1]!.connId)).toBe(false);
  });

  it("weight 0 (unhealthy or being killed): no new connections, existing ones stay", () => {
    const lb = new L4lb(["a", "b", "c"]);
    run(lb, 3);
    lb.setHealthy("a", false);
    lb.setKilling("b", true);
    expect(run(lb, 4)).toEqual(["c", "c", "c", "c"]);
    expect(lb.counts()).toEqual({c: {active: 5, inactive: 0}, b: {active: 1, inactive: 0}, a: {active: 1, inactive: 0}});
    expect(lb.backends().map((b) => [b.id, b.effectiveWeight])).toEqual([
      ["c", 1],
      ["b", 0],
      ["a", 0]
    ]);
    lb.setWeight("c", 0);
    expect(lb.connect()).toBeNull();
    lb.setHealthy("a", true);
    expect(run(lb, 2)).toEqual(["a", "a"]);
  });

  it("a removed backend keeps its connections until they close and expire", () => {
    const lb = new L4lb(["a", "b"]);
    const [first] = [lb.connect()!];
    expect(first.backend).toBe("b");
    lb.removeBackend("b");
    expect(run(lb, 2)).toEqual(["a", "a"]);
    expect(lb.backends().map((b) => [b.id, b.removed, b.active])).toEqual([
      ["b", true, 1],
      ["a", false, 2]
    ]);
    lb.close(first.connId);
    lb.expire(first.connId);
    expect(lb.backends().map((b) => b.id)).toEqual(["a"]);
    expect(() => lb.setWeight("b", 1)).toThrow("no backend b");
  });

  it("re-adding a removed backend puts it back at the head of the list", () => {
    const lb = new L4lb(["a", "b"]);
    const c = lb.connect()!;
    lb.removeBackend("b");
    lb.addBackend("b");
    expect(lb.backends().map((b) => [b.id, b.active])).toEqual([
      ["b", 1],
      ["a", 0]
    ]);
    expect(lb.connect()!.backend).toBe("a");
    expect(c.connId).toBe(1);
    expect(() => lb.addBackend("a")).toThrow("already present");
  });

  it("connection ids count up and connections are listed", () => {
    const lb = new L4lb(["a"]);
    expect(lb.connect()).toEqual({connId: 1, backend: "a"});
    expect(lb.connect()).toEqual({connId: 2, backend: "a"});
    lb.close(1);
    expect(lb.connections()).toEqual([
      {id: 1, backend: "a", state: "inactive"},
      {id: 2, backend: "a", state: "active"}
    ]);
    expect(() => lb.setWeight("a", 1.5)).toThrow("non-negative integer");
  });
});
