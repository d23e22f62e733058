// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {haCluster} from "../../src/components/haCluster.js";
import {haCheckOutcome} from "../../src/components/haCheck.js";
import {haPractices} from "../../src/components/haPractices.js";
import {haSimulator} from "../../src/components/haSimulator.js";
import {describeTimeline, haTimelineChart} from "../../src/components/haTimelineChart.js";
import {haScenarios, haTimeline, runHa, type HaFaultAction} from "../../src/lib/ha/index.js";

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const trace = runHa(haScenarios["ha-kill-leader"]);

describe("haCluster", () => {
  it("draws zones, master nodes with their three processes, agents and tasks, in words as well as colours", () => {
    document.body.replaceChildren(haCluster(trace.stateAt(25_000), trace.scenario, {selected: "zone-b"}));
    expect($$(".ha-zone").map((z) => `${z.dataset.zone}: ${[...z.querySelectorAll<HTMLElement>("[data-node]")].map((n) => n.dataset.node).join(" ")}`)).toEqual([
      "a: master-3 agent-1 agent-2",
      "b: master-2 agent-3 agent-4",
      "c: master-1 agent-5 agent-6"
    ]);
    expect($('[data-node="master-1"]').className).toBe("ha-node ha-master-node is-down");
    expect($('[data-target="master-1"]').textContent).toBe("master-1 master node · down");
    expect($$('[data-node="master-2"] .ha-proc').map((p) => p.textContent)).toEqual([
      "ZooKeeper zk-2 · follower",
      "Mesos master · backup (znode 1)",
      "Marathon marathon-2 · follower (latch 1)"
    ]);
    expect($('[data-target="master-3"]').getAttribute("aria-label")).toBe(
      "master-3 master node: Mesos master backup (znode 2), ZooKeeper leads the ensemble, Marathon follower (latch 2)"
    );
    expect($('[data-target="agent-1"]').getAttribute("aria-label")).toBe("agent-1 agent · no leader to register with: zone a, 1 task");
    expect($$(".ha-task").map((t) => t.textContent)).toEqual(["web.1 · running · healthy", "web.2 · running · healthy", "web.3 · running · healthy"]);
    expect($$('.ha-target[aria-pressed="true"]').map((b) => b.dataset.target)).toEqual(["zone-b"]);
  });

  it("tells a dead agent the master has marked unreachable, with its task's state as Mesos reports it", () => {
    const dies = runHa(haScenarios["ha-agent-dies"]);
    document.body.replaceChildren(haCluster(dies.stateAt(100_000), dies.scenario));
    expect($('[data-target="agent-1"]').textContent).toBe("agent-1 agent · down");
    expect($('[data-target="web.1"]').textContent).toBe("web.1 · running · process gone");
    document.body.replaceChildren(haCluster(dies.stateAt(110_000), dies.scenario));
    expect($('[data-node="agent-1"]').className).toBe("ha-node ha-agent is-unreachable is-down");
    expect($('[data-target="agent-1"]').textContent).toBe("agent-1 agent · down, marked unreachable");
    expect($('[data-target="web.1"]').textContent).toBe("web.1 · unreachable · process gone");
    expect($('[data-target="web.4"]').textContent).toBe("web.4 · running");
  });

  it("reports clicks as selections and keys as actions that fit the target", () => {
    const actions: string[] = [];
    const selections: string[] = [];
    document.body.replaceChildren(
      haCluster(trace.stateAt(0), trace.scenario, {onSelect: (t) => selections.push(t), onAction: (a: HaFaultAction, t) => actions.push(`${a} ${t}`)})
    );
    const key = (target: string, k: string) => $(`[data-target="${target}"]`).dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));
    $('[data-target="zone-c"]').click();
    $('[data-target="web.2"]').click();
    key("master-2", "k");
    key("zk-1", "P");
    key("web.2", "u");
    key("master-2", "u");
    key("agent-4", "x");
    key("marathon-3", "h");
    expect(selections).toEqual(["zone-c", "web.2"]);
    expect(actions).toEqual(["kill master-2", "partition zk-1", "hang web.2", "heal marathon-3"]);
  });
});

describe("haTimelineChart", () => {
  it("draws the leader lanes and the task chart, describes them in words, and moves the time rule", () => {
    const tl = haTimeline(trace);
    const seeks: number[] = [];
    const chart = haTimelineChart(tl, {width: 760, time: 0, onSeek: (t) => seeks.push(t)});
    document.body.replaceChildren(chart);
    const [lanes, tasks] = $$(".ha-timeline svg");
    expect(lanes!.getAttribute("aria-description")).toBe(describeTimeline(tl));
    expect(describeTimeline(tl)).toBe(
      "ZooKeeper: zk-3 from 0 s. Leading master: master-1 from 0 s, none from 20 s, master-2 from 30.1 s. Marathon leader: marathon-1 from 0 s, none from 20 s, marathon-2 from 30.1 s."
    );
    const labels = [...lanes!.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["zk-3 leads", "master-1", "no leader", "master-2", "marathon-2", "registered", "waiting"]));
    expect(tasks!.getAttribute("aria-label")).toBe("Tasks by state over time");
    expect($$(".ha-legend li").map((li) => li.textContent)).toEqual(["TASK_RUNNING", "TASK_STARTING", "TASK_UNREACHABLE", "TASK_LOST", "instances really serving"]);
    // x runs from the left margin (104 px) to 760 − 16 px over 0–60 s.
    chart.setTime(30_000);
    expect($$("line.ha-now").map((l) => l.getAttribute("x1"))).toEqual(["424", "424"]);
    lanes!.getBoundingClientRect = () => ({left: 0, top: 0, width: 760, height: 264, right: 760, bottom: 264, x: 0, y: 0, toJSON: () => ({})});
    lanes!.dispatchEvent(new MouseEvent("pointerdown", {clientX: 264, bubbles: true}));
    expect(seeks).toEqual([15_000]);
  });
});

describe("haPractices and the predict-then-run outcome", () => {
  it("lists the five practices; each button loads its scenario into the simulator that shows it", () => {
    const sim = haSimulator({presets: ["ha-zone-spread", "ha-zone-packed"], animate: false});
    const list = haPractices(() => sim);
    document.body.replaceChildren(list, sim);
    expect($$(".ha-practices > li > strong").map((s) => s.textContent)).toEqual([
      "Spread over fault domains",
      "Separate concerns",
      "Remove single points of failure",
      "Detect failure fast",
      "Fail over fast"
    ]);
    expect($$('[data-practice="fault-domains"] .ha-load').map((b) => b.textContent)).toEqual(["Show: Zone fails: spread", "Show: Zone fails: packed"]);
    $<HTMLButtonElement>('[data-practice="fault-domains"] [data-load="ha-zone-packed"]').click();
    expect($$(".ha-preset[aria-pressed=true]").map((b) => b.textContent)).toEqual(["Zone fails: packed"]);
    expect((document.activeElement as HTMLElement).dataset.preset).toBe("ha-zone-packed");
  });

  it("tells what the model did in the predict-then-run check", () => {
    expect(haCheckOutcome("ha-kill-two-of-five")).toBe(
      "ZooKeeper at 60 s: 3 of 5 servers up; it has a quorum. The leading master was lost at 20 s; master-3 took over at 30.1 s, 10.1 s later. At 60 s the leading master is master-3."
    );
    expect(haCheckOutcome("nope")).toBe("There is no scenario called nope.");
  });
});
