// @vitest-environment jsdom
import {beforeAll, beforeEach, describe, expect, it} from "vitest";
import {offerPlayground, playgroundPresets, prettyPath, type PlaygroundFigure} from "../../src/components/offerPlayground.js";
import {mesosScenarios, runMesosScenario} from "../../src/lib/mesos/index.js";

let fig: PlaygroundFigure;
const q = <T extends Element = HTMLElement>(sel: string) => fig.querySelector<T & Element>(sel)!;
const button = (action: string) => q<HTMLButtonElement>(`[data-action="${action}"]`);
const control = <T extends HTMLElement = HTMLSelectElement>(name: string) => q<T>(`[data-control="${name}"]`);
const readout = () => q('[data-readout="time"]').textContent;
const narrated = () => [...q("[role=log]").children].map((p) => p.textContent).at(-1);
const roles = () => [...fig.querySelectorAll(".offer-roles tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
const choose = async (name: string, value: string) => {
  const el = control(name);
  el.value = value;
  el.dispatchEvent(new Event("change", {bubbles: true}));
  await fig.ready();
};
const scrub = (ms: number) => {
  const slider = control<HTMLInputElement>("time");
  slider.value = String(ms);
  slider.dispatchEvent(new Event("input", {bubbles: true}));
};
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));
const freePlay = runMesosScenario(mesosScenarios["free-play"]!);

beforeAll(() => {
  // jsdom has no canvas; the 1,000-agent view draws nothing here (the browser suite draws it).
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
});

describe("offerPlayground", () => {
  beforeEach(async () => {
    fig = offerPlayground({width: 800});
    document.body.replaceChildren(fig);
    await fig.ready();
  });

  it("is a labelled figure with labelled controls and the seven presets", () => {
    expect(document.getElementById(fig.getAttribute("aria-labelledby")!)!.textContent).toBe("Free-play simulator");
    const labels = [...fig.querySelectorAll(".offer-row > label.offer-field, .offer-row label.offer-field")].map((l) => l.firstChild!.textContent);
    expect(labels).toEqual(["Scenario", "Speed", "Cluster time", "Agent"]);
    expect([...control("preset").options].map((o) => o.value)).toEqual(playgroundPresets().map((p) => p.id));
    expect([...control("speed").options].map((o) => o.textContent)).toEqual(["0.25×", "0.5×", "1×", "2×", "5×", "10×"]);
    expect(control("speed").value).toBe("2");
    expect(q(".offer-cluster-box").getAttribute("tabindex")).toBe("0");
    expect(q(".offer-status").textContent).toBe(`5 agents, 3 frameworks: ${freePlay.events.length} events in 60 s of cluster time.`);
    expect([...fig.querySelectorAll(".offer-legend li")].map((l) => l.textContent).slice(0, 3)).toEqual(["marathon (role services)", "spark (role analytics)", "jenkins (role ci)"]);
  });

  it("draws five labelled agent cards with SVG and two SVG charts", () => {
    expect(q(".offer-cluster").getAttribute("data-mode")).toBe("cards");
    expect([...fig.querySelectorAll(".offer-agent")].map((g) => g.getAttribute("data-agent"))).toEqual(["agent-1", "agent-2", "agent-3", "agent-4", "agent-5"]);
    expect(fig.querySelectorAll(".offer-chart svg").length).toBe(2);
    expect(fig.querySelectorAll(".offer-chart .offer-now").length).toBe(2);
    expect(readout()).toBe("0 s of 60 s");
  });

  it("Step moves to the next moment with events, Back returns; both narrate the model's sentence", () => {
    button("step").click();
    expect(readout()).toBe("0.1 s of 60 s");
    const i = freePlay.indexAt(100);
    const first = freePlay.events.findIndex((e) => e.time === 100);
    expect(narrated()).toBe(`0.1 s: ${freePlay.events[first]!.explain} (and ${i - first} more events at this moment)`);
    expect(q(".offer-events li.is-current").textContent).toBe(`0.1 s ${freePlay.events[i]!.explain}`);
    expect(fig.querySelectorAll(".offer-events li").length).toBe(8);
    button("back").click();
    expect(readout()).toBe("0 s of 60 s");
  });

  it("the time slider scrubs both ways: agent-3 fails at 20 s and is back before it", () => {
    scrub(20_000);
    expect(readout()).toBe("20 s of 60 s");
    expect(q('[data-agent="agent-3"]').textContent).toContain("(removed)");
    expect(q('[data-agent="agent-3"] path')).not.toBeNull();
    scrub(5_000);
    expect(q('[data-agent="agent-3"]').textContent).not.toContain("removed");
    expect(q('[data-agent="agent-3"]').querySelectorAll(".offer-cell-task, .offer-cell-starting").length).toBeGreaterThan(0);
    expect(control<HTMLInputElement>("time").getAttribute("aria-valuetext")).toBe("5 s of 60 s");
  });

  it("the starvation preset: greedy holds the whole free agent on offer, spark a quarter", async () => {
    await choose("preset", "greedy-decliner-starvation");
    expect(q(".offer-description").textContent).toBe(mesosScenarios["greedy-decliner-starvation"]!.description);
    scrub(15_000);
    expect(roles()).toEqual([
      ["analytics", "1", "spark", "1", "2 CPUs, 2 GB", "1/4"],
      ["greedy", "1", "greedy", "0", "6 CPUs, 6 GB", "3/4"]
    ]);
    scrub(14_500); // between the decline and the next offer
    expect(roles()[1]).toEqual(["greedy", "1", "greedy", "0", "0 CPUs, 0 GB", "0"]);
  });

  it("the weights preset: prod (weight 2) ends with twice dev's CPUs", async () => {
    await choose("preset", "weights");
    expect(fig.querySelectorAll(".offer-agent").length).toBe(6);
    scrub(5_000);
    expect(roles()).toEqual([
      ["prod", "2", "prod-web", "8", "8 CPUs, 8 GB", "1/3"],
      ["dev", "1", "dev-web", "4", "4 CPUs, 4 GB", "1/3"]
    ]);
  });

  it("keyboard on the cluster: arrows step, End and Home jump, Space plays and pauses", async () => {
    const box = q(".offer-cluster-box");
    key(box, "ArrowRight");
    expect(readout()).toBe("0.1 s of 60 s");
    key(box, "End");
    expect(readout()).toBe("60 s of 60 s");
    key(box, "ArrowLeft");
    expect(readout()).toBe(`${freePlay.previousTime(60_000)! / 1000} s of 60 s`);
    key(box, "Home");
    expect(readout()).toBe("0 s of 60 s");
    key(box, " ");
    expect(fig.playing()).toBe(true);
    expect(button("play").textContent).toBe("‖ Pause");
    expect(narrated()).toBe("Playing at 2×.");
    await new Promise((r) => setTimeout(r, 250));
    key(box, " ");
    expect(fig.playing()).toBe(false);
    expect(fig.time()).toBeGreaterThan(0);
    expect(narrated()).toMatch(/^Paused at \d+(\.\d)? s\.$/);
  });

  it("Play advances cluster time at the chosen speed; Pause holds it", async () => {
    await choose("speed", "10");
    expect(narrated()).toBe("Speed 10×.");
    button("play").click();
    await new Promise((r) => setTimeout(r, 300));
    button("play").click();
    const t = fig.time();
    expect(t).toBeGreaterThan(1000);
    await new Promise((r) => setTimeout(r, 100));
    expect(fig.time()).toBe(t);
  });

  it("removing an agent forks the run at that moment: the past is unchanged", async () => {
    scrub(10_000);
    await choose("agent", "agent-4");
    expect(q(".offer-agent-detail").textContent).toMatch(/^agent-4 \(rack r2\): 8 CPUs, 16 GB\. /);
    button("remove-agent").click();
    await fig.ready();
    expect(q('[data-readout="faults"]').textContent).toBe("Scheduled: agent-3 fails at 20 s; agent-4 removed at 10 s.");
    const trace = fig.trace()!;
    const before = (t: typeof trace) => t.events.filter((e) => e.time < 10_000);
    expect(before(trace)).toEqual(before(freePlay));
    expect(trace.events.find((e) => e.time === 10_000 && e.kind === "agent-removed")!.explain).toMatch(/^agent-4 is removed \(the operator removed it\)/);
    expect(readout()).toBe("10 s of 60 s");
    expect(q(".offer-agent-detail").textContent).toMatch(/^agent-4 \(rack r2\) was removed at 10 s/);
    expect(q('[data-agent="agent-4"]').textContent).toContain("(removed)");
  });

  it("clicking an agent selects it and says what it holds", () => {
    scrub(1_000);
    q('[data-agent="agent-1"]').dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(control("agent").value).toBe("agent-1");
    expect(q(".offer-selected")).not.toBeNull();
    expect(narrated()).toBe(q(".offer-agent-detail").textContent);
    expect(q(".offer-agent-detail").textContent).toMatch(/^agent-1 \(rack r1\): 4 CPUs, 8 GB\. Tasks: /);
  });

  it("the log can show offers, answers and faults only", () => {
    scrub(20_000);
    const only = control<HTMLInputElement>("offers-only");
    only.checked = true;
    only.dispatchEvent(new Event("change"));
    const kinds = [...fig.querySelectorAll(".offer-events li")].map((l) => l.getAttribute("data-kind"));
    expect(kinds.length).toBe(8);
    expect(kinds.every((k) => ["offer", "accept", "decline", "rescind", "offer-timeout", "filter-expired", "suppress", "revive", "agent-removed", "launch"].includes(k!))).toBe(true);
  });

  it("settings: three agents of 4 CPUs and 8 GB, keeping the preset's racks", async () => {
    const set = (field: string, value: string) => (q<HTMLInputElement>(`input[data-field="${field}"]`).value = value);
    expect(q<HTMLInputElement>('input[data-field="agents"]').value).toBe("5");
    expect(q<HTMLInputElement>('input[data-field="agent-cpus"]').value).toBe("");
    expect(q<HTMLInputElement>('input[data-field="agent-cpus"]').placeholder).toBe("mixed");
    set("agents", "3");
    set("agent-cpus", "4");
    set("agent-mem", "8");
    button("run").click();
    await fig.ready();
    expect(q(".offer-status").textContent).toMatch(/^3 agents, 3 frameworks: /);
    const agents = fig.trace()!.scenario.agents.map((a) => [a.id, a.resources.cpus, a.resources.mem, a.attributes.rack]);
    expect(agents).toEqual([
      ["agent-1", 4, 8192, "r1"],
      ["agent-2", 4, 8192, "r1"],
      ["agent-3", 4, 8192, "r2"]
    ]);
    // The preset's fault on agent-3 still applies.
    expect(q('[data-readout="faults"]').textContent).toBe("Scheduled: agent-3 fails at 20 s.");
  });

  it("settings: forty agents are drawn as small SVG cells", async () => {
    q<HTMLInputElement>('input[data-field="agents"]').value = "40";
    button("run").click();
    await fig.ready();
    expect(q(".offer-cluster").getAttribute("data-mode")).toBe("cells");
    expect(fig.querySelectorAll(".offer-agent").length).toBe(40);
  });

  it("settings: a framework's fields, added and removed rows, and clear messages for bad input", async () => {
    const rows = () => [...fig.querySelectorAll(".offer-frameworks tbody tr")];
    expect(rows().map((r) => (r.querySelector('[data-col="name"]') as HTMLInputElement).value)).toEqual(["marathon", "spark", "jenkins"]);
    const spark = rows()[1]!;
    const cols = [...spark.querySelectorAll("input, select")].map((el) => [el.getAttribute("aria-label"), (el as HTMLInputElement).value]);
    expect(cols).toEqual([
      ["Framework 2: name", "spark"],
      ["spark: role", "analytics"],
      ["spark: role weight", "1"],
      ["spark: CPUs per task", "2"],
      ["spark: memory per task in GB", "4"],
      ["spark: tasks to launch", "8"],
      ["spark: answer to offers", "launch"],
      ["spark: refuse_seconds", "5"]
    ]);
    button("add-framework").click();
    expect(rows().length).toBe(4);
    expect((rows()[3]!.querySelector('[data-col="name"]') as HTMLInputElement).value).toBe("fw-4");
    rows()[3]!.querySelector<HTMLButtonElement>('[data-action="remove-framework"]')!.click();
    expect(rows().length).toBe(3);
    // A weight of 0: the form says which framework and field.
    (rows()[0]!.querySelector('[data-col="weight"]') as HTMLInputElement).value = "0";
    button("run").click();
    expect(q(".offer-problems").textContent).toBe("Please check:\n• Framework 1 (marathon), weight: a number above 0.");
    expect(rows()[0]!.querySelector('[data-col="weight"]')!.getAttribute("aria-invalid")).toBe("true");
    // Two weights for one role: the model's check, with the framework named.
    (rows()[0]!.querySelector('[data-col="weight"]') as HTMLInputElement).value = "1";
    (rows()[1]!.querySelector('[data-col="role"]') as HTMLInputElement).value = "services";
    (rows()[1]!.querySelector('[data-col="weight"]') as HTMLInputElement).value = "2";
    button("run").click();
    expect(q(".offer-problems").textContent).toBe('This scenario cannot run:\n• Framework 2 (spark), weight: role "services" already has weight 1');
    expect(q(".offer-status").textContent).toBe("The last run that worked is still shown.");
  });

  it("settings: greedy with refuse_seconds 5 lets spark launch again", async () => {
    await choose("preset", "greedy-decliner-starvation");
    const greedy = [...fig.querySelectorAll(".offer-frameworks tbody tr")][1]!;
    (greedy.querySelector('[data-col="refuse"]') as HTMLInputElement).value = "5";
    button("run").click();
    await fig.ready();
    const launches = fig.trace()!.events.filter((e) => e.kind === "launch").map((e) => e.time);
    expect(launches).toEqual([100, 6100, 12100]);
  });

  it("the 1,000-agent preset is simulated after a paint and drawn on a canvas", async () => {
    control("preset").value = "scale-1000";
    control("preset").dispatchEvent(new Event("change"));
    expect(fig.getAttribute("data-state")).toBe("computing");
    expect(q(".offer-status").textContent).toBe("Simulating 1,000 agents…");
    await fig.ready();
    expect(fig.getAttribute("data-state")).toBe("ready");
    expect(q(".offer-cluster").getAttribute("data-mode")).toBe("canvas");
    expect(fig.querySelectorAll(".offer-cluster canvas").length).toBe(1);
    expect(fig.querySelectorAll(".offer-agent").length).toBe(0);
    expect(control("agent").options.length).toBe(1000);
    expect(readout()).toBe("0 s of 20 s");
  }, 30_000);
});

describe("prettyPath", () => {
  it("names the framework or agent a problem is about", () => {
    const s = {agents: [{id: "a", resources: {cpus: 1, mem: 1}}], frameworks: [{name: "web", task: {cpus: 1, mem: 1}}]};
    expect(prettyPath("frameworks[0].task.cpus: expected a positive number", s)).toBe("Framework 1 (web), task cpus: expected a positive number");
    expect(prettyPath("agents[0].resources.mem: expected a positive number", s)).toBe("Agent 1, resources mem: expected a positive number");
    expect(prettyPath("frameworks[0].name: duplicate", s)).toBe("Framework 1 (web), name: duplicate");
  });
});
