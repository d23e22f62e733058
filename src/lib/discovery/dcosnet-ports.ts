// How dcos-net works out a task's ports: port mappings, legacy VIP_PORT task labels, DiscoveryInfo ports.
// Source: dcos/dcos-net apps/dcos_net/src/dcos_net_mesos_listener.erl (`handle_task_ports`,
// `handle_task_port_mappings`, `handle_task_port_resources`, `handle_task_vip_label(s)`,
// `handle_task_discovery_port(s)`, `handle_port_scope`, `merge_task_ports`, `merge_task_port`,
// `match_task_port`, `merge_ports`, `merge_host_ports`); expected ports in
// apps/dcos_net/test/dcos_net_mesos_listener_tests.erl.
import {labelList, latestStatus} from "../state/accessors.js";
import {parsePortRanges} from "../state/ports.js";
import type {MesosPortMapping, MesosTask} from "../state/types.js";

/** A dcos-net task port. `port` is the container port (or the host port on host networking). */
export interface DcosNetPort {
  name?: string;
  protocol: "tcp" | "udp";
  port?: number;
  hostPort?: number;
  vip?: string[];
}

/** Raised where the Erlang code would crash; dcos-net then leaves the task without a `ports` field. */
export class DcosNetPortsError extends Error {}

function fail(what: string): never {
  throw new DcosNetPortsError(what);
}

/** `handle_protocol`: tcp/udp case-insensitively; another value skips the port; no value is an error. */
function protocolOf(p: {protocol?: string}): "tcp" | "udp" | null {
  if (typeof p.protocol !== "string") fail("port without protocol");
  const v = p.protocol.toLowerCase();
  return v === "tcp" || v === "udp" ? v : null;
}

function fromMappings(mappings: readonly MesosPortMapping[]): DcosNetPort[] {
  const out: DcosNetPort[] = [];
  for (const m of mappings) {
    if (typeof m.container_port !== "number" || typeof m.host_port !== "number") fail("incomplete port mapping");
    const protocol = protocolOf(m);
    if (protocol) out.push({protocol, port: m.container_port, hostPort: m.host_port});
  }
  return out;
}

function portMappings(task: MesosTask): DcosNetPort[] {
  const type = task.container?.type ?? "MESOS";
  if (type === "MESOS") {
    // The latest status is read first; with an empty `statuses` list the Erlang code crashes.
    if (task.statuses !== undefined && task.statuses.length === 0) fail("no statuses");
    const status = latestStatus(task);
    const infos = task.container?.network_infos ?? status?.container_status?.network_infos ?? [];
    return fromMappings(infos.flatMap((ni) => ni.port_mappings ?? []));
  }
  if (type === "DOCKER") return fromMappings(task.container?.docker?.port_mappings ?? []);
  return fail(`container type ${type}`);
}

/** Legacy task labels `VIP_PORT<i>` = `tcp://<vip>` / `udp://<vip>` name the i-th port resource. */
function portResources(task: MesosTask): DcosNetPort[] {
  const ports = parsePortRanges(task.resources?.ports);
  const out: DcosNetPort[] = [];
  for (const l of labelList(task.labels)) {
    const key = l.key.toLowerCase();
    if (!key.startsWith("vip_port")) continue;
    const index = key.slice("vip_port".length);
    if (!/^[+-]?\d+$/.test(index)) continue;
    const idx = Number.parseInt(index, 10);
    if (idx < 0) continue;
    const value = l.value ?? "";
    const protocol = value.startsWith("tcp://") ? "tcp" : value.startsWith("udp://") ? "udp" : null;
    if (!protocol) continue;
    const hostPort = ports[idx];
    if (hostPort === undefined) fail(`VIP_PORT${idx} beyond the port resources`);
    out.push({hostPort, protocol, vip: [value.slice("tcp://".length)]});
  }
  return out;
}

function discoveryPorts(task: MesosTask): DcosNetPort[] {
  const list = task.discovery?.ports?.ports;
  if (list === undefined) return [];
  const out: DcosNetPort[] = [];
  for (const p of list) {
    if (typeof p.number !== "number") fail("discovery port without number");
    const labels = p.labels?.labels ?? [];
    const vip = labels
      .filter((l) => (l.key.startsWith("VIP") || l.key.startsWith("vip")) && l.value !== undefined)
      .map((l) => l.value!);
    const scopes = labels.filter((l) => l.key === "network-scope").map((l) => l.value);
    let hostScope: boolean;
    if (scopes.length === 0 || (scopes.length === 1 && scopes[0] === "container")) hostScope = false;
    else if (scopes.length === 1 && scopes[0] === "host") hostScope = true;
    else fail("unexpected network-scope");
    const protocol = protocolOf(p);
    if (!protocol) continue;
    const port: DcosNetPort = {name: p.name ?? "default", protocol};
    if (vip.length > 0) port.vip = vip;
    if (hostScope) port.hostPort = p.number;
    else port.port = p.number;
    if (port.port === 0) continue; // is_discovery_port: port 0 is "no port".
    out.push(port);
  }
  return out;
}

/** `merge_ports(A, B)`: B's fields win; VIP lists are united and sorted. */
export function mergeDcosNetPorts(a: DcosNetPort, b: DcosNetPort): DcosNetPort {
  const merged: DcosNetPort = {...a, ...b};
  if (a.vip && b.vip) merged.vip = [...new Set([...a.vip, ...b.vip])].sort();
  return merged;
}

function matches(a: DcosNetPort, b: DcosNetPort): boolean {
  if (a.protocol !== b.protocol) return false;
  if (a.port !== undefined && b.port !== undefined && a.port === b.port) return true;
  return a.hostPort !== undefined && b.hostPort !== undefined && a.hostPort === b.hostPort;
}

/** `merge_task_port`, keeping the Erlang list order. */
function mergeTaskPort(portA: DcosNetPort, list: readonly DcosNetPort[]): DcosNetPort[] {
  let acc: DcosNetPort[] = [];
  for (let i = 0; i < list.length; i++) {
    const portB = list[i]!;
    if (matches(portA, portB)) return [mergeDcosNetPorts(portB, portA), ...acc, ...list.slice(i + 1)];
    acc = [portB, ...acc];
  }
  return [portA, ...acc];
}

function mergeTaskPorts(a: readonly DcosNetPort[], b: readonly DcosNetPort[]): DcosNetPort[] {
  if (a.length === 0) return [...b];
  let acc = [...b];
  for (const port of a) acc = mergeTaskPort(port, acc);
  return acc;
}

/** On host networking (running, one task IP equal to the agent IP) host ports become the ports. */
function mergeHostPorts(ports: DcosNetPort[], running: boolean, agentIp: string, taskIps: readonly string[] | undefined): DcosNetPort[] {
  if (!running || taskIps?.length !== 1 || taskIps[0] !== agentIp) return ports;
  const byKey = new Map<string, DcosNetPort>();
  for (const port of ports) {
    const a: DcosNetPort = {...port};
    if (a.hostPort !== undefined) {
      a.port = a.hostPort;
      delete a.hostPort;
    }
    const key = `${a.protocol}/${a.port}`;
    byKey.set(key, mergeDcosNetPorts(a, byKey.get(key) ?? {protocol: a.protocol}));
  }
  // Erlang returns the map's values in key order: protocol (tcp < udp), then port.
  return [...byKey.values()].sort((x, y) => (x.protocol < y.protocol ? -1 : x.protocol > y.protocol ? 1 : (x.port ?? 0) - (y.port ?? 0)));
}

/** The task's ports as dcos-net derives them, or undefined where dcos-net would have none. */
export function dcosNetTaskPorts(task: MesosTask, running: boolean, agentIp: string, taskIps: readonly string[] | undefined): DcosNetPort[] | undefined {
  try {
    const merged = mergeTaskPorts(mergeTaskPorts(portMappings(task), portResources(task)), discoveryPorts(task));
    const ports = mergeHostPorts(merged, running, agentIp, taskIps);
    return ports.length > 0 ? ports : undefined;
  } catch (e) {
    if (e instanceof DcosNetPortsError) return undefined;
    throw e;
  }
}
