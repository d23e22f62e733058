// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {beforeEach, describe, expect, it} from "vitest";
import {checksList} from "../../src/components/checks.js";
import {scaleCheckOutcome} from "../../src/components/dnsScaleCheck.js";
import {stateInputFigure, type StateInputCheck} from "../../src/components/stateInput.js";
import {parseChecks} from "../../src/lib/course/checks.schema.js";
import {checkMesosStateText, stateReferenceProblems} from "../../src/lib/state/state.schema.js";
import type {MesosState} from "../../src/lib/state/types.js";

const text = readFileSync("data/clusters/demo.json", "utf8");
const demo = JSON.parse(text) as MesosState;
const check = (t: string): StateInputCheck => {
  const r = checkMesosStateText(t);
  return r.ok ? {...r, warnings: stateReferenceProblems(r.state)} : r;
};
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const labelOf = (el: Element) => document.querySelector(`label[for="${el.id}"]`)?.textContent;
const button = (label: string) => $$("button").find((b) => b.textContent === label)!;
const textarea = () => $<HTMLTextAreaElement>("textarea");
const paste = (t: string) => {
  textarea().value = t;
  button("Show records").click();
};
const problems = () => $$(".state-problems li").map((li) => li.textContent);
const log = () => $$('[role="log"] p').map((p) => p.textContent);

async function chooseFile(file: File): Promise<void> {
  const input = $<HTMLInputElement>('input[type="file"]');
  Object.defineProperty(input, "files", {value: [file], configurable: true});
  input.dispatchEvent(new Event("change"));
  for (let i = 0; i < 20 && !$(".state-output").childElementCount; i++) await new Promise((r) => setTimeout(r, 5));
}

describe("stateInputFigure", () => {
  beforeEach(() => {
    document.body.replaceChildren(stateInputFigure({check, example: text, maxBytes: 100_000}));
  });

  it("has a labelled text box, file picker and filter, and shows nothing before you ask", () => {
    expect(document.getElementById($("figure").getAttribute("aria-labelledby")!)?.textContent).toBe("Bring a state");
    expect(labelOf(textarea())).toBe("Or paste a Mesos master /state (JSON)");
    expect(labelOf($('input[type="file"]'))).toBe("Choose a /state file");
    expect(labelOf($('input[type="search"]'))).toBe("Filter names");
    expect($('input[type="search"]').hasAttribute("disabled")).toBe(true);
    expect($(".state-output").childElementCount).toBe(0);
  });

  it("the demo cluster gives its records, which the filter narrows", () => {
    button("Use the demo cluster").click();
    expect(textarea().value).toBe(text);
    expect($(".state-summary").textContent).toBe(
      "The demo cluster: 5 agents, 2 frameworks, 6 running tasks. Mesos-DNS would serve 91 records and dcos-dns 24 records (Mesos-DNS configured as DC/OS does: the agent's address first)."
    );
    expect($$(".records-table tbody tr")).toHaveLength(115);
    const filter = $<HTMLInputElement>('input[type="search"]');
    filter.value = "l4lb";
    filter.dispatchEvent(new Event("input"));
    expect($$(".records-table tbody tr td:nth-child(3)").map((td) => td.textContent)).toEqual(["datapostgres.marathon.l4lb.thisdcos.directory.", "web.marathon.l4lb.thisdcos.directory."]);
    expect(log()).toEqual(["The demo cluster read: 115 records from 6 running tasks."]);
  });

  it("invalid JSON: the line and column, and no table", () => {
    paste('{\n  "slaves": [\n    {"id": "a",}\n  ]\n}');
    expect($('[role="alert"]').firstChild?.textContent).toBe("The pasted text cannot be read as a cluster state:");
    expect(problems()).toEqual(['Not valid JSON: line 3, column 16: unexpected "}".']);
    expect($(".records-table")).toBeNull();
  });

  it("an unexpected shape: the place in the document", () => {
    const broken = JSON.parse(text);
    broken.frameworks[0].tasks[2].statuses = {};
    paste(JSON.stringify(broken));
    expect(problems()).toEqual(["frameworks[0].tasks[2].statuses: expected an array, got an object"]);
    paste("");
    expect(problems()).toEqual(["Nothing to read: paste a Mesos /state JSON document, or choose a file."]);
  });

  it("reads tasks on unknown agents with a warning", () => {
    const odd = JSON.parse(text);
    odd.frameworks[0].tasks[0].slave_id = "gone-S9";
    paste(JSON.stringify(odd));
    expect($(".state-warnings").textContent).toContain('frameworks[0].tasks[0].slave_id: no agent with id "gone-S9" in slaves');
    expect($(".state-summary").textContent).toContain("6 running tasks");
  });

  it("shows names from the document as text, never as markup", () => {
    const evil = JSON.parse(text);
    evil.frameworks[0].tasks[0].discovery.name = '<img src=x onerror="alert(1)">';
    evil.frameworks[0].name = "<b>bold</b>";
    paste(JSON.stringify(evil));
    expect(document.querySelector(".state-output img, .state-output b")).toBeNull();
    expect($(".state-output").textContent).toContain("<img src=x onerror=\"alert(1)\">");
  });

  it("reads a chosen file, and refuses one that is too large", async () => {
    await chooseFile(new File([text], "state.json", {type: "application/json"}));
    expect($(".state-summary").textContent).toMatch(/^The file state\.json: 5 agents/);
    document.body.replaceChildren(stateInputFigure({check, maxBytes: 1000}));
    await chooseFile(new File([text], "big.json"));
    expect(problems()).toEqual([`it is ${Math.ceil(text.length / 1024)} KB; this page reads files up to 1 KB`]);
    expect($(".state-demo")).toBeNull();
  });

  it("Clear empties everything", () => {
    button("Use the demo cluster").click();
    button("Clear").click();
    expect(textarea().value).toBe("");
    expect($(".state-output").childElementCount).toBe(0);
  });
});

describe("the predict-then-run check", () => {
  it("runs the scaling through the model and shows the answers before and after", () => {
    const checks = parseChecks(parse(readFileSync("data/checks/service-discovery.yaml", "utf8")), "service-discovery.yaml");
    document.body.replaceChildren(checksList(checks, {run: (scenario) => (scenario === "web-scale-1-then-3" ? scaleCheckOutcome(demo, "web", [1, 3], "_web._tcp.marathon.mesos") : "?")}));
    const box = $('[data-check="srv-after-scaling"]');
    (box.querySelectorAll("input")[1] as HTMLInputElement).click();
    box.querySelector<HTMLButtonElement>(".wb-controls button")!.click();
    const outcome = box.querySelectorAll(".check-srv");
    expect([...outcome[0]!.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "web-9fn4u-s2.marathon.mesos. port 31018",
      "web-eddeu-s0.marathon.mesos. port 23145",
      "web-z5q9e-s1.marathon.mesos. port 11207"
    ]);
    expect([...outcome[1]!.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "web-eddeu-s0.marathon.mesos. port 23145",
      "web-p6orb-s1.marathon.mesos. port 17226 (new)",
      "web-sbw9x-s2.marathon.mesos. port 23985 (new)"
    ]);
    expect(box.querySelector(".wb-feedback")?.textContent).toMatch(/^Correct\. /);
  });
});
