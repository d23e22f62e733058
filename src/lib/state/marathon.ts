// Marathon's REST shapes (`GET /v2/apps`, `GET /v2/tasks`) and how they join a Mesos state.
// Sources: mesosphere/marathon docs/docs/rest-api/public/api/v2/examples (app_list.json, app.json,
// tasks.json); PathId.scala: `safePath` joins the app id's parts with `_` (the start of a task id,
// `tools_docker_registry.<uuid>`) and `toHostname` joins them reversed with `.` (the Mesos task name,
// `registry.docker.tools`), the name Mesos-DNS builds `<name>.marathon.mesos` from.
// Pure and schema-free: the zod schemas are in ./parse.ts.
import {formatPortRanges} from "./ports.js";
import type {MesosFramework, MesosSlave, MesosState, MesosTask} from "./types.js";

export interface MarathonHealthCheckResult {
  alive?: boolean;
  taskId?: string;
  firstSuccess?: string | null;
  lastSuccess?: string | null;
  lastFailure?: string | null;
  consecutiveFailures?: number;
}

export interface MarathonTask {
  id: string;
  appId: string;
  host?: string;
  slaveId?: string;
  agentId?: string;
  ports?: number[];
  servicePorts?: number[];
  state?: string;
  startedAt?: string | null;
  stagedAt?: string | null;
  version?: string;
  ipAddresses?: {ipAddress: string; protocol?: string}[];
  healthCheckResults?: MarathonHealthCheckResult[];
  role?: string;
  zone?: string;
  region?: string;
}

export interface MarathonApp {
  id: string;
  instances?: number;
  cpus?: number;
  mem?: number;
  disk?: number;
  gpus?: number;
  cmd?: string | null;
  labels?: Record<string, string>;
  role?: string;
  tasksRunning?: number;
  tasksHealthy?: number;
  tasksStaged?: number;
  tasksUnhealthy?: number;
  healthChecks?: unknown[];
  /** Present when the apps were listed with `embed=apps.tasks`. */
  tasks?: MarathonTask[];
}

/** What a reader gave from Marathon, already validated. */
export interface MarathonInput {
  apps?: MarathonApp[];
  tasks?: MarathonTask[];
}

/** `/tools/docker/registry` → `["tools", "docker", "registry"]`. */
export function appPath(appId: string): string[] {
  return appId.split("/").filter((p) => p !== "");
}

/** The name Marathon gives the app's Mesos tasks: the path reversed, joined by dots (PathId.toHostname). */
export function marathonTaskName(appId: string): string {
  return appPath(appId).reverse().join(".");
}

/** The start of the app's task ids: the path joined by underscores (PathId.safePath). */
export function marathonSafePath(appId: string): string {
  return appPath(appId).join("_");
}

/** The app of a task id `tools_docker_registry.<uuid>`, among the given app ids; undefined if none. */
export function appOfTaskId(taskId: string, appIds: readonly string[]): string | undefined {
  const dot = taskId.lastIndexOf(".");
  if (dot < 0) return undefined;
  const prefix = taskId.slice(0, dot);
  return appIds.find((id) => marathonSafePath(id) === prefix);
}

/** Every task Marathon reported: `/v2/tasks`, plus tasks embedded in `/v2/apps`, each once by id. */
export function marathonTasks(input: MarathonInput): MarathonTask[] {
  const byId = new Map<string, MarathonTask>();
  for (const t of input.tasks ?? []) byId.set(t.id, t);
  for (const app of input.apps ?? []) for (const t of app.tasks ?? []) if (!byId.has(t.id)) byId.set(t.id, {...t, appId: t.appId ?? app.id});
  return [...byId.values()];
}

/** Alive when every health check result says so; undefined when there are none. */
export function marathonHealthy(task: MarathonTask): boolean | undefined {
  const results = task.healthCheckResults ?? [];
  return results.length ? results.every((r) => r.alive === true) : undefined;
}

/**
 * A Mesos-shaped state from Marathon alone: one framework `marathon`, an agent per `slaveId` (or host),
 * and a task per Marathon task with the name Marathon gives it in Mesos and its host ports. Resources
 * come from the app when it is known. The ids are Marathon's; the framework id is a stand-in.
 */
export function stateFromMarathon(input: MarathonInput): MesosState {
  const apps = new Map((input.apps ?? []).map((a) => [a.id, a]));
  const slaves = new Map<string, MesosSlave>();
  const tasks: MesosTask[] = [];
  for (const t of marathonTasks(input)) {
    const agentId = t.slaveId ?? t.agentId ?? (t.host !== undefined ? `host:${t.host}` : "unknown-agent");
    if (!slaves.has(agentId)) {
      const slave: MesosSlave = {id: agentId};
      if (t.host !== undefined) slave.hostname = t.host;
      if (t.zone !== undefined) slave.attributes = {zone: t.zone};
      slaves.set(agentId, slave);
    }
    const app = apps.get(t.appId);
    const resources: MesosTask["resources"] = {};
    if (app?.cpus !== undefined) resources.cpus = app.cpus;
    if (app?.mem !== undefined) resources.mem = app.mem;
    if (app?.disk !== undefined) resources.disk = app.disk;
    if (t.ports?.length) resources.ports = formatPortRanges(t.ports);
    const task: MesosTask = {
      id: t.id,
      name: marathonTaskName(t.appId),
      framework_id: "marathon",
      slave_id: agentId,
      state: t.state ?? (t.startedAt ? "TASK_RUNNING" : "TASK_STAGING"),
      resources
    };
    if (t.role !== undefined) task.role = t.role;
    tasks.push(task);
  }
  const framework: MesosFramework = {id: "marathon", name: "marathon", role: "*", tasks};
  return {slaves: [...slaves.values()], frameworks: [framework]};
}
