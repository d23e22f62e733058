// What figures and tests read from an HA trace: who leads when, the status of each agent, task
// counts by state, how many instances actually serve, and how long recovery took.

import type {HaComponent, HaTraceEvent} from "./events.js";
import {applyHaEvent} from "./reducer.js";
import type {HaTrace} from "./simulate.js";
import type {HaState, HaTaskView} from "./state.js";
import {canTalk, leaderOf, zkQuorumGroup, zkServing} from "./topology.js";

export interface HaSegment<T> {
  from: number;
  to: number;
  value: T;
}

/** How an agent stands with the leading master: "waiting" means not registered with it (there is none, or not yet). */
export type HaAgentStatus = "registered" | "waiting" | "cut off" | "unreachable" | "down";

/** Task states as the timeline groups them. */
export const HA_TASK_CATEGORIES = ["running", "starting", "unreachable", "lost"] as const;
export type HaTaskCategory = (typeof HA_TASK_CATEGORIES)[number];

export function taskCategory(t: HaTaskView): HaTaskCategory | null {
  switch (t.state) {
    case "TASK_RUNNING":
      return "running";
    case "TASK_STAGING":
    case "TASK_STARTING":
      return "starting";
    case "TASK_UNREACHABLE":
      return "unreachable";
    case "TASK_LOST":
      return "lost";
    default:
      return null;
  }
}

/** Task counts by category (tasks that ended are not counted). */
export function haTaskCounts(s: Readonly<HaState>): Record<HaTaskCategory, number> {
  const counts: Record<HaTaskCategory, number> = {running: 0, starting: 0, unreachable: 0, lost: 0};
  for (const t of Object.values(s.tasks)) {
    const c = taskCategory(t);
    if (c) counts[c]++;
  }
  return counts;
}

/** A task that really answers requests: its process runs on a live agent, it does not hang, and it has not failed its health check. */
export function isServing(s: Readonly<HaState>, t: HaTaskView): boolean {
  return t.running && !t.hung && t.healthy !== false && s.processes[t.agentId]!.up && s.agents[t.agentId]!.incarnation === t.incarnation;
}

export function haServing(s: Readonly<HaState>, appId: string): number {
  let n = 0;
  for (const t of Object.values(s.tasks)) if (t.appId === appId && isServing(s, t)) n++;
  return n;
}

export function haAgentStatus(s: Readonly<HaState>, agentId: string): HaAgentStatus {
  const a = s.agents[agentId]!;
  // Once a master has marked the agent unreachable, that is the news, whether or not it is up.
  if (a.unreachable) return "unreachable";
  if (!s.processes[agentId]!.up) return "down";
  const leader = leaderOf(s as HaState, "mesos");
  if (leader === null) return "waiting";
  if (!canTalk(s as HaState, leader, agentId)) return "cut off";
  return a.registeredWith === leader ? "registered" : "waiting";
}

/** The ensemble's leader, or why there is none. */
export function zkStatus(s: Readonly<HaState>): string {
  if (zkServing(s as HaState)) return s.zk.leader!;
  return zkQuorumGroup(s as HaState) === null ? "no quorum" : "electing";
}

export interface HaTimeline {
  readonly end: number;
  readonly mesosLeader: HaSegment<string | null>[];
  readonly marathonLeader: HaSegment<string | null>[];
  /** The ZooKeeper leader while the ensemble serves; "no quorum" without a majority; "electing" while a majority picks a leader. */
  readonly zookeeper: HaSegment<string>[];
  readonly agents: Record<string, HaSegment<HaAgentStatus>[]>;
  /** Step samples: counts by category at each time something changed. */
  readonly tasks: {time: number; category: HaTaskCategory; count: number}[];
  /** Instances that really serve, per app. */
  readonly serving: {time: number; appId: string; count: number}[];
}

function pushSegment<T>(list: HaSegment<T>[], time: number, value: T): void {
  const last = list[list.length - 1];
  if (last && last.value === value) return;
  if (last) last.to = time;
  list.push({from: time, to: time, value});
}

/** Walks the trace once and samples everything the timeline draws. */
export function haTimeline(trace: HaTrace): HaTimeline {
  const state = trace.stateAfter(-1);
  const end = trace.endTime;
  const mesosLeader: HaSegment<string | null>[] = [];
  const marathonLeader: HaSegment<string | null>[] = [];
  const zookeeper: HaSegment<string>[] = [];
  const agents: Record<string, HaSegment<HaAgentStatus>[]> = Object.fromEntries(Object.keys(state.agents).map((id) => [id, []]));
  const tasks: HaTimeline["tasks"] = [];
  const serving: HaTimeline["serving"] = [];
  const apps = Object.keys(state.apps);
  const sample = (time: number) => {
    pushSegment(mesosLeader, time, leaderOf(state, "mesos"));
    pushSegment(marathonLeader, time, leaderOf(state, "marathon"));
    pushSegment(zookeeper, time, zkStatus(state));
    for (const id in agents) pushSegment(agents[id]!, time, haAgentStatus(state, id));
    const counts = haTaskCounts(state);
    for (const category of Object.keys(counts) as HaTaskCategory[]) tasks.push({time, category, count: counts[category]});
    for (const appId of apps) serving.push({time, appId, count: haServing(state, appId)});
  };
  const events = trace.events;
  for (let i = 0; i < events.length; i++) {
    applyHaEvent(state, events[i]!);
    if (events[i + 1]?.time !== events[i]!.time) sample(events[i]!.time);
  }
  if (!events.length) sample(0);
  for (const list of [mesosLeader, marathonLeader, zookeeper, ...Object.values(agents)]) list[list.length - 1]!.to = end;
  tasks.push(...tasks.filter((d) => d.time === tasks[tasks.length - 1]!.time).map((d) => ({...d, time: end})));
  serving.push(...serving.filter((d) => d.time === serving[serving.length - 1]!.time).map((d) => ({...d, time: end})));
  return {end, mesosLeader, marathonLeader, zookeeper, agents, tasks, serving};
}

/** The leader of `component` at `time` (segments from haTimeline). */
export function leaderAt(segments: readonly HaSegment<string | null>[], time: number): string | null {
  let value: string | null = null;
  for (const s of segments) if (s.from <= time) value = s.value;
  return value;
}

export interface HaRecovery {
  /** The first scheduled fault. */
  faultAt: number | null;
  /** The first time after the fault that a Mesos master (or Marathon instance) stopped leading. */
  leaderLostAt: Record<HaComponent, number | null>;
  /** The first election after that, and who won. */
  leaderElectedAt: Record<HaComponent, number | null>;
  newLeader: Record<HaComponent, string | null>;
  /** The first agent marked unreachable after the fault. */
  agentUnreachableAt: number | null;
  /** When Marathon first (re-)registered after the fault. */
  frameworkBackAt: number | null;
  /** When fewer instances than wanted first served, and when all served again (null: not within the run). */
  servingDipAt: number | null;
  servingBackAt: number | null;
}

/** The key moments of a run's recovery from its first fault. */
export function haRecovery(trace: HaTrace): HaRecovery {
  const faultAt = trace.scenario.faults.length ? Math.min(...trace.scenario.faults.map((f) => f.at)) : null;
  const r: HaRecovery = {
    faultAt,
    leaderLostAt: {mesos: null, marathon: null},
    leaderElectedAt: {mesos: null, marathon: null},
    newLeader: {mesos: null, marathon: null},
    agentUnreachableAt: null,
    frameworkBackAt: null,
    servingDipAt: null,
    servingBackAt: null
  };
  if (faultAt === null) return r;
  const after = (e: HaTraceEvent) => e.time >= faultAt;
  for (const e of trace.events) {
    if (!after(e)) continue;
    if (e.kind === "leader-lost" && r.leaderLostAt[e.data.component] === null) r.leaderLostAt[e.data.component] = e.time;
    if (e.kind === "leader-elected" && r.leaderLostAt[e.data.component] !== null && r.leaderElectedAt[e.data.component] === null) {
      r.leaderElectedAt[e.data.component] = e.time;
      r.newLeader[e.data.component] = e.data.id;
    }
    if (e.kind === "agent-unreachable" && r.agentUnreachableAt === null) r.agentUnreachableAt = e.time;
    if ((e.kind === "framework-reregistered" || e.kind === "framework-registered") && r.frameworkBackAt === null) r.frameworkBackAt = e.time;
  }
  const timeline = haTimeline(trace);
  const want = trace.scenario.apps.reduce((n, a) => n + a.instances, 0);
  const totals = new Map<number, number>();
  for (const d of timeline.serving) totals.set(d.time, (totals.get(d.time) ?? 0) + d.count);
  for (const [time, total] of [...totals].sort((a, b) => a[0] - b[0])) {
    if (time < faultAt) continue;
    if (r.servingDipAt === null && total < want) r.servingDipAt = time;
    else if (r.servingDipAt !== null && r.servingBackAt === null && total >= want) r.servingBackAt = time;
  }
  return r;
}
