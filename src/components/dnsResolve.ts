// "Type a name and resolve it": a name and a query type go in; out come the path the query takes
// through the node (the task's resolver, dcos-dns on the agent, then Mesos-DNS on the masters, dcos-dns
// itself, or the upstream resolvers), the records that answer, and what NOERROR or NXDOMAIN means here.
// A name that is not a valid DNS name gets a message saying what is wrong, and no lookup.
import type {DnsQueryType} from "../lib/discovery/resolver.js";
import type {MesosState} from "../lib/state/types.js";
import {clusterDns, describeValue, type ClusterDns} from "../lib/discovery/view/cluster-dns.js";
import {checkDnsName} from "../lib/discovery/view/name-check.js";
import {traceQuery, type QueryOutcome} from "../lib/discovery/view/query.js";
import {h, uniqueId} from "./dom.js";
import {errorBox, figureFrame} from "./figure.js";

export interface DnsResolveOptions {
  name?: string;
  qtype?: DnsQueryType;
  /** The agent the asking task runs on (default: the first agent). */
  agent?: string;
  /** Names offered as one-click examples, with their query type. */
  examples?: readonly {name: string; qtype: DnsQueryType}[];
}

export const QUERY_TYPES: readonly DnsQueryType[] = ["A", "AAAA", "SRV", "ANY"];

const DEFAULT_EXAMPLES: readonly {name: string; qtype: DnsQueryType}[] = [
  {name: "web.marathon.mesos", qtype: "A"},
  {name: "_web._tcp.marathon.mesos", qtype: "SRV"},
  {name: "web.marathon.l4lb.thisdcos.directory", qtype: "A"},
  {name: "postgres-data.marathon.containerip.dcos.thisdcos.directory", qtype: "A"},
  {name: "leader.mesos", qtype: "A"},
  {name: "web.marathon.mesos", qtype: "AAAA"},
  {name: "www.example.com", qtype: "A"}
];

const ROLE_LABEL: Record<string, string> = {task: "client", "dcos-dns": "dcos-dns", "mesos-dns": "Mesos-DNS", upstream: "outside"};

function traceList(outcome: QueryOutcome): HTMLElement {
  return h(
    "ol",
    {class: "dns-trace", "aria-label": "The path of the query"},
    outcome.hops.map((hop, i) =>
      h(
        "li",
        {class: `dns-hop is-${hop.role}`, "data-role": hop.role},
        i > 0 ? h("span", {class: "dns-arrow", "aria-hidden": "true"}, "→") : null,
        h("span", {class: "dns-hop-box"}, h("span", {class: "dns-hop-role"}, ROLE_LABEL[hop.role] ?? hop.role), h("strong", {}, hop.title), h("span", {class: "dns-hop-detail"}, hop.detail))
      )
    )
  );
}

function answerTable(outcome: QueryOutcome): HTMLElement | null {
  if (outcome.answers.length === 0) return null;
  const row = (r: {name: string; type: string}, value: string, section: string) =>
    h("tr", {"data-section": section}, h("td", {}, section), h("td", {}, h("code", {}, r.name)), h("td", {}, String(outcome.ttl ?? "")), h("td", {}, r.type), h("td", {}, h("code", {}, value)));
  return h(
    "table",
    {class: "dns-answers"},
    h("caption", {}, `Answer to ${outcome.qtype} ${outcome.name}`),
    h("thead", {}, h("tr", {}, ["Section", "Name", "TTL (s)", "Type", "Value"].map((c) => h("th", {scope: "col"}, c)))),
    h("tbody", {}, outcome.answers.map((r) => row(r, describeValue(r), "answer")), outcome.additionals.map((r) => row(r, r.value, "additional")))
  );
}

export function dnsResolveFigure(state: MesosState, {name = "web.marathon.mesos", qtype = "A", agent, examples = DEFAULT_EXAMPLES}: DnsResolveOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Type a name and resolve it",
    description:
      "A name field and a query type. Resolving shows the servers the query passes through, from the asking task to the server that answers, then the records returned and what the response code means. Examples fill in the field with one click.",
    keep: 4
  });
  const dns: ClusterDns = clusterDns(state);
  const from = agent ?? state.slaves?.[0]?.hostname ?? "an agent";
  const id = uniqueId("dns");
  const input = h("input", {type: "text", id: `${id}-name`, class: "dns-name", value: name, spellcheck: "false", autocomplete: "off", autocapitalize: "off", size: 44, "aria-describedby": `${id}-hint`});
  const select = h("select", {id: `${id}-type`}, QUERY_TYPES.map((t) => h("option", {value: t, selected: t === qtype}, t)));
  const resolveButton = h("button", {type: "button", class: "wb-button"}, "Resolve");
  const result = h("div", {class: "dns-result", "aria-live": "polite"});

  function run(announce = true): void {
    const checked = checkDnsName(input.value);
    input.setAttribute("aria-invalid", String(!checked.ok));
    if (!checked.ok) {
      result.replaceChildren(errorBox(checked.message));
      if (announce) frame.narrate(`Not looked up: ${checked.message}`);
      return;
    }
    const outcome = traceQuery(dns, checked.name, select.value as DnsQueryType, {agent: from});
    const code = outcome.rcode
      ? h("p", {class: `dns-rcode is-${outcome.rcode === "NXDOMAIN" ? "nx" : outcome.answers.length ? "ok" : "nodata"}`}, h("strong", {}, outcome.rcode === "NOERROR" && !outcome.answers.length ? "NOERROR, no data" : outcome.rcode), " ", outcome.explain)
      : h("p", {class: "dns-rcode is-outside"}, outcome.explain);
    const suggest = outcome.suggestions.length
      ? h(
          "p",
          {class: "dns-suggest"},
          "Names it does know nearby: ",
          outcome.suggestions.flatMap((s, i) => [
            i ? " or " : "",
            h("button", {type: "button", class: "wb-button dns-suggestion", onclick: () => fill(s.replace(/\.$/, ""), select.value as DnsQueryType)}, s.replace(/\.$/, ""))
          ])
        )
      : null;
    result.replaceChildren(traceList(outcome), code, answerTable(outcome) ?? "", suggest ?? "");
    if (announce) {
      const via = outcome.server === "mesos-dns" ? "forwarded to Mesos-DNS" : outcome.server === "dcos-dns" ? "answered by dcos-dns on the agent" : "forwarded to the upstream resolvers";
      const what = outcome.rcode === undefined ? "the answer comes from outside the cluster" : outcome.answers.length ? `${outcome.rcode} with ${outcome.answers.length} record${outcome.answers.length === 1 ? "" : "s"}: ${outcome.answers.map(describeValue).join("; ")}` : outcome.rcode === "NXDOMAIN" ? "NXDOMAIN, no such name" : "NOERROR with no data";
      frame.narrate(`${outcome.qtype} ${outcome.name} was ${via}; ${what}.`);
    }
  }

  function fill(n: string, t: DnsQueryType): void {
    input.value = n;
    select.value = t;
    run();
    input.focus();
  }

  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      run();
    }
  });
  select.addEventListener("change", () => run());
  resolveButton.addEventListener("click", () => run());

  frame.controls.append(
    h("label", {for: `${id}-name`}, "Name"),
    input,
    h("label", {for: `${id}-type`}, "Type"),
    select,
    resolveButton
  );
  frame.body.append(
    h("p", {id: `${id}-hint`, class: "dns-hint"}, "Press Enter to resolve. Names are not case-sensitive; the final dot is optional."),
    h(
      "div",
      {class: "dns-examples", role: "group", "aria-label": "Examples"},
      h("span", {}, "Examples: "),
      examples.map((ex) => h("button", {type: "button", class: "wb-button dns-example", "data-name": ex.name, "data-qtype": ex.qtype, onclick: () => fill(ex.name, ex.qtype)}, ex.qtype === "A" ? ex.name : `${ex.name} (${ex.qtype})`))
    ),
    result
  );
  run(false);
  return frame.root;
}
