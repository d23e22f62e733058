// HA scenarios: validation messages, presets, determinism, and the one `simulate` for both models.
import {describe, expect, it} from "vitest";
import {
  ScenarioError,
  haScenarios,
  mesosScenarios,
  resolveHaScenario,
  runHa,
  scenarios,
  simulate,
  type HaScenario
} from "../../../src/lib/index.js";
import {haScenarioProblems, parseHaScenario} from "../../../src/lib/ha/scenario.schema.js";

const ok: HaScenario = {kind: "ha", apps: [{id: "web", instances: 2}]};

describe("HA scenario validation", () => {
  it("fills in the defaults: 3 masters over zones c, b, a; 6 agents in blocks; Mesos and Marathon timeouts", () => {
    const s = parseHaScenario(ok);
    expect(s.masters).toBe(3);
    expect(s.masterZones).toEqual(["c", "b", "a"]);
    expect(s.agents.map((a) => `${a.id}/${a.zone}/${a.cpus}`)).toEqual(["agent-1/a/4", "agent-2/a/4", "agent-3/b/4", "agent-4/b/4", "agent-5/c/4", "agent-6/c/4"]);
    expect(s.parameters).toEqual({
      zkSessionTimeoutMs: 10_000,
      agentPingTimeoutMs: 15_000,
      maxAgentPingTimeouts: 5,
      agentReregisterTimeoutMs: 600_000,
      failoverTimeoutS: 604_800,
      partitionAware: true,
      untilMs: 180_000
    });
    expect(s.apps[0]).toEqual({id: "web", instances: 2, cpus: 1, constraints: [], healthCheck: true});
  });

  it("names each problem by its path", () => {
    expect(
      haScenarioProblems({
        kind: "ha",
        masters: 4,
        parameters: {zkSessionTimeoutMs: 1000, agentPingTimeoutMs: 20 * 60_000},
        apps: [{id: "Web", instances: 2, constraints: [["rack", "UNIQUE"]]}],
        faults: [{at: -1, action: "explode", target: "master-1"}]
      })
    ).toEqual([
      "masters: expected 1, 3 or 5 masters",
      'apps[0].id: expected a name of lower-case letters, digits and \'-\'',
      'apps[0].constraints[0]: expected ["hostname" or "zone", "UNIQUE"] or ["zone", "GROUP_BY"] with an optional count',
      "parameters.zkSessionTimeoutMs: expected at least 4000 ms",
      "parameters.agentPingTimeoutMs: expected at most 900000 ms",
      "faults[0].at: expected at least 0 ms",
      "faults[0].action: expected one of: kill, restart, partition, heal, hang"
    ]);
    expect(haScenarioProblems({kind: "ha", colour: "red"})).toEqual(["colour: unknown field"]);
  });

  it("checks that fault targets exist and fit the action", () => {
    expect(
      haScenarioProblems({
        ...ok,
        faults: [
          {at: 0, action: "kill", target: "master-4"},
          {at: 0, action: "hang", target: "agent-1"},
          {at: 0, action: "partition", target: "web.1"},
          {at: 0, action: "kill", target: "zone-d"},
          {at: 0, action: "kill", target: "web.2"}
        ]
      })
    ).toEqual([
      'faults[0].target: unknown target "master-4" (expected master-1…master-3, zk-N, marathon-N, agent-1…agent-6, zone-a or a task such as web.1)',
      'faults[1].target: only a task can hang, got "agent-1"',
      'faults[2].action: a task can only be killed or hang, not "partition"',
      'faults[3].target: unknown target "zone-d" (expected master-1…master-3, zk-N, marathon-N, agent-1…agent-6, zone-a or a task such as web.1)'
    ]);
    expect(() => resolveHaScenario({...ok, apps: [{id: "web", instances: 1}, {id: "web", instances: 2}]})).toThrow(new ScenarioError(['apps[1].id: duplicate app id "web" (also apps[0])']));
  });

  it("has valid presets, each named by its key and small enough for a URL", () => {
    expect(Object.keys(haScenarios)).toHaveLength(14);
    for (const [name, scenario] of Object.entries(haScenarios)) {
      expect(haScenarioProblems(scenario), name).toEqual([]);
      expect(scenario.name).toBe(name);
      expect(encodeURIComponent(JSON.stringify(scenario)).length, name).toBeLessThan(1500);
    }
  });

  it("is deterministic: the same scenario and seed give the same trace; the seed changes only the random backoffs", () => {
    const a = runHa(haScenarios["ha-kill-leader"]);
    expect(runHa(structuredClone(haScenarios["ha-kill-leader"])).events).toEqual(a.events);
    const b = runHa(haScenarios["ha-kill-leader"], {seed: 7});
    expect(b.scenario.seed).toBe(7);
    expect(b.events).not.toEqual(a.events);
    const kinds = (t: typeof a) => t.events.filter((e) => e.kind !== "agent-reregistered" && e.kind !== "framework-reregistered").map((e) => `${e.time} ${e.kind}`);
    expect(kinds(b)).toEqual(kinds(a));
  });
});

describe("simulate and scenarios (both models)", () => {
  it("dispatches on kind: HA scenarios to the HA model, others to the Mesos model", () => {
    const ha = simulate(scenarios["ha-kill-leader"], {until: 40_000});
    expect(ha.endTime).toBe(40_000);
    expect(ha.events.some((e) => e.kind === "leader-elected")).toBe(true);
    const mesos = simulate(scenarios["drf-paper"]!);
    expect(mesos.events.some((e) => e.kind === "offer")).toBe(true);
    expect(mesos.stateAt(mesos.endTime).frameworks.A!.launched).toBe(3);
  });

  it("validates HA scenarios with the schema", () => {
    expect(() => simulate({kind: "ha", masters: 2})).toThrow("masters: expected 1, 3 or 5 masters");
  });

  it("lists every Mesos and HA preset once", () => {
    const names = Object.keys(scenarios);
    expect(names).toEqual([...Object.keys(mesosScenarios), ...Object.keys(haScenarios)]);
    expect(new Set(names).size).toBe(names.length);
  });
});
