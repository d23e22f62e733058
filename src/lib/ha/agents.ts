// Agents: (re-)registration with the leading master (with the agent's randomised backoff), the
// leader's pings, and marking agents unreachable (by missed pongs, or by not re-registering in time).

import {AGENT_REGISTRATION_BACKOFF_MS, AGENT_REGISTRATION_RETRY_MAX_MS} from "./constants.js";
import {emit, list, plural, PRIORITY, secs, type HaRuntime} from "./runtime.js";
import {canTalk, leaderOf, logQuorum, zkConnected} from "./topology.js";
import type {HaTaskView} from "./state.js";

const observerKey = (agentId: string, incarnation: number) => `${agentId}#${incarnation}`;

function liveTasks(rt: HaRuntime, agentId: string, incarnation: number): HaTaskView[] {
  return Object.values(rt.ctx.state.tasks).filter(
    (t) => t.agentId === agentId && t.incarnation === incarnation && !["TASK_FINISHED", "TASK_FAILED", "TASK_KILLED"].includes(t.state)
  );
}

/** Agents that know (through ZooKeeper) a leader they are not registered with start trying to register. */
export function checkAgents(rt: HaRuntime): void {
  const s = rt.ctx.state;
  const leader = leaderOf(s, "mesos");
  for (const a of Object.values(s.agents)) {
    if (!s.processes[a.id]!.up || leader === null) continue;
    if (a.registeredWith === leader && !a.unreachable && !rt.agentsToRegister.has(a.id)) continue;
    if (!zkConnected(s, a.id) || rt.agentChains.get(a.id) === leader) continue;
    rt.agentChains.set(a.id, leader);
    rt.ctx.after(Math.floor(rt.ctx.random.uniform(0, AGENT_REGISTRATION_BACKOFF_MS)), {type: "agent-register", agentId: a.id, master: leader, attempt: 1});
  }
}

export function tryRegisterAgent(rt: HaRuntime, agentId: string, master: string, attempt: number): void {
  const s = rt.ctx.state;
  if (rt.agentChains.get(agentId) !== master) return;
  if (!s.processes[agentId]!.up || leaderOf(s, "mesos") !== master) {
    rt.agentChains.delete(agentId);
    return;
  }
  if (!rt.recovered.has(master) || !canTalk(s, agentId, master)) {
    const bound = Math.min(AGENT_REGISTRATION_BACKOFF_MS * 2 ** attempt, AGENT_REGISTRATION_RETRY_MAX_MS);
    rt.ctx.after(Math.floor(rt.ctx.random.uniform(0, bound)), {type: "agent-register", agentId, master, attempt: attempt + 1});
    return;
  }
  rt.agentChains.delete(agentId);
  rt.agentsToRegister.delete(agentId);
  const a = s.agents[agentId]!;
  const tasks = liveTasks(rt, agentId, a.incarnation).filter((t) => t.running);
  if (!a.admitted) {
    emit(rt, "agent-registered", [agentId, master], `${agentId} registers with ${master} as a new agent${a.incarnation > 1 ? " (its machine restarted, so Mesos gives it a new agent ID)" : ""}.`, {
      agentId,
      master,
      incarnation: a.incarnation,
      fresh: true
    });
  } else {
    emit(
      rt,
      "agent-reregistered",
      [agentId, master],
      `${agentId} re-registers with ${master}${attempt > 1 ? ` (attempt ${attempt})` : ""} and reports ${tasks.length ? `its ${plural(tasks.length, "running task")}: ${list(tasks.map((t) => t.id))}` : "no running tasks"}.`,
      {agentId, master, incarnation: a.incarnation, tasks: tasks.map((t) => t.id)}
    );
  }
  for (const t of tasks) {
    if (t.state !== "TASK_UNREACHABLE" && t.state !== "TASK_LOST") continue;
    emit(rt, "task-state", [t.id, agentId], `${t.id} was ${t.state} but has kept running: Mesos reports it TASK_RUNNING again.`, {
      taskId: t.id,
      state: "TASK_RUNNING",
      previous: t.state,
      running: true,
      reason: `${agentId} re-registered`
    });
  }
  rt.capacityEpoch++;
  startObserver(rt, agentId, a.incarnation, master);
}

function startObserver(rt: HaRuntime, agentId: string, incarnation: number, master: string): void {
  const key = observerKey(agentId, incarnation);
  const epoch = (rt.observers.get(key) ?? 0) + 1;
  rt.observers.set(key, epoch);
  rt.ctx.after(0, {type: "ping", agentId, incarnation, master, epoch, failures: 0}, {priority: PRIORITY.ping});
}

/** The leader pings each registered agent every ping timeout; a pong resets the count of misses. */
export function ping(rt: HaRuntime, job: {agentId: string; incarnation: number; master: string; epoch: number; failures: number}): void {
  const s = rt.ctx.state;
  const {agentId, incarnation, master, epoch} = job;
  if (rt.observers.get(observerKey(agentId, incarnation)) !== epoch || leaderOf(s, "mesos") !== master) return;
  const a = s.agents[agentId]!;
  const p = rt.scenario.parameters;
  const answered = s.processes[agentId]!.up && a.incarnation === incarnation && canTalk(s, master, agentId);
  const failures = answered ? 0 : job.failures + 1;
  const next = rt.ctx.now + p.agentPingTimeoutMs;
  if (failures >= p.maxAgentPingTimeouts) rt.ctx.schedule(next, {type: "mark-unreachable", agentId, incarnation, master, epoch}, {priority: PRIORITY.ping});
  else rt.ctx.schedule(next, {type: "ping", agentId, incarnation, master, epoch, failures}, {priority: PRIORITY.ping});
}

function markUnreachable(rt: HaRuntime, agentId: string, incarnation: number, master: string, reason: "pings" | "reregister-timeout", explain: string): void {
  const tasks = liveTasks(rt, agentId, incarnation).filter((t) => t.state !== "TASK_UNREACHABLE" && t.state !== "TASK_LOST");
  const aware = rt.scenario.parameters.partitionAware;
  const state = aware ? "TASK_UNREACHABLE" : "TASK_LOST";
  const report = tasks.length
    ? ` Its ${plural(tasks.length, "task")} ${tasks.length === 1 ? "becomes" : "become"} ${state} for Marathon${aware ? ", which is partition-aware" : ", which is not partition-aware"}.`
    : "";
  emit(rt, "agent-unreachable", [agentId, master], `${explain}${report}`, {agentId, master, incarnation, reason, tasks: tasks.map((t) => t.id)});
  for (const t of tasks) {
    emit(rt, "task-state", [t.id, agentId], `Mesos reports ${t.id} ${state}${t.running ? " (it may well still be running)" : ""}.`, {
      taskId: t.id,
      state,
      previous: t.state,
      running: t.running,
      reason: `${agentId} is unreachable`
    });
  }
}

export function pingsExhausted(rt: HaRuntime, job: {agentId: string; incarnation: number; master: string; epoch: number}): void {
  const s = rt.ctx.state;
  const key = observerKey(job.agentId, job.incarnation);
  if (rt.observers.get(key) !== job.epoch || leaderOf(s, "mesos") !== job.master) return;
  rt.observers.set(key, job.epoch + 1);
  // Marking an agent unreachable is a registry write: it needs a majority of masters.
  if (!logQuorum(s, job.master)) return;
  const p = rt.scenario.parameters;
  markUnreachable(
    rt,
    job.agentId,
    job.incarnation,
    job.master,
    "pings",
    `${job.master} has had no answer to ${p.maxAgentPingTimeouts} pings in a row from ${job.agentId} (${secs(p.agentPingTimeoutMs)} each): it marks the agent unreachable.`
  );
}

/** Agents in the registry that have not re-registered with this leader within the timeout are marked unreachable. */
export function reregisterTimeout(rt: HaRuntime, master: string): void {
  const s = rt.ctx.state;
  if (leaderOf(s, "mesos") !== master || !rt.recovered.has(master) || !logQuorum(s, master)) return;
  for (const a of Object.values(s.agents)) {
    if (!a.admitted || a.registeredWith === master || a.unreachable) continue;
    markUnreachable(
      rt,
      a.id,
      a.incarnation,
      master,
      "reregister-timeout",
      `${a.id} has not re-registered within ${secs(rt.scenario.parameters.agentReregisterTimeoutMs)} of ${master} taking over: ${master} marks it unreachable.`
    );
  }
}
