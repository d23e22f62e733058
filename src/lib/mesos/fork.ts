// Forking a free-play run: the same scenario and seed with one change (a fault, or a setting) at the
// fork time. Every job known before that time keeps its place in the event queue, so the fork's
// trace is the run's own trace up to the fork time and differs only from there.
import type {MesosScenario} from "./scenario-schema.js";
import type {MesosTrace} from "./simulate.js";
import type {MesosForkChange} from "./url.js";
import {mesosShares} from "./view.js";

/** The scenario of the fork: `scenario` plus `change` at `at` ms. */
export function forkMesosScenario(scenario: MesosScenario, at: number, change: MesosForkChange): MesosScenario {
  const when = Math.max(0, Math.round(at));
  if (change.kind === "fault") return {...scenario, faults: [...(scenario.faults ?? []), {at: when, action: change.action, target: change.target}]};
  const {set, value} = change;
  return {...scenario, changes: [...(scenario.changes ?? []), change.target === undefined ? {at: when, set, value} : {at: when, set, target: change.target, value}]};
}

/** A change in words: "agent-2 fails", "greedy's refuse_seconds becomes 5". */
export function describeMesosChange(change: MesosForkChange): string {
  if (change.kind === "fault") return change.action === "kill-task" ? `task ${change.target} is killed` : `${change.target} ${change.action === "kill-agent" ? "fails" : "is removed"}`;
  if (change.set === "offerTimeoutMs") return `--offer_timeout becomes ${change.value === null ? "none" : `${change.value / 1000} s`}`;
  if (change.set === "refuseSeconds") return `${change.target}'s refuse_seconds becomes ${change.value}`;
  return `role ${change.target}'s weight becomes ${change.value}`;
}

export interface MesosMomentSummary {
  running: number;
  /** Running tasks by framework. */
  byFramework: Record<string, number>;
  /** Offers made so far. */
  offers: number;
  /** Each role's dominant share ÷ weight. */
  shares: Record<string, number>;
}

/** What a figure compares between the two futures at `time`. */
export function mesosMomentSummary(trace: MesosTrace, time: number): MesosMomentSummary {
  const state = trace.stateAt(time);
  const byFramework: Record<string, number> = {};
  for (const f of trace.scenario.frameworks) byFramework[f.name] = 0;
  let running = 0;
  for (const id in state.tasks) {
    const t = state.tasks[id]!;
    if (t.state === "TASK_RUNNING") {
      running++;
      byFramework[t.frameworkId] = (byFramework[t.frameworkId] ?? 0) + 1;
    }
  }
  const offers = trace.events.slice(0, trace.indexAt(time) + 1).filter((e) => e.kind === "offer").length;
  const shares = Object.fromEntries(mesosShares(state).roles.map((r) => [r.id, r.share]));
  return {running, byFramework, offers, shares};
}

/** One sentence on how the fork differs from the original at `time`. */
export function compareMesosMoments(original: MesosMomentSummary, fork: MesosMomentSummary, seconds: string): string {
  const diffs = Object.keys({...original.byFramework, ...fork.byFramework})
    .filter((f) => (original.byFramework[f] ?? 0) !== (fork.byFramework[f] ?? 0))
    .map((f) => `${f} ${original.byFramework[f] ?? 0} → ${fork.byFramework[f] ?? 0}`);
  const tasks = original.running === fork.running ? `the same number of tasks run (${fork.running})` : `${fork.running} tasks run in the fork against ${original.running}`;
  return `At ${seconds}: ${tasks}${diffs.length ? ` (${diffs.join(", ")})` : ""}; ${fork.offers} offers made so far in the fork, ${original.offers} in the original.`;
}
