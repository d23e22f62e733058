// Mesos-DNS record generation from a master `/state`.
// Source: mesosphere/mesos-dns records/generator.go (`InsertState`, `taskRecords`, `taskRecord`,
// `taskContextRecord`, `hashString`, `slaveIDTail`) and records/chains.go (`withProtocol`,
// `withSubdomains`, `withNamedPort`); expected records in records/generator_test.go `TestInsertState`.
//
// Per TASK_RUNNING task on a known agent, with T = task name (or DiscoveryInfo name) as one label,
// F = framework name through DomainFrag, C = `T-<hash5(taskID)>-<agent ID tail>` and D = domain:
//   T.F.D.  and  C.F.D.            A/AAAA → addresses from the first populated IP source
//   T.F.slave.D.  and  C.F.slave.D.  A/AAAA → the agent's addresses
//   _T._tcp|_udp.F.slave.D.        SRV → C.F.slave.D.:<host port>, for each port resource
//   _T._tcp|_udp.F.D.              SRV → C.F.slave.D.:<host port>, only without DiscoveryInfo
//   _T._<proto>.F.D. and _<port name>._T._<proto>.F.D.  SRV → C.F.D.:<discovery port>, with DiscoveryInfo
// With DiscoveryInfo Mesos-DNS runs all of this twice: once with the raw DiscoveryInfo name (marked
// "LEGACY" in generator.go) and once with it sanitised.
import {parsePortRanges} from "../state/ports.js";
import {slaveIdTail} from "../state/accessors.js";
import type {MesosFramework, MesosState, MesosTask} from "../state/types.js";
import {canonicalIp} from "./ip.js";
import {sanitizeDomain, sanitizeLabel, type LabelSpec} from "./labels.js";
import {addFrameworkRecords, addMasterRecords, addSlaveRecords, type HostnameResolver} from "./mesosdns-cluster.js";
import {MESOS_DNS_DEFAULT_IP_SOURCES, mesosDnsTaskIps} from "./mesosdns-ips.js";
import {RecordSet, type DnsRecord} from "./records.js";
import {mesosDnsTaskHash} from "./zbase32.js";

export interface MesosDnsOptions {
  /** Default `"mesos"`. */
  domain?: string;
  /** Default `["netinfo", "mesos", "host"]`; also `"docker"`. Unknown names are ignored. */
  ipSources?: readonly string[];
  /** Default `"RFC1123"`; `"RFC952"` is Mesos-DNS's `enforceRFC952: true`. */
  labelSpec?: LabelSpec;
  /** Configured masters as `ip:port`, numbered `master0`, `master1`, … in this order. Default `[]`. */
  masters?: readonly string[];
  /**
   * Mesos-DNS's own listener address: when set, the SOA name (`soaMname`) gets an A/AAAA record for it.
   * `"0.0.0.0"` (every local interface in Mesos-DNS) cannot be modelled and adds nothing.
   */
  listener?: string;
  /** Default `ns1.<domain>.` */
  soaMname?: string;
  /**
   * Stands in for the DNS lookups Mesos-DNS makes for PID hosts that are names, not addresses (for
   * example a framework with no PID falls back to its hostname). Default: names resolve to nothing.
   */
  resolveHostname?: HostnameResolver;
  /** Also emit the "LEGACY" records under the raw DiscoveryInfo name, as Mesos-DNS does. Default true. */
  legacyDiscoveryNames?: boolean;
}

const SUFFIXES_NONE: readonly string[] = ["slave", ""];
const SUFFIXES_DI: readonly string[] = ["slave"];

interface TaskContext {
  taskName: string;
  canonical: string;
  taskIps: {type: "A" | "AAAA"; ip: string}[];
  slaveIps: readonly string[];
}

function addTaskContextRecords(
  rs: RecordSet,
  ctx: TaskContext,
  task: MesosTask,
  fname: string,
  domain: string,
  spec: LabelSpec
): void {
  const tail = `.${domain}.`;
  const canonical = `${ctx.canonical}.${fname}`;
  const arec = `${ctx.taskName}.${fname}`;
  for (const ip of ctx.taskIps) {
    rs.add(arec + tail, ip.type, ip.ip);
    rs.add(canonical + tail, ip.type, ip.ip);
  }
  for (const s of ctx.slaveIps) {
    const ip = canonicalIp(s);
    // An agent host that is not an address is stored as-is in an A record (Mesos-DNS issue #509).
    rs.add(`${arec}.slave${tail}`, ip ? ip.type : "A", ip ? ip.ip : s);
    rs.add(`${canonical}.slave${tail}`, ip ? ip.type : "A", ip ? ip.ip : s);
  }

  const hasDi = (task.discovery?.name ?? "") !== "";
  const slaveHost = `${canonical}.slave${tail}`;
  for (const port of parsePortRanges(task.resources?.ports)) {
    for (const suffix of hasDi ? SUFFIXES_DI : SUFFIXES_NONE) {
      for (const proto of ["tcp", "udp"]) {
        const name = `_${ctx.taskName}._${proto}.${fname}${suffix === "" ? "" : "." + suffix}`;
        rs.add(name + tail, "SRV", `${slaveHost}:${port}`);
      }
    }
  }
  if (!hasDi) return;
  for (const dp of task.discovery?.ports?.ports ?? []) {
    const target = `${canonical}${tail}:${dp.number}`;
    const proto = sanitizeLabel(dp.protocol ?? "", spec);
    const portName = sanitizeLabel(dp.name ?? "", spec);
    for (const p of proto === "" ? ["tcp", "udp"] : [proto]) {
      const name = `_${ctx.taskName}._${p}.${fname}`;
      rs.add(name + tail, "SRV", target);
      if (portName !== "") rs.add(`_${portName}.${name}${tail}`, "SRV", target);
    }
  }
}

function addTaskRecords(
  rs: RecordSet,
  framework: MesosFramework,
  task: MesosTask,
  slaveIps: readonly string[],
  domain: string,
  spec: LabelSpec,
  sources: readonly string[],
  legacy: boolean
): void {
  const fname = sanitizeDomain(framework.name ?? "", spec);
  const suffix = `${mesosDnsTaskHash(task.id)}-${slaveIdTail(task.slave_id)}`;
  const taskIps = mesosDnsTaskIps(task, sources, slaveIps);
  const ctx = (taskName: string): TaskContext => ({taskName, canonical: `${taskName}-${suffix}`, taskIps, slaveIps});
  const diName = task.discovery?.name ?? "";
  if (diName !== "") {
    if (legacy) addTaskContextRecords(rs, ctx(diName), task, fname, domain, spec);
    addTaskContextRecords(rs, ctx(sanitizeLabel(diName, spec)), task, fname, domain, spec);
  } else {
    addTaskContextRecords(rs, ctx(sanitizeLabel(task.name, spec)), task, fname, domain, spec);
  }
}

/**
 * Every A, AAAA and SRV record Mesos-DNS would serve for this `/state`, de-duplicated and sorted
 * (name, type, value). The leader comes from `state.leader`.
 */
export function mesosDnsRecords(state: MesosState, options: MesosDnsOptions = {}): DnsRecord[] {
  const domain = options.domain ?? "mesos";
  const spec = options.labelSpec ?? "RFC1123";
  const sources = options.ipSources ?? MESOS_DNS_DEFAULT_IP_SOURCES;
  const rs = new RecordSet();

  addFrameworkRecords(rs, state, domain, spec, options.resolveHostname);
  const slaveIps = addSlaveRecords(rs, state, domain, spec, options.resolveHostname);
  if (options.listener !== undefined && options.listener !== "0.0.0.0") {
    const ip = canonicalIp(options.listener);
    if (ip) rs.add(options.soaMname ?? `ns1.${domain}.`, ip.type, ip.ip);
  }
  addMasterRecords(rs, domain, options.masters ?? [], state.leader);

  for (const framework of state.frameworks ?? []) {
    for (const task of framework.tasks ?? []) {
      const ips = slaveIps.get(task.slave_id);
      if (ips === undefined || task.state !== "TASK_RUNNING") continue;
      addTaskRecords(rs, framework, task, ips, domain, spec, sources, options.legacyDiscoveryNames ?? true);
    }
  }
  return rs.toArray();
}
