// What a predict-then-run check shows: the HA model run on the named preset, told in a few lines.
import {haRecovery, haScenarios, haTimeline, leaderAt, runHa, zkStatus, type HaScenario} from "../lib/ha/index.js";
import {secs} from "./haSimParts.js";

/** A few sentences (the checks list shows them in a paragraph). */
export function haCheckOutcome(name: string): string {
  const scenario = (haScenarios as Readonly<Record<string, HaScenario>>)[name];
  if (!scenario) return `There is no scenario called ${name}.`;
  const trace = runHa(scenario);
  const end = trace.endTime;
  const tl = haTimeline(trace);
  const r = haRecovery(trace);
  const last = trace.stateAt(end);
  const zk = Object.values(last.processes).filter((p) => p.kind === "zookeeper");
  const lines = [
    `ZooKeeper at ${secs(end)}: ${zk.filter((p) => p.up).length} of ${zk.length} servers up; ${zkStatus(last) === "no quorum" ? "no quorum" : "it has a quorum"}.`,
    r.leaderLostAt.mesos === null
      ? "The leading master never changed."
      : r.leaderElectedAt.mesos === null
        ? `The leading master was lost at ${secs(r.leaderLostAt.mesos)} and nobody took over.`
        : `The leading master was lost at ${secs(r.leaderLostAt.mesos)}; ${r.newLeader.mesos} took over at ${secs(r.leaderElectedAt.mesos)}, ${secs(r.leaderElectedAt.mesos - r.leaderLostAt.mesos)} later.`,
    `At ${secs(end)} the leading master is ${leaderAt(tl.mesosLeader, end) ?? "nobody"}.`
  ];
  return lines.join(" ");
}
