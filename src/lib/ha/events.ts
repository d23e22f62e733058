// The trace events of the HA model: kinds and their data. Each carries a plain `explain` sentence.

import type {MesosSimTaskState} from "../mesos/events.js";
import type {SimTraceEvent} from "../sim/trace.js";
import type {HaFaultAction} from "./scenario.js";

/** What a leader leads: the Mesos masters or the Marathon instances. */
export type HaComponent = "mesos" | "marathon";

/** Task states as Mesos reports them (include/mesos/mesos.proto, TaskState). */
export type HaTaskState = MesosSimTaskState;

export const HA_EVENT_KINDS = [
  "zk-leader-elected",
  "zk-leader-lost",
  "quorum-lost",
  "quorum-restored",
  "process-stopped",
  "process-started",
  "partitioned",
  "healed",
  "fault-ignored",
  "contender-joined",
  "session-timed-out",
  "session-expired",
  "leader-lost",
  "leader-elected",
  "registry-recovered",
  "agent-registered",
  "agent-reregistered",
  "agent-unreachable",
  "framework-registered",
  "framework-reregistered",
  "framework-disconnected",
  "framework-removed",
  "task-launched",
  "task-replaced",
  "instance-expunged",
  "task-state",
  "task-health",
  "task-hung",
  "launch-blocked",
  "setting-changed"
] as const;
export type HaEventKind = (typeof HA_EVENT_KINDS)[number];

export interface HaEventData {
  /** The ZooKeeper servers that can talk elect `server` (the highest id among them) to lead the ensemble. */
  "zk-leader-elected": {server: string; servers: string[]};
  /** The ensemble's leader went away; a majority remains and elects another. */
  "zk-leader-lost": {server: string};
  /** Fewer than a majority of ZooKeeper servers can talk: no writes, no session expiry, no elections. */
  "quorum-lost": {reachable: number; needed: number; size: number};
  "quorum-restored": {server: string; servers: string[]};
  /** `tasksStopped`: tasks whose machine died with the agent. */
  "process-stopped": {ids: string[]; reason: "killed" | "restarting" | "aborted"; target: string; tasksStopped: string[]};
  /** `freshAgents`: agents whose machine died before; they come back as new agents without tasks. */
  "process-started": {ids: string[]; target: string; freshAgents: string[]};
  /** `island`: processes cut off together (a node or one process); `zone`: a whole zone cut off from the rest. */
  partitioned: {target: string; ids: string[]; island: string | null; zone: string | null};
  healed: {target: string; ids: string[]; zone: string | null};
  "fault-ignored": {action: HaFaultAction; target: string; reason: string};
  /** A contender opens a ZooKeeper session and creates its EPHEMERAL|SEQUENCE znode. */
  "contender-joined": {component: HaComponent; id: string; session: string; seq: number; znode: string};
  /** Client side: the process has been cut off from ZooKeeper for a whole session timeout and gives its session up. */
  "session-timed-out": {component: HaComponent; id: string; session: string; wasLeader: boolean};
  /** Server side: ZooKeeper expires the session and deletes its ephemeral znodes. */
  "session-expired": {owner: string; session: string; znodes: {component: HaComponent; seq: number; znode: string}[]};
  "leader-lost": {component: HaComponent; id: string; reason: "died" | "session-lost" | "registry"};
  "leader-elected": {component: HaComponent; id: string; seq: number; znode: string};
  "registry-recovered": {master: string};
  "agent-registered": {agentId: string; master: string; incarnation: number; fresh: boolean};
  "agent-reregistered": {agentId: string; master: string; incarnation: number; tasks: string[]};
  "agent-unreachable": {agentId: string; master: string; incarnation: number; reason: "pings" | "reregister-timeout"; tasks: string[]};
  "framework-registered": {master: string; marathon: string; generation: number};
  "framework-reregistered": {master: string; marathon: string; generation: number};
  "framework-disconnected": {master: string; failoverTimeoutS: number};
  "framework-removed": {master: string; generation: number; tasks: string[]};
  /** A task placed when the run starts (already running) or by a new framework generation. */
  "task-launched": {taskId: string; appId: string; agentId: string; incarnation: number; state: HaTaskState; healthy: boolean | null};
  /** Marathon launches `taskId` in place of `replaces` (an instance it expunged). */
  "task-replaced": {appId: string; taskId: string; agentId: string; incarnation: number; replaces: string | null};
  /** Marathon stops counting an instance (unreachableStrategy expunge, or a terminal state) and will launch another. */
  "instance-expunged": {appId: string; taskId: string; state: HaTaskState};
  "task-state": {taskId: string; state: HaTaskState; previous: HaTaskState; running: boolean; reason: string};
  "task-health": {taskId: string; healthy: boolean; failures: number};
  "task-hung": {taskId: string};
  "launch-blocked": {appId: string; missing: number; reason: string};
  /** A setting changed during the run (see HaChange). */
  "setting-changed": {set: "zkSessionTimeoutMs"; value: number; previous: number};
}

export type HaTraceEventOf<K extends HaEventKind> = SimTraceEvent<K, HaEventData[K]> & {readonly data: HaEventData[K]};

/** Any HA trace event; switch on `kind` to narrow `data`. */
export type HaTraceEvent = {[K in HaEventKind]: HaTraceEventOf<K>}[HaEventKind];
