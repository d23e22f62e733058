// dcos-dns task names and named-VIP names (the `*.thisdcos.directory` zones served by dcos-net).
// Source: dcos/dcos-net apps/dcos_dns/src/dcos_dns_mesos.erl (`task_records`, `task_agentip`,
// `task_containerip`, `task_autoip`, `is_running`, `is_port_mapping`, `format_name` — every part through
// mesos_state:label, so dots in task and framework names become dashes; zone dcos.thisdcos.directory),
// apps/dcos_l4lb/src/dcos_l4lb_lashup_vip_listener.erl (named VIP records in l4lb.thisdcos.directory);
// expected answers in apps/dcos_dns/test/dcos_dns_mesos_tests.erl.
//
// For each running task, with N = label(name) and F = label(framework):
//   N.F.agentip.dcos.thisdcos.directory      → the agent IP
//   N.F.containerip.dcos.thisdcos.directory  → the task IPs (none when dcos-net knows none)
//   N.F.autoip.dcos.thisdcos.directory       → the agent IP when any port has a host port, else the task
//                                              IPs (the agent IP when there are none)
// Names here carry the trailing dot like the Mesos-DNS records (dcos-net itself writes them without).
import type {MesosState} from "../state/types.js";
import {dcosNetLabel} from "./dcosnet-labels.js";
import {dcosNetTasks} from "./dcosnet-tasks.js";
import {canonicalIp} from "./ip.js";
import {RecordSet, type DnsRecord} from "./records.js";
import {vipsOfState, type VipOptions} from "./vips.js";

export const DCOS_DNS_ZONE = "dcos.thisdcos.directory";

export type DcosDnsOptions = VipOptions;

/** `format_name([Name, Framework, Kind], "dcos.thisdcos.directory")` with the trailing dot. */
export function dcosDnsTaskName(taskName: string, framework: string, kind: "agentip" | "containerip" | "autoip"): string {
  return `${[taskName, framework, kind].map(dcosNetLabel).join(".")}.${DCOS_DNS_ZONE}.`;
}

function addIps(rs: RecordSet, name: string, ips: readonly string[]): void {
  for (const ip of ips) {
    const c = canonicalIp(ip);
    if (c) rs.add(name, c.type, c.ip);
  }
}

/** The dcos-dns A/AAAA records for the tasks and named VIPs of this `/state`, sorted. */
export function dcosDnsRecords(state: MesosState, options: DcosDnsOptions = {}): DnsRecord[] {
  const rs = new RecordSet();
  for (const task of dcosNetTasks(state, options)) {
    if (task.state !== "running" || task.name === undefined) continue;
    addIps(rs, dcosDnsTaskName(task.name, task.framework, "agentip"), [task.agentIp]);
    if (task.taskIps) addIps(rs, dcosDnsTaskName(task.name, task.framework, "containerip"), task.taskIps);
    const mapped = (task.ports ?? []).some((p) => p.hostPort !== undefined);
    const auto = task.taskIps === undefined || mapped ? [task.agentIp] : task.taskIps;
    addIps(rs, dcosDnsTaskName(task.name, task.framework, "autoip"), auto);
  }
  for (const vip of vipsOfState(state, options)) {
    if (vip.dnsName === undefined) continue;
    if (vip.ip !== undefined) rs.add(vip.dnsName, "A", vip.ip);
    if (vip.ip6 !== undefined) rs.add(vip.dnsName, "AAAA", vip.ip6);
  }
  return rs.toArray();
}
