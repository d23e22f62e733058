// Every name one task answers to, under each naming scheme, with what each name returns now. Pure (no
// DOM). Mesos-DNS: the app name, the task's own canonical name, the `.slave` form and the SRV name (and,
// when the DiscoveryInfo name is not a valid label, the same again under the raw name); dcos-dns: the
// agentip, containerip and autoip names, the named VIPs of its ports, and the mirror of Mesos-DNS.
// Sources: mesos-dns records/generator.go; dcos-net dcos_dns_mesos.erl, dcos_l4lb_lashup_vip_listener.erl.
import {dcosNetLabel} from "../dcosnet-labels.js";
import {dcosDnsTaskName} from "../dcosdns.js";
import {sanitizeDomain, sanitizeLabel} from "../labels.js";
import {isTerminalState} from "../mutate.js";
import {resolveDns} from "../resolver.js";
import {splitSrvValue, type DnsRecord} from "../records.js";
import {vipsOfState} from "../vips.js";
import {mesosDnsTaskHash} from "../zbase32.js";
import {slaveIdTail} from "../../state/accessors.js";
import type {MesosState, MesosTask} from "../../state/types.js";
import {MIRROR_ZONE, mirrorRecords, type ClusterDns} from "./cluster-dns.js";

export interface NameRow {
  server: "Mesos-DNS" | "dcos-dns";
  scheme: string;
  name: string;
  qtype: "A" | "SRV";
  answers: DnsRecord[];
  /** Which answers point at this task (the others are the app's other tasks). */
  mine: boolean[];
  note?: string;
}

export function findRunningTask(state: MesosState, taskId: string): {framework: string; task: MesosTask} | undefined {
  for (const f of state.frameworks ?? []) {
    const task = (f.tasks ?? []).find((t) => t.id === taskId && !isTerminalState(t.state));
    if (task) return {framework: f.name ?? "", task};
  }
  return undefined;
}

/** The names one app's records may start with: its Mesos-DNS label, raw DiscoveryInfo name and dcos-dns label. */
export function appNameVariants(task: Pick<MesosTask, "name" | "discovery">): string[] {
  const raw = task.discovery?.name || task.name;
  return [...new Set([sanitizeLabel(raw), raw.toLowerCase(), dcosNetLabel(raw)])].filter((v) => v !== "");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a record is about the app whose name variants (and VIP names) are given. */
export function recordOfApp(r: DnsRecord, variants: readonly string[], vipNames: readonly string[] = []): boolean {
  if (vipNames.includes(r.name)) return true;
  // SRV names: `_app._tcp.…` or `_port._app._tcp.…` (the app part may hold dots when raw).
  const srv = /^(?:_[^.]+\.)?_(.+?)\._(?:tcp|udp)\./.exec(r.name);
  if (srv) return variants.includes(srv[1]!);
  return variants.some((v) => r.name.startsWith(`${v}.`) || new RegExp(`^${escape(v)}-[a-z0-9]{5}-[a-z0-9]+\\.`).test(r.name));
}

export function taskNameRows(state: MesosState, dns: ClusterDns, taskId: string): NameRow[] {
  const found = findRunningTask(state, taskId);
  if (!found) return [];
  const {framework, task} = found;
  const raw = task.discovery?.name || task.name;
  const label = sanitizeLabel(raw);
  const fw = sanitizeDomain(framework);
  const canonical = `${label}-${mesosDnsTaskHash(task.id)}-${slaveIdTail(task.slave_id)}`;
  const mirror = mirrorRecords(dns.mesos);
  const rows: NameRow[] = [];
  const add = (server: NameRow["server"], scheme: string, name: string, qtype: "A" | "SRV", mineOf: (r: DnsRecord) => boolean, note?: string) => {
    const records = server === "Mesos-DNS" ? dns.mesos : name.endsWith(`.${MIRROR_ZONE}.`) ? mirror : dns.dcos;
    const answers = resolveDns(records, name, qtype).answers;
    rows.push({server, scheme, name, qtype, answers, mine: answers.map(mineOf), ...(note ? {note} : {})});
  };
  const canonicalA = new Set(dns.mesos.filter((r) => r.name === `${canonical}.${fw}.mesos.`).map((r) => r.value));
  const agentA = new Set(dns.mesos.filter((r) => r.name === `${canonical}.${fw}.slave.mesos.`).map((r) => r.value));
  const mineA = (set: Set<string>) => (r: DnsRecord) => set.has(r.value);
  const mineSrv = (r: DnsRecord) => splitSrvValue(r.value).target.startsWith(`${canonical}.`);

  add("Mesos-DNS", "the app (every task)", `${label}.${fw}.mesos.`, "A", mineA(canonicalA));
  add("Mesos-DNS", "this task only", `${canonical}.${fw}.mesos.`, "A", () => true, "the app name, a hash of the task ID and the agent ID's tail");
  add("Mesos-DNS", "the agents of the app", `${label}.${fw}.slave.mesos.`, "A", mineA(agentA), "always agent addresses");
  add("Mesos-DNS", "SRV: host and port", `_${label}._tcp.${fw}.mesos.`, "SRV", mineSrv);
  if (raw !== label) add("Mesos-DNS", "the raw name, unsanitised", `${raw.toLowerCase()}.${fw}.mesos.`, "A", mineA(canonicalA), "Mesos-DNS also keeps the DiscoveryInfo name as written");
  const ipOf = (kind: "agentip" | "containerip" | "autoip") => dcosDnsTaskName(raw, framework, kind);
  add("dcos-dns", "agentip", ipOf("agentip"), "A", mineA(agentA), "the agent's address");
  add("dcos-dns", "containerip", ipOf("containerip"), "A", () => false, "the container's own address");
  add("dcos-dns", "autoip", ipOf("autoip"), "A", () => false, "the address most likely to reach the port");
  add("dcos-dns", "mirror of Mesos-DNS", `${label}.${fw}.${MIRROR_ZONE}.`, "A", mineA(canonicalA));
  for (const vip of vipsOfState(state)) {
    const b = vip.backends.filter((x) => x.taskId === task.id);
    if (!vip.dnsName || b.length === 0) continue;
    add("dcos-dns", `named VIP ${vip.label}:${vip.port}`, vip.dnsName, "A", () => false, `port ${vip.port}, balanced over ${vip.backends.length} backend${vip.backends.length === 1 ? "" : "s"}`);
  }
  // containerip/autoip answers are this task's own when they equal its addresses.
  const own = new Set(
    (task.statuses ?? []).flatMap((s) => s.container_status?.network_infos ?? []).flatMap((ni) => ni.ip_addresses ?? []).map((a) => a.ip_address ?? "")
  );
  for (const row of rows) if (row.scheme === "containerip" || row.scheme === "autoip") row.mine = row.answers.map((r) => own.has(r.value) || agentA.has(r.value));
  return rows;
}
