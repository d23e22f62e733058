// Pieces of the HA simulator that only read a run: the status line, what happened lately, the
// fault schedule, and how long recovery took (against the defaults).
import {haRecovery, haServing, leaderOf, zkStatus, type HaFault, type HaState, type HaTrace} from "../lib/ha/index.js";
import {h} from "./dom.js";

export const secs = (ms: number) => `${Math.round(ms) / 1000} s`;

const ACTION_WORDS: Readonly<Record<HaFault["action"], string>> = {kill: "kill", restart: "restart", partition: "cut off", heal: "reconnect", hang: "make hang"};

export function faultText(f: HaFault): string {
  return `${secs(f.at)}: ${ACTION_WORDS[f.action]} ${f.target}`;
}

/** One sentence on the cluster at this moment. */
export function statusText(s: Readonly<HaState>, time: number): string {
  const zk = Object.values(s.processes).filter((p) => p.kind === "zookeeper");
  const up = zk.filter((p) => p.up).length;
  const z = zkStatus(s);
  const zkWord = z === "no quorum" ? "no quorum" : z === "electing" ? "quorum, electing its leader" : `quorum, ${z} leads`;
  const apps = Object.values(s.apps)
    .map((a) => `${a.id}: ${haServing(s, a.id)} of ${a.instances} serving`)
    .join("; ");
  return `t = ${secs(time)}. Leading master: ${leaderOf(s as HaState, "mesos") ?? "none"}. Marathon leader: ${leaderOf(s as HaState, "marathon") ?? "none"}. ZooKeeper: ${up} of ${zk.length} up, ${zkWord}.${apps ? ` ${apps}.` : ""}`;
}

/** The last few events up to `time`, those at `time` marked. */
export function recentEvents(trace: HaTrace, time: number, keep = 5): HTMLElement {
  const last = trace.indexAt(time);
  const from = Math.max(0, last - keep + 1);
  const items = trace.events.slice(from, last + 1).filter((e) => e.time > 0 || last < keep);
  return h(
    "ol",
    {class: "ha-events", "aria-label": "What happened most recently"},
    items.length
      ? items.map((e) => h("li", {class: e.time === time ? "is-now" : "", "data-kind": e.kind}, h("span", {class: "ha-event-time"}, secs(e.time)), " ", e.explain))
      : h("li", {}, "Nothing has happened yet.")
  );
}

function gap(from: number | null, to: number | null): number | null {
  return from === null || to === null ? null : to - from;
}

export interface HaRecoveryNumbers {
  /** The leading master was lost after the first fault. */
  leaderLost: boolean;
  /** How long until another was elected (null: not within the run). */
  leader: number | null;
  leaderName: string | null;
  unreachable: number | null;
  serving: number | null;
  dipped: boolean;
}

export function recoveryNumbers(trace: HaTrace): HaRecoveryNumbers {
  const r = haRecovery(trace);
  return {
    leaderLost: r.leaderLostAt.mesos !== null,
    leader: gap(r.leaderLostAt.mesos, r.leaderElectedAt.mesos),
    leaderName: r.newLeader.mesos,
    unreachable: gap(r.faultAt, r.agentUnreachableAt),
    serving: gap(r.servingDipAt, r.servingBackAt),
    dipped: r.servingDipAt !== null
  };
}

/** How long recovery took in this run, with the default settings' numbers beside it when they differ. */
export function recoveryList(now: HaRecoveryNumbers, defaults: HaRecoveryNumbers | null): HTMLElement {
  const cmp = (a: number | null, b: number | null | undefined) => (defaults && b !== undefined && a !== b ? ` (defaults: ${b === null ? "none" : secs(b)})` : "");
  const row = (term: string, value: string, key: string) => h("div", {class: "ha-recovery-row", "data-measure": key}, h("dt", {}, term), h("dd", {}, value));
  return h(
    "dl",
    {class: "ha-recovery"},
    row(
      "Without a leading master",
      !now.leaderLost ? "never, in this run" : now.leader === null ? "until the end of the run" : `for ${secs(now.leader)}, then ${now.leaderName} leads${cmp(now.leader, defaults?.leader)}`,
      "leader"
    ),
    row("First agent marked unreachable", now.unreachable === null ? "none, in this run" : `${secs(now.unreachable)} after the first fault${cmp(now.unreachable, defaults?.unreachable)}`, "unreachable"),
    row(
      "Fewer instances serving than wanted",
      !now.dipped ? "never, in this run" : now.serving === null ? "until the end of the run" : `for ${secs(now.serving)}${cmp(now.serving, defaults?.serving)}`,
      "serving"
    )
  );
}
