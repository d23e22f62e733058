// What the DNS servers of a DC/OS cluster hold for a `/state`, as the service-discovery figures show
// it: Mesos-DNS's records configured as DC/OS configures it, and dcos-dns's own zones. Pure (no DOM).
// Sources: dcos/dcos gen/calc.py (`mesos_dns_ip_sources` default ["host", "netinfo"]); mesos-dns
// records/config.go (TTL 60); dcos/dcos-net apps/dcos_dns (TTL 5 in dcos_dns.hrl; the
// dcos.thisdcos.directory zone with `leader` and `master`; the mesos.thisdcos.directory zone, Mesos-DNS's
// records copied from its /v1/axfr with `.mesos` renamed, in dcos_dns_poll_server.erl).
import {dcosDnsRecords} from "../dcosdns.js";
import {canonicalIp} from "../ip.js";
import {mesosDnsRecords} from "../mesosdns.js";
import {RecordSet, sortDnsRecords, splitSrvValue, type DnsRecord} from "../records.js";
import {parseMesosPid} from "../../state/pid.js";
import type {MesosState} from "../../state/types.js";

/** DC/OS's Mesos-DNS IP sources: the agent's address first, so `.mesos` names give agent IPs. */
export const DCOS_IP_SOURCES: readonly string[] = ["host", "netinfo"];
/** Mesos-DNS's own default, where a container's address wins. */
export const MESOS_DNS_IP_SOURCES: readonly string[] = ["netinfo", "mesos", "host"];
export const MESOS_DNS_TTL = 60;
/** How often Mesos-DNS reads the master's state in DC/OS (DC/OS 2.1 docs, Networking › DNS › Mesos-DNS). */
export const MESOS_DNS_POLL_SECONDS = 30;
export const DCOS_DNS_TTL = 5;
/** dcos-dns listens on every node on the `spartan` dummy interface (198.51.100.1 to .3). */
export const DCOS_DNS_ADDRESS = "198.51.100.1";
/** Mesos-DNS on the masters, where dcos-dns forwards `.mesos` (the port DC/OS gives it). */
export const MESOS_DNS_PORT = 61053;
/** dcos-net's default upstream resolvers. */
export const UPSTREAM_RESOLVERS: readonly string[] = ["8.8.8.8", "4.2.2.1"];

export const DCOS_ZONE = "dcos.thisdcos.directory";
export const MIRROR_ZONE = "mesos.thisdcos.directory";

/**
 * The masters as `ip:port`: the hosts of the `zk` flag when they are addresses and include the leader
 * (ZooKeeper on the masters, as DC/OS runs it, with a static list), else the leader alone. A loopback
 * `zk://127.0.0.1` is a local ZooKeeper, not a list of masters. The port is the `port` flag (default 5050).
 */
export function mastersOfState(state: MesosState): string[] {
  const port = state.flags?.port ?? "5050";
  const leader = parseMesosPid(state.leader);
  const zk = /^zk:\/\/(?:[^@/]*@)?([^/]*)/.exec(state.flags?.zk ?? "")?.[1] ?? "";
  const hosts = zk
    .split(",")
    .map((hp) => canonicalIp(hp.replace(/:\d+$/, ""))?.ip)
    .filter((ip): ip is string => ip !== undefined && !ip.startsWith("127.") && ip !== "::1");
  if (leader && hosts.includes(canonicalIp(leader.host)?.ip ?? "")) return hosts.map((ip) => `${ip}:${port}`);
  return leader ? [`${leader.host}:${leader.port}`] : [];
}

/** The leading master's address, from `leader`. */
export function leaderIp(state: MesosState): string | undefined {
  return canonicalIp(parseMesosPid(state.leader)?.host)?.ip;
}

export interface ClusterDns {
  /** Mesos-DNS's records (`*.mesos.`). */
  mesos: DnsRecord[];
  /** dcos-dns's task and VIP records, plus `leader` and `master` in dcos.thisdcos.directory. */
  dcos: DnsRecord[];
  masters: string[];
  leader?: string;
}

export interface ClusterDnsOptions {
  ipSources?: readonly string[];
}

export function clusterDns(state: MesosState, {ipSources = DCOS_IP_SOURCES}: ClusterDnsOptions = {}): ClusterDns {
  const masters = mastersOfState(state);
  const mesos = mesosDnsRecords(state, {ipSources, masters});
  const extra = new RecordSet();
  const leader = leaderIp(state);
  if (leader) extra.add(`leader.${DCOS_ZONE}.`, "A", leader);
  for (const m of masters) {
    const ip = canonicalIp(m.replace(/:\d+$/, ""));
    if (ip) extra.add(`master.${DCOS_ZONE}.`, ip.type, ip.ip);
  }
  const dcos = sortDnsRecords([...dcosDnsRecords(state), ...extra.toArray()]);
  return {mesos, dcos, masters, ...(leader ? {leader} : {})};
}

const toMirror = (name: string) => (name.endsWith(".mesos.") ? `${name.slice(0, -"mesos.".length)}${MIRROR_ZONE}.` : name);

/** Mesos-DNS's records as dcos-dns serves them again under mesos.thisdcos.directory. */
export function mirrorRecords(mesos: readonly DnsRecord[]): DnsRecord[] {
  return mesos.map((r) => {
    if (r.type !== "SRV") return {...r, name: toMirror(r.name)};
    const {target, port} = splitSrvValue(r.value);
    return {...r, name: toMirror(r.name), value: `${toMirror(target)}:${port}`};
  });
}

/** A short text for a record's value: SRV `target:port` reads as `port 80 on target`. */
export function describeValue(r: DnsRecord): string {
  if (r.type !== "SRV") return r.value;
  const {target, port} = splitSrvValue(r.value);
  return `${target} port ${port}`;
}
