// What each preset shows: who leads when, how long recovery takes, what happens to tasks.
import {describe, expect, it} from "vitest";
import {
  HEALTH_DELAY_S,
  OFFER_WAIT_MS,
  TASK_STAGING_MS,
  TASK_STARTING_MS,
  haRecovery,
  haScenarios,
  haServing,
  haTimeline,
  runHa,
  type HaPresetName,
  type HaSegment,
  type HaTrace
} from "../../../src/lib/index.js";

const run = (name: HaPresetName) => runHa(haScenarios[name]);
const segments = (list: readonly HaSegment<string | null>[]) => list.map((s) => [s.from, s.value]);

const times = (trace: HaTrace, kind: string) => trace.events.filter((e) => e.kind === kind && e.time > 0).map((e) => e.time);
/** Launch decision → offer → staging → starting → running. */
const LAUNCH_TO_RUNNING = OFFER_WAIT_MS + TASK_STAGING_MS + TASK_STARTING_MS;

describe("kill the leading master", () => {
  const trace = run("ha-kill-leader");
  it("has no leading master for 10.1 s, then master-2; Marathon fails over alongside", () => {
    const t = haTimeline(trace);
    expect(segments(t.mesosLeader)).toEqual([
      [0, "master-1"],
      [20_000, null],
      [30_100, "master-2"]
    ]);
    expect(segments(t.marathonLeader)).toEqual([
      [0, "marathon-1"],
      [20_000, null],
      [30_100, "marathon-2"]
    ]);
    expect(segments(t.zookeeper)).toEqual([[0, "zk-3"]]);
  });
  it("rebuilds its picture as agents and Marathon re-register, and never stops a task", () => {
    expect(times(trace, "registry-recovered")).toEqual([30_600]);
    const rereg = times(trace, "agent-reregistered");
    expect(rereg).toHaveLength(6);
    expect(Math.min(...rereg)).toBeGreaterThanOrEqual(30_600);
    expect(Math.max(...rereg)).toBe(31_543);
    expect(haRecovery(trace).frameworkBackAt).toBe(31_325);
    expect(times(trace, "task-state")).toEqual([]);
    expect(haServing(trace.stateAt(25_000), "web")).toBe(3);
  });
});

describe("lose the quorum: two of three master nodes", () => {
  const trace = run("ha-lose-quorum");
  it("loses ZooKeeper's majority at 25 s; the leader gives up 10 s later; no one leads until the old sessions expire after the quorum returns", () => {
    const t = haTimeline(trace);
    expect(segments(t.zookeeper)).toEqual([
      [0, "zk-3"],
      [25_000, "no quorum"],
      [80_000, "electing"],
      [80_200, "zk-3"]
    ]);
    expect(segments(t.mesosLeader)).toEqual([
      [0, "master-1"],
      [35_000, null],
      [90_300, "master-1"]
    ]);
    expect(times(trace, "session-expired")).toEqual(Array(6).fill(90_200));
  });
  it("keeps every task running and reported running throughout", () => {
    expect(times(trace, "task-state")).toEqual([]);
    expect(haRecovery(trace).servingDipAt).toBeNull();
  });
});

describe("an agent dies with a task on it", () => {
  const trace = run("ha-agent-dies");
  it("is marked unreachable after the first missed ping + 5 × 15 s, and web.1 is replaced elsewhere", () => {
    // Pings at 0, 15, 30 s…: the one at 30 s is the first unanswered; the fifth miss is at 105 s.
    const r = haRecovery(trace);
    expect(r.agentUnreachableAt).toBe(105_000);
    expect(r.servingDipAt).toBe(20_000);
    expect(r.servingBackAt).toBe(105_000 + LAUNCH_TO_RUNNING);
    const replaced = trace.events.find((e) => e.kind === "task-replaced");
    expect(replaced?.data).toEqual({appId: "web", taskId: "web.4", agentId: "agent-4", incarnation: 1, replaces: "web.1"});
    const states = trace.events.filter((e) => e.kind === "task-state" && e.time > 0).map((e) => (e.kind === "task-state" ? `${e.time} ${e.data.taskId} ${e.data.state}` : ""));
    expect(states).toEqual(["105000 web.1 TASK_UNREACHABLE", "106300 web.4 TASK_STARTING", "106800 web.4 TASK_RUNNING"]);
    expect(times(trace, "task-health")).toEqual([106_800 + HEALTH_DELAY_S * 1000]);
  });
});

describe("an agent cut off, then back", () => {
  const base = haScenarios["ha-agent-dies"];
  it("a framework that is not partition-aware sees TASK_LOST instead of TASK_UNREACHABLE", () => {
    const trace = runHa({...base, parameters: {...base.parameters, partitionAware: false}});
    const lost = trace.events.find((e) => e.kind === "task-state" && e.time === 105_000);
    expect(lost?.data).toMatchObject({taskId: "web.1", state: "TASK_LOST", previous: "TASK_RUNNING", running: false});
    expect(trace.stateAt(trace.endTime).apps.web!.taskIds).toEqual(["web.2", "web.3", "web.4"]);
  });
  it("the task kept running; when the agent re-registers Mesos reports it running, and Marathon, having replaced it, kills it", () => {
    const trace = runHa({
      ...base,
      parameters: {untilMs: 200_000},
      faults: [
        {at: 20_000, action: "partition", target: "agent-1"},
        {at: 150_000, action: "heal", target: "agent-1"}
      ]
    });
    const web1 = trace.events.filter((e) => e.kind === "task-state" && e.data.taskId === "web.1").map((e) => (e.kind === "task-state" ? `${e.time} ${e.data.state} ${e.data.running}` : ""));
    expect(web1).toEqual(["105000 TASK_UNREACHABLE true", "150627 TASK_RUNNING true", "150627 TASK_KILLED false"]);
    expect(times(trace, "agent-reregistered")).toEqual([150_627]);
  });
});

describe("a zone fails", () => {
  it("with hostname UNIQUE and zone GROUP_BY 3, two of three instances keep serving; the third waits for its zone", () => {
    const trace = run("ha-zone-spread");
    const start = trace.stateAt(0);
    expect(Object.values(start.tasks).map((t) => `${t.id}@${t.agentId}/${start.agents[t.agentId]!.zone}`)).toEqual(["web.1@agent-1/a", "web.2@agent-3/b", "web.3@agent-5/c"]);
    const serving = haTimeline(trace).serving.map((d) => d.count);
    expect(Math.min(...serving)).toBe(2);
    expect(times(trace, "launch-blocked")).toEqual([106_000]);
    expect(haRecovery(trace).servingBackAt).toBe(151_802);
    expect(trace.stateAt(trace.endTime).tasks["web.4"]).toMatchObject({agentId: "agent-1", state: "TASK_RUNNING", healthy: true});
  });
  it("without constraints, all three instances sat on agent-1 and nothing serves for 86.8 s", () => {
    const trace = run("ha-zone-packed");
    const start = trace.stateAt(0);
    expect(Object.values(start.tasks).map((t) => t.agentId)).toEqual(["agent-1", "agent-1", "agent-1"]);
    expect(haServing(trace.stateAt(20_000), "web")).toBe(0);
    const r = haRecovery(trace);
    expect(r.servingBackAt! - r.servingDipAt!).toBe(86_800);
    // The replacements pile up on one agent again.
    const end = trace.stateAt(trace.endTime);
    expect(end.apps.web!.taskIds.map((id) => end.tasks[id]!.agentId)).toEqual(["agent-3", "agent-3", "agent-3"]);
  });
});

describe("a rolling restart of the masters, leader last", () => {
  const trace = run("ha-rolling-restart");
  it("keeps ZooKeeper's majority; only the leader's restart changes the leader, to the master that came back first", () => {
    expect(times(trace, "quorum-lost")).toEqual([]);
    expect(segments(haTimeline(trace).mesosLeader)).toEqual([
      [0, "master-1"],
      [100_000, null],
      [110_100, "master-3"]
    ]);
    expect(times(trace, "task-state")).toEqual([]);
  });
});

describe("a partition isolates the leader", () => {
  const trace = run("ha-partition-leader");
  it("the cut-off leader gives up exactly as its session expires; master-2 leads 100 ms later; never two leaders", () => {
    const at30 = trace.events.filter((e) => e.time === 30_000).map((e) => e.kind);
    expect(at30.indexOf("leader-lost")).toBeLessThan(at30.indexOf("session-expired"));
    expect(segments(haTimeline(trace).mesosLeader)).toEqual([
      [0, "master-1"],
      [30_000, null],
      [30_100, "master-2"]
    ]);
    const end = trace.stateAt(trace.endTime);
    expect(end.processes["master-1"]).toMatchObject({up: true, role: "backup", seq: 3});
    expect(times(trace, "task-state")).toEqual([]);
  });
});

describe("the best-practice presets", () => {
  it("five masters survive losing two, the leader among them", () => {
    const r = haRecovery(run("ha-kill-two-of-five"));
    expect(r.newLeader.mesos).toBe("master-3");
    expect(r.leaderElectedAt.mesos! - r.leaderLostAt.mesos!).toBe(10_100);
  });
  it("one master is a single point of failure: 70.3 s without a leader", () => {
    const r = haRecovery(run("ha-single-master"));
    expect(r.leaderElectedAt.mesos! - r.leaderLostAt.mesos!).toBe(70_300);
  });
  it("separate tiers: the web tier keeps serving while the single database is replaced", () => {
    const trace = run("ha-separate-tiers");
    expect(haServing(trace.stateAt(60_000), "web")).toBe(2);
    expect(haServing(trace.stateAt(60_000), "db")).toBe(0);
    expect(haServing(trace.stateAt(106_800), "db")).toBe(1);
  });
  it("a hung task is killed at the third failed check (first check after the hang at 60 s; 20 s timeouts; 60 s between checks) and replaced", () => {
    const trace = run("ha-hung-task");
    expect(times(trace, "task-health").slice(0, 3)).toEqual([80_000, 160_000, 240_000]);
    const killed = trace.events.find((e) => e.kind === "task-state" && e.data.state === "TASK_KILLED");
    expect(killed?.time).toBe(240_000);
    expect(haRecovery(trace).servingBackAt).toBe(240_000 + LAUNCH_TO_RUNNING);
  });
  it("without a health check the hung task is never replaced", () => {
    const trace = run("ha-hung-no-check");
    expect(haRecovery(trace).servingBackAt).toBeNull();
    expect(trace.stateAt(trace.endTime).tasks["web.2"]).toMatchObject({state: "TASK_RUNNING", hung: true});
  });
  it("a Marathon failover leaves the tasks alone; with failover_timeout 0 the master kills them all", () => {
    const calm = run("ha-marathon-failover");
    expect(haRecovery(calm).frameworkBackAt).toBe(30_100);
    expect(times(calm, "task-state")).toEqual([]);
    const harsh = run("ha-failover-timeout-zero");
    expect(times(harsh, "framework-removed")).toEqual([20_000]);
    expect(haServing(harsh.stateAt(25_000), "web")).toBe(0);
    expect(haRecovery(harsh).servingBackAt).toBe(30_100 + LAUNCH_TO_RUNNING);
  });
});
