import {describe, expect, it} from "vitest";
import {mesosShares, mesosUtilisation, scenarios, simulate, type MesosTraceEvent} from "../../../src/lib/index.js";

function offersTo(events: readonly MesosTraceEvent[], frameworkId: string, agentId?: string) {
  return events.filter((e) => e.kind === "offer" && e.data.frameworkId === frameworkId && (!agentId || e.data.agentId === agentId));
}

describe("drf-paper preset", () => {
  const trace = simulate(scenarios["drf-paper"]!);
  const state = trace.stateAt(trace.endTime);

  it("ends with A running 3 tasks and B 2, both at dominant share 2/3", () => {
    const running = (fw: string) => Object.values(state.tasks).filter((t) => t.frameworkId === fw && t.state === "TASK_RUNNING").length;
    expect(running("A")).toBe(3);
    expect(running("B")).toBe(2);
    const shares = Object.fromEntries(mesosShares(trace.stateAt(4500)).roles.map((r) => [r.id, r.share]));
    expect(shares.a).toBeCloseTo(2 / 3, 12);
    expect(shares.b).toBeCloseTo(2 / 3, 12);
  });

  it("launches one task per batch allocation to the role with the lower share", () => {
    const launches = trace.events.filter((e) => e.kind === "launch").map((e) => [e.time, e.data.frameworkId]);
    expect(launches).toEqual([
      [100, "A"],
      [1100, "B"],
      [2100, "A"],
      [3100, "B"],
      [4100, "A"]
    ]);
  });
});

describe("greedy-decliner-starvation preset", () => {
  const trace = simulate(scenarios["greedy-decliner-starvation"]!);

  it("starves spark: after its first task, every offer goes to greedy", () => {
    expect(offersTo(trace.events, "spark").map((e) => e.time)).toEqual([0]);
    expect(offersTo(trace.events, "greedy").length).toBe(15);
    expect(trace.stateAt(trace.endTime).frameworks.spark!.launched).toBe(1);
  });

  it("recovers when greedy declines with the default 5 s filter", () => {
    const scenario = structuredClone(scenarios["greedy-decliner-starvation"]!);
    scenario.frameworks![1]!.refuseSeconds = 5;
    const fixed = simulate(scenario);
    expect(fixed.stateAt(fixed.endTime).frameworks.spark!.launched).toBeGreaterThan(1);
  });
});

describe("weights preset", () => {
  it("gives the weight-2 role twice the resources of the weight-1 role", () => {
    const trace = simulate(scenarios.weights!);
    const state = trace.stateAt(trace.endTime);
    expect(state.frameworks["prod-web"]!.allocated.cpus).toBe(8);
    expect(state.frameworks["dev-web"]!.allocated.cpus).toBe(4);
    const shares = Object.fromEntries(mesosShares(state).roles.map((r) => [r.id, r.share]));
    expect(shares.prod).toBeCloseTo(1 / 3, 12); // 8/12 divided by weight 2
    expect(shares.dev).toBeCloseTo(1 / 3, 12);
    expect(mesosUtilisation(state).allocatedFraction.cpus).toBe(1);
  });
});

describe("filters-delay-reoffers preset", () => {
  const trace = simulate(scenarios["filters-delay-reoffers"]!);

  it("re-offers agent-1 to eager (1 s filter) every 2 s and to patient (5 s filter) every 6 s", () => {
    expect(offersTo(trace.events, "eager", "agent-1").map((e) => e.time)).toEqual([0, 2000, 4000, 6000, 8000, 10000, 12000, 14000]);
    expect(offersTo(trace.events, "patient", "agent-1").map((e) => e.time)).toEqual([1000, 7000, 13000]);
  });

  it("places every task on rack r2", () => {
    const state = trace.stateAt(trace.endTime);
    expect(Object.values(state.tasks).map((t) => t.agentId)).toEqual(["agent-2", "agent-2", "agent-2", "agent-2"]);
  });
});

describe("offer-timeout preset", () => {
  it("rescinds the hoarded offer after 5 s so the other framework gets the agent", () => {
    const trace = simulate(scenarios["offer-timeout"]!);
    const kinds = trace.events.filter((e) => ["offer-timeout", "rescind"].includes(e.kind)).slice(0, 2);
    expect(kinds.map((e) => [e.time, e.kind, e.data])).toEqual([
      [5000, "offer-timeout", {offerId: "o-1", agentId: "agent-1", frameworkId: "hoarder", timeoutMs: 5000}],
      [5000, "rescind", {offerId: "o-1", agentId: "agent-1", frameworkId: "hoarder", reason: "offer-timeout"}]
    ]);
    expect(offersTo(trace.events, "worker").map((e) => e.time)[0]).toBe(5000);
    expect(trace.stateAt(trace.endTime).frameworks.worker!.launched).toBe(2);
  });

  it("without --offer_timeout the offer stays outstanding and worker starves", () => {
    const scenario = structuredClone(scenarios["offer-timeout"]!);
    scenario.parameters!.offerTimeoutMs = null;
    const trace = simulate(scenario);
    expect(trace.events.some((e) => e.kind === "rescind")).toBe(false);
    expect(offersTo(trace.events, "worker")).toEqual([]);
    expect(Object.keys(trace.stateAt(trace.endTime).offers)).toEqual(["o-1"]);
  });
});

describe("free-play preset", () => {
  const trace = simulate(scenarios["free-play"]!);

  it("loses agent-3's tasks when it dies and launches them again elsewhere", () => {
    const removed = trace.events.find((e) => e.kind === "agent-removed")!;
    expect(removed.time).toBe(20000);
    const lost = trace.events.flatMap((e) => (e.kind === "task-state" && e.data.state === "TASK_LOST" ? [e.data] : []));
    expect(lost.map((d) => d.taskId).sort()).toEqual([...(removed.kind === "agent-removed" ? removed.data.lost : [])].sort());
    expect(lost.length).toBeGreaterThan(0);
    const end = trace.stateAt(trace.endTime);
    expect(end.agents["agent-3"]!.active).toBe(false);
    expect(end.totals).toEqual({cpus: 18, mem: 36864, disk: 90000});
    // Every framework eventually launched all it needed, counting relaunches.
    for (const fw of Object.values(end.frameworks)) expect(fw.pending).toBe(0);
    const running = Object.values(end.tasks).filter((t) => t.state === "TASK_RUNNING" && t.frameworkId === "marathon");
    expect(running.length).toBe(6);
    expect(running.every((t) => t.agentId !== "agent-3")).toBe(true);
  });

  it("marathon suppresses when done and revives to relaunch lost tasks", () => {
    const marathon = trace.events.filter((e) => (e.kind === "suppress" || e.kind === "revive") && e.data.frameworkId === "marathon");
    expect(marathon.map((e) => e.kind)).toEqual(["suppress", "revive", "suppress"]);
  });
});
