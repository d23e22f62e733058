// The worked example of Mesos's docs/architecture.md, as a trace.
import {describe, expect, it} from "vitest";
import {mesosAgentRows, scenarios, simulate, type MesosTraceEvent} from "../../../src/lib/index.js";

const trace = simulate(scenarios["architecture-example"]!);
const offerCycle = (e: MesosTraceEvent) => ["offer", "accept", "launch", "decline"].includes(e.kind);

describe("architecture-example", () => {
  it("offers agent-1's 4 CPUs and 4 GB to framework 1, which launches two tasks; the rest goes to framework 2", () => {
    const steps = trace.events.filter(offerCycle).map((e) => {
      switch (e.kind) {
        case "offer":
          return [e.time, "offer", e.data.frameworkId, e.data.agentId, e.data.resources];
        case "accept":
          return [e.time, "accept", e.data.frameworkId, e.data.taskIds, e.data.unused];
        case "launch":
          return [e.time, "launch", e.data.taskId, e.data.resources];
        default:
          return [e.time, e.kind];
      }
    });
    expect(steps).toEqual([
      [0, "offer", "framework-1", "agent-1", {cpus: 4, mem: 4096, disk: 0}],
      [100, "accept", "framework-1", ["framework-1.1", "framework-1.2"], {cpus: 1, mem: 1024, disk: 0}],
      [100, "launch", "framework-1.1", {cpus: 2, mem: 1024, disk: 0}],
      [100, "launch", "framework-1.2", {cpus: 1, mem: 2048, disk: 0}],
      [1000, "offer", "framework-2", "agent-1", {cpus: 1, mem: 1024, disk: 0}],
      [1100, "accept", "framework-2", ["framework-2.1"], {cpus: 0, mem: 0, disk: 0}],
      [1100, "launch", "framework-2.1", {cpus: 1, mem: 1024, disk: 0}]
    ]);
  });

  it("explains each step in a sentence", () => {
    const offers = trace.events.filter((e) => e.kind === "offer").map((e) => e.explain);
    expect(offers[0]).toBe(
      "The allocator offers agent-1's 4 CPUs and 4096 MB to framework framework-1 (role *, dominant share 0, lowest; within the role, framework-1's share 0 is the lowest)."
    );
    expect(offers[1]).toBe(
      "The allocator offers agent-1's 1 CPU and 1024 MB to framework framework-2 (role *, dominant share 0.75, lowest; within the role, framework-2's share 0 is the lowest)."
    );
    const accept = trace.events.find((e) => e.kind === "accept")!;
    expect(accept.explain).toBe(
      "framework-1 accepts offer o-1 and launches 2 tasks (<2 CPUs, 1024 MB>, <1 CPU, 2048 MB>) on agent-1; the unused 1 CPU and 1024 MB count as declined, so framework-1 will not be offered them on agent-1 for 5 s."
    );
    for (const e of trace.events) expect(e.explain).toMatch(/^[A-Za-z].*\.$/);
  });

  it("leaves 1 CPU and 1 GB unallocated between the two offers, filtered for framework 1", () => {
    const state = trace.stateAt(500);
    const [agent] = mesosAgentRows(state);
    expect(agent!.allocated).toEqual({cpus: 3, mem: 3072, disk: 0});
    expect(agent!.free).toEqual({cpus: 1, mem: 1024, disk: 0});
    expect(Object.values(state.filters)).toEqual([
      {id: "f-1", frameworkId: "framework-1", agentId: "agent-1", resources: {cpus: 1, mem: 1024, disk: 0}, ports: [], createdAt: 100, expiresAt: 5100}
    ]);
  });

  it("runs the three tasks, acknowledged, and fills the agent", () => {
    const state = trace.stateAt(trace.endTime);
    expect(Object.values(state.tasks).map((t) => [t.id, t.state, t.acknowledged])).toEqual([
      ["framework-1.1", "TASK_RUNNING", "TASK_RUNNING"],
      ["framework-1.2", "TASK_RUNNING", "TASK_RUNNING"],
      ["framework-2.1", "TASK_RUNNING", "TASK_RUNNING"]
    ]);
    expect(state.tasks["framework-1.1"]!.history.map((h) => [h.state, h.time])).toEqual([
      ["TASK_STAGING", 100],
      ["TASK_STARTING", 400],
      ["TASK_RUNNING", 900]
    ]);
    expect(mesosAgentRows(state)[0]!.free).toEqual({cpus: 0, mem: 0, disk: 0});
  });
});
