// @vitest-environment jsdom
import {execFileSync} from "node:child_process";
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {archBoot, type BootElement} from "../../src/components/archBoot.js";
import {archContext, type ArchComponent} from "../../src/components/archInfo.js";
import type {BootSequence} from "../../src/lib/architecture/model.js";

const load = (file: string) => JSON.parse(execFileSync("node_modules/.bin/tsx", [file], {encoding: "utf8", maxBuffer: 1 << 26}));
const arch = load("src/data/architecture.json.ts") as {boot: BootSequence[]; names: Record<string, string>};
const components = load("src/data/components.json.ts") as ArchComponent[];
const ctx = archContext(components, [], arch.names);
const master = arch.boot.find((b) => b.id === "master")!;
const agent = arch.boot.find((b) => b.id === "agent")!;

let figure: BootElement;
const q = (sel: string) => figure.querySelector<HTMLElement>(sel)!;
const qa = (sel: string) => [...figure.querySelectorAll<HTMLElement>(sel)];
const states = () => qa(".arch-boot-step").map((li) => /is-(ready|current|waiting)/.exec(li.className)![1]![0]).join("");
const lastLog = () => q('[role="log"]').lastElementChild?.textContent;
const click = (cls: string) => q(`.arch-${cls}`).click();
const press = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true}));

describe("archBoot", () => {
  beforeEach(() => {
    figure = archBoot(arch.boot, ctx, {interval: 1000});
    document.body.replaceChildren(figure);
  });
  afterEach(() => {
    figure.stepper.destroy();
    vi.useRealTimers();
    delete (window as {matchMedia?: unknown}).matchMedia;
  });

  it("starts with a master, every step waiting and the node unhealthy", () => {
    expect(document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent).toBe("Boot sequence, step by step");
    expect(qa(".arch-boot-node").map((b) => `${b.textContent}:${b.getAttribute("aria-pressed")}`)).toEqual(["Master node:true", "Private agent node:false"]);
    expect(qa(".arch-boot-step").map((li) => li.dataset.step)).toEqual(master.steps.map((s) => s.id));
    expect(states()).toBe("wwwwwwwww");
    expect(q(".arch-health").textContent).toBe("Diagnostics: unhealthy, 0 of 9 ready");
    expect(q(".arch-boot-title").textContent).toBe("A master boots");
    // Each step names its components as chips and what it waits for.
    const exhibitor = q('[data-step="exhibitor"]');
    expect([...exhibitor.querySelectorAll<HTMLElement>(".arch-chip")].map((c) => c.dataset.component)).toEqual(["exhibitor", "zookeeper"]);
    expect(exhibitor.querySelector(".arch-boot-wait")!.textContent).toBe("Waits for: its configuration of the ensemble");
  });

  it("Step makes the next component ready and says what it waited for", () => {
    click("step");
    click("step");
    click("step");
    expect(states()).toBe("rrcwwwwww");
    expect(q('.arch-boot-step[aria-current="step"]').dataset.step).toBe("mesos-master");
    expect(lastLog()).toBe(
      "Step 3 of 9: The Mesos master joins the election. Waits for the local ZooKeeper. Registers with ZooKeeper, finds the other masters, and takes part in electing one leading master."
    );
    expect(q(".arch-health").textContent).toBe("Diagnostics: unhealthy, 3 of 9 ready");
    expect(q(".arch-info .arch-info-title").textContent).toBe("Apache Mesos master");
    click("back");
    expect(states()).toBe("rcwwwwwww");
    expect(lastLog()).toBe("Back to step 2 of 9: Exhibitor starts ZooKeeper.");
  });

  it("the last step makes the node healthy: Admin Router comes last", () => {
    press(q(".arch-boot-node-box"), "End");
    expect(states()).toBe("rrrrrrrrc");
    expect(q('.arch-boot-step[aria-current="step"]').dataset.step).toBe("admin-router");
    expect(q(".arch-health").textContent).toBe("Diagnostics: healthy");
    expect(lastLog()).toBe(`Step 9 of 9: Admin Router opens the front door. Waits for Mesos-DNS, to find the Mesos and Marathon leaders. ${master.steps[8]!.does} All 9 steps are ready, so Diagnostics now reports the master healthy.`);
    press(q(".arch-boot-node-box"), "Home");
    expect(states()).toBe("wwwwwwwww");
    expect(lastLog()).toBe("Reset: the master has just booted. Every unit has started; none is ready yet.");
  });

  it("switches to an agent, from the top", () => {
    click("step");
    q('.arch-boot-node[data-sequence="agent"]').click();
    expect(qa(".arch-boot-node").map((b) => b.getAttribute("aria-pressed"))).toEqual(["false", "true"]);
    expect(qa(".arch-boot-step").map((li) => li.dataset.step)).toEqual(agent.steps.map((s) => s.id));
    expect(states()).toBe("wwwww");
    expect(q(".arch-status").textContent).toBe("Ready: 5 steps");
    expect(lastLog()).toBe("The boot of a private agent: 5 steps. Press Step, or the right arrow key.");
    press(q(".arch-boot-node-box"), "ArrowRight");
    press(q(".arch-boot-node-box"), "ArrowRight");
    expect(lastLog()).toBe(`Step 2 of 5: The Mesos agent registers. Waits for a leading master, found through ZooKeeper. ${agent.steps[1]!.does}`);
  });

  it("plays through every step, one per interval", () => {
    vi.useFakeTimers();
    click("play");
    expect(states()).toBe("cwwwwwwww");
    vi.advanceTimersByTime(1000 * 8);
    expect(states()).toBe("rrrrrrrrc");
    expect(figure.stepper.playing()).toBe(false);
  });

  it("fades the new step in, except with reduced motion", () => {
    click("step");
    expect(q(".arch-boot-step.is-current").classList.contains("is-arriving")).toBe(true);
    (window as {matchMedia?: unknown}).matchMedia = (query: string) => ({matches: query === "(prefers-reduced-motion: reduce)"});
    figure = archBoot(arch.boot, ctx);
    document.body.replaceChildren(figure);
    expect(figure.classList.contains("arch-no-motion")).toBe(true);
    click("step");
    expect(q(".arch-boot-step.is-current").classList.contains("is-arriving")).toBe(false);
  });

  it("a step's components describe themselves in the panel on focus", () => {
    q('[data-step="mesos-dns"] .arch-chip').dispatchEvent(new FocusEvent("focus"));
    expect(q(".arch-info .arch-info-title").textContent).toBe("Mesos-DNS");
    expect(q(".arch-info").textContent).toContain("dcos-mesos-dns.service");
  });
});
