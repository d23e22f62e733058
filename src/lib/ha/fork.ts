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
}

/** Leader now, instances serving now, and how long the cluster went without a leading master after `from`. */
export function haMomentSummary(trace: HaTrace, time: number, from: number): HaMomentSummary {
  const state = trace.viewAt(time);
  const serving = Object.keys(state.apps).reduce((n, id) => n + haServing(state, id), 0);
  const leader = leaderOf(state as never, "mesos") ?? null;
  let lost: number | null = null;
  let noLeaderMs: number | null | undefined = null;
  for (const e of trace.events) {
    if (e.time < from) continue;
    if (e.kind === "leader-lost" && e.data.component === "mesos" && lost === null) {
      lost = e.time;
      noLeaderMs = undefined;
    }
    if (e.kind === "leader-elected" && e.data.component === "mesos" && lost !== null) {
      noLeaderMs = e.time - lost;
      break;
    }
  }
  return {leader, serving, noLeaderMs};
}

const secs = (ms: number) => `${Math.round(ms) / 1000} s`;
const gap = (v: number | null | undefined) => (v === null ? "never without a leading master" : v === undefined ? "without a leading master until the end" : `without a leading master for ${secs(v)}`);

/** One sentence on how the fork differs from the original at `time`. */
export function compareHaMoments(original: HaMomentSummary, fork: HaMomentSummary, time: number): string {
  const leader = original.leader === fork.leader ? `both led by ${fork.leader ?? "nobody"}` : `led by ${fork.leader ?? "nobody"} in the fork, ${original.leader ?? "nobody"} in the original`;
  const serving = original.serving === fork.serving ? `${fork.serving} instances serving in both` : `${fork.serving} instances serving in the fork against ${original.serving}`;
  return `At ${secs(time)}: ${leader}; ${serving}. After the fork the original is ${gap(original.noLeaderMs)}, the fork ${gap(fork.noLeaderMs)}.`;
}
