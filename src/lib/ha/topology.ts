// Who can talk to whom, and what follows from it: ZooKeeper's quorum, a client's connection to
// the ensemble, the masters' replicated-log quorum. Pure functions of the state.

import type {HaComponent} from "./events.js";
import {quorumSize} from "./quorum.js";
import type {HaProcessView, HaState} from "./state.js";

/**
 * The group of processes `id` can talk to, as a key; null when it is down. A process cut off on
 * its own (or with its node) is an island; a partitioned zone talks only within itself.
 */
export function groupOf(s: HaState, id: string): string | null {
  const p = s.processes[id];
  if (!p || !p.up) return null;
  if (p.isolation !== null) return `island:${p.isolation}`;
  if (s.zonePartitions[p.zone]) return `zone:${p.zone}`;
  return "main";
}

export function canTalk(s: HaState, a: string, b: string): boolean {
  const g = groupOf(s, a);
  return g !== null && g === groupOf(s, b);
}

export function zkServers(s: HaState): HaProcessView[] {
  return Object.values(s.processes).filter((p) => p.kind === "zookeeper");
}

/** Up ZooKeeper servers by group. */
function zkGroups(s: HaState): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of zkServers(s)) {
    const g = groupOf(s, p.id);
    if (g === null) continue;
    const list = groups.get(g) ?? [];
    list.push(p.id);
    groups.set(g, list);
  }
  return groups;
}

/** The group holding a majority of the ensemble, if any (at most one can). */
export function zkQuorumGroup(s: HaState): string | null {
  const need = quorumSize(s.masters);
  for (const [g, ids] of zkGroups(s)) if (ids.length >= need) return g;
  return null;
}

/** The servers of the majority group, by id number. */
export function zkQuorumServers(s: HaState): string[] {
  const g = zkQuorumGroup(s);
  return g === null ? [] : (zkGroups(s).get(g) ?? []).sort((a, b) => zkNumber(a) - zkNumber(b));
}

/** The most ZooKeeper servers that can talk to each other. */
export function zkLargestGroup(s: HaState): number {
  let most = 0;
  for (const ids of zkGroups(s).values()) most = Math.max(most, ids.length);
  return most;
}

export function zkNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf("-") + 1));
}

/** The ensemble serves: it has a leader, and the leader is in the majority group. */
export function zkServing(s: HaState): boolean {
  const leader = s.zk.leader;
  return leader !== null && groupOf(s, leader) !== null && groupOf(s, leader) === zkQuorumGroup(s);
}

/** `id` has a working connection to ZooKeeper (a client connects to any server of the serving majority). */
export function zkConnected(s: HaState, id: string): boolean {
  if (!zkServing(s)) return false;
  const g = groupOf(s, id);
  return g !== null && g === groupOf(s, s.zk.leader!);
}

/** The masters' replicated log needs a majority of masters (DC/OS `master_quorum`) that can talk to `master`. */
export function logQuorum(s: HaState, master: string): boolean {
  let n = 0;
  for (let i = 1; i <= s.masters; i++) if (canTalk(s, master, `master-${i}`)) n++;
  return n >= quorumSize(s.masters);
}

/** The process that leads `component` now, if any (the first found; the model never has two). */
export function leaderOf(s: HaState, component: HaComponent): string | null {
  const kind = component === "mesos" ? "master" : "marathon";
  for (const p of Object.values(s.processes)) if (p.kind === kind && p.role === "leader") return p.id;
  return null;
}

/** Every process of `component` that leads now (the invariant: at most one). */
export function leadersOf(s: HaState, component: HaComponent): string[] {
  const kind = component === "mesos" ? "master" : "marathon";
  return Object.values(s.processes)
    .filter((p) => p.kind === kind && p.role === "leader")
    .map((p) => p.id);
}

/** The znode with the smallest sequence number under `component`'s path. */
export function lowestZnode(s: HaState, component: HaComponent) {
  let best: HaState["zk"]["znodes"][number] | undefined;
  for (const z of s.zk.znodes) if (z.component === component && (!best || z.seq < best.seq)) best = z;
  return best;
}

/** `json.info_0000000003` for Mesos masters, `latch-0000000003` for Marathon's LeaderLatch. */
export function znodeName(component: HaComponent, seq: number): string {
  return `${component === "mesos" ? "json.info_" : "latch-"}${String(seq).padStart(10, "0")}`;
}

export function znodePath(component: HaComponent): string {
  return component === "mesos" ? "/mesos" : "/marathon/leader-curator";
}
