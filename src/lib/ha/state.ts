// The HA cluster as a figure draws it at one moment. Changed only by `applyHaEvent`.

import type {HaComponent, HaTaskState} from "./events.js";
import type {HaResolvedScenario} from "./scenario.js";

export type HaProcessKind = "zookeeper" | "master" | "marathon" | "agent";

/**
 * A process's role. Contenders (Mesos masters, Marathon instances): `waiting` (up, no znode yet),
 * `backup` (a znode, not the lowest; Marathon calls it a follower) or `leader`. ZooKeeper servers
 * and agents are just `up`. Any process can be `down`.
 */
export type HaRole = "down" | "up" | "waiting" | "backup" | "leader";

export interface HaProcessView {
  readonly id: string;
  readonly kind: HaProcessKind;
  /** The machine it runs on: master-N (a Mesos master, zk-N and marathon-N) or agent-N. */
  readonly node: string;
  readonly zone: string;
  up: boolean;
  /** Set when cut off from everyone else: processes with the same island can still talk. */
  isolation: string | null;
  role: HaRole;
  /** The ZooKeeper session the process holds (contenders only). */
  session: string | null;
  /** Its znode's sequence number while it has one. */
  seq: number | null;
  /** When it last went up or down. */
  since: number;
}

export interface HaAgentView {
  readonly id: string;
  readonly zone: string;
  readonly cpus: number;
  /** Bumped when the machine comes back after dying: Mesos sees a new agent. */
  incarnation: number;
  /** The master process this incarnation is registered with (cleared when that process stops: its memory is gone). */
  registeredWith: string | null;
  /** This incarnation is in the registry (it registered once): after a failover it re-registers rather than registers. */
  admitted: boolean;
  /** Marked unreachable by a master (this incarnation). */
  unreachable: boolean;
}

export interface HaZnode {
  readonly component: HaComponent;
  readonly seq: number;
  readonly owner: string;
  readonly session: string;
  /** `json.info_0000000003` (Mesos) or `latch-0000000003` (Marathon's Curator LeaderLatch). */
  readonly name: string;
}

export interface HaSessionView {
  readonly id: string;
  readonly owner: string;
  readonly createdAt: number;
}

export interface HaTaskView {
  readonly id: string;
  readonly appId: string;
  readonly agentId: string;
  readonly incarnation: number;
  /** As Mesos reports it to Marathon. */
  state: HaTaskState;
  /** Whether its process actually runs on the agent (a task can run while Mesos calls it unreachable). */
  running: boolean;
  /** null: no health check, or not checked yet. */
  healthy: boolean | null;
  failures: number;
  hung: boolean;
  /** Marathon no longer counts it as an instance of its app. */
  expunged: boolean;
  readonly replaces: string | null;
  readonly launchedAt: number;
  updatedAt: number;
}

export interface HaAppView {
  readonly id: string;
  /** Instances Marathon keeps running. */
  readonly instances: number;
  /** The tasks Marathon counts as the app's instances now. */
  taskIds: string[];
  /** Next task number: web.1, web.2 … */
  nextNumber: number;
  /** Marathon has instances to launch that no agent can take. */
  blocked: boolean;
}

export interface HaFrameworkView {
  /** Bumped when Mesos removed the framework and Marathon had to register anew. */
  generation: number;
  /** The master process that holds the registration (cleared when it stops). */
  registeredWith: string | null;
  /** The Marathon instance registered as the scheduler. */
  scheduler: string | null;
  /** Mesos tore the framework down (failover timeout): Marathon must register as a new framework. */
  removed: boolean;
  connected: boolean;
  disconnectedAt: number | null;
}

export interface HaState {
  time: number;
  /** Number of master nodes (and of ZooKeeper servers and Marathon instances). */
  readonly masters: number;
  processes: Record<string, HaProcessView>;
  /** Zones cut off from the rest of the cluster. */
  zonePartitions: Record<string, boolean>;
  zk: {
    /** The ZooKeeper server leading the ensemble; null while it cannot serve. */
    leader: string | null;
    /** Set by quorum-lost, cleared by quorum-restored. */
    quorumLost: boolean;
    sessions: Record<string, HaSessionView>;
    znodes: HaZnode[];
    nextSeq: Record<HaComponent, number>;
    nextSession: number;
  };
  agents: Record<string, HaAgentView>;
  framework: HaFrameworkView;
  apps: Record<string, HaAppView>;
  tasks: Record<string, HaTaskView>;
}

function process(id: string, kind: HaProcessKind, node: string, zone: string): HaProcessView {
  return {id, kind, node, zone, up: true, isolation: null, role: kind === "master" || kind === "marathon" ? "waiting" : "up", session: null, seq: null, since: 0};
}

/** Every process up, nothing elected yet: the run's first events (at time 0) bring the cluster to its steady state. */
export function initialHaState(s: HaResolvedScenario): HaState {
  const processes: Record<string, HaProcessView> = {};
  for (let i = 1; i <= s.masters; i++) {
    const node = `master-${i}`;
    const zone = s.masterZones[i - 1]!;
    processes[`zk-${i}`] = process(`zk-${i}`, "zookeeper", node, zone);
    processes[node] = process(node, "master", node, zone);
    processes[`marathon-${i}`] = process(`marathon-${i}`, "marathon", node, zone);
  }
  const agents: Record<string, HaAgentView> = {};
  for (const a of s.agents) {
    processes[a.id] = process(a.id, "agent", a.id, a.zone);
    agents[a.id] = {id: a.id, zone: a.zone, cpus: a.cpus, incarnation: 1, registeredWith: null, admitted: false, unreachable: false};
  }
  const apps: Record<string, HaAppView> = {};
  for (const a of s.apps) apps[a.id] = {id: a.id, instances: a.instances, taskIds: [], nextNumber: 1, blocked: false};
  return {
    time: 0,
    masters: s.masters,
    processes,
    zonePartitions: Object.fromEntries(s.zones.map((z) => [z, false])),
    zk: {leader: null, quorumLost: false, sessions: {}, znodes: [], nextSeq: {mesos: 0, marathon: 0}, nextSession: 1},
    agents,
    framework: {generation: 1, registeredWith: null, scheduler: null, removed: false, connected: false, disconnectedAt: null},
    apps,
    tasks: {}
  };
}

function mapValues<T>(record: Record<string, T>, f: (value: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key in record) out[key] = f(record[key]!);
  return out;
}

export function cloneHaState(s: HaState): HaState {
  return {
    time: s.time,
    masters: s.masters,
    processes: mapValues(s.processes, (p) => ({...p})),
    zonePartitions: {...s.zonePartitions},
    zk: {...s.zk, sessions: {...s.zk.sessions}, znodes: s.zk.znodes.slice(), nextSeq: {...s.zk.nextSeq}},
    agents: mapValues(s.agents, (a) => ({...a})),
    framework: {...s.framework},
    apps: mapValues(s.apps, (a) => ({...a, taskIds: a.taskIds.slice()})),
    tasks: mapValues(s.tasks, (t) => ({...t}))
  };
}

/** Records in the state: how big a copy is. */
export function haStateSize(s: HaState): number {
  return Object.keys(s.processes).length + Object.keys(s.tasks).length + s.zk.znodes.length;
}
