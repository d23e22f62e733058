// What a figure of a whole run needs, computed once per run: each role's dominant share and the
// cluster's utilisation over time (sampled), and, for one moment, how much of each agent every
// framework uses, is starting, or is being offered (into a reusable typed array, no allocation).

import {isTerminalTaskState} from "./events.js";
import type {MesosTrace} from "./simulate.js";
import type {MesosSimState} from "./state.js";
import {mesosShares, mesosUtilisation} from "./view.js";

export interface MesosSeriesRole {
  readonly id: string;
  readonly weight: number;
  /** The frameworks of the role, in the scenario's order. */
  readonly frameworks: readonly string[];
  /** Dominant share (allocated plus offered, divided by the weight) at each sample. */
  readonly share: Float64Array;
}

export interface MesosTimeSeries {
  /** Sample times in ms: 0, endTime / samples, …, endTime. */
  readonly times: Float64Array;
  /** Roles in the order their first framework is listed in the scenario. */
  readonly roles: readonly MesosSeriesRole[];
  /** Fraction of the active agents' CPUs and memory used by tasks, at each sample. */
  readonly cpus: Float64Array;
  readonly mem: Float64Array;
  /** Fraction held in outstanding offers. */
  readonly offeredCpus: Float64Array;
  readonly offeredMem: Float64Array;
}

/**
 * Samples a run `samples + 1` times, evenly from 0 to its end. Moves the trace's working state
 * forward once (cost: every event once, plus the samples).
 */
export function mesosTimeSeries(trace: MesosTrace, {samples = 240}: {samples?: number} = {}): MesosTimeSeries {
  const n = Math.max(1, Math.trunc(samples)) + 1;
  const times = new Float64Array(n);
  const roleOrder: {id: string; weight: number; frameworks: string[]}[] = [];
  for (const f of trace.scenario.frameworks) {
    const role = roleOrder.find((r) => r.id === f.role);
    if (role) role.frameworks.push(f.name);
    else roleOrder.push({id: f.role, weight: f.weight, frameworks: [f.name]});
  }
  const roles = roleOrder.map((r) => ({...r, share: new Float64Array(n)}));
  const cpus = new Float64Array(n);
  const mem = new Float64Array(n);
  const offeredCpus = new Float64Array(n);
  const offeredMem = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const t = n === 1 ? 0 : (trace.endTime * k) / (n - 1);
    times[k] = t;
    const state = trace.viewAt(t) as MesosSimState;
    const shares = mesosShares(state).roles;
    for (const role of roles) role.share[k] = shares.find((s) => s.id === role.id)?.share ?? 0;
    const u = mesosUtilisation(state);
    cpus[k] = u.allocatedFraction.cpus;
    mem[k] = u.allocatedFraction.mem;
    offeredCpus[k] = u.offeredFraction.cpus;
    offeredMem[k] = u.offeredFraction.mem;
  }
  return {times, roles, cpus, mem, offeredCpus, offeredMem};
}

/** The value of a sampled series at `time`: the last sample at or before it. */
export function seriesValueAt(series: MesosTimeSeries, values: Float64Array, time: number): number {
  const {times} = series;
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid]! <= time) lo = mid;
    else hi = mid - 1;
  }
  return values[lo]!;
}

/** Which agent and framework each row of `mesosAgentLoad` is. */
export interface MesosLoadIndex {
  readonly agentIds: readonly string[];
  readonly frameworkIds: readonly string[];
  readonly agent: ReadonlyMap<string, number>;
  readonly framework: ReadonlyMap<string, number>;
}

export function mesosLoadIndex(agentIds: readonly string[], frameworkIds: readonly string[]): MesosLoadIndex {
  return {
    agentIds,
    frameworkIds,
    agent: new Map(agentIds.map((id, i) => [id, i])),
    framework: new Map(frameworkIds.map((id, i) => [id, i]))
  };
}

/** Numbers per agent and framework in `mesosAgentLoad`'s array. */
export const LOAD_FIELDS = 6;
/** Offsets: CPUs and memory (MB) of running tasks, of tasks not yet (or no longer) running but holding resources (staging, starting, unreachable), of outstanding offers. */
export const LOAD = {runningCpus: 0, runningMem: 1, startingCpus: 2, startingMem: 3, offeredCpus: 4, offeredMem: 5} as const;

/**
 * Fills `out` (length agents × frameworks × LOAD_FIELDS; reused between frames) with what each
 * framework holds on each agent at `state`: value for agent a, framework f and field k is at
 * `(a * frameworks + f) * LOAD_FIELDS + k`. Agents or frameworks not in the index are skipped.
 */
export function mesosAgentLoad(state: Readonly<MesosSimState>, index: MesosLoadIndex, out: Float64Array): Float64Array {
  const F = index.frameworkIds.length;
  out.fill(0);
  for (const id in state.tasks) {
    const t = state.tasks[id]!;
    if (isTerminalTaskState(t.state)) continue;
    const a = index.agent.get(t.agentId);
    const f = index.framework.get(t.frameworkId);
    if (a === undefined || f === undefined) continue;
    const at = (a * F + f) * LOAD_FIELDS + (t.state === "TASK_RUNNING" ? LOAD.runningCpus : LOAD.startingCpus);
    out[at] = out[at]! + t.resources.cpus;
    out[at + 1] = out[at + 1]! + t.resources.mem;
  }
  for (const id in state.offers) {
    const o = state.offers[id]!;
    const a = index.agent.get(o.agentId);
    const f = index.framework.get(o.frameworkId);
    if (a === undefined || f === undefined) continue;
    const at = (a * F + f) * LOAD_FIELDS + LOAD.offeredCpus;
    out[at] = out[at]! + o.resources.cpus;
    out[at + 1] = out[at + 1]! + o.resources.mem;
  }
  return out;
}
