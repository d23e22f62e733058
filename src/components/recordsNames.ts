// One task under every naming scheme, side by side: the name, what it returns now, and which of the
// answers are this task's own (marked "this task" in words, not only in bold). Rows are grouped by the
// server that answers them.
import {describeValue} from "../lib/discovery/view/cluster-dns.js";
import {h} from "./dom.js";
import type {NameRow} from "../lib/discovery/view/task-names.js";

const SERVER_TITLE: Record<NameRow["server"], string> = {
  "Mesos-DNS": "Mesos-DNS (names ending in .mesos, answered on the masters)",
  "dcos-dns": "dcos-dns (names ending in thisdcos.directory, answered on every node)"
};

export function namesTable(rows: readonly NameRow[], caption: string): HTMLElement {
  const groups = (["Mesos-DNS", "dcos-dns"] as const).map((server) => ({server, rows: rows.filter((r) => r.server === server)})).filter((g) => g.rows.length);
  return h(
    "div",
    {class: "names-wrap"},
    h(
      "table",
      {class: "names-table"},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Name and scheme"), h("th", {scope: "col"}, "Type"), h("th", {scope: "col"}, "Returns now"))),
      groups.map((g) =>
        h(
          "tbody",
          {"data-server": g.server},
          h("tr", {class: "names-group"}, h("th", {scope: "rowgroup", colspan: 3}, SERVER_TITLE[g.server])),
          g.rows.map((row) =>
            h(
              "tr",
              {"data-scheme": row.scheme},
              h("td", {}, h("code", {}, row.name), h("span", {class: "names-scheme"}, row.note ? `${row.scheme}: ${row.note}` : row.scheme)),
              h("td", {}, row.qtype),
              h(
                "td",
                {},
                row.answers.length
                  ? h(
                      "ul",
                      {class: "names-answers"},
                      row.answers.map((r, i) =>
                        h("li", {class: row.mine[i] ? "is-mine" : null}, h("code", {}, describeValue(r)), row.mine[i] && row.answers.length > 1 ? h("span", {class: "names-this"}, " this task") : null)
                      )
                    )
                  : h("span", {class: "names-none"}, "nothing (no data)")
              )
            )
          )
        )
      )
    )
  );
}
