// @vitest-environment jsdom
import {execFileSync} from "node:child_process";
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {archContext, type ArchComponent} from "../../src/components/archInfo.js";
import {archFlows, hopCurve, layoutActors, runFlowScenario, type FlowsElement} from "../../src/components/archFlows.js";
import {placeOf} from "../../src/lib/architecture/actors.js";
import type {Flow} from "../../src/lib/architecture/model.js";
import {clusterNodes} from "../../src/lib/architecture/placement.js";

const load = (file: string) => JSON.parse(execFileSync("node_modules/.bin/tsx", [file], {encoding: "utf8", maxBuffer: 1 << 26}));
const arch = load("src/data/architecture.json.ts") as {flows: Flow[]; names: Record<string, string>};
const components = load("src/data/components.json.ts") as ArchComponent[];
const nodes = clusterNodes(load("src/data/demo-cluster.json.ts"));
const ctx = archContext(components, [], arch.names);
const flow = (id: string) => arch.flows.find((f) => f.id === id)!;

let figure: FlowsElement;
const q = <E extends Element = HTMLElement>(sel: string) => figure.querySelector<E & Element>(sel)!;
const qa = (sel: string) => [...figure.querySelectorAll<HTMLElement>(sel)];
const lastLog = () => q('[role="log"]').lastElementChild?.textContent;
const press = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true}));
const click = (cls: string) => q<HTMLButtonElement>(`.arch-${cls}`).click();
const current = () => ({
  hop: q(".arch-flow-hop.is-current")?.getAttribute("data-hop"),
  active: qa(".arch-flow-actor.is-active").map((g) => g.dataset.actor),
  item: q('.arch-flow-item[aria-current="step"]')?.dataset.hop
});

describe("archFlows", () => {
  beforeEach(() => {
    figure = archFlows(arch.flows, ctx, {nodes});
    document.body.replaceChildren(figure);
  });
  afterEach(() => {
    figure.stepper.destroy();
    vi.useRealTimers();
    delete (window as {matchMedia?: unknown}).matchMedia;
  });

  it("is a labelled figure with a select of the four flows, a drawing and the list of hops", () => {
    expect(document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent).toBe("Request flows, hop by hop");
    expect(qa(".arch-flow-select option").map((o) => o.textContent)).toEqual([
      "Launching a task",
      "A GUI or CLI request",
      "A DNS lookup from a task",
      "Installing a package from the catalog"
    ]);
    expect(q("label[for]").textContent).toBe("Flow");
    expect(qa(".arch-flow-item").length).toBe(14);
    expect(qa(".arch-flow-hop").length).toBe(14);
    expect(qa(".arch-flow-actor").map((g) => g.dataset.actor)).toEqual(["client", "marathon", "allocator", "mesos-master", "admin-router", "mesos-agent", "executor"]);
    expect(qa(".arch-flow-region-title").map((t) => t.textContent)).toEqual(["Outside", "the cluster", "Leading master", "10.0.0.11", "Private agent", "e.g. 10.0.1.21"]);
    expect(q(".arch-flow-summary").textContent).toBe(flow("launch-task").summary);
    expect(current()).toEqual({hop: undefined, active: [], item: undefined});
    expect(q(".arch-status").textContent).toBe("Ready: 14 hops");
  });

  it("shows the documented step number on each hop that has one", () => {
    expect(qa(".arch-flow-item").map((li) => li.querySelector(".arch-docstep")?.textContent?.replace("documented step ", ""))).toEqual(
      ["1", "2", "2", "3", "4", "4", "5", "6", "7", "8", "9", "10", "11", "12"]
    );
    expect(q(".arch-flow-hops-note").textContent).toBe("Hops in order; the circled number is the step of the documented 12-step sequence.");
    figure.showFlow("ui-request");
    expect(qa(".arch-docstep").length).toBe(0);
    expect(q(".arch-flow-hops-note").textContent).toBe("Hops in order.");
    figure.showFlow("package-install");
    expect(qa(".arch-flow-summary code").map((c) => c.textContent)).toEqual(["dcos package install"]);
  });

  it("stepping to hop 9, documented step 7, highlights Mesos master → Mesos agent and narrates it", () => {
    for (let i = 0; i < 9; i++) click("step");
    expect(current()).toEqual({hop: "9", active: ["mesos-master", "mesos-agent"], item: "9"});
    expect(q(".arch-flow-hop.is-current").getAttribute("marker-end")).toMatch(/^url\(#arch-arrow-\d+\)$/);
    expect(qa(".arch-flow-hop.is-done").length).toBe(8);
    expect(lastLog()).toBe("Hop 9 of 14 (documented step 7 of 12): Mesos master → Mesos agent, “run task”. The master tells the agent that owns those resources to launch the task.");
    expect(q(".arch-flow-caption").textContent).toBe("Hop 9 of 14 (documented step 7 of 12): Mesos master → Mesos agent: run task");
    expect(q(".arch-flow-label text").textContent).toBe("run task");
    // The panel describes where the message goes.
    expect(q(".arch-info .arch-info-title").textContent).toBe("Mesos agent");
  });

  it("Back returns to the hop before and says so; Reset clears the drawing", () => {
    for (let i = 0; i < 4; i++) click("step");
    click("back");
    expect(current()).toEqual({hop: "3", active: ["marathon", "mesos-master"], item: "3"});
    expect(lastLog()).toBe("Back to hop 3 of 14 (documented step 2 of 12): Mesos master → Marathon, “resource offer”. The master offers that agent's resources to Marathon.");
    click("reset");
    expect(current()).toEqual({hop: undefined, active: [], item: undefined});
    expect(lastLog()).toBe("Reset: “Launching a task” has not begun.");
  });

  it("arrow keys step when the figure has focus; End jumps to the last hop", () => {
    const stage = q(".arch-flow-stage");
    expect(stage.getAttribute("tabindex")).toBe("0");
    press(stage, "ArrowRight");
    press(stage, "ArrowRight");
    expect(current().hop).toBe("2");
    expect(lastLog()).toBe(`Hop 2 of 14 (documented step 2 of 12): Allocator → Mesos master, “pick a framework (DRF)”. ${flow("launch-task").steps[1]!.explain}`);
    press(stage, "ArrowLeft");
    expect(current().hop).toBe("1");
    press(q('.arch-flow-actor[data-actor="marathon"]'), "End");
    expect(current()).toEqual({hop: "14", active: ["client", "marathon"], item: "14"});
    press(stage, "Home");
    expect(current().hop).toBeUndefined();
  });

  it("choosing another flow redraws its actors in their places and starts it from the top", () => {
    click("step");
    const select = q<HTMLSelectElement>(".arch-flow-select");
    select.value = "dns-lookup";
    select.dispatchEvent(new Event("change"));
    expect(qa(".arch-flow-actor").map((g) => g.dataset.actor)).toEqual(["task", "dcos-net", "mesos-dns"]);
    expect(qa(".arch-flow-item").length).toBe(4);
    expect(q(".arch-status").textContent).toBe("Ready: 4 hops");
    expect(lastLog()).toBe(`A DNS lookup from a task: 4 hops. ${flow("dns-lookup").summary}`);
    click("step");
    click("step");
    expect(current()).toEqual({hop: "2", active: ["dcos-net", "mesos-dns"], item: "2"});
    expect(lastLog()).toBe(`Hop 2 of 4: DC/OS Net → Mesos-DNS, “web.marathon.mesos A? (to two masters)”. ${flow("dns-lookup").steps[1]!.explain}`);
  });

  it("an actor talking to itself gets a loop (Admin Router checks the token)", () => {
    figure.showFlow("ui-request");
    click("step");
    click("step");
    expect(current()).toEqual({hop: "2", active: ["admin-router"], item: "2"});
    expect(lastLog()).toBe(`Hop 2 of 7: Admin Router, on its own, “check auth token”. ${flow("ui-request").steps[1]!.explain}`);
  });

  it("plays a whole flow one hop per interval", () => {
    vi.useFakeTimers();
    figure.showFlow("package-install");
    click("play");
    expect(current().hop).toBe("1");
    vi.advanceTimersByTime(2400 * 6);
    expect(current().hop).toBe("7");
    expect(figure.stepper.playing()).toBe(false);
    expect(lastLog()).toBe(`Hop 7 of 7: Service scheduler → Mesos master, “SUBSCRIBE”. ${flow("package-install").steps[6]!.explain}`);
  });

  it("the message travels from sender to receiver, or jumps there with reduced motion", () => {
    const curve = () => {
      const {boxes} = layoutActors(flow("launch-task"));
      return hopCurve(boxes.get("client")!, boxes.get("marathon")!);
    };
    const dot = () => [Number(q(".arch-flow-dot").getAttribute("cx")), Number(q(".arch-flow-dot").getAttribute("cy"))];
    click("step");
    if (typeof requestAnimationFrame === "function") expect(dot()).toEqual([curve()[0].x, curve()[0].y]);
    click("reset");
    (window as {matchMedia?: unknown}).matchMedia = (query: string) => ({matches: query === "(prefers-reduced-motion: reduce)"});
    click("step");
    expect(dot()).toEqual([curve()[3].x, curve()[3].y]);
  });

  it("places every actor of every flow in the region of its place", () => {
    const regions = {outside: [0, 100], master: [116, 320], "private-agent": [336, 540]} as Record<string, [number, number]>;
    for (const f of arch.flows) {
      for (const [id, box] of layoutActors(f).boxes) {
        const [from, to] = regions[placeOf(id)]!;
        expect(box.x >= from && box.x + box.w <= to, `${f.id}: ${id}`).toBe(true);
      }
    }
  });

  it("hovering or focusing an actor describes it in the panel", () => {
    q('.arch-flow-actor[data-actor="allocator"]').dispatchEvent(new Event("mouseenter"));
    expect(q(".arch-info").textContent).toContain("The part of the leading Mesos master that decides which framework is offered which resources.");
    q('.arch-flow-actor[data-actor="mesos-master"]').dispatchEvent(new FocusEvent("focus"));
    expect(q(".arch-info .arch-info-title").textContent).toBe("Apache Mesos master");
    expect(q(".arch-info").textContent).toContain("dcos-mesos-master.service");
  });
});

describe("runFlowScenario", () => {
  it("gives the sentence of a hop, and says when a scenario is unknown", () => {
    expect(runFlowScenario(arch.flows, ctx, "flow:launch-task:4")).toBe(
      "Hop 4 of 14 (documented step 3 of 12): Marathon → Mesos master, “decline”. Marathon has nothing waiting to launch, so it declines the offer."
    );
    expect(runFlowScenario(arch.flows, ctx, "flow:launch-task:99")).toBe("Unknown scenario “flow:launch-task:99”.");
    expect(runFlowScenario(arch.flows, ctx, "boot:master")).toBe("Unknown scenario “boot:master”.");
  });

  it("moves a figure to that hop when given one", () => {
    const fig = archFlows(arch.flows, ctx);
    document.body.replaceChildren(fig);
    runFlowScenario(arch.flows, ctx, "flow:ui-request:3", fig);
    expect(fig.querySelector<HTMLSelectElement>(".arch-flow-select")!.value).toBe("ui-request");
    expect(fig.stepper.position()).toBe(3);
  });
});
