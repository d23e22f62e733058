// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from "vitest";
import {architectureSteps, offerArchitectureFigure, type ArchitectureFigure} from "../../src/components/offerArchitecture.js";
import {sequenceItem} from "../../src/components/offerSequence.js";
import {mesosScenarios, runMesosScenario} from "../../src/lib/mesos/index.js";

const trace = runMesosScenario(mesosScenarios["architecture-example"]!);
const steps = architectureSteps(trace);
let fig: ArchitectureFigure;
const q = <T extends Element = HTMLElement>(sel: string) => fig.querySelector<T & Element>(sel)!;
const button = (action: string) => q<HTMLButtonElement>(`[data-action="${action}"]`);
const text = (sel: string) => [...fig.querySelectorAll(sel)].map((e) => e.textContent);
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));
const offerTo2 = steps.findIndex((e) => e.kind === "offer" && e.data.frameworkId === "framework-2");

describe("offerArchitectureFigure", () => {
  beforeEach(() => {
    fig = offerArchitectureFigure(trace);
    document.body.replaceChildren(fig);
  });

  it("steps through the trace up to the last event that is not a bare allocation", () => {
    expect(steps.length).toBe(25);
    expect(steps.at(-1)!.kind).toBe("ack");
    expect(steps.map((e) => sequenceItem(e).label).slice(0, 8)).toEqual([
      "register: ‹4 CPUs, 4 GB› free",
      "SUBSCRIBE",
      "SUBSCRIBE",
      "allocation round: DRF order",
      "OFFER ‹4 CPUs, 4 GB›",
      "ACCEPT: launch 2 tasks",
      "LAUNCH framework-1.1 ‹2 CPUs, 1 GB›",
      "LAUNCH framework-1.2 ‹1 CPU, 2 GB›"
    ]);
  });

  it("is a labelled figure with six lanes, labelled controls and a focusable stage", () => {
    expect(fig.tagName).toBe("FIGURE");
    expect(document.getElementById(fig.getAttribute("aria-labelledby")!)!.textContent).toBe("The architecture example, one message at a time");
    expect(text(".offer-seq-lane")).toEqual(["Scheduler 1", "Scheduler 2", "Master", "Allocator", "Agent", "Executor"]);
    expect(text(".offer-seq-sub").slice(0, 2)).toEqual(["framework-1", "framework-2"]);
    expect(text(".offer-player button")).toEqual(["Reset", "◀ Back", "▶ Play", "Step ▶"]);
    expect(q(".offer-arch-stage").getAttribute("tabindex")).toBe("0");
    expect(q(".offer-readout").textContent).toBe("Step 0 of 25: press Step");
    expect(button("back").disabled).toBe(true);
    expect(q("[role=log]").getAttribute("aria-live")).toBe("polite");
  });

  it("Step shows the agent's 4 CPUs and 4 GB offered whole to framework 1, then the two tasks", () => {
    for (let i = 0; i < 5; i++) button("step").click();
    expect(q(".offer-readout").textContent).toBe("Step 5 of 25");
    expect(text(".offer-arch-offered")).toEqual(["Offered to framework-1: 4 CPUs, 4 GB"]);
    expect(q(".offer-seq-row.is-current").textContent).toContain("OFFER ‹4 CPUs, 4 GB›");
    expect(q(".offer-explain").textContent).toBe(`0 s · ${steps[4]!.explain}`);
    expect(q("[role=log]").textContent).toBe(`Step 5, at 0 s: ${steps[4]!.explain}`);
    // At the ACCEPT the bars already show the two tasks it launches (LAUNCH operations ride on it).
    button("step").click();
    expect(q(".offer-seq-row.is-current").textContent).toContain("ACCEPT: launch 2 tasks");
    expect(q(".offer-arch-used").textContent).toBe("Used by tasks: 3 CPUs, 3 GB");
    for (let i = 0; i < 2; i++) button("step").click();
    expect(q(".offer-arch-used").textContent).toBe("Used by tasks: 3 CPUs, 3 GB");
    expect(text(".offer-arch-offered")).toEqual(["No outstanding offer"]);
    expect(q(".offer-arch-free").textContent).toBe("Free: 1 CPU, 1 GB");
    expect(fig.querySelectorAll(".offer-seg.is-starting").length).toBe(4); // two tasks, two bars
  });

  it("stepped to the offer for framework 2, shows 1 CPU and 1 GB offered, and its share", () => {
    fig.player.go(offerTo2);
    expect(text(".offer-arch-offered")).toEqual(["Offered to framework-2: 1 CPU, 1 GB"]);
    expect(q(".offer-arch-free").textContent).toBe("Free: 0 CPUs, 0 GB");
    const rows = [...fig.querySelectorAll(".offer-arch-frameworks tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["framework-1", "2", "3 CPUs, 3 GB", "3/4"],
      ["framework-2", "0", "1 CPU, 1 GB", "1/4"]
    ]);
    expect(fig.querySelectorAll(".offer-seg.is-offer").length).toBe(2);
  });

  it("arrow keys step and go back, Home resets, End jumps to the last step", () => {
    const stage = q(".offer-arch-stage");
    key(stage, "ArrowRight");
    key(stage, "ArrowRight");
    expect(q(".offer-readout").textContent).toBe("Step 2 of 25");
    key(stage, "ArrowLeft");
    expect(q(".offer-readout").textContent).toBe("Step 1 of 25");
    expect(q(".offer-explain").textContent).toBe("0 s · agent-1 registers with the master and reports 4 CPUs and 4096 MB free.");
    key(stage, "End");
    expect(q(".offer-readout").textContent).toBe("Step 25 of 25");
    expect(button("step").disabled).toBe(true);
    expect(q(".offer-arch-used").textContent).toBe("Used by tasks: 4 CPUs, 4 GB");
    // Only the newest ten messages are drawn.
    expect(fig.querySelectorAll(".offer-seq-row").length).toBe(10);
    key(stage, "Home");
    expect(q(".offer-readout").textContent).toBe("Step 0 of 25: press Step");
    expect(fig.querySelectorAll(".offer-seq-row").length).toBe(0);
  });

  it("Back and Reset buttons", () => {
    fig.player.go(10);
    button("back").click();
    expect(q(".offer-readout").textContent).toBe("Step 10 of 25");
    button("reset").click();
    expect(q(".offer-readout").textContent).toBe("Step 0 of 25: press Step");
    expect(q(".offer-arch-used").textContent).toBe("agent-1 has not registered yet");
  });

  it("Play moves one step per interval and Pause stops", async () => {
    fig = offerArchitectureFigure(trace, {intervalMs: 60});
    document.body.replaceChildren(fig);
    button("play").click();
    expect(button("play").getAttribute("aria-pressed")).toBe("true");
    expect(button("play").textContent).toBe("‖ Pause");
    await new Promise((r) => setTimeout(r, 400));
    expect(fig.player.playing()).toBe(true);
    button("play").click();
    const at = fig.player.index();
    expect(at).toBeGreaterThan(1);
    expect(at).toBeLessThan(24);
    expect(button("play").textContent).toBe("▶ Play");
    await new Promise((r) => setTimeout(r, 150));
    expect(fig.player.index()).toBe(at);
  });

  it("Play at the last step starts again from the beginning", () => {
    fig.player.go(24);
    button("play").click();
    expect(fig.player.index()).toBe(-1);
    button("play").click();
  });

  it("has a table of every step", () => {
    const rows = fig.querySelectorAll(".offer-table tbody tr");
    expect(rows.length).toBe(25);
    expect([...rows[4]!.children].map((c) => c.textContent).slice(0, 3)).toEqual(["5", "0 s", "OFFER ‹4 CPUs, 4 GB› Allocator → Scheduler 1"]);
  });
});
