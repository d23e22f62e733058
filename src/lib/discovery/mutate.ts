// Changes to a cluster's `/state` as Marathon and Mesos would make them, so the discovery figures can
// show records following tasks: scale an app, kill a task, move a task to another agent. Each returns a
// new state and leaves its input alone. Everything is deterministic: new task IDs and container IDs
// come from SHA-1 of the template task and a launch counter, ports and addresses are the first free
// ones from a fixed point, and time moves on from the latest status in the state.
//
// Faithful where it matters for discovery: a new task gets new IDs (so a new Mesos-DNS canonical name),
// a new host port unless the app uses fixed ports below 10000 (as a load balancer on 80/443 does), a new
// overlay or bridge address, and TASK_STARTING then TASK_RUNNING statuses (plus a healthy one when the
// task has a health check). Scaling down kills the youngest tasks first (Marathon's default
// `killSelection: YOUNGEST_FIRST`); a killed task gets TASK_KILLING and TASK_KILLED and moves to the
// framework's `completed_tasks`, where `/state` keeps terminal tasks. Placement is Marathon-like but
// simple: an agent of the same kind (public or private) with room, spreading the app's tasks.
import {latestStatus} from "../state/accessors.js";
import {parseMesosPid} from "../state/pid.js";
import {formatPortRanges, parsePortRanges} from "../state/ports.js";
import type {MesosFramework, MesosResources, MesosSlave, MesosState, MesosTask, MesosTaskStatus} from "../state/types.js";
import {canonicalIp} from "./ip.js";
import {sha1} from "./sha1.js";

export class ClusterMutationError extends Error {
  override name = "ClusterMutationError";
}

/** An app: the tasks of one framework (default `marathon`) that share a task name, e.g. `web`. */
export interface AppRef {
  framework?: string;
  name: string;
}

export const MAX_INSTANCES = 100;
/** Seconds of cluster time between a mutation and the latest status before it. */
const STEP = 5;
const TERMINAL = /^TASK_(FINISHED|FAILED|KILLED|LOST|ERROR|DROPPED|GONE|GONE_BY_OPERATOR)$/;

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
/** A UUID-shaped id (version 1 nibble, as Marathon's time-based ids) from SHA-1 of `seed`. */
function seededUuid(seed: string): string {
  const h = hex(sha1(seed));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-1${h.slice(13, 16)}-${"89ab"[Number.parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function isTerminalState(state: string): boolean {
  return TERMINAL.test(state);
}

/** The latest status timestamp anywhere in the state (0 when there is none). */
export function clusterNow(state: MesosState): number {
  let now = 0;
  for (const f of state.frameworks ?? []) {
    for (const t of [...(f.tasks ?? []), ...(f.completed_tasks ?? [])]) for (const s of t.statuses ?? []) now = Math.max(now, s.timestamp ?? 0);
  }
  return now;
}

/** An agent's address: its hostname when that is an IP, else the host of its PID. */
export function agentIp(slave: MesosSlave): string | undefined {
  return canonicalIp(slave.hostname)?.ip ?? canonicalIp(parseMesosPid(slave.pid)?.host)?.ip;
}

/** Public agents carry `public_ip: "true"` and resources reserved for `slave_public` (DC/OS). */
export function isPublicAgent(slave: MesosSlave): boolean {
  return String(slave.attributes?.public_ip) === "true" || "slave_public" in (slave.reserved_resources ?? {});
}

function frameworkOf(state: MesosState, name: string): MesosFramework {
  const f = (state.frameworks ?? []).find((x) => x.name === name);
  if (!f) throw new ClusterMutationError(`no framework named "${name}"`);
  return f;
}

function liveTasks(state: MesosState): MesosTask[] {
  return (state.frameworks ?? []).flatMap((f) => f.tasks ?? []).filter((t) => !isTerminalState(t.state));
}

/** The non-terminal tasks of an app, oldest first (by first status, then document order). */
export function appTasks(state: MesosState, app: AppRef | string): MesosTask[] {
  const ref = typeof app === "string" ? {name: app} : app;
  const f = (state.frameworks ?? []).find((x) => x.name === (ref.framework ?? "marathon"));
  const tasks = (f?.tasks ?? []).filter((t) => t.name === ref.name && !isTerminalState(t.state));
  const started = (t: MesosTask) => Math.min(...(t.statuses ?? []).map((s) => s.timestamp ?? 0), Number.POSITIVE_INFINITY);
  return tasks.map((t, i) => ({t, i})).sort((a, b) => started(a.t) - started(b.t) || a.i - b.i).map((x) => x.t);
}

/** Every app of every framework that has, or had, a task in this state, with its running count. */
export function appsOfState(state: MesosState): {framework: string; name: string; running: number}[] {
  const out = new Map<string, {framework: string; name: string; running: number}>();
  for (const f of state.frameworks ?? []) {
    for (const t of [...(f.tasks ?? []), ...(f.completed_tasks ?? [])]) {
      const key = `${f.name}\u0000${t.name}`;
      const entry = out.get(key) ?? {framework: f.name ?? "", name: t.name, running: 0};
      if (t.state === "TASK_RUNNING" && (f.tasks ?? []).includes(t)) entry.running++;
      out.set(key, entry);
    }
  }
  return [...out.values()];
}

function findTask(state: MesosState, taskId: string): {framework: MesosFramework; index: number; task: MesosTask} {
  for (const framework of state.frameworks ?? []) {
    const index = (framework.tasks ?? []).findIndex((t) => t.id === taskId);
    if (index >= 0 && !isTerminalState(framework.tasks![index]!.state)) return {framework, index, task: framework.tasks![index]!};
  }
  throw new ClusterMutationError(`no running task with id "${taskId}"`);
}

function scalar(r: MesosResources | undefined, name: string): number {
  const v = r?.[name];
  return typeof v === "number" ? v : 0;
}

function usedOn(state: MesosState, slaveId: string): {cpus: number; mem: number; ports: Set<number>; ips: Set<string>} {
  const used = {cpus: 0, mem: 0, ports: new Set<number>(), ips: new Set<string>()};
  for (const t of liveTasks(state)) {
    if (t.slave_id !== slaveId) continue;
    used.cpus += scalar(t.resources, "cpus");
    used.mem += scalar(t.resources, "mem");
    for (const p of parsePortRanges(t.resources?.ports)) used.ports.add(p);
    for (const ni of latestStatus(t)?.container_status?.network_infos ?? []) for (const a of ni.ip_addresses ?? []) if (a.ip_address) used.ips.add(a.ip_address);
  }
  return used;
}

/** Host ports for a new task on an agent, or null when the agent has not enough free ones. */
function pickPorts(template: MesosTask, slave: MesosSlave, used: Set<number>, seed: number[]): number[] | null {
  const wanted = parsePortRanges(template.resources?.ports);
  if (wanted.length === 0) return [];
  const offered = parsePortRanges(slave.resources?.ports);
  const free = offered.filter((p) => !used.has(p));
  if (wanted.every((p) => p < 10000)) return wanted.every((p) => free.includes(p)) ? wanted : null; // fixed ports
  if (free.length < wanted.length) return null;
  const from = 10000 + (((seed[0]! << 8) | seed[1]!) % 20000);
  const start = Math.max(0, free.findIndex((p) => p >= from));
  return wanted.map((_, k) => free[(start + k) % free.length]!).sort((a, b) => a - b);
}

/** The new task's addresses: the agent's on host networking, else the first free overlay or bridge one. */
function pickIps(template: MesosTask, slave: MesosSlave, slaveIndex: number, used: Set<string>): {ips: string[]; network?: string} {
  const ni = latestStatus(template)?.container_status?.network_infos?.[0];
  const firstFree = (prefix: string, from: number, to: number) => {
    for (let n = from; n <= to; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
    throw new ClusterMutationError(`no free address left in ${prefix}0 on agent ${slave.id}`);
  };
  // DC/OS's `dcos` overlay: 9.0.0.0/8, a /24 per agent whose lower half serves Mesos containers.
  if (ni?.name) return {ips: [firstFree(`9.0.${slaveIndex + 1}.`, 2, 126)], network: ni.name};
  if (template.container?.type === "DOCKER" && template.container.docker?.network === "BRIDGE") return {ips: [firstFree("172.17.0.", 2, 254)]};
  return {ips: [agentIp(slave) ?? ""]};
}

interface Placement {
  slave: MesosSlave;
  ports: number[];
}

function placementOn(state: MesosState, template: MesosTask, slave: MesosSlave, seed: number[]): Placement | string {
  if (slave.active === false) return `agent ${slave.id} is not active`;
  const used = usedOn(state, slave.id);
  const cpus = scalar(template.resources, "cpus");
  const mem = scalar(template.resources, "mem");
  if (scalar(slave.resources, "cpus") - used.cpus < cpus - 1e-9) return `agent ${slave.id} has not ${cpus} CPUs free`;
  if (scalar(slave.resources, "mem") - used.mem < mem - 1e-9) return `agent ${slave.id} has not ${mem} MB of memory free`;
  const ports = pickPorts(template, slave, used.ports, seed);
  if (!ports) return `agent ${slave.id} has not the ports ${template.resources?.ports ?? ""} free`;
  return {slave, ports};
}

function launch(state: MesosState, framework: MesosFramework, template: MesosTask, target?: MesosSlave): MesosTask {
  const slaves = state.slaves ?? [];
  const seq = (state.frameworks ?? []).reduce((n, f) => n + (f.tasks?.length ?? 0) + (f.completed_tasks?.length ?? 0), 0);
  const seed = sha1(`${template.id}|${seq}|${target?.id ?? ""}`);
  const templateAgent = slaves.find((s) => s.id === template.slave_id);
  const wantPublic = templateAgent ? isPublicAgent(templateAgent) : false;

  let placement: Placement | undefined;
  if (target) {
    if (isPublicAgent(target) !== wantPublic) throw new ClusterMutationError(`"${template.name}" runs on ${wantPublic ? "public" : "private"} agents; ${target.id} is ${wantPublic ? "private" : "public"}`);
    const p = placementOn(state, template, target, seed);
    if (typeof p === "string") throw new ClusterMutationError(p);
    placement = p;
  } else {
    const count = (slaveId: string, name?: string) => liveTasks(state).filter((t) => t.slave_id === slaveId && (name === undefined || t.name === name)).length;
    const fits = slaves
      .map((slave, index) => ({slave, index, p: isPublicAgent(slave) === wantPublic ? placementOn(state, template, slave, seed) : "wrong kind"}))
      .filter((x): x is {slave: MesosSlave; index: number; p: Placement} => typeof x.p !== "string")
      .sort((a, b) => count(a.slave.id, template.name) - count(b.slave.id, template.name) || count(a.slave.id) - count(b.slave.id) || a.index - b.index);
    if (fits.length === 0) throw new ClusterMutationError(`no ${wantPublic ? "public" : "private"} agent has room for another "${template.name}" task`);
    placement = fits[0]!.p;
  }

  const {slave, ports} = placement;
  const uuid = seededUuid(`${template.id}|${seq}|${slave.id}`);
  const cut = template.id.indexOf(".instance-");
  const id = cut >= 0 ? `${template.id.slice(0, cut)}.instance-${uuid}._app.1` : `${template.id.split(".")[0]}.${uuid}`;
  const oldPorts = parsePortRanges(template.resources?.ports);
  const remap = (p: number) => {
    const k = oldPorts.indexOf(p);
    return k >= 0 ? ports[k]! : p;
  };

  const task = clone(template);
  task.id = id;
  task.slave_id = slave.id;
  task.state = "TASK_RUNNING";
  if (task.resources && ports.length) task.resources.ports = formatPortRanges(ports);
  for (const dp of task.discovery?.ports?.ports ?? []) dp.number = remap(dp.number);
  for (const pm of task.container?.docker?.port_mappings ?? []) pm.host_port = remap(pm.host_port);
  for (const ni of task.container?.network_infos ?? []) for (const pm of ni.port_mappings ?? []) pm.host_port = remap(pm.host_port);
  const hc = task.health_check as {http?: {port?: number}; tcp?: {port?: number}} | undefined;
  if (hc?.http?.port !== undefined) hc.http.port = remap(hc.http.port);
  if (hc?.tcp?.port !== undefined) hc.tcp.port = remap(hc.tcp.port);

  const {ips, network} = pickIps(template, slave, slaves.indexOf(slave), usedOn(state, slave.id).ips);
  const container_status = {
    container_id: {value: seededUuid(`container|${id}`)},
    network_infos: [{...(network ? {name: network} : {}), ip_addresses: ips.map((ip) => ({protocol: "IPv4" as const, ip_address: ip}))}]
  };
  const t = round3(clusterNow(state) + STEP);
  const statuses: MesosTaskStatus[] = [
    {state: "TASK_STARTING", timestamp: t, source: "SOURCE_EXECUTOR", container_status},
    {state: "TASK_RUNNING", timestamp: round3(t + 1.5), source: "SOURCE_EXECUTOR", container_status}
  ];
  if (task.health_check !== undefined) {
    statuses.push({state: "TASK_RUNNING", timestamp: round3(t + 16), source: "SOURCE_EXECUTOR", healthy: true, reason: "REASON_TASK_HEALTH_CHECK_STATUS_UPDATED", container_status});
  }
  task.statuses = statuses;
  (framework.tasks ??= []).push(task);
  return task;
}

function kill(state: MesosState, framework: MesosFramework, index: number): void {
  const task = framework.tasks![index]!;
  const t = round3(clusterNow(state) + STEP);
  const last = latestStatus(task);
  const cs = last?.container_status ? {container_status: last.container_status} : {};
  task.statuses = [
    ...(task.statuses ?? []),
    {state: "TASK_KILLING", timestamp: t, source: "SOURCE_EXECUTOR", ...cs},
    {state: "TASK_KILLED", timestamp: round3(t + 2), source: "SOURCE_EXECUTOR", ...cs}
  ];
  task.state = "TASK_KILLED";
  framework.tasks!.splice(index, 1);
  (framework.completed_tasks ??= []).push(task);
}

/** Recomputes agents' and frameworks' `used_resources` from their non-terminal tasks. */
function recomputeUsed(state: MesosState): void {
  const sum = (tasks: MesosTask[]): MesosResources => {
    const out: MesosResources = {cpus: 0, disk: 0, gpus: 0, mem: 0};
    const ports: number[] = [];
    for (const t of tasks) {
      for (const k of ["cpus", "disk", "gpus", "mem"]) out[k] = round3(scalar(out, k) + scalar(t.resources, k));
      ports.push(...parsePortRanges(t.resources?.ports));
    }
    if (ports.length) out.ports = formatPortRanges(ports);
    return out;
  };
  const live = liveTasks(state);
  for (const s of state.slaves ?? []) s.used_resources = sum(live.filter((t) => t.slave_id === s.id));
  for (const f of state.frameworks ?? []) f.used_resources = sum((f.tasks ?? []).filter((t) => !isTerminalState(t.state)));
}

/**
 * Sets an app's number of tasks: kills the youngest beyond `instances`, or launches copies of its
 * oldest task (or, with none left, of its latest finished one) until there are `instances`.
 */
export function scaleApp(state: MesosState, app: AppRef | string, instances: number): MesosState {
  if (!Number.isInteger(instances) || instances < 0 || instances > MAX_INSTANCES) {
    throw new ClusterMutationError(`instances must be a whole number from 0 to ${MAX_INSTANCES}, got ${instances}`);
  }
  const ref = typeof app === "string" ? {name: app} : app;
  const next = clone(state);
  const framework = frameworkOf(next, ref.framework ?? "marathon");
  const current = appTasks(next, ref);
  const template = current[0] ?? [...(framework.completed_tasks ?? [])].reverse().find((t) => t.name === ref.name);
  if (!template) throw new ClusterMutationError(`no app "${ref.name}" in framework "${framework.name}"`);
  for (const victim of current.slice(instances).reverse()) kill(next, framework, framework.tasks!.indexOf(victim));
  for (let n = current.length; n < instances; n++) launch(next, framework, template);
  recomputeUsed(next);
  return next;
}

/** Kills one task: it goes through TASK_KILLING to TASK_KILLED and leaves `tasks` for `completed_tasks`. */
export function killTask(state: MesosState, taskId: string): MesosState {
  const next = clone(state);
  const {framework, index} = findTask(next, taskId);
  kill(next, framework, index);
  recomputeUsed(next);
  return next;
}

/** Kills a task and launches its replacement on the given agent, as Marathon does when you restart it there. */
export function moveTask(state: MesosState, taskId: string, agentId: string): MesosState {
  const next = clone(state);
  const {framework, index, task} = findTask(next, taskId);
  const target = (next.slaves ?? []).find((s) => s.id === agentId);
  if (!target) throw new ClusterMutationError(`no agent with id "${agentId}"`);
  if (task.slave_id === agentId) throw new ClusterMutationError(`task "${taskId}" already runs on agent ${agentId}`);
  kill(next, framework, index);
  launch(next, framework, task, target);
  recomputeUsed(next);
  return next;
}
