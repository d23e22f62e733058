// "Live records" links: the codec's exact encoding and round trip, strict decoding, and replay of the
// changes giving exactly the state the changes made by hand give.
import {readFileSync} from "node:fs";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {momentFromSearch} from "../../../src/lib/course/scenarioUrl.js";
import {appTasks, killTask, moveTask, scaleApp} from "../../../src/lib/discovery/mutate.js";
import {recordsCodec, replayRecords, type RecordsMoment} from "../../../src/lib/discovery/view/records-url.js";
import type {MesosState} from "../../../src/lib/state/types.js";

const demo = JSON.parse(readFileSync("data/clusters/demo.json", "utf8")) as MesosState;
const codec = recordsCodec(["web", "api"]);

describe("recordsCodec", () => {
  const moment: RecordsMoment = {
    app: "web",
    sources: "mesos-dns",
    scope: "all",
    ops: [
      {op: "scale", app: "web", instances: 4},
      {op: "kill", app: "web", task: 0},
      {op: "move", app: "web", task: 1, agent: 2}
    ],
    selected: {app: "web", task: 2}
  };
  it("writes a short, readable value", () => {
    expect(codec.encode(moment)).toBe("v1,a:web,i:mesos-dns,o:all,c:s~web~4~;k~web~0~;m~web~1~2,x:web~2");
    expect(codec.encode({app: "web", sources: "dcos", scope: "app", ops: [], selected: null})).toBe("v1,a:web,i:dcos,o:app");
  });
  it("round-trips any moment", () => {
    const op = fc.oneof(
      fc.record({op: fc.constant("scale" as const), app: fc.constantFrom("web", "api"), instances: fc.integer({min: 0, max: 100})}),
      fc.record({op: fc.constant("kill" as const), app: fc.constantFrom("web", "api"), task: fc.integer({min: 0, max: 999})}),
      fc.record({op: fc.constant("move" as const), app: fc.constantFrom("web", "api"), task: fc.integer({min: 0, max: 999}), agent: fc.integer({min: 0, max: 999})})
    );
    const m = fc.record({
      app: fc.constantFrom("web", "api"),
      sources: fc.constantFrom("dcos" as const, "mesos-dns" as const),
      scope: fc.constantFrom("app" as const, "all" as const),
      ops: fc.array(op, {maxLength: 20}),
      selected: fc.option(fc.record({app: fc.constantFrom("web", "api"), task: fc.integer({min: 0, max: 999})}), {nil: null})
    });
    fc.assert(
      fc.property(m, (x) => {
        expect(codec.decode(codec.encode(x))).toEqual({ok: true, value: x});
      })
    );
  });
  it.each([
    ["v1,a:nginx", 'app (a): unknown "nginx" (expected web, api)'],
    ["v1,c:x~web~1~", 'change 1 kind: unknown "x" (expected s, k, m)'],
    ["v1,c:s~web~101~", 'change 1 instances: expected a whole number from 0 to 100, got "101"'],
    ["v1,c:k~web~0~3", "change 1: a kill takes no agent"],
    ["v1,c:m~web~0~", 'change 1 agent: expected a whole number, got ""'],
    ["v1,c:k~web~0", 'change 1: expected 4 parts separated by ~, got "k~web~0"'],
    ["v1,x:web", "selected task (x): expected app~place"],
    ["v1,a:<script>", 'it contains the character "<", which no setting uses'],
    [`v1,c:${Array(21).fill("k~web~0~").join(";")}`, "change: at most 20 expected, got 21"]
  ])("refuses %s", (raw, problem) => {
    expect(codec.decode(raw)).toEqual({ok: false, problem});
  });
  it("reads from a query string beside other figures' parameters", () => {
    expect(momentFromSearch("?vip=v1,v:0&rec=v1,a:web,c:s~web~1~", codec)).toEqual({ok: true, value: {app: "web", sources: "dcos", scope: "app", ops: [{op: "scale", app: "web", instances: 1}], selected: null}});
  });
});

describe("replayRecords", () => {
  it("gives the same state as the changes made by hand", () => {
    let byHand = scaleApp(demo, {framework: "marathon", name: "web"}, 4);
    byHand = killTask(byHand, appTasks(byHand, "web")[0]!.id);
    const second = appTasks(byHand, "web")[1]!;
    byHand = moveTask(byHand, second.id, demo.slaves![0]!.id === second.slave_id ? demo.slaves![1]!.id : demo.slaves![0]!.id);
    const agent = demo.slaves![0]!.id === second.slave_id ? 1 : 0;
    const replayed = replayRecords(demo, "marathon", [
      {op: "scale", app: "web", instances: 4},
      {op: "kill", app: "web", task: 0},
      {op: "move", app: "web", task: 1, agent}
    ]);
    expect(replayed).toEqual(byHand);
    expect(appTasks(replayed, "web")).toHaveLength(3);
  });
  it("names the change that cannot be made", () => {
    expect(() => replayRecords(demo, "marathon", [{op: "kill", app: "web", task: 7}])).toThrow("change 1: web has no task at place 7 then");
    expect(() => replayRecords(demo, "marathon", [{op: "move", app: "web", task: 0, agent: 40}])).toThrow("change 1: the cluster has no agent at place 40");
    const on = demo.slaves!.findIndex((s) => s.id === appTasks(demo, "web")[0]!.slave_id);
    expect(() => replayRecords(demo, "marathon", [{op: "scale", app: "web", instances: 2}, {op: "move", app: "web", task: 0, agent: on}])).toThrow(/^change 2: task ".*" already runs on agent /);
  });
});
