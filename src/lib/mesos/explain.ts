// The one-sentence explanations attached to Mesos trace events.

import type {MesosAllocationTrigger, MesosSimTaskState} from "./events.js";
import {formatScalars, formatScalarsShort, type MesosScalars} from "./resources.js";

/** 0.25, 0.33, 0 */
export function formatShare(share: number): string {
  return String(Math.round(share * 100) / 100);
}

/** 1.5 s, 5 s, 0.1 s */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms) / 1000} s`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const TRIGGER_WORDS: Record<MesosAllocationTrigger, string> = {
  batch: "its periodic batch allocation",
  "agent-added": "an allocation because an agent joined",
  "framework-subscribed": "an allocation because a framework subscribed",
  revive: "an allocation because a framework revived offers"
};

export function explainAllocation(
  trigger: MesosAllocationTrigger,
  allocatable: number,
  candidates: number,
  roleOrder: readonly {role: string; share: number}[]
): string {
  const what = `The allocator runs ${TRIGGER_WORDS[trigger]}`;
  if (!allocatable) return `${what}: none of ${plural(candidates, "agent")} has free resources worth offering.`;
  const order = roleOrder.length
    ? `; roles in DRF order: ${roleOrder.map((r) => `${r.role} (${formatShare(r.share)})`).join(", ")}`
    : "; no framework is subscribed yet";
  return `${what}: ${allocatable} of ${plural(candidates, "agent")} ${allocatable === 1 ? "has" : "have"} free resources${order}.`;
}

export function explainOffer(a: {
  agentId: string;
  frameworkId: string;
  role: string;
  resources: MesosScalars;
  roleShare: number;
  frameworkShare: number;
  roleLowest: boolean;
  frameworkLowest: boolean;
  /** How many frameworks share the role. */
  roleFrameworks: number;
}): string {
  const rank = (first: boolean, what: string) => (first ? "lowest" : `lowest of the ${what} not filtered or suppressed`);
  const within =
    a.roleFrameworks > 1
      ? `; within the role, ${a.frameworkId}'s share ${formatShare(a.frameworkShare)} is the ${rank(a.frameworkLowest, "frameworks")}`
      : "";
  const roleRank = rank(a.roleLowest && (a.roleFrameworks > 1 || a.frameworkLowest), "roles");
  return `The allocator offers ${a.agentId}'s ${formatScalars(a.resources)} to framework ${a.frameworkId} (role ${a.role}, dominant share ${formatShare(a.roleShare)}, ${roleRank}${within}).`;
}

export function explainAccept(a: {
  frameworkId: string;
  offerId: string;
  agentId: string;
  tasks: readonly MesosScalars[];
  unused: MesosScalars | null;
  refuseSeconds: number;
}): string {
  const launched = `${a.frameworkId} accepts offer ${a.offerId} and launches ${plural(a.tasks.length, "task")} (${a.tasks.map(formatScalarsShort).join(", ")}) on ${a.agentId}`;
  if (!a.unused) return `${launched}, using all of it.`;
  const filter =
    a.refuseSeconds > 0
      ? `, so ${a.frameworkId} will not be offered them on ${a.agentId} for ${a.refuseSeconds} s`
      : `; with refuse_seconds 0 no filter is set`;
  return `${launched}; the unused ${formatScalars(a.unused)} count as declined${filter}.`;
}

export function explainDecline(a: {
  frameworkId: string;
  offerId: string;
  agentId: string;
  resources: MesosScalars;
  reason: string;
  refuseSeconds: number;
}): string {
  const filter =
    a.refuseSeconds > 0
      ? `it will not be offered them on ${a.agentId} again for ${a.refuseSeconds} s`
      : `with refuse_seconds 0 it sets no filter and can be offered them again at the next allocation`;
  return `${a.frameworkId} declines offer ${a.offerId} (${a.agentId}'s ${formatScalars(a.resources)}) because ${a.reason}; ${filter}.`;
}

export function explainLaunch(taskId: string, agentId: string, resources: MesosScalars): string {
  return `The master sends task ${taskId} ${formatScalarsShort(resources)} to ${agentId}; it is TASK_STAGING.`;
}

const STATE_WORDS: Record<MesosSimTaskState, string> = {
  TASK_STAGING: "is being staged",
  TASK_STARTING: "is starting (the executor is launching it)",
  TASK_RUNNING: "is running",
  TASK_FINISHED: "finished successfully",
  TASK_FAILED: "failed",
  TASK_KILLED: "was killed",
  TASK_LOST: "is lost",
  TASK_UNREACHABLE: "is unreachable"
};

export function explainTaskState(a: {
  taskId: string;
  agentId: string;
  state: MesosSimTaskState;
  frameworkId: string;
  reason: string | null;
  freed: MesosScalars | null;
}): string {
  const because = a.reason ? ` because ${a.reason}` : "";
  const freed = a.freed ? `; its ${formatScalars(a.freed)} return to the pool for the next allocation` : "";
  const sender = a.state === "TASK_LOST" ? "the master" : a.agentId;
  return `Task ${a.taskId} on ${a.agentId} ${STATE_WORDS[a.state]}${because}; ${sender} sends ${a.state} to ${a.frameworkId}${freed}.`;
}
