// VIPs: parsing VIP labels and collecting each VIP's backends from a `/state`.
// Source: dcos/dcos-net apps/dcos_l4lb/src/dcos_l4lb_mesos_poller.erl (`collect_vips`, `key`: split at the
// last `:`, a positive integer port, an IP literal makes an IP VIP, anything else a named VIP scoped to
// the framework; `backends`: agent IP and host port when the port is mapped, else each task IP with the
// container port, IPv6 only when enabled; `is_healthy`), dcos_l4lb_lashup_vip_listener.erl
// (`binary_to_name`: mesos_state:domain_frag of the label and of the framework, zone
// l4lb.thisdcos.directory) and dcos_net_mesos_listener.erl (where the VIP labels come from).
//
// Weights: dcos-net drops tasks that are not running or not healthy from the backend set; IPVS keeps a
// dropped destination's open connections. The model keeps those tasks as weight-0 backends (TASK_KILLING
// and unhealthy running tasks), which IPVS treats the same way for new connections.
import type {MesosState} from "../state/types.js";
import {dcosNetDomainFrag} from "./dcosnet-labels.js";
import {dcosNetTasks, type DcosNetTask, type DcosNetTaskOptions} from "./dcosnet-tasks.js";
import type {DcosNetPort} from "./dcosnet-ports.js";
import {parseIp} from "./ip.js";
import {allocateNamedVipIp6s, allocateNamedVipIps, DCOS_NAMED_VIP_DEFAULTS} from "./vip-ips.js";

export const L4LB_ZONE = "l4lb.thisdcos.directory";

export type VipAddress =
  | {kind: "ip"; ip: string; port: number; protocol?: "tcp" | "udp"}
  | {kind: "named"; label: string; port: number; protocol?: "tcp" | "udp"};

/**
 * Parses a VIP label value: `"/my-service:5555"` (named), `"10.0.0.1:80"` (IP), and the legacy task label
 * form `"tcp://1.2.3.4:5000"` (protocol prefix kept in `protocol`). Null where dcos-net rejects it.
 */
export function parseVipLabel(value: string): VipAddress | null {
  let protocol: "tcp" | "udp" | undefined;
  let rest = value;
  if (rest.startsWith("tcp://") || rest.startsWith("udp://")) {
    protocol = rest.startsWith("tcp") ? "tcp" : "udp";
    rest = rest.slice(6);
  }
  const i = rest.lastIndexOf(":");
  if (i < 0) return null;
  const vip = rest.slice(0, i);
  const portText = rest.slice(i + 1);
  if (!/^[+-]?\d+$/.test(portText)) return null;
  const port = Number.parseInt(portText, 10);
  if (port <= 0) return null;
  const ip = parseIp(vip);
  // inet:parse_strict_address does not map ::ffff:a.b.c.d to IPv4; keep the text as written.
  const base = ip ? {kind: "ip" as const, ip: vip, port} : {kind: "named" as const, label: vip, port};
  return protocol ? {...base, protocol} : base;
}

/** `<label>.<framework>` as dcos-net names a named VIP (empty parts skipped). */
export function namedVipKey(label: string, framework: string): string {
  return [dcosNetDomainFrag(label), dcosNetDomainFrag(framework)].filter((p) => p !== "").join(".");
}

/** The DNS name of a named VIP: `<label>.<framework>.l4lb.thisdcos.directory.` */
export function vipDnsName(label: string, framework: string): string {
  return `${dcosNetDomainFrag(namedVipKey(label, framework))}.${L4LB_ZONE}.`;
}

export interface L4lbVipBackend {
  taskId: string;
  frameworkId: string;
  taskName?: string;
  agentIp: string;
  ip: string;
  port: number;
  /** 1 for a healthy running task; 0 for an unhealthy one or one being killed. */
  weight: number;
  healthy?: boolean;
  mesosState: string;
}

export interface L4lbVip {
  protocol: "tcp" | "udp";
  kind: "ip" | "named";
  /** The VIP as written before the port: `"/my-service"` or `"10.0.0.1"`. */
  label: string;
  /** The framework a named VIP is scoped to. */
  framework?: string;
  port: number;
  /** Named VIPs: `<label>.<framework>.l4lb.thisdcos.directory.` */
  dnsName?: string;
  /**
   * The VIP address: the IP of an IP VIP; for a named VIP the IPv4 address allocated to it when it has an
   * IPv4 backend of weight > 0 (dcos-net only knows VIPs with healthy backends).
   */
  ip?: string;
  /** A named VIP's allocated IPv6 address, when it has an IPv6 backend of weight > 0. */
  ip6?: string;
  backends: L4lbVipBackend[];
}

export interface VipOptions extends DcosNetTaskOptions {
  /** dcos-net's `enable_ipv6` for the load balancer (code default true; DC/OS config default false). */
  enableIpv6?: boolean;
  minNamedIp?: string;
  maxNamedIp?: string;
  minNamedIp6?: string;
}

function backendsOf(task: DcosNetTask, port: DcosNetPort, weight: number, enableIpv6: boolean): L4lbVipBackend[] | null {
  const base = {taskId: task.id, frameworkId: task.frameworkId, agentIp: task.agentIp, weight, mesosState: task.mesosState};
  const extra = {...(task.name !== undefined ? {taskName: task.name} : {}), ...(task.healthy !== undefined ? {healthy: task.healthy} : {})};
  if (port.hostPort !== undefined) return [{...base, ...extra, ip: task.agentIp, port: port.hostPort}];
  if (task.taskIps === undefined || port.port === undefined) return null; // dcos-net logs an error and skips it.
  return task.taskIps
    .filter((ip) => enableIpv6 || parseIp(ip)?.family === 4)
    .map((ip) => ({...base, ...extra, ip, port: port.port!}));
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every VIP of the running (and being-killed) tasks with its backends, sorted. */
export function vipsOfState(state: MesosState, options: VipOptions = {}): L4lbVip[] {
  const enableIpv6 = options.enableIpv6 ?? true;
  const vips = new Map<string, L4lbVip>();
  for (const task of dcosNetTasks(state, options)) {
    const running = task.state === "running";
    if (!running && task.mesosState !== "TASK_KILLING") continue;
    const weight = running && task.healthy !== false ? 1 : 0;
    for (const port of task.ports ?? []) {
      for (const value of port.vip ?? []) {
        const parsed = parseVipLabel(value);
        if (!parsed) continue;
        const backends = backendsOf(task, port, weight, enableIpv6);
        if (!backends) continue;
        const label = parsed.kind === "ip" ? parsed.ip : parsed.label;
        const key = `${port.protocol} ${parsed.kind} ${label} ${parsed.kind === "named" ? task.framework : ""} ${parsed.port}`;
        let vip = vips.get(key);
        if (!vip) {
          vip = {protocol: port.protocol, kind: parsed.kind, label, port: parsed.port, backends: []};
          if (parsed.kind === "named") {
            vip.framework = task.framework;
            vip.dnsName = vipDnsName(parsed.label, task.framework);
          } else vip.ip = parsed.ip;
          vips.set(key, vip);
        }
        for (const b of backends) {
          if (!vip.backends.some((x) => x.taskId === b.taskId && x.ip === b.ip && x.port === b.port)) vip.backends.push(b);
        }
      }
    }
  }
  const list = [...vips.values()];
  const named = (family: 4 | 6) =>
    list
      .filter((v) => v.kind === "named" && v.backends.some((b) => b.weight > 0 && parseIp(b.ip)?.family === family))
      .map((v) => namedVipKey(v.label, v.framework!));
  const ip4 = allocateNamedVipIps(named(4), options.minNamedIp ?? DCOS_NAMED_VIP_DEFAULTS.minNamedIp, options.maxNamedIp ?? DCOS_NAMED_VIP_DEFAULTS.maxNamedIp);
  const ip6 = allocateNamedVipIp6s(named(6), options.minNamedIp6 ?? DCOS_NAMED_VIP_DEFAULTS.minNamedIp6);
  for (const v of list) {
    v.backends.sort((a, b) => cmp(a.ip, b.ip) || a.port - b.port || cmp(a.taskId, b.taskId));
    if (v.kind !== "named") continue;
    const k = namedVipKey(v.label, v.framework!);
    const a = ip4.get(k);
    const a6 = ip6.get(k);
    if (a !== undefined) v.ip = a;
    if (a6 !== undefined) v.ip6 = a6;
  }
  return list.sort(
    (a, b) => cmp(a.protocol, b.protocol) || cmp(a.kind, b.kind) || cmp(a.label, b.label) || cmp(a.framework ?? "", b.framework ?? "") || a.port - b.port
  );
}
