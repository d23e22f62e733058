// Where Mesos-DNS finds a task's IP addresses.
// Source: mesosphere/mesos-dns records/state/state.go (`Task.IPs`, `sources`, `networkInfoIPs`,
// `dockerIPs`, `mesosIPs`, `statusIPs`, `hostIPs`) and its test `TestTask_IPs`.
//
// Sources are tried in the configured order; the first that yields at least one parsable address wins
// and only its addresses are used. Unknown source names are ignored. Container sources read the latest
// TASK_RUNNING status only.
import {labelValues, latestRunningStatus} from "../state/accessors.js";
import type {MesosTask, MesosTaskStatus} from "../state/types.js";
import {canonicalIp} from "./ip.js";

/** The IP sources Mesos-DNS knows (`IPSources` in its config). */
export type MesosDnsIpSource = "netinfo" | "docker" | "mesos" | "host";

/** Mesos-DNS's default order (records/config.go `NewConfig`). DC/OS configures `["host", "netinfo"]`. */
export const MESOS_DNS_DEFAULT_IP_SOURCES: readonly MesosDnsIpSource[] = ["netinfo", "mesos", "host"];

export const DOCKER_IP_LABEL = "Docker.NetworkSettings.IPAddress";
export const MESOS_IP_LABEL = "MesosContainerizer.NetworkSettings.IPAddress";

function fromLatestRunning(task: MesosTask, read: (s: MesosTaskStatus) => string[]): string[] {
  const s = latestRunningStatus(task);
  return s ? read(s) : [];
}

function networkInfoIps(s: MesosTaskStatus): string[] {
  const ips: string[] = [];
  for (const ni of s.container_status?.network_infos ?? []) {
    if (ni.ip_addresses && ni.ip_addresses.length > 0) {
      for (const a of ni.ip_addresses) ips.push(a.ip_address ?? "");
    } else if (ni.ip_address) {
      ips.push(ni.ip_address); // Mesos 0.25 wrote one `ip_address` per NetworkInfo.
    }
  }
  return ips;
}

/** Raw (unparsed) candidate addresses from one source. */
export function mesosDnsSourceIps(task: MesosTask, source: string, slaveIps: readonly string[]): string[] {
  switch (source) {
    case "host":
      return [...slaveIps];
    case "netinfo":
      return fromLatestRunning(task, networkInfoIps);
    case "docker":
      return fromLatestRunning(task, (s) => labelValues(s.labels, DOCKER_IP_LABEL));
    case "mesos":
      return fromLatestRunning(task, (s) => labelValues(s.labels, MESOS_IP_LABEL));
    default:
      return [];
  }
}

/** The task's addresses from the first populated source, canonicalised, with their record types. */
export function mesosDnsTaskIps(
  task: MesosTask,
  sources: readonly string[],
  slaveIps: readonly string[]
): {type: "A" | "AAAA"; ip: string}[] {
  for (const source of sources) {
    const ips = mesosDnsSourceIps(task, source, slaveIps)
      .map(canonicalIp)
      .filter((x): x is {type: "A" | "AAAA"; ip: string} => x !== null);
    if (ips.length > 0) return ips;
  }
  return [];
}
