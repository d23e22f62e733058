import {describe, expect, it} from "vitest";
import {buildLargeMesosScenario, scenarios, simulate, type MesosScenario, type MesosTraceEvent} from "../../../src/lib/index.js";

const offers = (events: readonly MesosTraceEvent[], frameworkId: string) =>
  events.filter((e) => e.kind === "offer" && e.data.frameworkId === frameworkId).map((e) => e.time);

describe("determinism", () => {
  it("gives the identical trace for the same scenario and seed", () => {
    for (const name of Object.keys(scenarios)) {
      const a = simulate(scenarios[name]!, {until: 20000});
      const b = simulate(structuredClone(scenarios[name]!), {until: 20000});
      expect(b.events, name).toEqual(a.events);
    }
  });

  it("gives a different trace for a different seed where randomness matters", () => {
    const a = simulate(scenarios["free-play"]!, {seed: 1});
    const b = simulate(scenarios["free-play"]!, {seed: 2});
    expect(a.scenario.seed).toBe(1);
    expect(b.scenario.seed).toBe(2);
    expect(b.events).not.toEqual(a.events);
    // Same structure, different shuffles: the first batch offers the agents in another order.
    const firstOffers = (t: typeof a) => t.events.filter((e) => e.kind === "offer" && e.time === 0).map((e) => (e.kind === "offer" ? e.data.agentId : ""));
    expect(new Set(firstOffers(a))).toEqual(new Set(firstOffers(b)));
    expect(firstOffers(a)).not.toEqual(firstOffers(b));
  });

  it("uses the scenario's own seed unless one is passed", () => {
    const scenario = {...scenarios["free-play"]!, seed: 2};
    expect(simulate(scenario).events).toEqual(simulate(scenarios["free-play"]!, {seed: 2}).events);
  });

  it("runs a 1,000-agent scenario and keeps its trace seekable", () => {
    const trace = simulate(buildLargeMesosScenario({agents: 1000, frameworks: 3, untilMs: 5000}));
    const state = trace.stateAt(2500);
    expect(Object.keys(state.agents)).toHaveLength(1000);
    expect(Object.values(state.tasks).length).toBeGreaterThan(1000);
  });
});

describe("offer filters (MESOS-4302)", () => {
  // After SmallOfferFilterTimeout in Mesos's hierarchical allocator tests: a 1 s filter with a
  // 60 s allocation interval still applies at the next batch allocation.
  it("a filter shorter than the allocation interval survives the next batch allocation", () => {
    const scenario: MesosScenario = {
      agents: [
        {id: "agent1", resources: {cpus: 1, mem: 512}},
        {id: "agent2", resources: {cpus: 1, mem: 512}, addAt: 1000}
      ],
      frameworks: [
        {name: "framework1", role: "role", task: {cpus: 1, mem: 512}, refuseSeconds: 0},
        {name: "framework2", role: "role", task: {cpus: 1, mem: 512}, behaviour: "decline", refuseSeconds: 1, subscribeAt: 500}
      ],
      parameters: {allocationIntervalMs: 60000, untilMs: 125000}
    };
    const trace = simulate(scenario);
    const placed = trace.events
      .filter((e) => e.kind === "offer")
      .map((e) => (e.kind === "offer" ? [e.time, e.data.frameworkId, e.data.agentId] : []));
    expect(placed).toEqual([
      [0, "framework1", "agent1"],
      [1000, "framework2", "agent2"], // framework2 declines with refuse_seconds 1
      [60000, "framework1", "agent2"], // the filter still holds at the batch allocation
      [120000, "framework2", "agent2"] // expired after it: framework2 (share 0) first again
    ]);
    const filter = trace.events.find((e) => e.kind === "decline")!;
    expect(filter.kind === "decline" && filter.data.filter!.expiresAt).toBe(1100 + 60000);
  });

  it("a filter expiring exactly at a batch allocation still applies to that allocation", () => {
    const scenario: MesosScenario = {
      agents: [{id: "agent-1", resources: {cpus: 1, mem: 512}}],
      frameworks: [{name: "decliner", task: {cpus: 1, mem: 512}, behaviour: "decline", refuseSeconds: 5, responseMs: 0}],
      parameters: {untilMs: 20000}
    };
    const trace = simulate(scenario);
    expect(offers(trace.events, "decliner")).toEqual([0, 6000, 12000, 18000]);
    const expired = trace.events.find((e) => e.kind === "filter-expired")!;
    const batch = trace.events.find((e) => e.kind === "allocation" && e.time === 5000)!;
    expect(expired.time).toBe(5000);
    expect(batch.seq).toBeLessThan(expired.seq);
  });

  it("refuse_seconds 0 sets no filter; REVIVE clears filters", () => {
    const scenario: MesosScenario = {
      agents: [{id: "agent-1", resources: {cpus: 1, mem: 512}}],
      frameworks: [{name: "fw", task: {cpus: 1, mem: 512}, behaviour: "decline", refuseSeconds: 0}],
      parameters: {untilMs: 3500}
    };
    const trace = simulate(scenario);
    expect(offers(trace.events, "fw")).toEqual([0, 1000, 2000, 3000]);
    expect(trace.events.some((e) => e.kind === "decline" && e.data.filter !== null)).toBe(false);
  });
});
