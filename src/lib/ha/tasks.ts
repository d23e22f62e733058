// A task's life on its agent: staging, starting, running, and its MESOS_HTTP health check, which
// runs on the agent (so it keeps going while masters fail over) and kills a task that stops answering.

import {
  HEALTH_DELAY_S,
  HEALTH_GRACE_PERIOD_S,
  HEALTH_INTERVAL_S,
  HEALTH_MAX_CONSECUTIVE_FAILURES,
  HEALTH_TIMEOUT_S,
  TASK_STARTING_MS
} from "./constants.js";
import {emit, type HaRuntime} from "./runtime.js";

function hasHealthCheck(rt: HaRuntime, appId: string): boolean {
  return rt.scenario.apps.find((a) => a.id === appId)!.healthCheck;
}

export function stepTask(rt: HaRuntime, taskId: string, to: "TASK_STARTING" | "TASK_RUNNING"): void {
  const s = rt.ctx.state;
  const t = s.tasks[taskId];
  if (!t || t.state !== (to === "TASK_STARTING" ? "TASK_STAGING" : "TASK_STARTING")) return;
  const a = s.agents[t.agentId]!;
  if (!s.processes[t.agentId]!.up || a.incarnation !== t.incarnation) return;
  const hc = hasHealthCheck(rt, t.appId);
  emit(
    rt,
    "task-state",
    [taskId, t.agentId],
    to === "TASK_STARTING"
      ? `The executor on ${t.agentId} starts ${taskId}: TASK_STARTING.`
      : `${taskId} runs on ${t.agentId}: TASK_RUNNING.${hc ? ` Its first health check comes in ${HEALTH_DELAY_S} s.` : ""}`,
    {taskId, state: to, previous: t.state, running: to === "TASK_RUNNING", reason: "launch"}
  );
  if (to === "TASK_STARTING") rt.ctx.after(TASK_STARTING_MS, {type: "task-step", taskId, to: "TASK_RUNNING"});
  else if (hc) rt.ctx.after(HEALTH_DELAY_S * 1000, {type: "health-check", taskId});
}

/** A check starts: a healthy task answers at once; a hung one fails when the timeout runs out. */
export function healthCheck(rt: HaRuntime, taskId: string): void {
  const t = rt.ctx.state.tasks[taskId]!;
  if (!t.running) return;
  if (t.hung) {
    rt.ctx.after(HEALTH_TIMEOUT_S * 1000, {type: "health-fail", taskId});
    return;
  }
  if (t.healthy !== true) {
    emit(rt, "task-health", [taskId], `${taskId} answers its health check: healthy.`, {taskId, healthy: true, failures: 0});
  }
  rt.ctx.after(HEALTH_INTERVAL_S * 1000, {type: "health-check", taskId});
}

export function healthFail(rt: HaRuntime, taskId: string): void {
  const s = rt.ctx.state;
  const t = s.tasks[taskId]!;
  if (!t.running) return;
  const graced = t.healthy === null && rt.ctx.now - t.updatedAt <= HEALTH_GRACE_PERIOD_S * 1000;
  if (graced) {
    rt.ctx.after(HEALTH_INTERVAL_S * 1000, {type: "health-check", taskId});
    return;
  }
  const failures = t.failures + 1;
  const kill = failures >= HEALTH_MAX_CONSECUTIVE_FAILURES;
  emit(
    rt,
    "task-health",
    [taskId],
    `${taskId} does not answer its health check within ${HEALTH_TIMEOUT_S} s: failure ${failures} of ${HEALTH_MAX_CONSECUTIVE_FAILURES} in a row.`,
    {taskId, healthy: false, failures}
  );
  if (kill) {
    emit(rt, "task-state", [taskId, t.agentId], `${taskId} failed ${failures} health checks in a row: its health checker kills it (TASK_KILLED).`, {
      taskId,
      state: "TASK_KILLED",
      previous: t.state,
      running: false,
      reason: "health checks failed"
    });
    rt.capacityEpoch++;
  } else {
    rt.ctx.after(HEALTH_INTERVAL_S * 1000, {type: "health-check", taskId});
  }
}

/** The health-check cadence of a task that was already healthy when the run began. */
export function scheduleWarmHealthChecks(rt: HaRuntime, taskId: string): void {
  rt.ctx.after(HEALTH_INTERVAL_S * 1000, {type: "health-check", taskId});
}

/** Seconds from a hang until the health checker kills the task, at most (for prose). */
export function hangToKillMs(): number {
  return HEALTH_INTERVAL_S * 1000 + HEALTH_MAX_CONSECUTIVE_FAILURES * HEALTH_TIMEOUT_S * 1000 + (HEALTH_MAX_CONSECUTIVE_FAILURES - 1) * HEALTH_INTERVAL_S * 1000;
}
