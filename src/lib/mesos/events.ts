// The trace events of the Mesos model: kinds and their data.

import type {SimTraceEvent} from "../sim/trace.js";
import type {PortRange} from "./ports.js";
import type {MesosScalars} from "./resources.js";

/** Task states (include/mesos/mesos.proto, TaskState). TASK_UNREACHABLE is for partition-aware frameworks (HA chapter). */
export type MesosSimTaskState =
  | "TASK_STAGING"
  | "TASK_STARTING"
  | "TASK_RUNNING"
  | "TASK_FINISHED"
  | "TASK_FAILED"
  | "TASK_KILLED"
  | "TASK_LOST"
  | "TASK_UNREACHABLE";

export const MESOS_TASK_STATES: readonly MesosSimTaskState[] = [
  "TASK_STAGING",
  "TASK_STARTING",
  "TASK_RUNNING",
  "TASK_FINISHED",
  "TASK_FAILED",
  "TASK_KILLED",
  "TASK_LOST",
  "TASK_UNREACHABLE"
];

/** States after which a task holds no resources in this model. */
export const MESOS_TERMINAL_TASK_STATES: readonly MesosSimTaskState[] = ["TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST"];

export function isTerminalTaskState(state: MesosSimTaskState): boolean {
  return MESOS_TERMINAL_TASK_STATES.includes(state);
}

export const MESOS_EVENT_KINDS = [
  "agent-added",
  "framework-subscribed",
  "allocation",
  "offer",
  "accept",
  "launch",
  "decline",
  "filter-expired",
  "suppress",
  "revive",
  "rescind",
  "offer-timeout",
  "task-state",
  "ack",
  "agent-removed",
  "setting-changed"
] as const;
export type MesosEventKind = (typeof MESOS_EVENT_KINDS)[number];

/** A refused-offer filter: `frameworkId` gets no offer from `agentId` holding only (a part of) these resources until `expiresAt`. */
export interface MesosFilterData {
  readonly filterId: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
  readonly createdAt: number;
  /** Decline time + max(allocation interval, refuse_seconds); removed right after the batch allocation due then. */
  readonly expiresAt: number;
}

export type MesosAllocationTrigger = "batch" | "agent-added" | "framework-subscribed" | "revive";

export interface MesosEventData {
  "agent-added": {agentId: string; resources: MesosScalars; ports: readonly PortRange[]; attributes: Readonly<Record<string, string | number>>};
  "agent-removed": {agentId: string; reason: string; rescinded: string[]; lost: string[]};
  "framework-subscribed": {frameworkId: string; role: string; weight: number; pending: number};
  allocation: {
    trigger: MesosAllocationTrigger;
    /** Agents considered. */
    candidates: number;
    /** Of those, agents with enough free resources to offer. */
    allocatable: number;
    /** Roles in DRF order at the start of the round, with their dominant shares. */
    roleOrder: {role: string; share: number}[];
  };
  offer: {
    offerId: string;
    agentId: string;
    frameworkId: string;
    role: string;
    resources: MesosScalars;
    ports: readonly PortRange[];
    /** The role's and the framework's dominant shares just before this offer. */
    roleShare: number;
    frameworkShare: number;
    /** True when this role and framework came first in DRF order; false when some ahead were skipped (filtered, suppressed). */
    lowest: boolean;
    /** No role ahead was skipped. */
    roleLowest: boolean;
    /** No framework ahead in the role was skipped. */
    frameworkLowest: boolean;
  };
  accept: {
    offerId: string;
    agentId: string;
    frameworkId: string;
    taskIds: string[];
    used: MesosScalars;
    unused: MesosScalars;
    unusedPorts: readonly PortRange[];
    filter: MesosFilterData | null;
  };
  launch: {taskId: string; offerId: string; agentId: string; frameworkId: string; resources: MesosScalars; ports: readonly PortRange[]};
  decline: {
    offerId: string;
    agentId: string;
    frameworkId: string;
    resources: MesosScalars;
    ports: readonly PortRange[];
    refuseSeconds: number;
    reason: string;
    filter: MesosFilterData | null;
  };
  "filter-expired": {filterId: string; frameworkId: string; agentId: string};
  suppress: {frameworkId: string; role: string};
  revive: {frameworkId: string; role: string; clearedFilters: string[]};
  rescind: {offerId: string; agentId: string; frameworkId: string; reason: "agent-removed" | "offer-timeout"};
  "offer-timeout": {offerId: string; agentId: string; frameworkId: string; timeoutMs: number};
  "task-state": {
    taskId: string;
    frameworkId: string;
    agentId: string;
    state: MesosSimTaskState;
    previous: MesosSimTaskState;
    reason: string | null;
    /** The status update's id; the scheduler acknowledges it. */
    uuid: string;
    /** For TASK_LOST: whether the framework will launch the task again. */
    relaunch: boolean;
  };
  ack: {taskId: string; frameworkId: string; state: MesosSimTaskState; uuid: string};
  /** A setting changed during the run (see MesosChange); `target` is the framework or role. */
  "setting-changed": {set: "offerTimeoutMs" | "refuseSeconds" | "weight"; target: string | null; value: number | null; previous: number | null};
}

export type MesosTraceEventOf<K extends MesosEventKind> = SimTraceEvent<K, MesosEventData[K]> & {readonly data: MesosEventData[K]};

/** Any Mesos trace event; switch on `kind` to narrow `data`. */
export type MesosTraceEvent = {[K in MesosEventKind]: MesosTraceEventOf<K>}[MesosEventKind];
