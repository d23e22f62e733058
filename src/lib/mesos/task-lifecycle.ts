// Tasks after LAUNCH: TASK_STAGING → TASK_STARTING → TASK_RUNNING → TASK_FINISHED or TASK_FAILED,
// each state change sent to the scheduler as a status update that it acknowledges. Resources go
// back to the allocator when a task ends; they are offered again at the next allocation.

import {DEFAULT_STARTING_MS} from "./constants.js";
import {isTerminalTaskState, type MesosSimTaskState} from "./events.js";
import {explainTaskState} from "./explain.js";
import {emit, type MesosRuntime} from "./runtime.js";

export function scheduleTaskStep(rt: MesosRuntime, taskId: string, to: MesosSimTaskState, delayMs: number): void {
  rt.ctx.after(delayMs, {type: "task-step", taskId, to});
}

/**
 * Moves a task to a new state (unless it already ended), sends the status update, and returns
 * its resources when the state is terminal. For TASK_LOST the framework may queue it again.
 */
export function changeTaskState(rt: MesosRuntime, taskId: string, to: MesosSimTaskState, reason: string | null): void {
  const task = rt.ctx.state.tasks[taskId];
  if (!task || isTerminalTaskState(task.state)) return;
  const fw = rt.frameworks.get(task.frameworkId)!;
  const terminal = isTerminalTaskState(to);
  const relaunch = to === "TASK_LOST" && fw.spec.relaunchLost;
  if (terminal && rt.allocator.hasAgent(task.agentId)) {
    rt.allocator.recover(task.frameworkId, task.agentId, task.resources, task.ports);
  }
  const uuid = `u-${rt.nextUpdateId++}`;
  const freed = terminal && to !== "TASK_LOST" ? task.resources : null;
  emit(
    rt,
    "task-state",
    [task.agentId, task.frameworkId],
    explainTaskState({taskId, agentId: task.agentId, state: to, frameworkId: task.frameworkId, reason, freed}),
    {taskId, frameworkId: task.frameworkId, agentId: task.agentId, state: to, previous: task.state, reason, uuid, relaunch}
  );
  rt.ctx.after(fw.spec.responseMs, {type: "ack", taskId, state: to, uuid});
  if (relaunch) {
    const shape = fw.shapes.get(taskId);
    if (shape) fw.pending.push(shape);
  }
  if (to === "TASK_STARTING") scheduleTaskStep(rt, taskId, "TASK_RUNNING", DEFAULT_STARTING_MS);
  if (to === "TASK_RUNNING") {
    const shape = fw.shapes.get(taskId);
    const d = shape?.durationMs ?? null;
    if (shape && d !== null) {
      const ms = typeof d === "number" ? d : Math.round(rt.ctx.random.uniform(d.min, d.max));
      scheduleTaskStep(rt, taskId, shape.outcome === "failed" ? "TASK_FAILED" : "TASK_FINISHED", ms);
    }
  }
}

/** The scheduler acknowledges a status update; the agent stops retrying it. */
export function acknowledge(rt: MesosRuntime, taskId: string, state: MesosSimTaskState, uuid: string): void {
  const task = rt.ctx.state.tasks[taskId];
  if (!task) return;
  emit(
    rt,
    "ack",
    [task.frameworkId, task.agentId],
    `${task.frameworkId} acknowledges the ${state} update for ${taskId}, so it is not sent again.`,
    {taskId, frameworkId: task.frameworkId, state, uuid}
  );
}
