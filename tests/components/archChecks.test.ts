// @vitest-environment jsdom
// The chapter's questions (data/checks/architecture.yaml) agree with the data the figures draw, and
// their predict-then-run questions run a real hop of a flow.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {describe, expect, it} from "vitest";
import {archContext, type ArchComponent} from "../../src/components/archInfo.js";
import {runFlowScenario} from "../../src/components/archFlows.js";
import {whereInModel} from "../../src/components/archLayers.js";
import {checksList} from "../../src/components/checks.js";
import type {BootSequence, Flow, LayerModel} from "../../src/lib/architecture/model.js";
import {componentsOn, placementDiff} from "../../src/lib/architecture/placement.js";
import {parseChecks} from "../../src/lib/course/checks.schema.js";

const load = (file: string) => JSON.parse(execFileSync("node_modules/.bin/tsx", [file], {encoding: "utf8", maxBuffer: 1 << 26}));
const arch = load("src/data/architecture.json.ts") as {layers: LayerModel[]; boot: BootSequence[]; flows: Flow[]; names: Record<string, string>};
const components = load("src/data/components.json.ts") as ArchComponent[];
const ctx = archContext(components, [], arch.names);
const checks = parseChecks(parse(readFileSync("data/checks/architecture.yaml", "utf8")), "data/checks/architecture.yaml");
const check = (id: string) => checks.find((c) => c.id === id)!;
const correct = (id: string) => {
  const c = check(id);
  return c.type === "numeric" ? String(c.answer) : c.options.find((o) => o.correct)!.text;
};

describe("architecture checks", () => {
  it("has choice, numeric and predict questions", () => {
    expect(checks.map((c) => c.type)).toEqual(["choice", "choice", "choice", "choice", "numeric", "predict", "predict"]);
  });

  it("the agent hears of a task at the documented step the launch flow gives", () => {
    const launch = arch.flows.find((f) => f.id === "launch-task")!;
    expect(check("agent-hears-of-task").type === "numeric" && check("agent-hears-of-task")).toMatchObject({answer: launch.steps.find((s) => s.to === "mesos-agent")!.docStep});
  });

  it("public and private agents differ by the Mesos agent's unit in 2.1", () => {
    const {onlyA, onlyB} = placementDiff(components, "private-agent", "public-agent", "2.1");
    const unit = (type: "private-agent" | "public-agent", id: string) => componentsOn(components, type, "2.1").find((p) => p.component.id === id)!.units;
    expect([onlyA.map((c) => c.id), onlyB.map((c) => c.id)]).toEqual([["mesos-agent"], ["mesos-agent-public"]]);
    expect(correct("public-vs-private-units")).toContain(`${unit("private-agent", "mesos-agent")[0]} on private agents, ${unit("public-agent", "mesos-agent-public")[0]} on public ones`);
  });

  it("Marathon's place in each layer model is the one the answer gives", () => {
    const [three, two] = arch.layers;
    expect(whereInModel(three!, ctx, "marathon", "2.1")).toBe("the platform layer (Container orchestration)");
    expect(whereInModel(two!, ctx, "marathon", "1.8")).toBe("user space");
    expect(correct("marathon-layer")).toBe("In the platform layer, in the container orchestration group.");
  });

  it("Admin Router is the master's last boot step and waits for Mesos-DNS", () => {
    const master = arch.boot.find((b) => b.id === "master")!;
    expect(master.steps.at(-1)!.components).toEqual(["admin-router"]);
    expect(master.steps.at(-1)!.waitsFor).toMatch(/^Mesos-DNS/);
    expect(correct("admin-router-last")).toMatch(/^It needs Mesos-DNS/);
  });

  it("each predict question runs the hop its correct answer describes", () => {
    expect(runFlowScenario(arch.flows, ctx, (check("decline-when-idle") as {scenario: string}).scenario)).toMatch(/^Hop 4 of 14 \(documented step 3 of 12\): Marathon → Mesos master, “decline”\./);
    expect(runFlowScenario(arch.flows, ctx, (check("find-the-leader") as {scenario: string}).scenario)).toMatch(/^Hop 3 of 7: Admin Router → Mesos-DNS, “leader\.mesos\?”\./);
  });

  it("renders with checksList, and running a prediction shows the hop", () => {
    document.body.replaceChildren(checksList(checks, {run: (scenario) => runFlowScenario(arch.flows, ctx, scenario)}));
    const box = document.querySelector('[data-check="decline-when-idle"]')!;
    box.querySelectorAll<HTMLInputElement>("input")[1]!.click();
    const run = box.querySelector<HTMLButtonElement>("button")!;
    expect(run.textContent).toBe("Play hop 4 of the launch");
    run.click();
    expect(box.querySelector(".wb-outcome")!.textContent).toBe(
      "What happened: Hop 4 of 14 (documented step 3 of 12): Marathon → Mesos master, “decline”. Marathon has nothing waiting to launch, so it declines the offer."
    );
    expect(box.querySelector(".wb-feedback")!.textContent).toMatch(/^Correct\. /);
  });
});
