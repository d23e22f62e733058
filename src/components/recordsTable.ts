// A table of DNS records, from Mesos-DNS and dcos-dns, marking what changed since the last view
// ("new" and "gone" in words, not colour alone). Long tables scroll inside a focusable region.
import {compareDnsRecords, type DnsRecord} from "../lib/discovery/records.js";
import {describeValue} from "../lib/discovery/view/cluster-dns.js";
import {h} from "./dom.js";

export type DnsServerName = "Mesos-DNS" | "dcos-dns";

export interface RecordRow {
  server: DnsServerName;
  record: DnsRecord;
  change?: "added" | "removed";
}

const key = (r: RecordRow) => `${r.server} ${r.record.type} ${r.record.name} ${r.record.value}`;

export function recordRows(mesos: readonly DnsRecord[], dcos: readonly DnsRecord[]): RecordRow[] {
  return [...mesos.map((record) => ({server: "Mesos-DNS" as const, record})), ...dcos.map((record) => ({server: "dcos-dns" as const, record}))];
}

/** `after` with each row new since `before` marked added, plus `before`'s vanished rows marked removed; sorted. */
export function diffRecordRows(before: readonly RecordRow[] | undefined, after: readonly RecordRow[]): RecordRow[] {
  if (!before) return after.map((r) => ({server: r.server, record: r.record}));
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  const rows: RecordRow[] = [
    ...after.map((r) => (old.has(key(r)) ? {server: r.server, record: r.record} : {server: r.server, record: r.record, change: "added" as const})),
    ...before.filter((r) => !now.has(key(r))).map((r) => ({server: r.server, record: r.record, change: "removed" as const}))
  ];
  // What changed comes first, so it is in view without scrolling; then Mesos-DNS before dcos-dns.
  const rank = (r: RecordRow) => (r.change === "added" ? 0 : r.change === "removed" ? 1 : 2);
  const server = (r: RecordRow) => (r.server === "Mesos-DNS" ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || server(a) - server(b) || compareDnsRecords(a.record, b.record));
}

export function countChanges(rows: readonly RecordRow[], server?: DnsServerName): {added: number; removed: number} {
  const of = rows.filter((r) => server === undefined || r.server === server);
  return {added: of.filter((r) => r.change === "added").length, removed: of.filter((r) => r.change === "removed").length};
}

export interface RecordsTableOptions {
  caption: string;
  /** At most this many rows are drawn; a note says how many more there are. */
  limit?: number;
  /** Height of the scrolling region, CSS. */
  maxHeight?: string;
}

export function recordsTable(rows: readonly RecordRow[], {caption, limit = 300, maxHeight = "22rem"}: RecordsTableOptions): HTMLElement {
  const shown = rows.slice(0, limit);
  const table = h(
    "table",
    {class: "records-table"},
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h("tr", {}, h("th", {scope: "col"}, "Change"), h("th", {scope: "col"}, "Server"), h("th", {scope: "col"}, "Name"), h("th", {scope: "col"}, "Type"), h("th", {scope: "col"}, "Answer"))
    ),
    h(
      "tbody",
      {},
      shown.map((r) =>
        h(
          "tr",
          {class: r.change ? `is-${r.change}` : null, "data-server": r.server},
          h("td", {class: "records-change"}, r.change === "added" ? "new" : r.change === "removed" ? "gone" : ""),
          h("td", {class: "records-server"}, r.server),
          h("td", {}, h("code", {}, r.record.name)),
          h("td", {}, r.record.type),
          h("td", {}, h("code", {}, describeValue(r.record)))
        )
      )
    )
  );
  const region = h("div", {class: "records-scroll", role: "region", tabindex: 0, "aria-label": caption, style: `max-height:${maxHeight};overflow:auto`}, table);
  const more = rows.length > shown.length ? h("p", {class: "records-more"}, `Showing the first ${shown.length} of ${rows.length} records.`) : null;
  return h("div", {class: "records-table-wrap"}, region, more);
}
