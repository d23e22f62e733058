import {describe, expect, it} from "vitest";
import {
  ScenarioError,
  mesosScenarioProblems,
  mesosScenarios,
  parseMesosScenario,
  scenarios,
  type MesosScenario
} from "../../../src/lib/index.js";

const base: MesosScenario = {
  agents: [{id: "agent-1", resources: {cpus: 4, mem: 4096}}],
  frameworks: [{name: "fw", task: {cpus: 1, mem: 128}}]
};

function problems(patch: Record<string, unknown>): string[] {
  return mesosScenarioProblems({...base, ...patch});
}

describe("scenario validation", () => {
  it("fills in the documented defaults", () => {
    const s = parseMesosScenario(base);
    expect(s.seed).toBe(1);
    expect(s.parameters).toEqual({allocationIntervalMs: 1000, offerTimeoutMs: null, untilMs: 60000});
    expect(s.agents[0]).toEqual({id: "agent-1", resources: {cpus: 4, mem: 4096, disk: 0}, ports: [], attributes: {}, addAt: 0});
    const fw = s.frameworks[0]!;
    expect(fw).toMatchObject({role: "*", weight: 1, instances: 1, behaviour: "launch", refuseSeconds: 5, suppressWhenDone: false});
    expect(fw.tasks).toEqual([{cpus: 1, mem: 128, disk: 0, ports: 0, durationMs: null, outcome: "finished"}]);
  });

  it("names the path of each problem", () => {
    const input = {
      ...base,
      frameworks: [{name: "ok", task: {cpus: 1, mem: 1}}, {name: "bad", task: {cpus: -2, mem: 1}}]
    };
    expect(() => parseMesosScenario(input)).toThrow(ScenarioError);
    expect(() => parseMesosScenario(input)).toThrow("frameworks[1].task.cpus: expected a positive number");
  });

  it("lists every problem, one per line", () => {
    let error: unknown;
    try {
      parseMesosScenario({
        agents: [{id: "a", resources: {cpus: 0, mem: "lots"}}],
        frameworks: [{name: "x", task: [{cpus: 1, mem: 1}, {cpus: 1}]}],
        parameters: {allocationIntervalMs: 0},
        faults: [{at: 1, action: "explode", target: "a"}]
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).message.split("\n")).toEqual([
      "agents[0].resources.cpus: expected a positive number",
      "agents[0].resources.mem: expected a positive number",
      "frameworks[0].task[1].mem: expected a positive number",
      "parameters.allocationIntervalMs: expected a positive number",
      "faults[0].action: expected one of: remove-agent, kill-agent, kill-task"
    ]);
  });

  it("rejects unknown fields (typos)", () => {
    expect(problems({frameworks: [{name: "fw", task: {cpu: 1, mem: 1}}]})).toEqual([
      "frameworks[0].task.cpus: expected a positive number",
      "frameworks[0].task.cpu: unknown field"
    ]);
  });

  it("checks cross references", () => {
    expect(
      problems({
        agents: [
          {id: "n", count: 2, resources: {cpus: 1, mem: 1}},
          {id: "n-2", resources: {cpus: 1, mem: 1}}
        ],
        frameworks: [
          {name: "a", role: "r", weight: 2, task: {cpus: 1, mem: 1}},
          {name: "b", role: "r", weight: 3, task: {cpus: 1, mem: 1}},
          {name: "a", task: {cpus: 1, mem: 1}}
        ],
        faults: [
          {at: 5, action: "remove-agent", target: "ghost"},
          {at: 5, action: "kill-task", target: "zz.1"}
        ]
      })
    ).toEqual([
      'agents[1].id: duplicate agent id "n-2" (also agents[0])',
      'frameworks[1].weight: role "r" already has weight 2 (frameworks[0])',
      'frameworks[2].name: duplicate framework name "a" (also frameworks[0])',
      'faults[0].target: unknown agent "ghost"',
      'faults[1].target: expected a task id "<framework>.<number>" of a known framework, got "zz.1"'
    ]);
  });

  it("checks Mesos role names", () => {
    expect(problems({frameworks: [{name: "fw", role: "eng/backend", task: {cpus: 1, mem: 1}}]})).toEqual([]);
    expect(problems({frameworks: [{name: "fw", role: "-x", task: {cpus: 1, mem: 1}}]})).toEqual([
      "frameworks[0].role: a role name part must not start with '-'"
    ]);
    expect(problems({frameworks: [{name: "fw", role: "a//b", task: {cpus: 1, mem: 1}}]})).toEqual([
      "frameworks[0].role: expected a role name without empty parts"
    ]);
    expect(problems({frameworks: [{name: "fw", role: "a b", task: {cpus: 1, mem: 1}}]})).toEqual([
      "frameworks[0].role: a role name must not contain whitespace or backspace"
    ]);
  });

  it("reports a document that is not an object", () => {
    expect(mesosScenarioProblems(42)).toEqual(["(scenario): Invalid input: expected object, received number"]);
  });

  it("expands agents with a count", () => {
    const s = parseMesosScenario({...base, agents: [{id: "node", count: 3, resources: {cpus: 1, mem: 1}}]});
    expect(s.agents.map((a) => a.id)).toEqual(["node-1", "node-2", "node-3"]);
  });

  it("accepts every Mesos preset and keeps each small enough for a URL", () => {
    expect(Object.keys(mesosScenarios)).toEqual(
      expect.arrayContaining(["architecture-example", "drf-paper", "greedy-decliner-starvation", "weights", "filters-delay-reoffers", "free-play"])
    );
    for (const [name, scenario] of Object.entries(mesosScenarios)) {
      expect(mesosScenarioProblems(scenario), name).toEqual([]);
      expect(scenario.name).toBe(name);
      expect(encodeURIComponent(JSON.stringify(scenario)).length, name).toBeLessThan(4000);
    }
  });

  it("the unified presets hold every Mesos preset and the HA presets", () => {
    const names = Object.keys(scenarios);
    expect(names).toEqual(expect.arrayContaining(Object.keys(mesosScenarios)));
    expect(names).toEqual(expect.arrayContaining(["ha-kill-leader"]));
    expect(new Set(names).size).toBe(names.length);
  });
});
