// Mesos-DNS's cluster-level records: frameworks, agents ("slaves"), masters and the leader.
// Source: mesosphere/mesos-dns records/generator.go `frameworkRecords`, `slaveRecords`, `masterRecord`,
// `listenerRecord`, `hostToIPs`; records/state/state.go `Framework.HostPort`; expected records in
// records/generator_test.go `TestMasterRecord` and `TestInsertState`.
import {parseMesosPid, splitHostPort} from "../state/pid.js";
import type {MesosState} from "../state/types.js";
import {canonicalIp} from "./ip.js";
import {sanitizeDomain, type LabelSpec} from "./labels.js";
import type {RecordSet} from "./records.js";

export type HostnameResolver = (hostname: string) => readonly string[];

/** `hostToIPs`: an IP literal is itself; a name goes to the resolver (Mesos-DNS does a DNS lookup). */
export function hostToIps(host: string, resolve: HostnameResolver | undefined): {type: "A" | "AAAA"; ip: string}[] {
  const literal = canonicalIp(host);
  if (literal) return [literal];
  const out: {type: "A" | "AAAA"; ip: string}[] = [];
  for (const r of resolve ? resolve(host) : []) {
    const c = canonicalIp(r);
    if (c) out.push(c);
  }
  return out;
}

/**
 * `<framework>.<domain>.` → the scheduler's addresses (from its PID, else its hostname), and
 * `_framework._tcp.<framework>.<domain>.` → `<framework>.<domain>.:<pid port>` when the PID has a port.
 */
export function addFrameworkRecords(rs: RecordSet, state: MesosState, domain: string, spec: LabelSpec, resolve?: HostnameResolver): void {
  for (const f of state.frameworks ?? []) {
    const pid = parseMesosPid(f.pid);
    const host = pid ? pid.host : (f.hostname ?? "");
    const port = pid ? pid.port : "";
    const ips = hostToIps(host, resolve);
    if (ips.length === 0) continue;
    const a = `${sanitizeDomain(f.name ?? "", spec)}.${domain}.`;
    for (const ip of ips) rs.add(a, ip.type, ip.ip);
    if (port !== "") rs.add(`_framework._tcp.${a}`, "SRV", `${a}:${port}`);
  }
}

/**
 * `slave.<domain>.` → every agent's address (from its PID) and `_slave._tcp.<domain>.` →
 * `slave.<domain>.:<port>`. Returns each agent's addresses for the task records; an agent whose host is
 * not an address gets its host name through `DomainFrag` instead (Mesos-DNS issue #509).
 */
export function addSlaveRecords(
  rs: RecordSet,
  state: MesosState,
  domain: string,
  spec: LabelSpec,
  resolve?: HostnameResolver
): Map<string, string[]> {
  const slaveIps = new Map<string, string[]>();
  const a = `slave.${domain}.`;
  for (const slave of state.slaves ?? []) {
    const pid = parseMesosPid(slave.pid);
    const host = pid?.host ?? "";
    const ips = hostToIps(host, resolve);
    for (const ip of ips) rs.add(a, ip.type, ip.ip);
    if (ips.length > 0) rs.add(`_slave._tcp.${domain}.`, "SRV", `${a}:${pid?.port ?? ""}`);
    slaveIps.set(slave.id, ips.length > 0 ? ips.map((ip) => ip.ip) : [sanitizeDomain(host, spec)]);
  }
  return slaveIps;
}

/**
 * `leader.<d>.`, `master.<d>.`, `masterN.<d>.` and `_leader._tcp|_udp.<d>.` → `leader.<d>.:<port>`.
 * `masters` (`ip:port`) are numbered in list order, duplicates skipped; a leader missing from the list
 * gets the next number. A leader PID without `@` or port gives no records; so does a host that is not
 * an IP address (Mesos-DNS would panic there).
 */
export function addMasterRecords(rs: RecordSet, domain: string, masters: readonly string[], leader: string | undefined): void {
  const h = (leader ?? "").split("@");
  if (h.length < 2) return;
  const leaderAddress = h[1]!;
  const hp = splitHostPort(leaderAddress);
  if (!hp) return;
  const ip = canonicalIp(hp.host);
  if (!ip) return;
  rs.add(`leader.${domain}.`, ip.type, ip.ip);
  const all = `master.${domain}.`;
  rs.add(all, ip.type, ip.ip);
  const target = `leader.${domain}.:${hp.port}`;
  rs.add(`_leader._tcp.${domain}.`, "SRV", target);
  rs.add(`_leader._udp.${domain}.`, "SRV", target);

  let addedLeader = false;
  let idx = 0;
  for (const master of masters) {
    const mhp = splitHostPort(master);
    const mip = mhp ? canonicalIp(mhp.host) : null;
    if (!mip) continue;
    if (master !== leaderAddress && !rs.add(all, mip.type, mip.ip)) continue; // duplicate master
    if (master === leaderAddress && addedLeader) continue; // duplicate leader
    rs.add(`master${idx}.${domain}.`, mip.type, mip.ip);
    idx++;
    if (master === leaderAddress) addedLeader = true;
  }
  if (!addedLeader) rs.add(`master${idx}.${domain}.`, ip.type, ip.ip);
}
