// DNS records as the model hands them around, and the set that collects them.
// Mesos-DNS keeps one set per record type and name and ignores a second insert of the same value
// (mesosphere/mesos-dns records/generator.go `rrs.add`, test `TestNTasks`); so does RecordSet.

export type DnsRecordType = "A" | "AAAA" | "SRV";

/**
 * One resource record. `name` is fully qualified with the trailing dot. `value` is the address for A and
 * AAAA records and `target:port` for SRV records (target fully qualified, e.g.
 * `"big-dog-4dfjd-0.marathon.mesos.:80"`, as Mesos-DNS stores them; priority 0, weight 1).
 */
export interface DnsRecord {
  name: string;
  type: DnsRecordType;
  value: string;
}

const TYPE_ORDER: Record<DnsRecordType, number> = {A: 0, AAAA: 1, SRV: 2};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order: name, then A < AAAA < SRV, then value (plain code-unit string order). */
export function compareDnsRecords(a: DnsRecord, b: DnsRecord): number {
  return cmp(a.name, b.name) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || cmp(a.value, b.value);
}

/** Sorted copy without duplicates. */
export function sortDnsRecords(records: readonly DnsRecord[]): DnsRecord[] {
  const set = new RecordSet();
  for (const r of records) set.add(r.name, r.type, r.value);
  return set.toArray();
}

/** Splits an SRV value `target:port` at its last colon. */
export function splitSrvValue(value: string): {target: string; port: number} {
  const i = value.lastIndexOf(":");
  return {target: value.slice(0, i), port: Number(value.slice(i + 1))};
}

/** An insertion-ordered set of records keyed by (type, name, value). */
export class RecordSet {
  private readonly seen = new Set<string>();
  private readonly list: DnsRecord[] = [];

  /** Adds a record; false if the value is empty or already present (Mesos-DNS `rrs.add`). */
  add(name: string, type: DnsRecordType, value: string): boolean {
    if (value === "") return false;
    const key = `${type} ${name} ${value}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.list.push({name, type, value});
    return true;
  }

  get size(): number {
    return this.list.length;
  }

  toArray(): DnsRecord[] {
    return [...this.list].sort(compareDnsRecords);
  }
}
