import {describe, expect, it} from "vitest";
import {decideOnOffer, parseMesosScenario, simulate, type MesosScenario} from "../../../src/lib/index.js";

function framework(spec: Record<string, unknown>) {
  return parseMesosScenario({agents: [{id: "a", resources: {cpus: 1, mem: 1}}], frameworks: [{name: "fw", ...spec}]}).frameworks[0]!;
}

describe("decideOnOffer (framework behaviour as data)", () => {
  const offer = {agentId: "agent-9", resources: {cpus: 4, mem: 4096, disk: 0}, ports: [[31000, 31002]] as [number, number][]};

  it("launches pending tasks first-fit, skipping ones that do not fit, taking ports", () => {
    const fw = framework({task: [{cpus: 3, mem: 512, ports: 2}, {cpus: 2, mem: 512}, {cpus: 1, mem: 512, ports: 1}]});
    const decision = decideOnOffer(fw, fw.tasks, offer, {});
    expect(decision).toEqual({
      type: "accept",
      launches: [
        {index: 0, shape: fw.tasks[0], resources: {cpus: 3, mem: 512, disk: 0}, ports: [[31000, 31001]]},
        {index: 2, shape: fw.tasks[2], resources: {cpus: 1, mem: 512, disk: 0}, ports: [[31002, 31002]]}
      ]
    });
  });

  it("honours maxTasksPerOffer", () => {
    const fw = framework({task: {cpus: 1, mem: 1}, instances: 5, maxTasksPerOffer: 2});
    const decision = decideOnOffer(fw, Array(5).fill(fw.tasks[0]!), offer, {});
    expect(decision.type === "accept" && decision.launches.map((l) => l.index)).toEqual([0, 1]);
  });

  it("declines for constraints, for nothing to do, or when nothing fits", () => {
    const picky = framework({task: {cpus: 1, mem: 1}, constraints: [{attribute: "rack", equals: "r2"}]});
    expect(decideOnOffer(picky, picky.tasks, offer, {rack: "r1"})).toEqual({type: "decline", reason: "agent-9 does not match its constraint rack = r2"});
    expect(decideOnOffer(picky, picky.tasks, offer, {rack: "r2"}).type).toBe("accept");
    const needsGpuHost = framework({task: {cpus: 1, mem: 1}, constraints: [{attribute: "gpu"}]});
    expect(decideOnOffer(needsGpuHost, needsGpuHost.tasks, offer, {rack: "r1"})).toEqual({type: "decline", reason: "agent-9 does not match its constraint has attribute gpu"});
    expect(decideOnOffer(picky, [], offer, {rack: "r2"})).toEqual({type: "decline", reason: "it has no tasks left to launch"});
    const big = framework({task: {cpus: 8, mem: 1}});
    expect(decideOnOffer(big, big.tasks, offer, {})).toEqual({type: "decline", reason: "its next task <8 CPUs, 1 MB> does not fit"});
    expect(decideOnOffer(framework({task: {cpus: 1, mem: 1}, behaviour: "hold"}), [], offer, {})).toEqual({type: "hold"});
  });
});

describe("faults", () => {
  it("kill-task ends the task as TASK_KILLED and frees its resources", () => {
    const scenario: MesosScenario = {
      agents: [{id: "agent-1", resources: {cpus: 2, mem: 2048}}],
      frameworks: [{name: "web", task: {cpus: 1, mem: 1024}, instances: 2, suppressWhenDone: true}],
      parameters: {untilMs: 5000},
      faults: [{at: 2000, action: "kill-task", target: "web.2"}]
    };
    const trace = simulate(scenario);
    const killed = trace.events.find((e) => e.kind === "task-state" && e.data.state === "TASK_KILLED")!;
    expect([killed.time, killed.kind === "task-state" && killed.data.taskId]).toEqual([2000, "web.2"]);
    expect(killed.explain).toBe(
      "Task web.2 on agent-1 was killed because the operator asked for it; agent-1 sends TASK_KILLED to web; its 1 CPU and 1024 MB return to the pool for the next allocation."
    );
    const end = trace.stateAt(trace.endTime);
    expect(end.agents["agent-1"]!.allocated).toEqual({cpus: 1, mem: 1024, disk: 0});
    expect(end.tasks["web.2"]!.acknowledged).toBe("TASK_KILLED");
    expect(end.frameworks.web!.pending).toBe(0); // killed on purpose: not relaunched
  });

  it("removing an agent rescinds its outstanding offers and loses its tasks", () => {
    const scenario: MesosScenario = {
      agents: [
        {id: "agent-1", resources: {cpus: 4, mem: 4096}},
        {id: "agent-2", resources: {cpus: 4, mem: 4096}}
      ],
      frameworks: [
        {name: "svc", task: {cpus: 1, mem: 512}, instances: 2, relaunchLost: false, maxTasksPerOffer: 1},
        {name: "hoarder", task: {cpus: 1, mem: 1}, behaviour: "hold"}
      ],
      parameters: {untilMs: 4000},
      faults: [{at: 3000, action: "remove-agent", target: "agent-1"}, {at: 3500, action: "remove-agent", target: "agent-1"}]
    };
    const trace = simulate(scenario);
    const before = trace.stateAt(2999);
    const heldOnAgent1 = Object.values(before.offers).filter((o) => o.agentId === "agent-1").map((o) => o.id);
    const tasksOnAgent1 = before.agents["agent-1"]!.taskIds;
    const removal = trace.events.filter((e) => e.time === 3000);
    expect(removal[0]!.kind).toBe("agent-removed");
    expect(removal.filter((e) => e.kind === "rescind").map((e) => e.kind === "rescind" && e.data.offerId)).toEqual(heldOnAgent1);
    expect(removal.filter((e) => e.kind === "task-state").map((e) => e.kind === "task-state" && [e.data.taskId, e.data.state])).toEqual(
      tasksOnAgent1.map((id) => [id, "TASK_LOST"])
    );
    expect(heldOnAgent1.length + tasksOnAgent1.length).toBeGreaterThan(0);
    // Removing it again does nothing.
    expect(trace.events.filter((e) => e.kind === "agent-removed")).toHaveLength(1);
    const after = trace.stateAt(trace.endTime);
    expect(after.totals).toEqual({cpus: 4, mem: 4096, disk: 0});
    expect(Object.values(after.offers).every((o) => o.agentId !== "agent-1")).toBe(true);
  });
});
