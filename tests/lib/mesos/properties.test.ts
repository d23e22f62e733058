// Invariants over random scenarios.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  MESOS_TASK_STATES,
  applyMesosEvent,
  initialMesosSimState,
  isTerminalTaskState,
  mesosPortsContain as portsContain,
  mesosPortCount as portCount,
  mesosAddPorts as addPorts,
  scalarsFit,
  simulate,
  type MesosScenario,
  type MesosSimState,
  type MesosTrace,
  type MesosTraceEvent
} from "../../../src/lib/index.js";

const ROLES = ["*", "analytics", "eng/backend", "eng/frontend"];

const agentArb = fc.record({
  cpus: fc.integer({min: 1, max: 16}).map((n) => n / 2),
  mem: fc.integer({min: 1, max: 16}).map((n) => n * 512),
  disk: fc.constantFrom(0, 1000),
  ports: fc.constantFrom(0, 3, 10),
  rack: fc.constantFrom("r1", "r2"),
  addAt: fc.constantFrom(0, 0, 1500, 4000)
});

const taskArb = fc.record({
  cpus: fc.integer({min: 1, max: 6}).map((n) => n / 2),
  mem: fc.integer({min: 1, max: 8}).map((n) => n * 256),
  ports: fc.constantFrom(0, 0, 1, 2),
  durationMs: fc.oneof(fc.constant(null), fc.integer({min: 200, max: 6000}), fc.constant({min: 500, max: 3000})),
  outcome: fc.constantFrom("finished" as const, "failed" as const)
});

const frameworkArb = fc.record({
  role: fc.constantFrom(...ROLES),
  task: fc.oneof(taskArb, fc.array(taskArb, {minLength: 1, maxLength: 3})),
  instances: fc.integer({min: 0, max: 6}),
  behaviour: fc.constantFrom("launch" as const, "launch" as const, "launch" as const, "decline" as const, "hold" as const),
  refuseSeconds: fc.constantFrom(0, 1, 5),
  maxTasksPerOffer: fc.option(fc.integer({min: 1, max: 3}), {nil: undefined}),
  suppressWhenDone: fc.boolean(),
  relaunchLost: fc.boolean(),
  rackConstraint: fc.constantFrom(null, null, "r1"),
  subscribeAt: fc.constantFrom(0, 0, 700, 2500),
  responseMs: fc.constantFrom(0, 100, 250)
});

const scenarioArb: fc.Arbitrary<MesosScenario> = fc
  .record({
    seed: fc.integer({min: 0, max: 1000}),
    agents: fc.array(agentArb, {minLength: 1, maxLength: 5}),
    frameworks: fc.array(frameworkArb, {minLength: 1, maxLength: 4}),
    weights: fc.array(fc.constantFrom(1, 2, 3), {minLength: ROLES.length, maxLength: ROLES.length}),
    interval: fc.constantFrom(500, 1000, 2000),
    offerTimeout: fc.constantFrom(null, 1500, 4000),
    faults: fc.array(
      fc.record({at: fc.integer({min: 0, max: 12000}), kind: fc.constantFrom("remove-agent", "kill-agent", "kill-task"), n: fc.nat(9)}),
      {maxLength: 3}
    )
  })
  .map((s) => ({
    seed: s.seed,
    agents: s.agents.map((a, i) => ({
      id: `agent-${i + 1}`,
      resources: {cpus: a.cpus, mem: a.mem, disk: a.disk, ports: a.ports ? [[31000, 31000 + a.ports - 1] as [number, number]] : []},
      attributes: {rack: a.rack},
      addAt: a.addAt
    })),
    frameworks: s.frameworks.map((f, i) => ({
      name: `fw-${i + 1}`,
      role: f.role,
      weight: s.weights[ROLES.indexOf(f.role)]!,
      task: f.task,
      instances: f.instances,
      behaviour: f.behaviour,
      refuseSeconds: f.refuseSeconds,
      ...(f.maxTasksPerOffer === undefined ? {} : {maxTasksPerOffer: f.maxTasksPerOffer}),
      suppressWhenDone: f.suppressWhenDone,
      relaunchLost: f.relaunchLost,
      constraints: f.rackConstraint ? [{attribute: "rack", equals: f.rackConstraint}] : [],
      subscribeAt: f.subscribeAt,
      responseMs: f.responseMs
    })),
    parameters: {allocationIntervalMs: s.interval, offerTimeoutMs: s.offerTimeout, untilMs: 15000},
    faults: s.faults.map((f) => ({
      at: f.at,
      action: f.kind as "remove-agent" | "kill-agent" | "kill-task",
      target: f.kind === "kill-task" ? `fw-${(f.n % s.frameworks.length) + 1}.${f.n + 1}` : `agent-${(f.n % s.agents.length) + 1}`
    }))
  }));

const ZERO = {cpus: 0, mem: 0, disk: 0};
const plus = (a: typeof ZERO, b: typeof ZERO) => ({cpus: a.cpus + b.cpus, mem: a.mem + b.mem, disk: a.disk + b.disk});
const close = (a: typeof ZERO, b: typeof ZERO) =>
  Math.abs(a.cpus - b.cpus) < 1e-9 && Math.abs(a.mem - b.mem) < 1e-9 && Math.abs(a.disk - b.disk) < 1e-9;

/** Folds the events from scratch, calling `check` after each one. */
function replay(trace: MesosTrace, check: (state: MesosSimState, event: MesosTraceEvent) => void): MesosSimState {
  const state = initialMesosSimState();
  for (const event of trace.events) {
    applyMesosEvent(state, event);
    check(state, event);
  }
  return state;
}

const RUNS = {numRuns: 60};

describe("Mesos model invariants over random scenarios", () => {
  it("no agent ever has more allocated or offered than it has, ports included; the books add up", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        replay(simulate(scenario), (state) => {
          for (const agent of Object.values(state.agents)) {
            if (!agent.active) continue;
            const used = plus(agent.allocated, agent.offered);
            expect(scalarsFit(used, agent.total)).toBe(true);
            expect(scalarsFit(ZERO, agent.allocated) && scalarsFit(ZERO, agent.offered)).toBe(true);
            // The agent's books agree with its tasks and offers.
            const tasks = agent.taskIds.map((id) => state.tasks[id]!).filter((t) => !isTerminalTaskState(t.state));
            const offers = Object.values(state.offers).filter((o) => o.agentId === agent.id);
            expect(close(tasks.reduce((s, t) => plus(s, t.resources), ZERO), agent.allocated)).toBe(true);
            expect(close(offers.reduce((s, o) => plus(s, o.resources), ZERO), agent.offered)).toBe(true);
            const portLists = [...tasks.map((t) => t.ports), ...offers.map((o) => o.ports)];
            const union = portLists.reduce((u, p) => addPorts(u, p), [] as (readonly [number, number])[]);
            expect(portCount(union)).toBe(portLists.reduce((n, p) => n + portCount(p), 0)); // disjoint
            expect(portsContain(agent.ports, union)).toBe(true);
          }
          // Each framework's books agree with its tasks and offers too.
          for (const fw of Object.values(state.frameworks)) {
            const tasks = Object.values(state.tasks).filter((t) => t.frameworkId === fw.id && !isTerminalTaskState(t.state));
            const offers = Object.values(state.offers).filter((o) => o.frameworkId === fw.id);
            expect(close(tasks.reduce((s, t) => plus(s, t.resources), ZERO), fw.allocated)).toBe(true);
            expect(close(offers.reduce((s, o) => plus(s, o.resources), ZERO), fw.offered)).toBe(true);
          }
        });
      }),
      RUNS
    );
  });

  it("an offer is answered (accepted, declined or rescinded) at most once, and only after it was made", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const made = new Set<string>();
        const answered = new Set<string>();
        for (const e of simulate(scenario).events) {
          if (e.kind === "offer") made.add(e.data.offerId);
          if (e.kind === "accept" || e.kind === "decline" || e.kind === "rescind") {
            expect(made.has(e.data.offerId)).toBe(true);
            expect(answered.has(e.data.offerId)).toBe(false);
            answered.add(e.data.offerId);
          }
        }
      }),
      RUNS
    );
  });

  it("every launched task goes through known states and ends when its time is up", () => {
    const NEXT: Record<string, string[]> = {
      TASK_STAGING: ["TASK_STARTING", "TASK_KILLED", "TASK_LOST"],
      TASK_STARTING: ["TASK_RUNNING", "TASK_KILLED", "TASK_LOST"],
      TASK_RUNNING: ["TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST"]
    };
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const trace = simulate(scenario);
        const end = trace.stateAt(trace.endTime);
        const launched = trace.events.filter((e) => e.kind === "launch");
        expect(Object.keys(end.tasks).sort()).toEqual(launched.map((e) => (e.kind === "launch" ? e.data.taskId : "")).sort());
        for (const task of Object.values(end.tasks)) {
          expect(MESOS_TASK_STATES).toContain(task.state);
          const states = task.history.map((h) => h.state);
          expect(states[0]).toBe("TASK_STAGING");
          for (let i = 1; i < states.length; i++) expect(NEXT[states[i - 1]!] ?? []).toContain(states[i]);
          // Tasks with finite durations launched early enough have ended.
          const spec = trace.scenario.frameworks.find((f) => f.name === task.frameworkId)!;
          const longest = spec.tasks.reduce<number | null>((m, t) => {
            const d = t.durationMs;
            if (m === null || d === null) return null;
            return Math.max(m, typeof d === "number" ? d : d.max);
          }, 0);
          if (longest !== null && task.launchedAt + 300 + 500 + longest < trace.endTime) expect(isTerminalTaskState(task.state)).toBe(true);
          // Every status update is acknowledged in time.
          if (task.updatedAt + spec.responseMs < trace.endTime && states.length > 1) expect(task.acknowledged).toBe(task.state);
        }
      }),
      RUNS
    );
  });

  it("a declined agent is not offered to that framework again before its filter expires", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const trace = simulate(scenario);
        const interval = trace.scenario.parameters.allocationIntervalMs;
        for (const e of trace.events) {
          if (e.kind !== "decline" && e.kind !== "accept") continue;
          const f = e.data.filter;
          if (!f) continue;
          const spec = trace.scenario.frameworks.find((x) => x.name === f.frameworkId)!;
          expect(f.expiresAt - f.createdAt).toBe(Math.max(interval, spec.refuseSeconds * 1000));
          const revivedAt = trace.events.find((x) => x.kind === "revive" && x.data.frameworkId === f.frameworkId && x.seq > e.seq)?.time ?? Infinity;
          for (const o of trace.events) {
            if (o.kind !== "offer" || o.seq < e.seq || o.time > f.expiresAt || o.time >= revivedAt) continue;
            if (o.data.frameworkId !== f.frameworkId || o.data.agentId !== f.agentId) continue;
            // Only an offer holding more than was refused may get through.
            const subset = scalarsFit(o.data.resources, f.resources) && portsContain(f.ports, o.data.ports);
            expect(subset).toBe(false);
          }
          const expired = trace.events.find((x) => x.kind === "filter-expired" && x.data.filterId === f.filterId);
          if (expired) expect(expired.time).toBe(f.expiresAt);
        }
      }),
      RUNS
    );
  });

  it("seeking backwards and forwards gives the same state as a fresh replay", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 1, maxLength: 12}), (scenario, picks) => {
        const trace = simulate(scenario, {checkpointEvery: 16});
        const n = trace.events.length;
        const indexes = picks.map((p) => Math.min(n - 1, Math.floor(p * n)) );
        const wanted = new Set(indexes);
        const fresh = new Map<number, MesosSimState>();
        let i = 0;
        replay(trace, (state) => {
          if (wanted.has(i)) fresh.set(i, structuredClone(state));
          i++;
        });
        for (const index of indexes) expect(trace.stateAfter(index)).toEqual(fresh.get(index));
        for (const index of [...indexes].reverse()) expect(trace.stateAt(trace.events[index]!.time)).toEqual(trace.stateAfter(trace.indexAt(trace.events[index]!.time)));
      }),
      {numRuns: 40}
    );
  });
});
