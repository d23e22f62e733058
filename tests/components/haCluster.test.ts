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
    expect(labels).toEqual(expect.arrayContaining(["0", "10", "60", "cluster time (s) →"]));
    // One lane per layer and agent, 22 px each below a 4 px margin; every band names its span on hover.
    expect([...lanes!.querySelectorAll("g[text-anchor=end] text")].map((t) => `${t.textContent} ${t.getAttribute("y")}`)).toEqual([
      "ZooKeeper 19", "Mesos master 41", "Marathon 63", "agent-1 85", "agent-2 107", "agent-3 129", "agent-4 151", "agent-5 173", "agent-6 195"
    ]);
    const bands = [...lanes!.querySelectorAll("rect.ha-band")];
    expect(bands).toHaveLength(25);
    expect(bands.slice(1, 4).map((r) => [r.getAttribute("x"), r.getAttribute("y"), r.getAttribute("width"), r.getAttribute("fill"), r.textContent])).toEqual([
      ["105.5", "27.5", "210.3", "var(--c-master)", "Mesos master: master-1, 0 s to 20 s"],
      ["318.8", "27.5", "104.7", "var(--c-bad)", "Mesos master: no leader, 20 s to 30.1 s"],
      ["426.6", "27.5", "315.9", "var(--c-master)", "Mesos master: master-2, 30.1 s to 60 s"]
    ]);
    expect(lanes!.getAttribute("role")).toBe("img");
    expect(lanes!.getAttribute("aria-label")).toBe("Timeline of leaders and agents");
    expect(tasks!.getAttribute("aria-label")).toBe("Tasks by state over time");
    // Three tasks run throughout: one running area up to 3 (y 10 px) and the serving line along its top.
    expect([...tasks!.querySelectorAll("path")].map((p) => `${p.getAttribute("class")} ${p.getAttribute("d")}`)).toEqual([
      "ha-area is-running M104,10H744V10L744,106V106H104Z",
      "ha-serving M104,10H744V10"
    ]);
    expect($$(".ha-legend li").map((li) => li.textContent)).toEqual(["TASK_RUNNING", "TASK_STARTING", "TASK_UNREACHABLE", "TASK_LOST", "instances really serving"]);
    // x runs from the left margin (104 px) to 760 − 16 px over 0–60 s.
    chart.setTime(30_000);
    expect($$("line.ha-now").map((l) => l.getAttribute("x1"))).toEqual(["424", "424"]);
    lanes!.getBoundingClientRect = () => ({left: 0, top: 0, width: 760, height: 264, right: 760, bottom: 264, x: 0, y: 0, toJSON: () => ({})});
    lanes!.dispatchEvent(new MouseEvent("pointerdown", {clientX: 264, bubbles: true}));
    expect(seeks).toEqual([15_000]);
  });
});

describe("haTimelineChart tasks", () => {
  it("stacks the tasks by state as step areas, with the instances really serving as a dashed line", () => {
    const tl = haTimeline(runHa(haScenarios["ha-agent-dies"]));
    document.body.replaceChildren(haTimelineChart(tl, {width: 760}));
    const tasks = $$(".ha-timeline svg")[1]!;
    // 0–150 s over 104–744 px, 0–4 tasks over 106–10 px. web.1's agent dies at 20 s (189.3 px): 2
    // instances serve, though 3 tasks still run. At 105 s (552 px) web.1 is unreachable; its
    // replacement is launched at 106 s (556.3 px) and runs from 106.8 s (559.7 px): 3 serve again.
    expect([...tasks.querySelectorAll("path")].map((p) => `${p.getAttribute("class")} ${p.getAttribute("fill")} ${p.getAttribute("d")}`)).toEqual([
      "ha-area is-running var(--c-task-running) M104,34H552V58H559.7V34H744V34L744,106V106H559.7V106H552V106H104Z",
      "ha-area is-starting var(--c-task-starting) M104,34H552V58H556.3V34H559.7V34H744V34L744,34V34H559.7V58H556.3V58H552V34H104Z",
      "ha-area is-unreachable var(--c-task-unreachable) M104,34H552V34H556.3V10H744V10L744,34V34H556.3V58H552V34H104Z",
      "ha-serving none M104,34H189.3V58H559.7V34H744V34"
    ]);
    expect([...tasks.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["0", "20", "40", "60", "80", "100", "120", "140", "0", "1", "2", "3", "4", "↑ tasks"]);
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
