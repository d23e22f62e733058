// An HA scenario as plain JSON (small enough for a URL), and its resolution into the form the model
// runs: defaults filled in, master nodes and agents named and placed in zones, fault targets checked.
// No zod here, so pages can run scenarios without shipping the validator: the shape and ranges are
// checked by scenario.schema.ts (used by `simulate`), the cross-references here.

import {ScenarioError} from "../sim/scenario-error.js";
import {
  AGENT_PING_TIMEOUT_MS,
  AGENT_REREGISTER_TIMEOUT_MS,
  DEFAULT_AGENT_CPUS,
  DEFAULT_APP_CPUS,
  DEFAULT_HA_RUN_UNTIL_MS,
  DEFAULT_ZONES,
  MARATHON_FAILOVER_TIMEOUT_S,
  MAX_AGENT_PING_TIMEOUTS,
  ZK_MAX_SESSION_TIMEOUT_MS,
  ZK_MIN_SESSION_TIMEOUT_MS,
  ZK_SESSION_TIMEOUT_MS
} from "./constants.js";

/** What a fault does. `hang` makes a task stop answering its health check while it keeps running. */
export const HA_FAULT_ACTIONS = ["kill", "restart", "partition", "heal", "hang"] as const;
export type HaFaultAction = (typeof HA_FAULT_ACTIONS)[number];

/** `{at, action, target}`: target is master-2 (a master node), zk-1, marathon-1, agent-3, zone-b or a task such as web.2. */
export interface HaFault {
  at: number;
  action: HaFaultAction;
  target: string;
}

/** Marathon placement constraints: `["hostname", "UNIQUE"]`, `["zone", "GROUP_BY"]` or `["zone", "GROUP_BY", "3"]`. */
export type HaConstraint = [field: "hostname" | "zone", operator: "UNIQUE" | "GROUP_BY", value?: string];

/** Settings that can change during a run (the fork of a run changes one at the fork time). */
export const HA_CHANGE_SETTINGS = ["zkSessionTimeoutMs"] as const;
export type HaChangeSetting = (typeof HA_CHANGE_SETTINGS)[number];

/** From `at` on, the ZooKeeper session timeout is `value` ms for every timer started from then. */
export interface HaChange {
  at: number;
  set: HaChangeSetting;
  value: number;
}

export interface HaAppSpec {
  id: string;
  instances: number;
  cpus?: number;
  constraints?: HaConstraint[];
  /** A MESOS_HTTP health check with Marathon's defaults (default true). */
  healthCheck?: boolean;
}

export interface HaParameters {
  zkSessionTimeoutMs?: number;
  agentPingTimeoutMs?: number;
  maxAgentPingTimeouts?: number;
  agentReregisterTimeoutMs?: number;
  /** Marathon's framework failover_timeout in seconds. */
  failoverTimeoutS?: number;
  /** Marathon 1.4+ is PARTITION_AWARE and sees TASK_UNREACHABLE; false models an older framework that sees TASK_LOST. */
  partitionAware?: boolean;
  untilMs?: number;
}

export interface HaScenario {
  kind: "ha";
  name?: string;
  description?: string;
  seed?: number;
  /** Master nodes; each runs a Mesos master, a ZooKeeper server and a Marathon instance, as in DC/OS. */
  masters?: 1 | 3 | 5;
  zones?: string[];
  /** agent-1 … agent-N, in contiguous blocks over the zones (agents 1–2 in the first zone of six over three). */
  agents?: {count: number; cpus?: number};
  apps?: HaAppSpec[];
  parameters?: HaParameters;
  faults?: HaFault[];
  changes?: HaChange[];
}

export interface HaResolvedAgent {
  readonly id: string;
  readonly zone: string;
  readonly cpus: number;
}

export interface HaResolvedApp {
  readonly id: string;
  readonly instances: number;
  readonly cpus: number;
  readonly constraints: readonly HaConstraint[];
  readonly healthCheck: boolean;
}

export interface HaResolvedScenario {
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly masters: number;
  readonly zones: readonly string[];
  /** Zone of master node i (1-based) at index i − 1: spread round-robin over the zones, from the last one (master-1 in zone c), so agent-1's zone is not the leader's. */
  readonly masterZones: readonly string[];
  readonly agents: readonly HaResolvedAgent[];
  readonly apps: readonly HaResolvedApp[];
  readonly parameters: Required<HaParameters>;
  readonly faults: readonly HaFault[];
  readonly changes: readonly HaChange[];
}

/** What a fault target names. */
export type HaTarget =
  | {kind: "node"; node: string}
  | {kind: "process"; process: string}
  | {kind: "zone"; zone: string}
  | {kind: "task"; app: string; number: number};

const INDEXED = /^(master|zk|marathon|agent)-([1-9][0-9]*)$/;

/** Parses a fault target against a resolved cluster; undefined when it names nothing. */
export function parseHaTarget(target: string, s: Pick<HaResolvedScenario, "masters" | "agents" | "zones" | "apps">): HaTarget | undefined {
  const m = INDEXED.exec(target);
  if (m) {
    const n = Number(m[2]);
    if (m[1] === "agent") return n <= s.agents.length ? {kind: "node", node: target} : undefined;
    if (n > s.masters) return undefined;
    return m[1] === "master" ? {kind: "node", node: target} : {kind: "process", process: target};
  }
  if (target.startsWith("zone-")) return s.zones.includes(target.slice(5)) ? {kind: "zone", zone: target.slice(5)} : undefined;
  const dot = target.lastIndexOf(".");
  const app = target.slice(0, dot);
  const number = target.slice(dot + 1);
  if (dot > 0 && /^[1-9][0-9]*$/.test(number) && s.apps.some((a) => a.id === app)) return {kind: "task", app, number: Number(number)};
  return undefined;
}

/** Zone of agent i (1-based) of `count`: contiguous blocks, so neighbours share a zone. */
export function agentZone(i: number, count: number, zones: readonly string[]): string {
  return zones[Math.min(zones.length - 1, Math.floor(((i - 1) * zones.length) / count))]!;
}

/** Fills in every default and checks that names are unique and every fault target exists. Throws a ScenarioError. */
export function resolveHaScenario(input: HaScenario): HaResolvedScenario {
  const problems: string[] = [];
  const masters = input.masters ?? 3;
  const zones = input.zones ?? [...DEFAULT_ZONES];
  const zoneSeen = new Set<string>();
  zones.forEach((z, i) => {
    if (zoneSeen.has(z)) problems.push(`zones[${i}]: duplicate zone "${z}"`);
    zoneSeen.add(z);
  });
  const count = input.agents?.count ?? 6;
  const agentCpus = input.agents?.cpus ?? DEFAULT_AGENT_CPUS;
  const agents = Array.from({length: count}, (_, k) => ({id: `agent-${k + 1}`, zone: agentZone(k + 1, count, zones), cpus: agentCpus}));
  const appSeen = new Map<string, number>();
  const apps = (input.apps ?? []).map((a, i): HaResolvedApp => {
    const seen = appSeen.get(a.id);
    if (seen !== undefined) problems.push(`apps[${i}].id: duplicate app id "${a.id}" (also apps[${seen}])`);
    else appSeen.set(a.id, i);
    return {id: a.id, instances: a.instances, cpus: a.cpus ?? DEFAULT_APP_CPUS, constraints: a.constraints ?? [], healthCheck: a.healthCheck ?? true};
  });
  const p = input.parameters ?? {};
  const parameters: Required<HaParameters> = {
    zkSessionTimeoutMs: p.zkSessionTimeoutMs ?? ZK_SESSION_TIMEOUT_MS,
    agentPingTimeoutMs: p.agentPingTimeoutMs ?? AGENT_PING_TIMEOUT_MS,
    maxAgentPingTimeouts: p.maxAgentPingTimeouts ?? MAX_AGENT_PING_TIMEOUTS,
    agentReregisterTimeoutMs: p.agentReregisterTimeoutMs ?? AGENT_REREGISTER_TIMEOUT_MS,
    failoverTimeoutS: p.failoverTimeoutS ?? MARATHON_FAILOVER_TIMEOUT_S,
    partitionAware: p.partitionAware ?? true,
    untilMs: p.untilMs ?? DEFAULT_HA_RUN_UNTIL_MS
  };
  const shape = {masters, agents, zones, apps};
  const faults = input.faults ?? [];
  faults.forEach((f, i) => {
    const target = parseHaTarget(f.target, shape);
    if (!target) {
      problems.push(`faults[${i}].target: unknown target "${f.target}" (expected master-1…master-${masters}, zk-N, marathon-N, agent-1…agent-${count}, zone-${zones[0] ?? "a"} or a task such as ${apps[0]?.id ?? "web"}.1)`);
    } else if (f.action === "hang" && target.kind !== "task") {
      problems.push(`faults[${i}].target: only a task can hang, got "${f.target}"`);
    } else if (target.kind === "task" && f.action !== "kill" && f.action !== "hang") {
      problems.push(`faults[${i}].action: a task can only be killed or hang, not "${f.action}"`);
    }
  });
  const changes = input.changes ?? [];
  changes.forEach((c, i) => {
    if (!HA_CHANGE_SETTINGS.includes(c.set)) problems.push(`changes[${i}].set: expected one of: ${HA_CHANGE_SETTINGS.join(", ")}`);
    if (!(c.at >= 0) || !Number.isFinite(c.at)) problems.push(`changes[${i}].at: expected a time ≥ 0 ms`);
    if (!(c.value >= ZK_MIN_SESSION_TIMEOUT_MS && c.value <= ZK_MAX_SESSION_TIMEOUT_MS)) problems.push(`changes[${i}].value: expected a session timeout from ${ZK_MIN_SESSION_TIMEOUT_MS} to ${ZK_MAX_SESSION_TIMEOUT_MS} ms`);
  });
  if (problems.length) throw new ScenarioError(problems);
  return {
    name: input.name ?? "",
    description: input.description ?? "",
    seed: input.seed ?? 1,
    masters,
    zones,
    masterZones: Array.from({length: masters}, (_, k) => zones[zones.length - 1 - (k % zones.length)]!),
    agents,
    apps,
    parameters,
    faults,
    changes
  };
}
