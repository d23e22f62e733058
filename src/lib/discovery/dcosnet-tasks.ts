// dcos-net's view of a task: name, framework, agent IP, task IPs, state, health and ports.
// Source: dcos/dcos-net apps/dcos_net/src/dcos_net_mesos_listener.erl (`task`, `handle_task_name`,
// `handle_task_ip`, `handle_task_state`, `handle_task_healthy`, `handle_task_status`,
// `handle_agent_hostname`, `add_task`); expected tasks in apps/dcos_net/test/dcos_net_mesos_listener_tests.erl.
//
// - name: the DiscoveryInfo name if there is one, else the task name;
// - agent IP: the agent's hostname, an address or resolved; tasks of unknown agents or frameworks wait
//   and are left out;
// - task IPs: `container_status.network_infos[].ip_addresses[]` of the latest status by timestamp,
//   whatever its state (Mesos-DNS looks at the latest TASK_RUNNING status instead);
// - state: running (TASK_RUNNING), terminal (FINISHED, FAILED, KILLED, LOST, ERROR, DROPPED, GONE,
//   GONE_BY_OPERATOR) or preparing (anything else, including TASK_KILLING);
// - healthy: the latest status's `healthy`, else false when the task has a health check, else unknown.
import {findSlave, latestStatus} from "../state/accessors.js";
import type {MesosState, MesosTask} from "../state/types.js";
import {canonicalIp} from "./ip.js";
import type {HostnameResolver} from "./mesosdns-cluster.js";
import {dcosNetTaskPorts, type DcosNetPort} from "./dcosnet-ports.js";

export type DcosNetTaskState = "running" | "preparing" | "terminal";

export interface DcosNetTask {
  id: string;
  frameworkId: string;
  name?: string;
  framework: string;
  agentIp: string;
  taskIps?: string[];
  state?: DcosNetTaskState;
  /** The raw Mesos state, e.g. `"TASK_KILLING"`. */
  mesosState: string;
  healthy?: boolean;
  ports?: DcosNetPort[];
}

export interface DcosNetTaskOptions {
  /** Stands in for dcos-net's DNS lookup of agent hostnames that are not addresses. */
  resolveHostname?: HostnameResolver;
}

const TERMINAL = new Set([
  "TASK_FINISHED",
  "TASK_FAILED",
  "TASK_KILLED",
  "TASK_LOST",
  "TASK_ERROR",
  "TASK_DROPPED",
  "TASK_GONE",
  "TASK_GONE_BY_OPERATOR"
]);

export function dcosNetTaskState(mesosState: string): DcosNetTaskState {
  if (TERMINAL.has(mesosState)) return "terminal";
  return mesosState === "TASK_RUNNING" ? "running" : "preparing";
}

/** `handle_task_ip`; undefined where dcos-net sets no `task_ip` (no statuses, no addresses). */
function taskIps(task: MesosTask): string[] | undefined {
  if (task.statuses !== undefined && task.statuses.length === 0) return undefined;
  const infos = latestStatus(task)?.container_status?.network_infos ?? [];
  const ips: string[] = [];
  for (const ni of infos) {
    if (ni.ip_addresses === undefined) return undefined; // `mget(ip_addresses)` has no default.
    for (const a of ni.ip_addresses) {
      const ip = canonicalIp(a.ip_address);
      if (ip) ips.push(ip.ip);
    }
  }
  return ips.length > 0 ? ips : undefined;
}

function healthyOf(task: MesosTask): boolean | undefined {
  if (task.statuses !== undefined && task.statuses.length === 0) return undefined;
  const healthy = latestStatus(task)?.healthy;
  if (typeof healthy === "boolean") return healthy;
  return task.health_check !== undefined ? false : undefined;
}

function agentIpOf(hostname: string | undefined, resolve: HostnameResolver | undefined): string | undefined {
  if (hostname === undefined) return undefined;
  const literal = canonicalIp(hostname);
  if (literal) return literal.ip;
  for (const r of resolve ? resolve(hostname) : []) {
    const ip = canonicalIp(r);
    if (ip) return ip.ip; // dcos-net keeps the first address and warns about the rest.
  }
  return undefined;
}

/** One dcos-net task, or undefined while dcos-net would still wait for its agent or framework. */
export function dcosNetTask(state: MesosState, frameworkName: string | undefined, task: MesosTask, options: DcosNetTaskOptions = {}): DcosNetTask | undefined {
  const agentIp = agentIpOf(findSlave(state, task.slave_id)?.hostname, options.resolveHostname);
  if (agentIp === undefined || frameworkName === undefined) return undefined;
  const out: DcosNetTask = {id: task.id, frameworkId: task.framework_id, framework: frameworkName, agentIp, mesosState: task.state};
  const name = task.discovery?.name !== undefined ? task.discovery.name : task.name;
  if (name !== undefined) out.name = name;
  const ips = taskIps(task);
  if (ips) out.taskIps = ips;
  out.state = dcosNetTaskState(task.state);
  const healthy = healthyOf(task);
  if (healthy !== undefined) out.healthy = healthy;
  const ports = dcosNetTaskPorts(task, out.state === "running", agentIp, ips);
  if (ports) out.ports = ports;
  return out;
}

/** Every task of every framework in `/state` as dcos-net sees it (terminal ones included). */
export function dcosNetTasks(state: MesosState, options: DcosNetTaskOptions = {}): DcosNetTask[] {
  const out: DcosNetTask[] = [];
  for (const f of state.frameworks ?? []) {
    for (const t of f.tasks ?? []) {
      const task = dcosNetTask(state, f.name, t, options);
      if (task) out.push(task);
    }
  }
  return out;
}
