// Answering a query from a record list the way Mesos-DNS's authoritative handler does.
// Source: mesosphere/mesos-dns resolver/resolver.go (`HandleMesos`, `handleSRV`, `handleA`,
// `handleAAAA`, `handleEmpty`, `cleanWild`) and resolver/resolver_test.go `TestHandlers`.
//
// - The query name is lower-cased and `.*` wildcards are removed; record names are matched exactly.
// - SRV, A and AAAA answer from their own records; ANY answers SRV, then A, then AAAA.
// - No answers: an SRV (or SOA/NS) query is still NOERROR; any other type is NXDOMAIN unless the name has
//   records of some type, which makes it NOERROR with no data.
// - Mesos-DNS adds the first A and first AAAA record of each SRV target as additional records
//   (`srvAdditionals`).
// Mesos-DNS shuffles answers for rudimentary load balancing; here they stay in sorted order.
import {compareDnsRecords, splitSrvValue, type DnsRecord} from "./records.js";

export type DnsQueryType = "A" | "AAAA" | "SRV" | "ANY";

export interface DnsResolution {
  rcode: "NOERROR" | "NXDOMAIN";
  answers: DnsRecord[];
}

/** Lower-case, strip `.*` wildcards, ensure the trailing dot. */
export function normalizeQueryName(qname: string): string {
  const name = qname.toLowerCase().split(".*").join("");
  return name.endsWith(".") ? name : `${name}.`;
}

export function resolveDns(records: readonly DnsRecord[], qname: string, qtype: DnsQueryType): DnsResolution {
  const name = normalizeQueryName(qname);
  const byName = records.filter((r) => r.name === name).sort(compareDnsRecords);
  const ofType = (t: DnsRecord["type"]) => byName.filter((r) => r.type === t);

  const answers: DnsRecord[] = [];
  if (qtype === "SRV" || qtype === "ANY") answers.push(...ofType("SRV"));
  if (qtype === "A" || qtype === "ANY") answers.push(...ofType("A"));
  if (qtype === "AAAA" || qtype === "ANY") answers.push(...ofType("AAAA"));

  let rcode: DnsResolution["rcode"] = "NOERROR";
  if (answers.length === 0 && qtype !== "SRV" && byName.length === 0) rcode = "NXDOMAIN";
  return {rcode, answers};
}

/** The additional section Mesos-DNS sends with SRV answers: per target, its first A and first AAAA record. */
export function srvAdditionals(records: readonly DnsRecord[], answers: readonly DnsRecord[]): DnsRecord[] {
  const additionals: DnsRecord[] = [];
  const seenTargets = new Set<string>();
  for (const srv of answers.filter((r) => r.type === "SRV")) {
    const {target} = splitSrvValue(srv.value);
    if (seenTargets.has(target)) continue;
    seenTargets.add(target);
    const targetRecords = records.filter((r) => r.name === target).sort(compareDnsRecords);
    const firstA = targetRecords.find((r) => r.type === "A");
    const firstAAAA = targetRecords.find((r) => r.type === "AAAA");
    if (firstA) additionals.push(firstA);
    if (firstAAAA) additionals.push(firstAAAA);
  }
  return additionals;
}
