// The fault schedule: an agent going away (its offers are rescinded, its tasks become TASK_LOST)
// and a task being killed. Other models (HA) add their own actions.

import {isTerminalTaskState} from "./events.js";
import {rescindOffer, revive} from "./offer-responses.js";
import {emit, type MesosRuntime} from "./runtime.js";
import {changeTaskState} from "./task-lifecycle.js";
import {formatSeconds} from "./explain.js";
import type {MesosChange, MesosFault} from "./scenario-schema.js";

export function removeAgent(rt: MesosRuntime, agentId: string, reason: string): void {
  const {ctx, allocator} = rt;
  const agent = ctx.state.agents[agentId];
  if (!agent || !agent.active) return;
  const offers = Object.values(ctx.state.offers).filter((o) => o.agentId === agentId);
  const tasks = agent.taskIds.filter((id) => !isTerminalTaskState(ctx.state.tasks[id]!.state));
  emit(
    rt,
    "agent-removed",
    ["master", agentId],
    `${agentId} is removed (${reason}): the master ${
      offers.length ? `rescinds its ${offers.length} outstanding offer${offers.length === 1 ? "" : "s"}` : "has no offers of it to rescind"
    } and ${tasks.length ? `reports its ${tasks.length} task${tasks.length === 1 ? "" : "s"} as TASK_LOST` : "no tasks of it are running"}.`,
    {agentId, reason, rescinded: offers.map((o) => o.id), lost: tasks}
  );
  for (const offer of offers) rescindOffer(rt, offer, "agent-removed");
  const needRevive = new Set<string>();
  for (const taskId of tasks) {
    changeTaskState(rt, taskId, "TASK_LOST", `${agentId} was removed`);
    const fw = rt.frameworks.get(ctx.state.tasks[taskId]!.frameworkId)!;
    if (fw.spec.relaunchLost && allocator.isSuppressed(fw.spec.name)) needRevive.add(fw.spec.name);
  }
  allocator.removeAgent(agentId);
  for (const frameworkId of needRevive) revive(rt, frameworkId, "it must launch its lost tasks again");
}

export function runFault(rt: MesosRuntime, fault: MesosFault): void {
  switch (fault.action) {
    case "remove-agent":
    case "kill-agent":
      removeAgent(rt, fault.target, fault.action === "kill-agent" ? "its machine died" : "the operator removed it");
      return;
    case "kill-task":
      changeTaskState(rt, fault.target, "TASK_KILLED", "the operator asked for it");
      return;
  }
}

/** A setting changes from now on (the fork of a run). Offers already out keep the timeout they were made with. */
export function runChange(rt: MesosRuntime, change: MesosChange): void {
  const {set, value} = change;
  const target = change.target ?? null;
  if (set === "offerTimeoutMs") {
    const previous = rt.offerTimeoutMs;
    rt.offerTimeoutMs = value;
    const words = (v: number | null) => (v === null ? "none" : formatSeconds(v));
    emit(rt, "setting-changed", ["master"], `The operator sets --offer_timeout to ${words(value)} (it was ${words(previous)}): offers made from now on ${value === null ? "never time out" : `are taken back if unanswered for ${words(value)}`}.`, {set, target, value, previous});
  } else if (set === "refuseSeconds") {
    const fw = rt.frameworks.get(target!);
    const spec = fw?.spec ?? rt.scenario.frameworks.find((f) => f.name === target)!;
    const previous = spec.refuseSeconds;
    if (fw) fw.spec = {...fw.spec, refuseSeconds: value!};
    else (rt as {scenario: MesosRuntime["scenario"]}).scenario = {...rt.scenario, frameworks: rt.scenario.frameworks.map((f) => (f.name === target ? {...f, refuseSeconds: value!} : f))};
    emit(rt, "setting-changed", [target!], `From now on ${target} declines with refuse_seconds ${value} (it was ${previous}).`, {set, target, value, previous});
  } else {
    const previous = rt.ctx.state.roles[target!]?.weight ?? rt.scenario.frameworks.find((f) => f.role === target)?.weight ?? 1;
    rt.allocator.updateRoleWeight(target!, value!);
    emit(rt, "setting-changed", ["allocator"], `The operator sets role ${target}'s weight to ${value} (it was ${previous}): its dominant share is now divided by ${value}.`, {set, target, value, previous});
  }
}
