// The boot sequences and the task-launch flow against the documented order (S-BOOT21, S-DPM21).
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {docStepOrder, flowActors, placeOf, type BootSequence, type Flow} from "../../../src/lib/index.js";

const out = JSON.parse(execFileSync("node_modules/.bin/tsx", ["src/data/architecture.json.ts"], {encoding: "utf8"})) as {
  boot: BootSequence[];
  flows: Flow[];
  names: Record<string, string>;
};
const flow = (id: string) => out.flows.find((f) => f.id === id)!;

describe("boot sequence", () => {
  it("a master comes up in the documented order", () => {
    expect(out.boot.find((b) => b.id === "master")!.steps.map((s) => s.id)).toEqual([
      "diagnostics", "exhibitor", "mesos-master", "mesos-dns", "networking", "orchestration", "logging-metrics", "security", "admin-router"
    ]);
  });

  it("an agent comes up in the documented order", () => {
    expect(out.boot.find((b) => b.id === "agent")!.steps.map((s) => s.id)).toEqual([
      "diagnostics", "mesos-agent", "networking", "logging-metrics", "admin-router-agent"
    ]);
  });

  it("names the components that become ready at each step", () => {
    const master = out.boot.find((b) => b.id === "master")!;
    expect(master.steps[1]!.components).toEqual(["exhibitor", "zookeeper"]);
    expect(master.steps[5]!.components).toEqual(["marathon", "metronome"]);
  });
});

describe("task launch (distributed process management)", () => {
  const launch = flow("launch-task");

  it("plays the 12 documented steps in order", () => {
    expect(docStepOrder(launch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("each documented step goes between the documented lanes", () => {
    // Lanes of the documented sequence diagram: client, scheduler, master, agent, executor.
    const lane: Record<string, string> = {client: "client", "admin-router": "client", marathon: "scheduler", "mesos-master": "master", allocator: "master", "mesos-agent": "agent", executor: "executor"};
    const byStep = (n: number) => launch.steps.filter((s) => s.docStep === n).map((s) => `${lane[s.from]}>${lane[s.to]}`).at(-1);
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(byStep)).toEqual([
      "master>scheduler", "scheduler>master", "client>scheduler", "master>scheduler", "scheduler>master",
      "master>agent", "agent>executor", "executor>agent", "agent>master", "master>scheduler", "scheduler>client"
    ]);
  });

  it("passes through Admin Router, and offers the documented example resources", () => {
    expect(launch.steps.filter((s) => s.docStep === 4).map((s) => `${s.from}>${s.to}`)).toEqual(["client>admin-router", "admin-router>marathon"]);
    expect(launch.steps.find((s) => s.docStep === 5)!.message).toBe("offer cpus(*):1; mem(*):128; ports(*):[21452-21452]");
  });

  it("lists its actors in order of appearance, each placed on a node type", () => {
    expect(flowActors(launch)).toEqual(["client", "marathon", "allocator", "mesos-master", "admin-router", "mesos-agent", "executor"]);
    expect(flowActors(launch).map(placeOf)).toEqual(["outside", "master", "master", "master", "master", "private-agent", "private-agent"]);
  });
});

describe("the other flows", () => {
  it("exist, each with a source resolved to its title", () => {
    expect(out.flows.map((f) => f.id)).toEqual(["launch-task", "ui-request", "dns-lookup", "package-install"]);
    for (const f of out.flows) expect(f.source.every((s) => typeof s.title === "string" && s.title.length > 0)).toBe(true);
  });

  it("a GUI request finds the leader through Mesos-DNS before reaching it", () => {
    const hops = flow("ui-request").steps.map((s) => `${s.from}>${s.to}`);
    expect(hops.indexOf("admin-router>mesos-dns")).toBeLessThan(hops.indexOf("admin-router>mesos-master"));
  });

  it("names every actor", () => {
    for (const f of out.flows) for (const a of flowActors(f)) expect(out.names[a], a).toBeTruthy();
  });
});

describe("the loader refuses a flow that names an unknown actor", () => {
  it("with file, step and field", () => {
    const dir = mkdtempSync(join(tmpdir(), "wb-arch-"));
    cpSync("data", dir, {recursive: true});
    writeFileSync(join(dir, "architecture/flows.yaml"), readFileSync("data/architecture/flows.yaml", "utf8").replace("to: executor, message: launch", "to: exector, message: launch"));
    const r = spawnSync("node_modules/.bin/tsx", ["src/data/architecture.json.ts"], {encoding: "utf8", env: {...process.env, DATA_DIR: dir}});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${dir}/architecture/flows.yaml: launch-task/steps[9]: to: unknown id "exector"`);
  });
});

describe("layer models", () => {
  const models = (JSON.parse(execFileSync("node_modules/.bin/tsx", ["src/data/architecture.json.ts"], {encoding: "utf8"})) as {layers: {id: string; layers: {id: string; components: string[]; categories: string[]}[]}[]}).layers;

  it("the 1.9+ model has three layers with the eight platform categories", () => {
    const three = models.find((m) => m.id === "three-layers")!;
    expect(three.layers.map((l) => l.id)).toEqual(["software", "platform", "infrastructure"]);
    expect(three.layers[1]!.categories.length).toBe(8);
  });

  it("the 1.7/1.8 model puts Mesos masters and agents in kernel space", () => {
    const two = models.find((m) => m.id === "two-spaces")!;
    expect(two.layers.map((l) => l.id)).toEqual(["user-space", "kernel-space"]);
    expect(two.layers[1]!.components).toEqual(["mesos-master", "mesos-agent"]);
    expect(two.layers[0]!.components).toContain("marathon");
  });
});
