// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {haSimulator, type HaSimulatorElement} from "../../src/components/haSimulator.js";

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const button = (text: string) => $$("button").find((b) => b.textContent === text)!;
const status = () => $(".ha-status").textContent;
const log = () => $$('[role="log"] p').map((p) => p.textContent);
const faults = () => $$(".ha-faults li").map((li) => li.firstChild?.textContent);
const recovery = (key: string) => $(`[data-measure="${key}"] dd`).textContent;
const target = (id: string) => $<HTMLButtonElement>(`.ha-cluster [data-target="${id}"]`);
const range = () => $<HTMLInputElement>(".ha-range");
const scrub = (ms: number) => {
  range().value = String(ms);
  range().dispatchEvent(new Event("input", {bubbles: true}));
};
const change = (label: string, value: string) => {
  const select = document.getElementById($$("label").find((l) => l.textContent === label)!.getAttribute("for")!) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event("change", {bubbles: true}));
};

let sim: HaSimulatorElement;

describe("haSimulator", () => {
  beforeEach(() => {
    sim = haSimulator({title: "Masters and ZooKeeper", presets: ["ha-kill-leader", "ha-lose-quorum", "ha-single-master"], animate: false});
    document.body.replaceChildren(sim);
  });
  afterEach(() => vi.useRealTimers());

  it("is labelled, shows its presets, knobs, the cluster at 0 s, the fault schedule and the recovery", () => {
    expect(document.getElementById($("figure").getAttribute("aria-labelledby")!)?.textContent).toBe("Masters and ZooKeeper");
    expect($$(".ha-preset").map((b) => `${b.textContent} ${b.getAttribute("aria-pressed")}`)).toEqual([
      "Kill the leading master true",
      "Lose the quorum (2 of 3) false",
      "Only one master false"
    ]);
    expect($$(".ha-knobs label").map((l) => l.textContent)).toEqual(["ZooKeeper session timeout", "Agent ping timeout", "Master nodes"]);
    expect(status()).toBe("t = 0 s. Leading master: master-1. Marathon leader: marathon-1. ZooKeeper: 3 of 3 up, quorum, zk-3 leads. web: 3 of 3 serving.");
    expect($$(".ha-zone-head").map((z) => z.textContent)).toEqual(["Zone a", "Zone b", "Zone c"]);
    expect(faults()).toEqual(["20 s: kill master-1"]);
    expect(recovery("leader")).toBe("for 10.1 s, then master-2 leads");
    expect(recovery("serving")).toBe("never, in this run");
    expect($(".ha-readout").textContent).toBe("0 s of 60 s");
    expect($$(".ha-timeline svg")).toHaveLength(2);
  });

  it("steps event by event and narrates what happened", () => {
    button("Next event ▶").click();
    expect(sim.time).toBe(20_000);
    expect(status()).toBe("t = 20 s. Leading master: none. Marathon leader: none. ZooKeeper: 2 of 3 up, quorum, zk-3 leads. web: 3 of 3 serving.");
    expect(log().slice(-3)).toEqual([
      "20 s: master node master-1 goes down: zk-1, master-1 and marathon-1 stop.",
      "20 s: master-1 led the Mesos masters. Its znode stays in ZooKeeper until its session expires, 10 s after its last contact; until then nobody takes over.",
      "20 s: marathon-1 led the Marathon instances. Its znode stays in ZooKeeper until its session expires, 10 s after its last contact; until then nobody takes over."
    ]);
    button("Next event ▶").click();
    button("Next event ▶").click();
    expect(sim.time).toBe(30_100);
    expect(status()).toMatch(/^t = 30\.1 s\. Leading master: master-2\. Marathon leader: marathon-2\./);
    button("◀ Previous event").click();
    expect(sim.time).toBe(30_000);
    expect(log().at(-1)).toBe("Back to 30 s. t = 30 s. Leading master: none. Marathon leader: none. ZooKeeper: 2 of 3 up, quorum, zk-3 leads. web: 3 of 3 serving.");
  });

  it("scrubs with the time slider", () => {
    scrub(30_100);
    expect(range().getAttribute("aria-valuetext")).toBe("30.1 s");
    expect($(".ha-readout").textContent).toBe("30.1 s of 60 s");
    expect(target("master-2").textContent).toBe("master-2 master node");
    expect($(`.ha-cluster [data-node="master-2"] .ha-mesos`).textContent).toBe("Mesos master · leading master");
    expect($$(".ha-events li.is-now").map((li) => li.dataset.kind)).toEqual(["leader-elected", "leader-elected"]);
  });

  it("adds a fault by mouse at the current time and replays the run", () => {
    scrub(30_100);
    target("agent-3").click();
    expect(target("agent-3").getAttribute("aria-pressed")).toBe("true");
    expect($$(".ha-action").map((b) => b.textContent)).toEqual(["Kill", "Restart", "Cut off", "Reconnect"]);
    button("Kill").focus();
    button("Kill").click();
    // The redraw keeps the keyboard focus on the action.
    expect((document.activeElement as HTMLElement).dataset.action).toBe("kill");
    expect(faults()).toEqual(["20 s: kill master-1", "30.1 s: kill agent-3"]);
    expect(status()).toBe("t = 30.1 s. Leading master: master-2. Marathon leader: marathon-2. ZooKeeper: 2 of 3 up, quorum, zk-3 leads. web: 2 of 3 serving.");
    expect(target("agent-3").textContent).toBe("agent-3 agent · down");
    expect(log().at(-1)).toBe("You: kill agent-3 at 30.1 s. The run is replayed with 2 faults. agent-3 goes down: agent-3 stops. web.3 dies with its machine.");
    expect(recovery("serving")).toBe("until the end of the run");
    $<HTMLButtonElement>('.ha-remove[aria-label="Remove 30.1 s: kill agent-3"]').click();
    expect(faults()).toEqual(["20 s: kill master-1"]);
    expect(status()).toMatch(/web: 3 of 3 serving\.$/);
  });

  it("adds a fault by keyboard on a focused node, and keeps the focus there", () => {
    scrub(40_000);
    target("master-2").focus();
    target("master-2").dispatchEvent(new KeyboardEvent("keydown", {key: "k", bubbles: true}));
    expect(faults()).toEqual(["20 s: kill master-1", "40 s: kill master-2"]);
    // master-2 was leading: now neither leader nor majority is left.
    expect(status()).toBe("t = 40 s. Leading master: none. Marathon leader: none. ZooKeeper: 1 of 3 up, no quorum. web: 3 of 3 serving.");
    expect((document.activeElement as HTMLElement).dataset.target).toBe("master-2");
    // A key that does not apply does nothing: a master node cannot hang.
    target("master-3").dispatchEvent(new KeyboardEvent("keydown", {key: "u", bubbles: true}));
    expect(faults()).toHaveLength(2);
    scrub(60_000);
    expect(status()).toBe("t = 60 s. Leading master: none. Marathon leader: none. ZooKeeper: 1 of 3 up, no quorum. web: 3 of 3 serving.");
  });

  it("shows the effect of the session timeout and of the number of masters on recovery", () => {
    change("ZooKeeper session timeout", "4000");
    expect(recovery("leader")).toBe("for 4.1 s, then master-2 leads (defaults: 10.1 s)");
    expect(log().at(-1)).toBe("ZooKeeper session timeout: 4 s. The run is replayed.");
    change("ZooKeeper session timeout", "10000");
    change("Master nodes", "1");
    expect(recovery("leader")).toBe("until the end of the run");
    change("Master nodes", "5");
    scrub(10_000);
    target("master-5").dispatchEvent(new KeyboardEvent("keydown", {key: "k", bubbles: true}));
    expect(faults()).toEqual(["10 s: kill master-5", "20 s: kill master-1"]);
    change("Master nodes", "3");
    expect(faults()).toEqual(["20 s: kill master-1"]);
    expect(log().at(-1)).toBe("3 master nodes. The run is replayed; 1 fault on parts that no longer exist was dropped.");
  });

  it("loads a preset by button or by its load() method, back at 0 s", () => {
    scrub(50_000);
    button("Only one master").click();
    expect(sim.time).toBe(0);
    expect($$(".ha-preset[aria-pressed=true]").map((b) => b.textContent)).toEqual(["Only one master"]);
    expect($(".ha-description").textContent).toMatch(/^One master node only \(no HA\)\./);
    expect(recovery("leader")).toBe("for 70.3 s, then master-1 leads");
    sim.load("ha-lose-quorum");
    expect(faults()).toEqual(["20 s: kill master-2", "25 s: kill master-3", "80 s: restart master-3"]);
    button("Reset to the preset").click();
    expect(faults()).toHaveLength(3);
  });

  it("plays event by event under reduced motion, and pauses", () => {
    vi.useFakeTimers();
    const play = button("Play");
    play.click();
    expect(play.getAttribute("aria-pressed")).toBe("true");
    expect(play.textContent).toBe("Pause");
    vi.advanceTimersByTime(1000);
    expect(sim.time).toBe(20_000);
    vi.advanceTimersByTime(1000);
    expect(sim.time).toBe(30_000);
    play.click();
    vi.advanceTimersByTime(5000);
    expect(sim.time).toBe(30_000);
    expect(play.textContent).toBe("Play");
  });
});
