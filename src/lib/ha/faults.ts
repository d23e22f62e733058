// The fault schedule: kill, restart, partition, heal (and hang, for a task) on a master node, one
// process, an agent, a zone or a task. A master node runs a Mesos master, a ZooKeeper server and a
// Marathon instance, as DC/OS master nodes do.

import {PROCESS_RESTART_MS} from "./constants.js";
import {forgetLeadership} from "./masters.js";
import {emit, list, secs, type HaRuntime} from "./runtime.js";
import {parseHaTarget, type HaFault} from "./scenario.js";
import type {HaProcessView} from "./state.js";

/** The processes a target names. */
function processesOf(rt: HaRuntime, target: string): HaProcessView[] {
  const s = rt.ctx.state;
  const t = parseHaTarget(target, rt.scenario)!;
  const all = Object.values(s.processes);
  if (t.kind === "node") return all.filter((p) => p.node === t.node);
  if (t.kind === "process") return [s.processes[t.process]!];
  if (t.kind === "zone") return all.filter((p) => p.zone === t.zone);
  return [];
}

function describe(target: string): string {
  if (target.startsWith("process:")) return target.slice(8);
  if (target.startsWith("master-")) return `master node ${target}`;
  if (target.startsWith("zone-")) return `zone ${target.slice(5)}`;
  return target;
}

/** Stops processes: leaders among them lose leadership; tasks die only with their machine (`killed`). */
export function stopProcesses(rt: HaRuntime, ids: string[], reason: "killed" | "restarting", target: string): void {
  const s = rt.ctx.state;
  const leaders = ids.filter((id) => s.processes[id]!.role === "leader");
  const agents = ids.filter((id) => s.processes[id]!.kind === "agent");
  const tasksStopped =
    reason === "killed"
      ? Object.values(s.tasks)
          .filter((t) => t.running && agents.includes(t.agentId) && t.incarnation === s.agents[t.agentId]!.incarnation)
          .map((t) => t.id)
      : [];
  const verb = reason === "killed" ? "goes down" : "restarts";
  const dies = tasksStopped.length ? ` ${list(tasksStopped)} ${tasksStopped.length === 1 ? "dies with its machine" : "die with their machines"}.` : "";
  const keep = reason === "restarting" && agents.length ? " Tasks keep running: the agent recovers them when it comes back." : "";
  emit(
    rt,
    "process-stopped",
    ids,
    `${describe(target)} ${verb}: ${list(ids)} ${ids.length === 1 ? "stops" : "stop"}.${dies}${keep}${reason === "restarting" ? ` systemd starts ${ids.length === 1 ? "it" : "them"} again in ${secs(PROCESS_RESTART_MS)}.` : ""}`,
    {ids, reason, target, tasksStopped}
  );
  for (const id of leaders) {
    const component = s.processes[id]!.kind === "master" ? "mesos" : "marathon";
    if (component === "mesos") forgetLeadership(rt, id);
    emit(
      rt,
      "leader-lost",
      [id],
      `${id} led the ${component === "mesos" ? "Mesos masters" : "Marathon instances"}. Its znode stays in ZooKeeper until its session expires, ${secs(rt.timeoutMs)} after its last contact; until then nobody takes over.`,
      {component, id, reason: "died"}
    );
  }
}

export function startProcesses(rt: HaRuntime, ids: readonly string[], target: string): void {
  const s = rt.ctx.state;
  const down = ids.filter((id) => !s.processes[id]!.up);
  if (!down.length) return;
  for (const id of down) rt.pendingStart.delete(id);
  // A machine that died comes back as a new agent; a restarted agent process recovers its tasks.
  const fresh = down.filter((id) => rt.deadMachines.has(id));
  for (const id of fresh) rt.deadMachines.delete(id);
  const whole = !target.startsWith("process:") && down.length > 1;
  emit(rt, "process-started", down, `${whole ? `${describe(target)} is back: ` : ""}${list(down)} ${down.length === 1 ? "starts" : "start"} again.`, {ids: down, target, freshAgents: fresh});
  for (const id of down) if (s.processes[id]!.kind === "agent") rt.agentsToRegister.add(id);
}

/** systemd starts the processes again after RestartSec, unless they are killed for good meanwhile. */
export function scheduleStart(rt: HaRuntime, ids: string[], target: string): void {
  for (const id of ids) rt.pendingStart.add(id);
  rt.ctx.after(PROCESS_RESTART_MS, {type: "start", ids, target});
}

/** The start job: only processes still waiting for systemd. */
export function startPending(rt: HaRuntime, ids: readonly string[], target: string): void {
  startProcesses(rt, ids.filter((id) => rt.pendingStart.has(id)), target);
}

function ignore(rt: HaRuntime, fault: HaFault, reason: string): void {
  emit(rt, "fault-ignored", [fault.target], `${fault.action} ${fault.target}: nothing to do, ${reason}.`, {action: fault.action, target: fault.target, reason});
}

function taskFault(rt: HaRuntime, fault: HaFault): void {
  const t = rt.ctx.state.tasks[fault.target];
  if (!t || !t.running) return ignore(rt, fault, `${fault.target} is not running`);
  if (fault.action === "hang") {
    if (t.hung) return ignore(rt, fault, `${fault.target} already hangs`);
    emit(rt, "task-hung", [t.id, t.agentId], `${t.id} hangs: its process still runs but no longer answers requests or health checks.`, {taskId: t.id});
    return;
  }
  emit(rt, "task-state", [t.id, t.agentId], `${t.id}'s process crashes: TASK_FAILED.`, {taskId: t.id, state: "TASK_FAILED", previous: t.state, running: false, reason: "process crashed"});
  rt.capacityEpoch++;
}

export function runFault(rt: HaRuntime, fault: HaFault): void {
  const s = rt.ctx.state;
  const target = parseHaTarget(fault.target, rt.scenario)!;
  if (target.kind === "task") return taskFault(rt, fault);
  const procs = processesOf(rt, fault.target);
  const ids = procs.map((p) => p.id);
  switch (fault.action) {
    case "kill": {
      const up = procs.filter((p) => p.up).map((p) => p.id);
      const restarting = procs.filter((p) => rt.pendingStart.has(p.id));
      for (const p of restarting) rt.pendingStart.delete(p.id);
      if (!up.length && !restarting.length) return ignore(rt, fault, "it is already down");
      for (const p of procs) if (p.kind === "agent" && (p.up || restarting.includes(p))) rt.deadMachines.add(p.id);
      if (!up.length) return ignore(rt, fault, "it is already down; it will not be restarted now");
      return stopProcesses(rt, up, "killed", fault.target);
    }
    case "restart": {
      const up = procs.filter((p) => p.up).map((p) => p.id);
      const down = procs.filter((p) => !p.up).map((p) => p.id);
      if (down.length) startProcesses(rt, down, fault.target);
      if (up.length) {
        stopProcesses(rt, up, "restarting", fault.target);
        scheduleStart(rt, up, fault.target);
      }
      return;
    }
    case "partition": {
      if (target.kind === "zone") {
        if (s.zonePartitions[target.zone]) return ignore(rt, fault, "the zone is already cut off");
        emit(rt, "partitioned", ids, `The network cuts zone ${target.zone} off from the other zones: ${list(ids)} can only talk among themselves.`, {
          target: fault.target,
          ids: [],
          island: null,
          zone: target.zone
        });
        return;
      }
      const island = target.kind === "node" ? target.node : target.process;
      emit(
        rt,
        "partitioned",
        ids,
        `The network cuts ${describe(fault.target)} off from everything else${ids.length > 1 ? `: ${list(ids)} keep running but can only talk to each other` : ""}.`,
        {target: fault.target, ids, island, zone: null}
      );
      return;
    }
    case "heal": {
      if (target.kind === "zone") {
        if (!s.zonePartitions[target.zone]) return ignore(rt, fault, "the zone is not cut off");
        emit(rt, "healed", ids, `The network between zone ${target.zone} and the other zones works again.`, {target: fault.target, ids: [], zone: target.zone});
        return;
      }
      const cut = procs.filter((p) => p.isolation !== null).map((p) => p.id);
      if (!cut.length) return ignore(rt, fault, "it is not cut off");
      emit(rt, "healed", cut, `The network reaches ${describe(fault.target)} again.`, {target: fault.target, ids: cut, zone: null});
      return;
    }
    case "hang":
      return ignore(rt, fault, "only a task can hang");
  }
}
