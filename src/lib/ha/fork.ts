// Comparing the two futures of a forked HA run, in numbers and in one sentence.
import type {HaTrace} from "./simulate.js";
import {haServing} from "./view.js";
import {leaderOf} from "./topology.js";
import type {HaForkChange} from "./url.js";

export function describeHaChange(change: HaForkChange): string {
  if (change.kind === "session") return `the ZooKeeper session timeout becomes ${change.value / 1000} s`;
  const words = {kill: "is killed", restart: "is restarted", partition: "is cut off", heal: "is reconnected", hang: "hangs"} as const;
  return `${change.target} ${words[change.action]}`;
}

export interface HaMomentSummary {
  leader: string | null;
  serving: number;
  /** ms from the first loss of the leading master after `from` to the next election; null: none lost, undefined: not back by the end. */
  noLeaderMs: number | null | undefined;
  /** The same for the Marathon leader. */
  noMarathonMs: number | null | undefined;
}

/** Leader now, instances serving now, and how long the cluster went without a leading master after `from`. */
export function haMomentSummary(trace: HaTrace, time: number, from: number): HaMomentSummary {
  const state = trace.viewAt(time);
  const serving = Object.keys(state.apps).reduce((n, id) => n + haServing(state, id), 0);
  const leader = leaderOf(state as never, "mesos") ?? null;
  const gapOf = (component: "mesos" | "marathon"): number | null | undefined => {
    let lost: number | null = null;
    for (const e of trace.events) {
      if (e.time < from) continue;
      if (e.kind === "leader-lost" && e.data.component === component && lost === null) lost = e.time;
      if (e.kind === "leader-elected" && e.data.component === component && lost !== null) return e.time - lost;
    }
    return lost === null ? null : undefined;
  };
  return {leader, serving, noLeaderMs: gapOf("mesos"), noMarathonMs: gapOf("marathon")};
}

const secs = (ms: number) => `${Math.round(ms) / 1000} s`;
const gap = (v: number | null | undefined, what = "a leading master") => (v === null ? `never without ${what}` : v === undefined ? `without ${what} until the end` : `without ${what} for ${secs(v)}`);

/** One sentence on how the fork differs from the original at `time`. */
export function compareHaMoments(original: HaMomentSummary, fork: HaMomentSummary, time: number): string {
  const leader = original.leader === fork.leader ? `both led by ${fork.leader ?? "nobody"}` : `led by ${fork.leader ?? "nobody"} in the fork, ${original.leader ?? "nobody"} in the original`;
  const serving = original.serving === fork.serving ? `${fork.serving} instances serving in both` : `${fork.serving} instances serving in the fork against ${original.serving}`;
  const marathon =
    original.noMarathonMs === null && fork.noMarathonMs === null ? "" : ` The original is ${gap(original.noMarathonMs, "a Marathon leader")}, the fork ${gap(fork.noMarathonMs, "a Marathon leader")}.`;
  return `At ${secs(time)}: ${leader}; ${serving}. After the fork the original is ${gap(original.noLeaderMs)}, the fork ${gap(fork.noLeaderMs)}.${marathon}`;
}
