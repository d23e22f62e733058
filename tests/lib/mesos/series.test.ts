// Time series and per-agent loads, on the presets whose numbers are known.
import {describe, expect, it} from "vitest";
import {
  MESOS_LOAD as LOAD,
  MESOS_LOAD_FIELDS as FIELDS,
  mesosAgentLoad,
  mesosLoadIndex,
  mesosScenarios,
  mesosTimeSeries,
  seriesValueAt,
  simulateMesos
} from "../../../src/lib/mesos/index.js";

describe("mesosTimeSeries", () => {
  it("samples the DRF paper run: both roles end at a dominant share of 2/3", () => {
    const trace = simulateMesos(mesosScenarios["drf-paper"]!);
    const series = mesosTimeSeries(trace, {samples: 80});
    expect(series.times.length).toBe(81);
    expect(series.times[0]).toBe(0);
    expect(series.times[80]).toBe(8000);
    expect(series.roles.map((r) => [r.id, r.weight, r.frameworks])).toEqual([
      ["a", 1, ["A"]],
      ["b", 1, ["B"]]
    ]);
    const [a, b] = series.roles;
    // After the fifth task (4.5 s) both hold 2/3; later batch allocations offer A the leftover
    // memory, and offered resources count in the share until declined.
    expect(seriesValueAt(series, a!.share, 4500)).toBeCloseTo(2 / 3, 12);
    expect(seriesValueAt(series, b!.share, 4500)).toBeCloseTo(2 / 3, 12);
    // All 9 CPUs used by tasks at the end; 14 of 18 GB.
    expect(seriesValueAt(series, series.cpus, 8000)).toBe(1);
    expect(seriesValueAt(series, series.mem, 8000)).toBeCloseTo(14 / 18, 12);
  });

  it("shows the architecture example's offers and tasks", () => {
    const trace = simulateMesos(mesosScenarios["architecture-example"]!);
    const series = mesosTimeSeries(trace, {samples: 50}); // every 100 ms
    // At 0 the whole agent is offered to framework-1; at 0.5 s tasks use 3 of 4 CPUs.
    expect(seriesValueAt(series, series.offeredCpus, 0)).toBe(1);
    expect(seriesValueAt(series, series.cpus, 500)).toBe(0.75);
    expect(seriesValueAt(series, series.offeredCpus, 500)).toBe(0);
    expect(seriesValueAt(series, series.offeredCpus, 1000)).toBe(0.25);
    expect(seriesValueAt(series, series.cpus, 5000)).toBe(1);
    expect(seriesValueAt(series, series.roles[0]!.share, 5000)).toBe(1);
    // Between samples, the last sample before counts.
    expect(seriesValueAt(series, series.cpus, 549)).toBe(0.75);
  });
});

describe("mesosAgentLoad", () => {
  it("splits each agent's resources by framework into running, starting and offered", () => {
    const trace = simulateMesos(mesosScenarios["architecture-example"]!);
    const index = mesosLoadIndex(["agent-1"], ["framework-1", "framework-2"]);
    const out = new Float64Array(2 * FIELDS);
    const at = (f: number, k: number) => out[f * FIELDS + k];
    mesosAgentLoad(trace.viewAt(0), index, out);
    expect([at(0, LOAD.offeredCpus), at(0, LOAD.offeredMem), at(1, LOAD.offeredCpus)]).toEqual([4, 4096, 0]);
    mesosAgentLoad(trace.viewAt(1000), index, out);
    expect([at(0, LOAD.runningCpus), at(0, LOAD.runningMem), at(0, LOAD.offeredCpus)]).toEqual([3, 3072, 0]);
    expect([at(1, LOAD.offeredCpus), at(1, LOAD.offeredMem)]).toEqual([1, 1024]);
    mesosAgentLoad(trace.viewAt(1500), index, out);
    expect([at(1, LOAD.startingCpus), at(1, LOAD.startingMem), at(1, LOAD.offeredCpus)]).toEqual([1, 1024, 0]);
  });

  it("counts nothing for tasks lost with a removed agent", () => {
    const trace = simulateMesos(mesosScenarios["free-play"]!);
    const agents = trace.scenario.agents.map((a) => a.id);
    const frameworks = trace.scenario.frameworks.map((f) => f.name);
    const out = new Float64Array(agents.length * frameworks.length * FIELDS);
    const index = mesosLoadIndex(agents, frameworks);
    const a3 = agents.indexOf("agent-3");
    const sum = (a: number) => out.slice(a * frameworks.length * FIELDS, (a + 1) * frameworks.length * FIELDS).reduce((x, y) => x + y, 0);
    mesosAgentLoad(trace.viewAt(19_999), index, out);
    expect(sum(a3)).toBeGreaterThan(0);
    mesosAgentLoad(trace.viewAt(20_000), index, out);
    expect(sum(a3)).toBe(0);
  });
});
