// Invariants of the HA model over random clusters and random fault schedules.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  applyHaEvent,
  initialHaState,
  quorumSize,
  runHa,
  type HaFault,
  type HaScenario,
  type HaState,
  type HaTrace,
  type HaTraceEvent
} from "../../../src/lib/index.js";

const ZONES = ["a", "b", "c"];

interface Shape {
  masters: 1 | 3 | 5;
  agents: number;
  instances: number;
}

function targetArb(shape: Shape, masterFaultsOnly: boolean): fc.Arbitrary<{action: HaFault["action"]; target: string}> {
  const masterTargets = [
    ...Array.from({length: shape.masters}, (_, i) => `master-${i + 1}`),
    ...Array.from({length: shape.masters}, (_, i) => `zk-${i + 1}`),
    ...Array.from({length: shape.masters}, (_, i) => `marathon-${i + 1}`)
  ];
  const nodeActions = fc.constantFrom<HaFault["action"]>("kill", "restart", "partition", "heal");
  const masterFault = fc.record({action: nodeActions, target: fc.constantFrom(...masterTargets)});
  if (masterFaultsOnly) return masterFault;
  const other = fc.record({
    action: nodeActions,
    target: fc.constantFrom(...Array.from({length: shape.agents}, (_, i) => `agent-${i + 1}`), ...ZONES.map((z) => `zone-${z}`))
  });
  const taskFault = fc.record({action: fc.constantFrom<HaFault["action"]>("kill", "hang"), target: fc.integer({min: 1, max: shape.instances + 3}).map((n) => `web.${n}`)});
  return fc.oneof(masterFault, masterFault, other, taskFault);
}

function scenarioArb(masterFaultsOnly: boolean): fc.Arbitrary<HaScenario> {
  const shapeArb = fc.record({
    // A failover needs a second master: with one, a cut-off master node is simply an outage.
    masters: masterFaultsOnly ? fc.constantFrom<1 | 3 | 5>(3, 5) : fc.constantFrom<1 | 3 | 5>(1, 3, 3, 5),
    agents: fc.integer({min: 2, max: 6}),
    instances: fc.integer({min: 1, max: 4})
  });
  return shapeArb.chain((shape) =>
    fc
      .record({
        seed: fc.integer({min: 0, max: 10_000}),
        unique: fc.boolean(),
        groupBy: fc.boolean(),
        healthCheck: fc.boolean(),
        session: fc.constantFrom(4000, 10_000, 20_000),
        ping: fc.constantFrom(1000, 5000, 15_000),
        pings: fc.integer({min: 1, max: 5}),
        partitionAware: fc.boolean(),
        failoverZero: masterFaultsOnly ? fc.constant(false) : fc.boolean(),
        // Master faults crowd into the first minute, so they overlap with elections in progress.
        faults: fc.array(fc.tuple(fc.integer({min: 0, max: masterFaultsOnly ? 60 : 240}).map((n) => n * 500), targetArb(shape, masterFaultsOnly)), {maxLength: 8})
      })
      .map(
        (r): HaScenario => ({
          kind: "ha",
          seed: r.seed,
          masters: shape.masters,
          agents: {count: shape.agents},
          apps: [
            {
              id: "web",
              instances: shape.instances,
              healthCheck: r.healthCheck,
              constraints: [...(r.unique ? [["hostname", "UNIQUE"] as ["hostname", "UNIQUE"]] : []), ...(r.groupBy ? [["zone", "GROUP_BY", "3"] as ["zone", "GROUP_BY", string]] : [])]
            }
          ],
          parameters: {
            zkSessionTimeoutMs: r.session,
            agentPingTimeoutMs: r.ping,
            // Mesos's docs ask for ping timeout × max pings > ZooKeeper session timeout; failover invariants assume it.
            maxAgentPingTimeouts: masterFaultsOnly ? Math.max(r.pings, Math.floor(r.session / r.ping) + 1) : r.pings,
            partitionAware: r.partitionAware,
            ...(r.failoverZero ? {failoverTimeoutS: 0} : {}),
            untilMs: 150_000
          },
          faults: r.faults.map(([at, f]) => ({at, ...f}))
        })
      )
  );
}

/** Who can talk to whom, written out again here (not the model's helper): up, same island, and same zone if either zone is cut off. */
function sameGroup(s: HaState, a: string, b: string): boolean {
  const pa = s.processes[a]!;
  const pb = s.processes[b]!;
  if (!pa.up || !pb.up) return false;
  if (pa.isolation !== null || pb.isolation !== null) return pa.isolation === pb.isolation;
  if (s.zonePartitions[pa.zone] || s.zonePartitions[pb.zone]) return pa.zone === pb.zone;
  return true;
}

function zkMajorityWith(s: HaState, id: string): boolean {
  let n = 0;
  for (let i = 1; i <= s.masters; i++) if (sameGroup(s, `zk-${i}`, id)) n++;
  return n >= quorumSize(s.masters);
}

/** Replays a trace from scratch, calling `check` with the state before and after each event. */
function replay(trace: HaTrace, check: (before: HaState, event: HaTraceEvent, after: HaState) => void): HaState {
  const state = initialHaState(trace.scenario);
  for (const event of trace.events) {
    const before = structuredClone(state);
    applyHaEvent(state, event);
    check(before, event, state);
  }
  return state;
}

const leaders = (s: HaState, kind: "master" | "marathon") => Object.values(s.processes).filter((p) => p.kind === kind && p.role === "leader").map((p) => p.id);

const RUNS = {numRuns: 70};
/** Why a task's process may stop; a master or Marathon failover is none of them. */
const TASK_ENDINGS = new Set(["process crashed", "health checks failed", "framework removed", "replaced while unreachable"]);

describe("HA model invariants over random fault schedules", () => {
  it("never has two leading masters, or two Marathon leaders, at once", () => {
    fc.assert(
      fc.property(scenarioArb(false), (scenario) => {
        replay(runHa(scenario), (_, event, s) => {
          expect(leaders(s, "master").length, `${event.time} ${event.kind}`).toBeLessThanOrEqual(1);
          expect(leaders(s, "marathon").length, `${event.time} ${event.kind}`).toBeLessThanOrEqual(1);
        });
      }),
      RUNS
    );
  });

  it("elects no leader, and expires no session, without a ZooKeeper majority", () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(false), scenarioArb(true)), (scenario) => {
        let elections = 0;
        replay(runHa(scenario), (before, event) => {
          if (event.kind === "leader-elected") {
            elections++;
            expect(zkMajorityWith(before, event.data.id), `${event.time}: ${event.data.id} elected without a majority`).toBe(true);
            expect(before.zk.leader, `${event.time}: no ZooKeeper leader`).not.toBeNull();
          }
          if (event.kind === "session-expired") {
            expect(before.zk.leader, `${event.time}: session expired while ZooKeeper could not serve`).not.toBeNull();
            expect(zkMajorityWith(before, before.zk.leader!)).toBe(true);
          }
        });
        expect(elections).toBeGreaterThanOrEqual(2); // the warm start elects a master and a Marathon leader
      }),
      RUNS
    );
  });

  it("never stops a task's process for a failover: only its machine, its crash, its health check, its framework's removal or its replacement can", () => {
    fc.assert(
      fc.property(scenarioArb(false), (scenario) => {
        replay(runHa(scenario), (before, event, after) => {
          for (const id of Object.keys(before.tasks)) {
            if (!before.tasks[id]!.running || after.tasks[id]!.running) continue;
            const ok = (event.kind === "process-stopped" && event.data.reason === "killed" && event.data.tasksStopped.includes(id)) || (event.kind === "task-state" && TASK_ENDINGS.has(event.data.reason));
            expect(ok, `${event.time} ${event.kind}: ${id} stopped`).toBe(true);
          }
        });
      }),
      RUNS
    );
  });

  it("keeps every task running, and reported running, through any master, ZooKeeper or Marathon failure", () => {
    fc.assert(
      fc.property(scenarioArb(true), (scenario) => {
        const trace = runHa(scenario);
        const start = trace.stateAt(0);
        const running = Object.keys(start.tasks);
        expect(running.length).toBeGreaterThan(0);
        for (const e of trace.events) {
          if (e.time === 0) continue;
          expect(e.kind === "task-state" || e.kind === "instance-expunged" || e.kind === "task-replaced", `${e.time} ${e.kind}: ${e.explain}`).toBe(false);
        }
        const end = trace.stateAt(trace.endTime);
        for (const id of running) expect(end.tasks[id]).toMatchObject({running: true, state: "TASK_RUNNING"});
      }),
      RUNS
    );
  });

  it("is deterministic, and seeking lands on the replayed state", () => {
    fc.assert(
      fc.property(scenarioArb(false), (scenario) => {
        const a = runHa(scenario, {checkpointEvery: 16});
        const b = runHa(structuredClone(scenario), {checkpointEvery: 16});
        expect(b.events).toEqual(a.events);
        const final = replay(a, () => {});
        expect(a.stateAt(a.endTime)).toEqual(final);
        const mid = a.events[Math.floor(a.events.length / 2)]!.time;
        expect(a.stateAt(mid)).toEqual(b.stateAt(mid));
      }),
      {numRuns: 30}
    );
  });
});
