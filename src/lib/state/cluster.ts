// One model of a cluster, whatever it was read from: the Mesos `/state` snapshot that every lens of the
// workbook reads (architecture drawing, DNS records), plus a summary a person can take in at a glance
// and the roles' dominant shares. Pure and schema-free; ./parse.ts validates input and builds this.
// Sources: mesos-facts.md (DRF: a role's dominant share is its largest share of any resource of the
// cluster; Mesos's role sorter compares roles by it); apache/mesos src/master/allocator/sorter/drf
// (shares of the total cluster resources, scalars only); mesos.proto TaskState (terminal states).
import {isPublicSlave} from "../architecture/placement.js";
import {latestStatus, slaveIdTail} from "./accessors.js";
import {marathonHealthy, marathonTaskName, marathonTasks, type MarathonApp, type MarathonInput} from "./marathon.js";
import {parseMesosPid} from "./pid.js";
import {parsePortRanges} from "./ports.js";
import type {MesosFramework, MesosResources, MesosState, MesosTask} from "./types.js";

/** What a document was: a master's `/state`, an operator API `GET_STATE` or event stream, or Marathon alone. */
export type ClusterFormat = "mesos-state" | "operator-get-state" | "operator-stream" | "marathon";

export const SHARE_RESOURCES = ["cpus", "mem", "disk", "gpus"] as const;
export type ShareResource = (typeof SHARE_RESOURCES)[number];
export type Amounts = Record<ShareResource, number>;

export interface ClusterAgent {
  id: string;
  host: string;
  /** The agent's address from its PID, when it has one. */
  ip?: string;
  kind: "private" | "public";
  zone?: string;
  active: boolean;
  resources: Amounts;
  /** Resources of this agent's active tasks. */
  used: Amounts;
  tasks: number;
}

export interface ClusterFramework {
  id: string;
  name: string;
  role: string;
  active: boolean;
  tasks: number;
  /** `used_resources` from the state, else the sum of its active tasks. */
  used: Amounts;
}

export interface ClusterTask {
  id: string;
  name: string;
  frameworkId: string;
  framework: string;
  agentId: string;
  /** The agent's host name, or `?` when the task names an agent the state does not list. */
  agentHost: string;
  state: string;
  /** Addresses from the latest status's container network infos. */
  containerIps: string[];
  ports: number[];
  /** From Marathon, when its tasks were given. */
  appId?: string;
  healthy?: boolean;
  completed: boolean;
}

export interface RoleShare {
  role: string;
  frameworks: string[];
  allocated: Amounts;
  shares: Amounts;
  dominant: ShareResource | null;
  dominantShare: number;
}

export interface ClusterMarathonApp {
  id: string;
  instances: number;
  /** Tasks of this app in the state (or in Marathon's task list), by state. */
  running: number;
  taskName: string;
}

export interface Cluster {
  format: ClusterFormat;
  /** The Mesos version the state reports, when it does. */
  version?: string;
  /** The normalised state every lens reads. */
  state: MesosState;
  leader?: string;
  agents: ClusterAgent[];
  frameworks: ClusterFramework[];
  tasks: ClusterTask[];
  tasksByState: Record<string, number>;
  totals: Amounts;
  roles: RoleShare[];
  marathon?: {apps: ClusterMarathonApp[]; tasks: number};
  /** Things a reader should know that do not stop the state being read. */
  warnings: string[];
}

/** Task states after which a task holds no resources (mesos.proto; protobuf::isTerminalState). */
export const TERMINAL_TASK_STATES: ReadonlySet<string> = new Set([
  "TASK_FINISHED",
  "TASK_FAILED",
  "TASK_KILLED",
  "TASK_ERROR",
  "TASK_LOST",
  "TASK_DROPPED",
  "TASK_GONE",
  "TASK_GONE_BY_OPERATOR"
]);

const zero = (): Amounts => ({cpus: 0, mem: 0, disk: 0, gpus: 0});

/** The scalar amounts of a `/state` resources map (missing ones are 0). */
export function amountsOf(resources: MesosResources | undefined): Amounts {
  const out = zero();
  for (const r of SHARE_RESOURCES) {
    const v = resources?.[r];
    if (typeof v === "number" && Number.isFinite(v)) out[r] = v;
  }
  return out;
}

function add(into: Amounts, more: Amounts): Amounts {
  for (const r of SHARE_RESOURCES) into[r] += more[r];
  return into;
}

/** Rounds away float noise from sums such as 0.1 + 0.2. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;
const tidyAll = (a: Amounts): Amounts => ({cpus: tidy(a.cpus), mem: tidy(a.mem), disk: tidy(a.disk), gpus: tidy(a.gpus)});

export function frameworkRole(f: MesosFramework): string {
  return f.role ?? f.roles?.[0] ?? "*";
}

/** `domain.fault_domain.zone.name` (Mesos 1.5+), when the agent has one. */
function faultZone(domain: unknown): string | undefined {
  const zone = (domain as {fault_domain?: {zone?: {name?: unknown}}} | undefined)?.fault_domain?.zone?.name;
  return typeof zone === "string" ? zone : undefined;
}

function containerIps(task: MesosTask): string[] {
  const out: string[] = [];
  for (const ni of latestStatus(task)?.container_status?.network_infos ?? []) {
    for (const a of ni.ip_addresses ?? []) if (a.ip_address) out.push(a.ip_address);
    if (ni.ip_address) out.push(ni.ip_address);
  }
  return [...new Set(out)];
}

/**
 * Each role's allocation and its shares of the whole cluster, as Mesos's role sorter weighs them
 * (every weight 1): the share of a resource is allocated / total, the dominant share the largest.
 * Roles are sorted by dominant share, largest first, then by name.
 */
export function roleShares(frameworks: readonly ClusterFramework[], totals: Amounts): RoleShare[] {
  const byRole = new Map<string, {frameworks: string[]; allocated: Amounts}>();
  for (const f of frameworks) {
    const entry = byRole.get(f.role) ?? {frameworks: [], allocated: zero()};
    entry.frameworks.push(f.name || f.id);
    add(entry.allocated, f.used);
    byRole.set(f.role, entry);
  }
  const out: RoleShare[] = [];
  for (const [role, {frameworks: names, allocated}] of byRole) {
    const shares = zero();
    let dominant: ShareResource | null = null;
    let dominantShare = 0;
    for (const r of SHARE_RESOURCES) {
      shares[r] = totals[r] > 0 ? tidy(allocated[r] / totals[r]) : 0;
      if (shares[r] > dominantShare) {
        dominantShare = shares[r];
        dominant = r;
      }
    }
    out.push({role, frameworks: names, allocated: tidyAll(allocated), shares, dominant, dominantShare});
  }
  return out.sort((a, b) => b.dominantShare - a.dominantShare || a.role.localeCompare(b.role));
}

/** The summary and shares of a (validated, normalised) state, joined with what Marathon said if given. */
export function clusterOf(state: MesosState, format: ClusterFormat, marathon?: MarathonInput, warnings: string[] = []): Cluster {
  const slaves = state.slaves ?? [];
  const hostOf = new Map(slaves.map((s) => [s.id, s.hostname ?? parseMesosPid(s.pid)?.host ?? slaveIdTail(s.id)]));
  const agentUsed = new Map(slaves.map((s) => [s.id, {used: zero(), tasks: 0}]));
  const mTasks = marathon ? marathonTasks(marathon) : [];
  const mById = new Map(mTasks.map((t) => [t.id, t]));

  const tasks: ClusterTask[] = [];
  const frameworks: ClusterFramework[] = [];
  for (const f of state.frameworks ?? []) {
    const taskUse = zero();
    let active = 0;
    const lists: [MesosTask[] | undefined, boolean][] = [
      [f.tasks, false],
      [f.unreachable_tasks, false],
      [f.completed_tasks, true]
    ];
    for (const [list, completed] of lists) {
      for (const t of list ?? []) {
        const m = mById.get(t.id);
        const task: ClusterTask = {
          id: t.id,
          name: t.name,
          frameworkId: f.id,
          framework: f.name ?? "",
          agentId: t.slave_id,
          agentHost: hostOf.get(t.slave_id) ?? "?",
          state: t.state,
          containerIps: containerIps(t),
          ports: parsePortRanges(typeof t.resources?.ports === "string" ? t.resources.ports : undefined),
          completed: completed || TERMINAL_TASK_STATES.has(t.state)
        };
        if (m) {
          task.appId = m.appId;
          const healthy = marathonHealthy(m);
          if (healthy !== undefined) task.healthy = healthy;
        }
        tasks.push(task);
        if (!task.completed && t.state !== "TASK_UNREACHABLE") {
          const a = amountsOf(t.resources);
          add(taskUse, a);
          active++;
          const agent = agentUsed.get(t.slave_id);
          if (agent) {
            add(agent.used, a);
            agent.tasks++;
          }
        }
      }
    }
    frameworks.push({
      id: f.id,
      name: f.name ?? "",
      role: frameworkRole(f),
      active: f.active ?? true,
      tasks: active,
      used: tidyAll(f.used_resources ? amountsOf(f.used_resources) : taskUse)
    });
  }

  const agents: ClusterAgent[] = slaves.map((s) => {
    const pid = parseMesosPid(s.pid);
    const zone = s.attributes?.zone ?? faultZone(s.domain);
    const use = agentUsed.get(s.id)!;
    const agent: ClusterAgent = {
      id: s.id,
      host: hostOf.get(s.id)!,
      kind: isPublicSlave(s) ? "public" : "private",
      active: s.active ?? true,
      resources: amountsOf(s.resources),
      used: tidyAll(use.used),
      tasks: use.tasks
    };
    if (pid) agent.ip = pid.host;
    if (zone !== undefined) agent.zone = String(zone);
    return agent;
  });
  const totals = tidyAll(agents.reduce((sum, a) => add(sum, a.resources), zero()));

  const tasksByState: Record<string, number> = {};
  for (const t of tasks) tasksByState[t.state] = (tasksByState[t.state] ?? 0) + 1;

  const cluster: Cluster = {
    format,
    state,
    agents,
    frameworks,
    tasks,
    tasksByState,
    totals,
    roles: roleShares(frameworks, totals),
    warnings
  };
  if (state.version !== undefined) cluster.version = state.version;
  if (state.leader !== undefined) cluster.leader = state.leader;
  if (marathon) cluster.marathon = {apps: (marathon.apps ?? []).map((app) => marathonAppSummary(app, tasks)), tasks: mTasks.length};
  return cluster;
}

function marathonAppSummary(app: MarathonApp, tasks: readonly ClusterTask[]): ClusterMarathonApp {
  const mine = tasks.filter((t) => t.appId === app.id);
  return {
    id: app.id,
    instances: app.instances ?? 0,
    running: mine.length ? mine.filter((t) => t.state === "TASK_RUNNING").length : (app.tasksRunning ?? 0),
    taskName: marathonTaskName(app.id)
  };
}
