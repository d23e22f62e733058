// The Mesos model as a simulation: agents register, frameworks subscribe, the allocator offers,
// schedulers answer, tasks run and end, faults strike. State changes only through trace events.

import type {SimModel} from "../sim/simulation.js";
import {MesosAllocator} from "./allocator.js";
import {requestAllocation, runBatchAllocation, runPendingAllocation} from "./allocation-round.js";
import type {MesosTraceEvent} from "./events.js";
import {runChange, runFault} from "./faults.js";
import {expireFilter, respondToOffer, timeOutOffer} from "./offer-responses.js";
import {applyMesosEvent} from "./reducer.js";
import {emit, type MesosFrameworkRuntime, type MesosJob, type MesosRuntime} from "./runtime.js";
import type {MesosResolvedScenario} from "./scenario.js";
import {cloneMesosSimState, initialMesosSimState, mesosSimStateSize, type MesosSimState} from "./state.js";
import {acknowledge, changeTaskState} from "./task-lifecycle.js";
import {formatScalars} from "./resources.js";
import {formatPorts, portCount} from "./ports.js";

function pendingQueue(spec: MesosResolvedScenario["frameworks"][number]): MesosFrameworkRuntime["pending"] {
  const queue = [];
  for (let i = 0; i < spec.instances; i++) queue.push(...spec.tasks);
  return queue;
}

export function createMesosModel(scenario: MesosResolvedScenario): SimModel<MesosSimState, MesosJob, MesosTraceEvent> {
  return {
    initialState: initialMesosSimState,
    apply: applyMesosEvent,
    cloneState: cloneMesosSimState,
    stateSize: mesosSimStateSize,
    start(ctx) {
      const rt: MesosRuntime = {
        scenario,
        ctx,
        allocator: new MesosAllocator({random: ctx.random}),
        agents: new Map(scenario.agents.map((a) => [a.id, a])),
        frameworks: new Map(),
        pendingAllocation: null,
        offerTimeoutMs: scenario.parameters.offerTimeoutMs,
        nextOfferId: 1,
        nextFilterId: 1,
        nextUpdateId: 1
      };
      for (const agent of scenario.agents) ctx.schedule(agent.addAt, {type: "add-agent", agentId: agent.id});
      for (const fw of scenario.frameworks) ctx.schedule(fw.subscribeAt, {type: "subscribe", frameworkId: fw.name});
      scenario.faults.forEach((fault, index) => ctx.schedule(fault.at, {type: "fault", index}));
      // Scheduled after everything else known at the start, so a change added to a scenario leaves
      // the order of all other jobs, and so the run before it, exactly as it was.
      scenario.changes.forEach((change, index) => ctx.schedule(change.at, {type: "change", index}));
      ctx.schedule(scenario.parameters.allocationIntervalMs, {type: "batch"});
      return (job) => handleJob(rt, job);
    }
  };
}

function addAgent(rt: MesosRuntime, agentId: string): void {
  const spec = rt.agents.get(agentId)!;
  rt.allocator.addAgent(agentId, spec.resources, spec.ports);
  const ports = spec.ports.length ? ` and ${portCount(spec.ports)} ports (${formatPorts(spec.ports)})` : "";
  emit(
    rt,
    "agent-added",
    [agentId, "master"],
    `${agentId} registers with the master and reports ${formatScalars(spec.resources)}${ports} free.`,
    {agentId, resources: spec.resources, ports: spec.ports, attributes: spec.attributes}
  );
  requestAllocation(rt, "agent-added", [agentId]);
}

function subscribe(rt: MesosRuntime, frameworkId: string): void {
  const spec = rt.scenario.frameworks.find((f) => f.name === frameworkId)!;
  const fw: MesosFrameworkRuntime = {spec, pending: pendingQueue(spec), shapes: new Map(), nextTaskNumber: 1};
  rt.frameworks.set(frameworkId, fw);
  rt.allocator.addFramework(frameworkId, spec.role, spec.weight);
  const weight = spec.weight === 1 ? "" : ` (weight ${spec.weight})`;
  emit(
    rt,
    "framework-subscribed",
    [frameworkId, "master"],
    `Framework ${frameworkId} subscribes to the master in role ${spec.role}${weight} with ${fw.pending.length} task${fw.pending.length === 1 ? "" : "s"} to launch.`,
    {frameworkId, role: spec.role, weight: spec.weight, pending: fw.pending.length}
  );
  requestAllocation(rt, "framework-subscribed", null);
}

function handleJob(rt: MesosRuntime, job: MesosJob): void {
  switch (job.type) {
    case "add-agent":
      return addAgent(rt, job.agentId);
    case "subscribe":
      return subscribe(rt, job.frameworkId);
    case "batch":
      return runBatchAllocation(rt);
    case "allocate":
      return runPendingAllocation(rt);
    case "respond":
      return respondToOffer(rt, job.offerId);
    case "offer-timeout":
      return timeOutOffer(rt, job.offerId, job.timeoutMs);
    case "filter-expire":
      return expireFilter(rt, job.frameworkId, job.agentId, job.filterId);
    case "task-step":
      return changeTaskState(rt, job.taskId, job.to, null);
    case "ack":
      return acknowledge(rt, job.taskId, job.state, job.uuid);
    case "fault":
      return runFault(rt, rt.scenario.faults[job.index]!);
    case "change":
      return runChange(rt, rt.scenario.changes[job.index]!);
  }
}
