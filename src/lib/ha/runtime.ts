// The per-run machinery of the HA model: scheduled jobs and their handles, and what each process
// remembers between jobs (connections, retry chains, ping observers). None of it is in the trace:
// the trace holds events, and the state follows from them.

import type {SimContext} from "../sim/simulation.js";
import type {HaComponent, HaEventData, HaEventKind, HaTraceEvent} from "./events.js";
import type {HaResolvedScenario} from "./scenario.js";
import type {HaState} from "./state.js";

export type HaJob =
  | {readonly type: "fault"; readonly index: number}
  | {readonly type: "change"; readonly index: number}
  | {readonly type: "start"; readonly ids: readonly string[]; readonly target: string}
  | {readonly type: "zk-elect"}
  | {readonly type: "session-expire"; readonly session: string}
  | {readonly type: "client-timeout"; readonly id: string; readonly session: string}
  | {readonly type: "elect"; readonly component: HaComponent}
  | {readonly type: "recover"; readonly master: string}
  | {readonly type: "fetch-timeout"; readonly master: string}
  | {readonly type: "agent-register"; readonly agentId: string; readonly master: string; readonly attempt: number}
  | {readonly type: "ping"; readonly agentId: string; readonly incarnation: number; readonly master: string; readonly epoch: number; readonly failures: number}
  | {readonly type: "mark-unreachable"; readonly agentId: string; readonly incarnation: number; readonly master: string; readonly epoch: number}
  | {readonly type: "reregister-timeout"; readonly master: string}
  | {readonly type: "framework-register"; readonly marathon: string; readonly master: string; readonly attempt: number}
  | {readonly type: "failover-timeout"; readonly master: string; readonly since: number}
  | {readonly type: "launch"; readonly appId: string}
  | {readonly type: "task-step"; readonly taskId: string; readonly to: "TASK_STARTING" | "TASK_RUNNING"}
  | {readonly type: "health-check"; readonly taskId: string}
  | {readonly type: "health-fail"; readonly taskId: string};

/** Same-time order: faults first, then the model's own reactions, pings and timeouts last. */
export const PRIORITY = {fault: 0, normal: 1, clientTimeout: 2, expiry: 3, ping: 4} as const;

export interface HaRuntime {
  readonly scenario: HaResolvedScenario;
  readonly ctx: SimContext<HaState, HaJob, HaTraceEvent>;
  /** The ZooKeeper session timeout for timers started now (a change may set it during the run). */
  timeoutMs: number;
  /** Whether each contender had a ZooKeeper connection when last looked at. */
  readonly connected: Map<string, boolean>;
  /** Client-side session timers, by process. */
  readonly clientTimers: Map<string, number>;
  /** Server-side session expiries, by session. */
  readonly expiries: Map<string, {due: number; handle: number}>;
  zkElection: number | null;
  /** Masters elected but still reading the registry, with their fetch-timeout handle. */
  readonly recovering: Map<string, {handle: number | null; timeout: number}>;
  readonly recovered: Set<string>;
  /** Each agent's registration chain: the master it is trying. */
  readonly agentChains: Map<string, string>;
  /** Processes systemd will start again (a kill for good cancels it). */
  readonly pendingStart: Set<string>;
  /** Agents whose machine died: they come back as new agents. */
  readonly deadMachines: Set<string>;
  /** Agents whose process restarted and must register again. */
  readonly agentsToRegister: Set<string>;
  /** Ping observer epochs, by `agent#incarnation`. */
  readonly observers: Map<string, number>;
  /** The framework's registration chain: `marathon>master`. */
  frameworkChain: string | null;
  failoverTimer: number | null;
  readonly launchPending: Set<string>;
  /** Instances Marathon expunged and has yet to replace, by app (oldest first). */
  readonly replaceQueue: Map<string, string[]>;
  /** Apps blocked at this capacity epoch (retried when it changes). */
  readonly blockedAt: Map<string, number>;
  capacityEpoch: number;
}

export function emit<K extends HaEventKind>(rt: HaRuntime, kind: K, actors: readonly string[], explain: string, data: HaEventData[K]): void {
  rt.ctx.emit({kind, actors, explain, data} as never);
}

/** 1.5 s, 10 s, 30.1 s */
export function secs(ms: number): string {
  return `${Math.round(ms) / 1000} s`;
}

/** 10 s, 2 min, 7 days: for timeouts in prose. */
export function duration(ms: number): string {
  if (ms >= 86_400_000 && ms % 86_400_000 === 0) return `${ms / 86_400_000} day${ms === 86_400_000 ? "" : "s"}`;
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return secs(ms);
}

/** "at 30.1 s" */
export function at(ms: number): string {
  return `at ${secs(ms)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c" */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function componentName(c: HaComponent): string {
  return c === "mesos" ? "Mesos master" : "Marathon instance";
}
