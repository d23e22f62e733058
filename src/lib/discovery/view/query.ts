// One DNS query through a DC/OS node, as the "type a name" figure traces it. Pure (no DOM).
// The path: the task's resolver asks dcos-dns on its own agent; dcos-dns answers the
// `thisdcos.directory` zones itself, forwards `.mesos` to Mesos-DNS on the masters (to several at once,
// taking the first answer) and everything else to the upstream resolvers.
// Sources: dcos/dcos-net apps/dcos_dns/src/dcos_dns_router.erl and docs/dcos_dns.md; DC/OS 2.1
// documentation, Networking › DNS; mesos-dns resolver/resolver.go (answers, and NOERROR for every SRV
// query it cannot match).
import {resolveDns, srvAdditionals, type DnsQueryType} from "../resolver.js";
import {compareDnsRecords, type DnsRecord} from "../records.js";
import {DCOS_DNS_ADDRESS, DCOS_DNS_TTL, MESOS_DNS_PORT, MESOS_DNS_TTL, MIRROR_ZONE, UPSTREAM_RESOLVERS, mirrorRecords, type ClusterDns} from "./cluster-dns.js";

export type DnsServer = "mesos-dns" | "dcos-dns" | "upstream";

export interface Hop {
  role: "task" | DnsServer;
  title: string;
  detail: string;
}

export interface QueryOutcome {
  name: string;
  qtype: DnsQueryType;
  server: DnsServer;
  hops: Hop[];
  /** Absent when the answer comes from outside the cluster (not modelled). */
  rcode?: "NOERROR" | "NXDOMAIN";
  answers: DnsRecord[];
  additionals: DnsRecord[];
  ttl?: number;
  /** One or two plain sentences on what the answer means. */
  explain: string;
  /** For NXDOMAIN: the closest names the server does know. */
  suggestions: string[];
}

export function routeOf(name: string): DnsServer {
  if (name === "mesos." || name.endsWith(".mesos.")) return "mesos-dns";
  if (name === "thisdcos.directory." || name.endsWith(".thisdcos.directory.")) return "dcos-dns";
  return "upstream";
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

export function nearestNames(records: readonly DnsRecord[], name: string, n = 2): string[] {
  // Compare like with like: SRV names (starting with `_`) with SRV names, host names with host names.
  const names = [...new Set(records.map((r) => r.name))].filter((x) => x.startsWith("_") === name.startsWith("_"));
  const [head = "", ...rest] = name.split(".");
  const tail = rest.join(".");
  // `postgres.marathon.mesos` for `postgres-data.marathon.mesos`: a group name left out of the label.
  const partial = (x: string) => {
    const [h = "", ...r] = x.split(".");
    return r.join(".") === tail && head.length >= 3 && h !== head && h.startsWith(head);
  };
  return names
    .map((x) => ({x, d: partial(x) ? 1 + distance(x, name) / 1000 : distance(x, name)}))
    .filter(({d}) => d <= Math.max(2, Math.round(name.length * 0.12)))
    .sort((a, b) => a.d - b.d || (a.x < b.x ? -1 : 1))
    .slice(0, n)
    .map(({x}) => x);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `name` is checked and normalised (lower case, final dot), as checkDnsName returns it. */
export function traceQuery(dns: ClusterDns, name: string, qtype: DnsQueryType, {agent = "10.0.1.21"}: {agent?: string} = {}): QueryOutcome {
  const server = routeOf(name);
  const hops: Hop[] = [
    {role: "task", title: `A task on agent ${agent}`, detail: `Its resolver (/etc/resolv.conf) points at dcos-dns on the same agent, ${DCOS_DNS_ADDRESS}.`}
  ];
  const masters = dns.masters.map((m) => m.replace(/:\d+$/, ""));
  if (server === "mesos-dns") {
    hops.push({role: "dcos-dns", title: `dcos-dns on ${agent}`, detail: "The name ends in .mesos, so it forwards the query to the masters."});
    hops.push({
      role: "mesos-dns",
      title: `Mesos-DNS on the masters`,
      detail: `${masters.join(", ") || "the masters"}, port ${MESOS_DNS_PORT}: asked together, the first answer wins.`
    });
  } else if (server === "dcos-dns") {
    hops.push({role: "dcos-dns", title: `dcos-dns on ${agent}`, detail: "The name is in a thisdcos.directory zone: dcos-dns answers from its own copy, without leaving the agent."});
  } else {
    hops.push({role: "dcos-dns", title: `dcos-dns on ${agent}`, detail: "The name is not in a cluster zone, so it forwards the query out of the cluster."});
    hops.push({role: "upstream", title: "Upstream resolvers", detail: `${UPSTREAM_RESOLVERS.join(" and ")} unless you set \`resolvers\` at install time.`});
    return {
      name,
      qtype,
      server,
      hops,
      answers: [],
      additionals: [],
      explain: "This name is outside the cluster: the answer comes from the internet's DNS, which this figure does not reach. Cluster names end in .mesos or .thisdcos.directory.",
      suggestions: []
    };
  }

  const records = server === "mesos-dns" ? dns.mesos : name.endsWith(`.${MIRROR_ZONE}.`) ? mirrorRecords(dns.mesos) : dns.dcos;
  const ttl = server === "mesos-dns" ? MESOS_DNS_TTL : DCOS_DNS_TTL;
  const res = resolveDns(records, name, qtype);
  const known = records.filter((r) => r.name === name).sort(compareDnsRecords);
  // Mesos-DNS says NOERROR to every SRV query; dcos-dns, like any server, says NXDOMAIN for a name it lacks.
  const rcode = server === "dcos-dns" && known.length === 0 ? "NXDOMAIN" : res.rcode;
  const additionals = srvAdditionals(records, res.answers);
  const who = server === "mesos-dns" ? "Mesos-DNS" : "dcos-dns";
  let explain: string;
  let suggestions: string[] = [];
  if (res.answers.length > 0) {
    const srv = res.answers.filter((r) => r.type === "SRV").length;
    explain = `${who} knows the name and returns ${plural(res.answers.length, "record")}${srv ? `; each SRV record names a host and a port, and the additional section gives the host's address` : ""}. Resolvers may cache the answer for ${ttl} seconds.`;
  } else if (rcode === "NXDOMAIN") {
    explain = `${who} has no record of any type under this name. Check the spelling, the framework, and whether the task is running.`;
    suggestions = nearestNames(records, name);
  } else if (known.length > 0) {
    const types = [...new Set(known.map((r) => r.type))].join(" and ");
    explain = `The name exists, but only with ${types} records, not ${qtype}. Ask for ${types} (or ANY).`;
  } else {
    explain = `${who} has no such SRV name, but it answers every SRV query it cannot match with an empty NOERROR rather than NXDOMAIN. An empty answer does not prove the name exists.`;
    suggestions = nearestNames(records, name);
  }
  return {name, qtype, server, hops, rcode, answers: res.answers, additionals, ttl, explain, suggestions};
}
