// @vitest-environment jsdom
// The offer-cycle chapter's smaller parts: number formats, the sequence's messages, the cluster
// view's modes and redraws, and the predict-then-run callback.
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {describe, expect, it} from "vitest";
import {checksList} from "../../src/components/checks.js";
import {CANVAS_THRESHOLD, clusterView} from "../../src/components/offerCluster.js";
import {OFFER_CHECK_SCENARIOS, offerCheckRun, summariseRun} from "../../src/components/offerChecks.js";
import {sequenceItem, sequenceLanes} from "../../src/components/offerSequence.js";
import {formatFraction, formatMem, formatResources, formatTime, frameworkColour} from "../../src/components/offerShared.js";
import {parseChecks} from "../../src/lib/course/checks.schema.js";
import {buildLargeMesosScenario, mesosScenarios, resolveMesosScenario, runMesosScenario} from "../../src/lib/mesos/index.js";

describe("offerShared formats", () => {
  it("writes shares as simple fractions, memory in GB, time in seconds", () => {
    expect([0, 1, 2 / 3, 4 / 9, 1 / 18, 0.75, 0.123456].map((x) => formatFraction(x))).toEqual(["0", "1", "2/3", "4/9", "1/18", "3/4", "0.12"]);
    expect([512, 1024, 1536, 4096, 0].map(formatMem)).toEqual(["512 MB", "1 GB", "1.5 GB", "4 GB", "0 GB"]);
    expect(formatResources({cpus: 1, mem: 1024})).toBe("1 CPU, 1 GB");
    expect(formatResources({cpus: 0.5, mem: 3072})).toBe("0.5 CPUs, 3 GB");
    expect([0, 100, 1100, 12345].map(formatTime)).toEqual(["0 s", "0.1 s", "1.1 s", "12.3 s"]);
  });

  it("gives each framework position its own colour variable, cycling after six", () => {
    expect(frameworkColour(0)).toBe("var(--c-framework-1, #332288)");
    expect(frameworkColour(1)).toBe("var(--c-framework-2, #cc6677)");
    expect(frameworkColour(6)).toBe(frameworkColour(0));
  });
});

describe("sequenceItem", () => {
  const trace = runMesosScenario(mesosScenarios["architecture-example"]!);
  it("maps every event of the example to a message between lanes, or a note", () => {
    const lanes = new Set(sequenceLanes(["framework-1", "framework-2"], "agent-1").map((l) => l.id));
    expect([...lanes]).toEqual(["fw:framework-1", "fw:framework-2", "master", "allocator", "agent", "executor"]);
    for (const e of trace.events) {
      const item = sequenceItem(e);
      if (item.kind === "note") expect(lanes.has(item.lane)).toBe(true);
      else expect([lanes.has(item.from), lanes.has(item.to)]).toEqual([true, true]);
    }
    const offer2 = trace.events.filter((e) => e.kind === "offer")[1]!;
    expect(sequenceItem(offer2)).toEqual({kind: "message", from: "allocator", to: "fw:framework-2", label: "OFFER ‹1 CPU, 1 GB›", framework: "framework-2"});
    const running = trace.events.find((e) => e.kind === "task-state" && e.data.state === "TASK_RUNNING")!;
    expect(sequenceItem(running)).toMatchObject({from: "executor", to: "fw:framework-1", label: "UPDATE framework-1.1: TASK_RUNNING"});
  });
});

describe("clusterView", () => {
  const trace = runMesosScenario(mesosScenarios["free-play"]!);
  const agents = trace.scenario.agents;
  const frameworks = trace.scenario.frameworks.map((f) => f.name);

  it("draws cards for a few agents and redraws only the agents that changed", () => {
    const view = clusterView(agents, frameworks, {width: 800});
    document.body.replaceChildren(view.element);
    expect(view.mode).toBe("cards");
    view.draw(trace.viewAt(0));
    const groups = [...view.element.querySelectorAll(".offer-agent")];
    const before = groups.map((g) => g.firstElementChild);
    view.draw(trace.viewAt(0)); // nothing changed: no agent is rebuilt
    expect(groups.every((g, i) => g.firstElementChild === before[i])).toBe(true);
    view.draw(trace.viewAt(20_000));
    expect(view.element.querySelector('[data-agent="agent-3"]')!.textContent).toContain("(removed)");
    expect(view.element.querySelector('[data-agent="agent-1"] .offer-cell-text')!.textContent).toMatch(/^\d+(\.\d+)? of 4 CPUs$/);
  });

  it("selects an agent with an outline, and reports clicks", () => {
    const picked: string[] = [];
    const view = clusterView(agents, frameworks, {width: 800, onSelect: (id) => picked.push(id)});
    document.body.replaceChildren(view.element);
    view.draw(trace.viewAt(1000));
    view.select("agent-2");
    expect(view.element.querySelectorAll(".offer-selected").length).toBe(1);
    expect(view.element.querySelector('[data-agent="agent-2"] .offer-selected')).not.toBeNull();
    view.element.querySelector('[data-agent="agent-5"]')!.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(picked).toEqual(["agent-5"]);
  });

  it("switches to a canvas above the threshold", () => {
    const big = resolveMesosScenario(buildLargeMesosScenario({agents: CANVAS_THRESHOLD + 1, frameworks: 2}));
    const view = clusterView(big.agents, big.frameworks.map((f) => f.name), {width: 900});
    expect(view.mode).toBe("canvas");
    expect(view.element.querySelector("canvas")).not.toBeNull();
    const small = resolveMesosScenario(buildLargeMesosScenario({agents: CANVAS_THRESHOLD, frameworks: 2}));
    expect(clusterView(small.agents, ["fw-1", "fw-2"], {width: 900}).mode).toBe("cells");
  });
});

describe("offerCheckRun", () => {
  it("summarises each framework of the predict scenarios", () => {
    expect(Object.keys(OFFER_CHECK_SCENARIOS)).toEqual(["greedy-decliner-starvation", "greedy-decliner-refuse-5", "offer-timeout"]);
    const sum = (name: string) => summariseRun(runMesosScenario(OFFER_CHECK_SCENARIOS[name]!)).map((r) => [r.framework, r.launches, r.offers, r.declines, r.rescinds]);
    expect(sum("greedy-decliner-starvation")).toEqual([
      ["spark", [100], 1, 0, 0],
      ["greedy", [], 15, 14, 0]
    ]);
    expect(sum("greedy-decliner-refuse-5")).toEqual([
      ["spark", [100, 6100, 12100], 3, 0, 0],
      ["greedy", [], 3, 3, 0]
    ]);
    expect(sum("offer-timeout")).toEqual([
      ["hoarder", [], 3, 0, 2],
      ["worker", [5100, 5100], 1, 0, 0]
    ]);
    expect(offerCheckRun("offer-timeout").textContent).toBe(
      "In 15 s of cluster time:hoarder launched no task; it was offered resources 3 times, and had 2 offers rescinded.worker launched 2 tasks (at 5.1 s, 5.1 s); it was offered resources 1 time."
    );
    expect(offerCheckRun("nope").textContent).toBe("There is no scenario called nope.");
  });

  it("every predict question of the chapter names a scenario it can run, and its right answer matches the run", () => {
    const checks = parseChecks(parse(readFileSync("data/checks/offer-cycle.yaml", "utf8")), "offer-cycle.yaml");
    const predicts = checks.filter((c) => c.type === "predict");
    expect(predicts.map((c) => c.type === "predict" && c.scenario)).toEqual(["greedy-decliner-starvation", "greedy-decliner-refuse-5", "offer-timeout"]);
    document.body.replaceChildren(checksList(checks, {run: offerCheckRun}));
    const box = document.querySelector('[data-check="greedy-refuse-5"]')!;
    box.querySelectorAll<HTMLInputElement>("input")[1]!.click();
    box.querySelector("button")!.click();
    expect(box.querySelector(".wb-outcome")!.textContent).toContain("spark launched 3 tasks (at 0.1 s, 6.1 s, 12.1 s)");
    expect(box.querySelector(".wb-feedback")!.textContent).toMatch(/^Correct\. /);
  });
});
