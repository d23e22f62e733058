// Choose the cluster the "Your cluster" chapter shows: the demo cluster (or the one baked into the
// build), a sample from a public test suite, files from the file picker or dropped on the page, or
// pasted text. Everything is read here, in the browser; nothing is sent anywhere. The page passes in
// `parse` (parseClusterState), so this component ships no validator of its own. The element is an
// Observable view: `value` is the chosen {cluster, label}, and an `input` event says it changed.
import type {Cluster} from "../lib/state/cluster.js";
import {formatSize} from "../lib/state/limits.js";
import {h, uniqueId} from "./dom.js";
import {errorBox, figureFrame} from "./figure.js";

export interface PickedCluster {
  cluster: Cluster;
  /** Where it came from, in words: `the demo cluster`, `the file state.json`. */
  label: string;
}

export type ParseResult = {ok: true; cluster: Cluster} | {ok: false; problems: string[]};
export type Document = {name: string; text: string};

export interface Sample {
  id: string;
  title: string;
  origin: string;
  files: Document[];
}

export interface PickerOptions {
  initial: PickedCluster;
  /** Other ready-made clusters (the demo, when a baked cluster is the initial one). */
  presets?: PickedCluster[];
  /** Loads the samples on first use. */
  samples?: () => Promise<Sample[]>;
  parse: (documents: readonly Document[]) => ParseResult;
  /** Largest file read, in bytes. */
  maxBytes?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line on what a cluster holds, for the status and the narration. */
export function clusterLine(c: Cluster): string {
  const pub = c.agents.filter((a) => a.kind === "public").length;
  const active = c.tasks.filter((t) => !t.completed).length;
  return `${plural(c.agents.length, "agent")} (${pub} public), ${plural(c.frameworks.length, "framework")}, ${plural(active, "active task")}`;
}

export function clusterPicker({initial, presets = [], samples, parse, maxBytes = 20 * 1024 * 1024}: PickerOptions): HTMLElement & {value: PickedCluster} {
  const frame = figureFrame({
    title: "Choose a cluster",
    description:
      "Pick the demo cluster or a sample state, choose files, drop them here, or paste a state. The state is read in this browser tab and nothing is uploaded. The chapter's figures below then show the chosen cluster.",
    keep: 3,
    className: "yc-picker"
  });
  const root = frame.root as HTMLElement & {value: PickedCluster};
  root.value = initial;
  const id = uniqueId("yc");
  const status = h("div", {class: "yc-status", role: "status"});

  const choose = (picked: PickedCluster) => {
    root.value = picked;
    status.replaceChildren(h("p", {}, h("strong", {}, "Showing "), picked.label, `: ${clusterLine(picked.cluster)}.`), warningsList(picked.cluster));
    frame.narrate(`Now showing ${picked.label}: ${clusterLine(picked.cluster)}.`);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const fail = (where: string, problems: readonly string[]) => {
    const box = errorBox(`${where} cannot be read, so the figures still show ${root.value.label}:`);
    box.append(h("ul", {class: "yc-problems"}, problems.map((p) => h("li", {}, p))));
    status.replaceChildren(box);
    frame.narrate(`${where} cannot be read: ${problems[0] ?? ""}`);
  };
  const read = (documents: readonly Document[], label: string) => {
    const result = parse(documents);
    if (result.ok) choose({cluster: result.cluster, label});
    else fail(label.replace(/^t/, "T"), result.problems);
  };

  // Ready-made clusters and samples.
  const ready = h("div", {class: "wb-controls yc-ready", role: "group", "aria-label": "Ready-made clusters"});
  for (const p of [initial, ...presets]) {
    ready.append(h("button", {type: "button", class: "wb-button", onclick: () => choose(p)}, `Show ${p.label}`));
  }
  if (samples) {
    const select = h("select", {id: `${id}-sample`}, h("option", {value: ""}, "a state from a public test suite…"));
    const load = h("button", {type: "button", class: "wb-button", disabled: true}, "Load sample");
    let list: Sample[] = [];
    samples().then(
      (s) => {
        list = s;
        select.append(...s.map((x) => h("option", {value: x.id}, x.title)));
        load.disabled = false;
      },
      (e: Error) => fail("The samples", [e.message])
    );
    load.addEventListener("click", () => {
      const sample = list.find((x) => x.id === select.value);
      if (sample) read(sample.files, `the sample “${sample.title}” (${sample.origin})`);
      else fail("No sample chosen", ["pick one from the list first"]);
    });
    ready.append(h("label", {for: select.id}, "or"), select, load);
  }

  // Files: the picker, and dropping them anywhere on the drop zone.
  const file = h("input", {type: "file", id: `${id}-file`, multiple: true, accept: ".json,.jsonl,.txt,application/json"});
  const readFiles = async (files: readonly File[]) => {
    if (!files.length) return;
    const names = files.map((f) => f.name).join(", ");
    const label = files.length === 1 ? `the file ${names}` : `the files ${names}`;
    const big = files.find((f) => f.size > maxBytes);
    if (big) return fail(label, [`${big.name} is ${formatSize(big.size)}; the workbook reads files up to ${formatSize(maxBytes)}`]);
    try {
      read(await Promise.all(files.map(async (f) => ({name: f.name, text: await f.text()}))), label);
    } catch (e) {
      fail(label, [`the browser could not read it (${(e as Error).message})`]);
    }
  };
  file.addEventListener("change", () => void readFiles([...(file.files ?? [])]));
  const drop = h(
    "div",
    {class: "yc-drop"},
    h("label", {for: file.id, class: "yc-drop-label"}, "Choose files, or drop them here: a Mesos /state, an operator API GET_STATE or SUBSCRIBE stream, Marathon's /v2/apps and /v2/tasks"),
    file
  );
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("is-over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("is-over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("is-over");
    void readFiles([...(e.dataTransfer?.files ?? [])]);
  });

  // Paste.
  const text = h("textarea", {id: `${id}-text`, rows: 5, spellcheck: "false", autocomplete: "off", class: "yc-text", placeholder: '{"slaves": [...], "frameworks": [...]}'});
  const readText = h("button", {type: "button", class: "wb-button"}, "Read the pasted text");
  readText.addEventListener("click", () => read([{name: "the pasted text", text: text.value}], "the pasted text"));

  frame.body.append(
    ready,
    drop,
    h("label", {for: text.id, class: "yc-text-label"}, "Or paste one document"),
    text,
    h("div", {class: "wb-controls"}, readText),
    status
  );
  status.replaceChildren(h("p", {}, h("strong", {}, "Showing "), initial.label, `: ${clusterLine(initial.cluster)}.`), warningsList(initial.cluster));
  return root;
}

function warningsList(c: Cluster): HTMLElement | string {
  if (!c.warnings.length) return "";
  return h("div", {class: "yc-warnings"}, h("p", {}, "Read, with notes:"), h("ul", {}, c.warnings.slice(0, 6).map((w) => h("li", {}, w))));
}
