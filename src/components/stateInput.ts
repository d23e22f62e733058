// "Bring a state": paste a Mesos master `/state` JSON or choose a file, and see the DNS records
// Mesos-DNS and dcos-dns would serve for it. The page passes in the check (JSON parsing and the schema
// of lib/state/state.schema.ts), so this component ships no validator. Bad input gets a message that
// names the place; names from the document are always shown as text.
import type {MesosState} from "../lib/state/types.js";
import {clusterDns} from "../lib/discovery/view/cluster-dns.js";
import {h, uniqueId} from "./dom.js";
import {errorBox, figureFrame} from "./figure.js";
import {recordRows, recordsTable} from "./recordsTable.js";

export type StateInputCheck = {ok: true; state: MesosState; warnings?: string[]} | {ok: false; problems: string[]};

export interface StateInputOptions {
  /** Parses and validates the text. */
  check: (text: string) => StateInputCheck;
  /** The text "Use the demo cluster" pastes. */
  example?: string;
  /** Largest file read, in bytes (default 20 MB). */
  maxBytes?: number;
}

const MB = 1024 * 1024;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export function stateInputFigure({check, example, maxBytes = 20 * MB}: StateInputOptions): HTMLElement {
  const frame = figureFrame({
    title: "Bring a state",
    description:
      "A text box for a Mesos master /state JSON document and a file picker. Showing the records validates the document; a problem is reported with the place it was found, otherwise the records of Mesos-DNS and dcos-dns appear in a table that you can filter by name.",
    keep: 3
  });
  const id = uniqueId("state");
  const textarea = h("textarea", {id: `${id}-text`, rows: 8, spellcheck: "false", autocomplete: "off", class: "state-text", placeholder: '{"leader": "master@10.0.0.11:5050", "slaves": [...], "frameworks": [...]}'});
  const file = h("input", {type: "file", id: `${id}-file`, accept: ".json,.jsonl,application/json"});
  const show = h("button", {type: "button", class: "wb-button state-show"}, "Show records");
  const demo = example !== undefined ? h("button", {type: "button", class: "wb-button state-demo"}, "Use the demo cluster") : null;
  const clear = h("button", {type: "button", class: "wb-button state-clear"}, "Clear");
  const filter = h("input", {type: "search", id: `${id}-filter`, class: "state-filter", placeholder: "e.g. web", autocomplete: "off", disabled: true});
  const out = h("div", {class: "state-output", "aria-live": "polite"});
  let records: ReturnType<typeof recordRows> = [];
  // A long file shows only its start in the text box; "Show records" then reads the whole file.
  let loaded: {shown: string; text: string; where: string} | undefined;

  function fail(problems: readonly string[], where: string): void {
    records = [];
    filter.disabled = true;
    const box = errorBox(`${where} cannot be read as a cluster state:`);
    box.append(h("ul", {class: "state-problems"}, problems.map((p) => h("li", {}, p))));
    out.replaceChildren(box);
    frame.narrate(`${where} cannot be read: ${problems[0] ?? ""}`);
  }

  function table(): void {
    const q = filter.value.trim().toLowerCase();
    const shown = q ? records.filter((r) => r.record.name.includes(q) || r.record.value.includes(q)) : records;
    const existing = out.querySelector(".records-table-wrap");
    const next = recordsTable(shown, {caption: q ? `Records whose name or answer contains “${q}”` : "Every record of this state", limit: 300});
    if (existing) existing.replaceWith(next);
    else out.append(next);
  }

  function read(text: string, where: string): void {
    const result = check(text);
    if (!result.ok) return fail(result.problems, where);
    const state = result.state;
    let dns: ReturnType<typeof clusterDns>;
    try {
      dns = clusterDns(state);
    } catch (e) {
      return fail([`the records could not be made: ${(e as Error).message}`], where);
    }
    records = recordRows(dns.mesos, dns.dcos);
    const frameworks = state.frameworks ?? [];
    const running = frameworks.reduce((n, f) => n + (f.tasks ?? []).filter((t) => t.state === "TASK_RUNNING").length, 0);
    const summary = h(
      "p",
      {class: "state-summary"},
      `${where}: ${plural((state.slaves ?? []).length, "agent")}, ${plural(frameworks.length, "framework")}, ${plural(running, "running task")}. `,
      `Mesos-DNS would serve ${plural(dns.mesos.length, "record")} and dcos-dns ${plural(dns.dcos.length, "record")} (Mesos-DNS configured as DC/OS does: the agent's address first).`
    );
    const warnings = result.warnings?.length
      ? h("div", {class: "state-warnings"}, h("p", {}, "Read, with warnings: both servers skip these."), h("ul", {}, result.warnings.slice(0, 8).map((w) => h("li", {}, w))))
      : null;
    filter.disabled = false;
    out.replaceChildren(summary, warnings ?? "");
    table();
    frame.narrate(`${where} read: ${plural(records.length, "record")} from ${plural(running, "running task")}.`);
  }

  show.addEventListener("click", () => {
    if (loaded && textarea.value === loaded.shown) read(loaded.text, loaded.where);
    else read(textarea.value, "The pasted text");
  });
  demo?.addEventListener("click", () => {
    textarea.value = example ?? "";
    read(textarea.value, "The demo cluster");
  });
  clear.addEventListener("click", () => {
    textarea.value = "";
    file.value = "";
    filter.value = "";
    filter.disabled = true;
    records = [];
    out.replaceChildren();
    frame.narrate("Cleared.");
  });
  filter.addEventListener("input", () => table());
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const where = `The file ${chosen.name}`;
    if (chosen.size > maxBytes) return fail([`it is ${size(chosen.size)}; this page reads files up to ${size(maxBytes)}`], where);
    let text: string;
    try {
      text = await chosen.text();
    } catch (e) {
      return fail([`the browser could not read it (${(e as Error).message})`], where);
    }
    textarea.value = text.length <= 200_000 ? text : `${text.slice(0, 200_000)}\n… (${plural(text.length, "character")}; only the start is shown here)`;
    loaded = {shown: textarea.value, text, where};
    read(text, where);
  });

  frame.controls.append(h("label", {for: `${id}-file`}, "Choose a /state file"), file);
  frame.body.append(
    h("label", {for: `${id}-text`, class: "state-label"}, "Or paste a Mesos master /state (JSON)"),
    textarea,
    h("div", {class: "wb-controls"}, show, demo, clear, h("label", {for: `${id}-filter`}, "Filter names"), filter),
    out
  );
  return frame.root;
}
