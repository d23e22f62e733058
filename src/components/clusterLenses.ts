// Three of the lenses the "Your cluster" chapter turns on a chosen cluster: a summary (masters, agents
// by type, frameworks, tasks by state, resources), the roles' dominant shares as DRF weighs them, and
// the DNS records of Mesos-DNS and dcos-dns. The fourth, the architecture drawing, is archNodes.
// Every name from the state is rendered as text.
import {clusterDns, mastersOfState} from "../lib/discovery/view/cluster-dns.js";
import {SHARE_RESOURCES, type Amounts, type Cluster, type ShareResource} from "../lib/state/cluster.js";
import {h, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";
import {recordRows, recordsTable} from "./recordsTable.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const FORMAT: Record<Cluster["format"], string> = {
  "mesos-state": "a Mesos master /state",
  "operator-get-state": "an operator API GET_STATE response",
  "operator-stream": "an operator API SUBSCRIBE stream, its events applied in order",
  marathon: "Marathon's view alone"
};
const UNIT: Record<ShareResource, string> = {cpus: "CPUs", mem: "MB memory", disk: "MB disk", gpus: "GPUs"};
const number = (n: number) => (Number.isInteger(n) ? n.toLocaleString("en-US") : n.toLocaleString("en-US", {maximumFractionDigits: 2}));
const percent = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1)}%`;
const ROWS = 50;

function more(total: number): HTMLElement | string {
  return total > ROWS ? h("p", {class: "yc-more"}, `The first ${ROWS} of ${total} are listed.`) : "";
}

/** Numbers at a glance, then the agents and frameworks as tables. */
export function clusterSummary(cluster: Cluster, label: string): HTMLElement {
  const masters = mastersOfState(cluster.state);
  const pub = cluster.agents.filter((a) => a.kind === "public");
  const zones = [...new Set(cluster.agents.map((a) => a.zone).filter((z): z is string => z !== undefined))];
  const active = cluster.tasks.filter((t) => !t.completed);
  const used = cluster.agents.reduce((sum, a) => sum + a.used.cpus, 0);
  const states = Object.entries(cluster.tasksByState).sort((a, b) => b[1] - a[1]);
  const tile = (title: string, big: string, ...detail: (string | Node)[]) => h("div", {class: "yc-tile"}, h("span", {class: "yc-tile-title"}, title), h("strong", {class: "yc-tile-big"}, big), h("span", {class: "yc-tile-detail"}, ...detail));

  const tiles = h(
    "div",
    {class: "yc-tiles"},
    tile("Masters", String(masters.length), cluster.leader ? `leader ${cluster.leader.replace(/^master@/, "")}` : "no leader in this document"),
    tile("Agents", String(cluster.agents.length), `${cluster.agents.length - pub.length} private, ${pub.length} public`, zones.length ? `; zones ${zones.join(", ")}` : ""),
    tile("Frameworks", String(cluster.frameworks.length), cluster.frameworks.slice(0, 4).map((f) => f.name || f.id).join(", ") + (cluster.frameworks.length > 4 ? ", …" : "")),
    tile("Tasks", String(cluster.tasks.length), states.map(([s, n]) => `${n} ${s.replace(/^TASK_/, "").toLowerCase()}`).join(", ") || "none"),
    tile("CPUs", number(cluster.totals.cpus), `${number(used)} used by active tasks`),
    tile("Memory", `${number(Math.round(cluster.totals.mem / 1024))} GB`, `${number(cluster.totals.mem)} MB in all`)
  );

  const agentRows = cluster.agents.slice(0, ROWS).map((a) =>
    h(
      "tr",
      {},
      h("td", {}, h("code", {}, a.host)),
      h("td", {}, a.kind === "public" ? "public" : "private"),
      h("td", {}, a.zone ?? "—"),
      h("td", {}, `${number(a.used.cpus)} of ${number(a.resources.cpus)}`),
      h("td", {}, `${number(a.used.mem)} of ${number(a.resources.mem)}`),
      h("td", {}, String(a.tasks))
    )
  );
  const frameworkRows = cluster.frameworks.slice(0, ROWS).map((f) =>
    h("tr", {}, h("td", {}, f.name || h("em", {}, "(no name)")), h("td", {}, h("code", {}, f.role)), h("td", {}, f.active ? "yes" : "no"), h("td", {}, String(f.tasks)), h("td", {}, number(f.used.cpus)), h("td", {}, number(f.used.mem)))
  );
  const apps = cluster.marathon?.apps ?? [];
  const appRows = apps.slice(0, ROWS).map((a) => h("tr", {}, h("td", {}, h("code", {}, a.id)), h("td", {}, h("code", {}, a.taskName)), h("td", {}, String(a.instances)), h("td", {}, String(a.running))));
  return h(
    "section",
    {class: "yc-summary", "aria-label": `Summary of ${label}`},
    h("p", {class: "yc-source"}, `Read from ${FORMAT[cluster.format]}${cluster.version ? `, Mesos ${cluster.version}` : ""}. ${plural(active.length, "task")} active.`),
    tiles,
    h(
      "div",
      {class: "yc-tables"},
      table("Agents", ["Host", "Type", "Zone", "CPUs used", "Memory used (MB)", "Tasks"], agentRows, cluster.agents.length),
      table("Frameworks", ["Name", "Role", "Active", "Tasks", "CPUs", "Memory (MB)"], frameworkRows, cluster.frameworks.length),
      apps.length ? table("Marathon apps", ["App", "Mesos task name", "Instances", "Running"], appRows, apps.length) : ""
    )
  );
}

/** A captioned table of at most ROWS rows, saying how many there are in all. */
function table(caption: string, columns: readonly string[], rows: HTMLElement[], total: number): HTMLElement {
  return h(
    "div",
    {class: "yc-table-wrap"},
    h(
      "table",
      {class: "yc-table"},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", {scope: "col"}, c)))),
      h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", {colspan: columns.length}, `No ${caption.toLowerCase()} in this document.`)))
    ),
    more(total)
  );
}

/** A sentence on who DRF would serve next: the role with the lowest dominant share. */
export function nextRoleSentence(cluster: Cluster): string {
  const roles = cluster.roles;
  if (!roles.length) return "No framework holds resources, so there are no shares to compare.";
  const lowest = [...roles].sort((a, b) => a.dominantShare - b.dominantShare || a.role.localeCompare(b.role))[0]!;
  if (roles.length === 1) return `Only the role ${lowest.role} holds resources: DRF has no one to weigh it against, so it is offered whatever is free.`;
  return `DRF offers free resources first to the role with the lowest dominant share: ${lowest.role}, at ${percent(lowest.dominantShare)}${lowest.dominant ? ` (its ${UNIT[lowest.dominant]})` : ""}.`;
}

/** The roles' shares of each resource, the dominant one marked, as HTML bars with the numbers in text. */
export function roleSharesFigure(cluster: Cluster): HTMLElement {
  const frame = figureFrame({
    title: "Dominant shares of this cluster's roles",
    description:
      "For each role, a bar per resource shows the fraction of the whole cluster its frameworks hold; the dominant share, the largest, is marked. The role with the lowest dominant share is the one DRF offers resources to first.",
    keep: 2,
    className: "yc-shares"
  });
  const resources = SHARE_RESOURCES.filter((r) => cluster.totals[r] > 0);
  const totals = resources.map((r) => `${number(cluster.totals[r])} ${UNIT[r]}`).join(", ");
  const rows = cluster.roles.map((role) =>
    h(
      "li",
      {class: "yc-role"},
      h("p", {class: "yc-role-head"}, h("code", {}, role.role), ` — dominant share ${percent(role.dominantShare)}${role.dominant ? ` of ${UNIT[role.dominant]}` : ""}; frameworks: `, role.frameworks.join(", ")),
      h(
        "ul",
        {class: "yc-bars"},
        resources.map((r) =>
          h(
            "li",
            {class: `yc-bar${r === role.dominant ? " is-dominant" : ""}`},
            h("span", {class: "yc-bar-name"}, r),
            h("span", {class: "yc-bar-track", "aria-hidden": "true"}, h("span", {class: "yc-bar-fill", style: `width:${Math.min(100, role.shares[r] * 100)}%`})),
            h("span", {class: "yc-bar-value"}, `${percent(role.shares[r])} (${number((role.allocated as Amounts)[r])})${r === role.dominant ? " dominant" : ""}`)
          )
        )
      )
    )
  );
  frame.body.append(
    h("p", {}, `Shares of the whole cluster: ${totals || "no resources are listed"}. Allocations are the frameworks' used resources where the state gives them, otherwise the sum of their active tasks.`),
    rows.length ? h("ol", {class: "yc-roles"}, rows) : h("p", {}, "No role holds resources."),
    h("p", {class: "yc-next"}, nextRoleSentence(cluster))
  );
  frame.narrate(nextRoleSentence(cluster));
  return frame.root;
}

/** The records of both DNS servers for the cluster, with a filter by name or answer. */
export function clusterRecordsFigure(cluster: Cluster): HTMLElement {
  const frame = figureFrame({
    title: "The DNS records of this cluster",
    description: "Every record Mesos-DNS and dcos-dns would serve for the chosen cluster, in a table you can filter by name or answer.",
    keep: 2,
    className: "yc-records"
  });
  const id = uniqueId("yc-filter");
  const dns = clusterDns(cluster.state);
  const rows = recordRows(dns.mesos, dns.dcos);
  const filter = h("input", {type: "search", id, autocomplete: "off", placeholder: "e.g. marathon"});
  const wrap = h("div", {});
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = q ? rows.filter((r) => r.record.name.includes(q) || r.record.value.includes(q)) : rows;
    wrap.replaceChildren(recordsTable(shown, {caption: q ? `Records whose name or answer contains “${q}”` : "Every record of this cluster", limit: 300}));
  };
  filter.addEventListener("input", draw);
  frame.controls.append(h("label", {for: id}, "Filter"), filter);
  frame.body.append(h("p", {}, `Mesos-DNS: ${plural(dns.mesos.length, "record")}; dcos-dns: ${plural(dns.dcos.length, "record")}. Mesos-DNS is configured as DC/OS configures it, with the agent's address first.`), wrap);
  draw();
  frame.narrate(`${plural(rows.length, "record")} for this cluster.`);
  return frame.root;
}
