// Quorum sizes, and leader election to the millisecond.
import {describe, expect, it} from "vitest";
import {
  ELECTION_READ_MS,
  ELECTION_WATCH_MS,
  ZK_SESSION_TIMEOUT_MS,
  haTimeline,
  leaderAt,
  quorumSize,
  runHa,
  toleratedFailures,
  type HaScenario,
  type HaTrace
} from "../../../src/lib/index.js";

const base = (extra: Partial<HaScenario> = {}): HaScenario => ({kind: "ha", masters: 3, agents: {count: 3}, apps: [{id: "web", instances: 2}], parameters: {untilMs: 60_000}, ...extra});

const elections = (trace: HaTrace, component: "mesos" | "marathon") =>
  trace.events.filter((e) => e.kind === "leader-elected" && e.data.component === component).map((e) => ({time: e.time, id: e.kind === "leader-elected" ? e.data.id : ""}));

describe("quorumSize", () => {
  it("is a majority: 1 of 1, 2 of 3, 3 of 5", () => {
    expect([1, 3, 5].map(quorumSize)).toEqual([1, 2, 3]);
    expect([1, 3, 4, 5].map(toleratedFailures)).toEqual([0, 1, 1, 2]);
    expect(() => quorumSize(0)).toThrow("quorumSize: expected a whole number ≥ 1, got 0");
  });
});

describe("leader election", () => {
  it("starts with the lowest sequence numbers leading: master-1 and marathon-1, znodes 0", () => {
    const trace = runHa(base());
    const start = trace.stateAt(0);
    expect(Object.values(start.processes).filter((p) => p.kind === "master").map((p) => `${p.id}:${p.seq}:${p.role}`)).toEqual([
      "master-1:0:leader",
      "master-2:1:backup",
      "master-3:2:backup"
    ]);
    expect(start.zk.znodes.filter((z) => z.component === "mesos").map((z) => z.name)).toEqual(["json.info_0000000000", "json.info_0000000001", "json.info_0000000002"]);
    expect(start.zk.leader).toBe("zk-3");
  });

  it("elects a new leader exactly session timeout + watch + read after the leader dies", () => {
    expect(ZK_SESSION_TIMEOUT_MS + ELECTION_WATCH_MS + ELECTION_READ_MS).toBe(10_100);
    const trace = runHa(base({faults: [{at: 20_000, action: "kill", target: "master-1"}]}));
    expect(elections(trace, "mesos")).toEqual([
      {time: 0, id: "master-1"},
      {time: 30_100, id: "master-2"}
    ]);
    const expired = trace.events.find((e) => e.kind === "session-expired" && e.data.owner === "master-1");
    expect(expired?.time).toBe(30_000);
    // Shorter and longer session timeouts move the election by exactly the difference.
    for (const timeout of [4000, 25_000]) {
      const t = runHa(base({parameters: {untilMs: 60_000, zkSessionTimeoutMs: timeout}, faults: [{at: 20_000, action: "kill", target: "master-1"}]}));
      expect(elections(t, "mesos")[1]).toEqual({time: 20_000 + timeout + 100, id: "master-2"});
    }
  });

  it("gives the lowest sequence number the lead: after a rolling restart, the master that came back first wins", () => {
    const trace = runHa(
      base({
        parameters: {untilMs: 150_000},
        faults: [
          {at: 20_000, action: "restart", target: "master-3"},
          {at: 60_000, action: "restart", target: "master-2"},
          {at: 100_000, action: "restart", target: "master-1"}
        ]
      })
    );
    const joined = trace.events.filter((e) => e.kind === "contender-joined" && e.time > 0 && e.data.component === "mesos").map((e) => (e.kind === "contender-joined" ? `${e.time} ${e.data.id} ${e.data.seq}` : ""));
    expect(joined).toEqual(["35000 master-3 3", "75000 master-2 4", "115000 master-1 5"]);
    expect(elections(trace, "mesos")).toEqual([
      {time: 0, id: "master-1"},
      {time: 110_100, id: "master-3"}
    ]);
  });

  it("skips a backup that is cut off: the next lowest that can reach ZooKeeper leads", () => {
    // Five masters, so ZooKeeper keeps 3 of 5 servers when node master-2 (with zk-2) is cut off too.
    const trace = runHa(
      base({
        masters: 5,
        faults: [
          {at: 20_000, action: "kill", target: "master-1"},
          {at: 20_000, action: "partition", target: "master-2"}
        ]
      })
    );
    expect(elections(trace, "mesos")).toEqual([
      {time: 0, id: "master-1"},
      {time: 30_100, id: "master-3"}
    ]);
    expect(leaderAt(haTimeline(trace).mesosLeader, 59_000)).toBe("master-3");
  });

  it("elects nobody without a quorum, and only after the old sessions expire once it is back", () => {
    const trace = runHa(
      base({
        parameters: {untilMs: 120_000},
        faults: [
          {at: 20_000, action: "kill", target: "master-2"},
          {at: 20_000, action: "kill", target: "master-3"},
          {at: 60_000, action: "restart", target: "master-2"}
        ]
      })
    );
    const kinds = trace.events.filter((e) => ["quorum-lost", "quorum-restored", "leader-lost", "leader-elected"].includes(e.kind) && e.time > 0);
    expect(kinds.map((e) => `${e.time} ${e.kind} ${"id" in (e.data as object) ? (e.data as {id: string}).id : ""}`.trim())).toEqual([
      "20000 quorum-lost",
      "30000 leader-lost master-1",
      "30000 leader-lost marathon-1",
      "60200 quorum-restored",
      // master-1 (restarted at 45 s, new znode 3) waits until its old znode 0 expires at 70.2 s.
      "70300 leader-elected master-1",
      "70300 leader-elected marathon-1"
    ]);
  });
});
