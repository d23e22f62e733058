// The page's zod-free resolver must give exactly what the validated path gives.
import {describe, expect, it} from "vitest";
import {
  buildLargeMesosScenario,
  mesosScenarios,
  MesosScenarioProblems,
  parseMesosScenario,
  resolveMesosScenario,
  runMesosScenario,
  simulateMesos,
  type MesosScenario
} from "../../../src/lib/mesos/index.js";

const problems = (s: MesosScenario) => {
  try {
    resolveMesosScenario(s);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(MesosScenarioProblems);
    return [...(e as MesosScenarioProblems).problems];
  }
};

describe("resolveMesosScenario", () => {
  it.each(Object.keys(mesosScenarios))("resolves preset %s exactly as parseMesosScenario does", (name) => {
    expect(resolveMesosScenario(mesosScenarios[name]!)).toEqual(parseMesosScenario(mesosScenarios[name]!));
  });

  it("resolves the large scenario the same way too", () => {
    const s = buildLargeMesosScenario({agents: 20, frameworks: 3});
    expect(resolveMesosScenario(s)).toEqual(parseMesosScenario(s));
  });

  it("runs to the same trace as simulateMesos", () => {
    for (const name of ["architecture-example", "free-play", "greedy-decliner-starvation"]) {
      const a = runMesosScenario(mesosScenarios[name]!);
      const b = simulateMesos(mesosScenarios[name]!);
      expect(a.events).toEqual(b.events);
      expect(a.endTime).toBe(b.endTime);
    }
  });

  it("names each problem a form can cause, by path", () => {
    const base = mesosScenarios["weights"]!;
    const bad: MesosScenario = {
      ...base,
      agents: [{id: "agent", count: 0, resources: {cpus: -1, mem: 1024}}],
      frameworks: [
        {name: "prod web", role: "prod", weight: 2, task: {cpus: 0, mem: 1024}, instances: 1.5},
        {name: "dev", role: "prod", weight: 1, task: {cpus: 1, mem: 1024}, refuseSeconds: -2},
        {name: "dev", role: " x", task: {cpus: 1, mem: Number.NaN}}
      ],
      faults: [{at: 0, action: "remove-agent", target: "agent-9"}]
    };
    expect(problems(bad)).toEqual([
      "agents[0].resources.cpus: expected a positive number",
      "agents[0].count: expected a whole number ≥ 1",
      "frameworks[0].name: expected a name of letters, digits, '.', '_' or '-' (starting with a letter or digit)",
      "frameworks[0].task.cpus: expected a positive number",
      "frameworks[0].instances: expected a whole number ≥ 0",
      'frameworks[1].weight: role "prod" already has weight 2',
      "frameworks[1].refuseSeconds: expected a number ≥ 0",
      'frameworks[2].name: duplicate framework name "dev"',
      "frameworks[2].role: a role name must not contain whitespace or backspace",
      "frameworks[2].task.mem: expected a positive number",
      'faults[0].target: unknown agent "agent-9"'
    ]);
    // The validated path refuses the same scenario.
    expect(() => parseMesosScenario(bad)).toThrow();
  });

  it("accepts an empty framework list and fills the run's defaults", () => {
    const r = resolveMesosScenario({agents: [{id: "a", resources: {cpus: 1, mem: 512}}]});
    expect(r.parameters).toEqual({allocationIntervalMs: 1000, offerTimeoutMs: null, untilMs: 60000});
    expect(r.seed).toBe(1);
    expect(r).toEqual(parseMesosScenario({agents: [{id: "a", resources: {cpus: 1, mem: 512}}]}));
  });
});
