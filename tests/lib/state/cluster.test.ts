// parseClusterState on the real fixtures (tests/fixtures/SOURCES.md) and on hostile input.
// Expected values: dcos/mesos_state mesos_state_SUITE `parse_master_json` (state3.json: exactly one
// framework, marathon, and three distinct agents); mesos-dns records/generator_test.go (fake.json: the
// `.slave.mesos` answers); dcos/dcos-net dcos_net_mesos_listener_tests.erl and dcos_dns_mesos_tests.erl
// (the operator stream's tasks, their addresses and names); Marathon's REST examples and PathId.scala.
import {describe, expect, it} from "vitest";
import {clusterDns} from "../../../src/lib/discovery/view/cluster-dns.js";
import {ClusterStateError, parseClusterState, roleShares, type Cluster} from "../../../src/lib/index.js";
import {fixture, values} from "../discovery/helpers.js";

const state019 = fixture("mesos-dns-fake-state.json");
const state028 = fixture("mesos-state-state3-0.28.json");
const stream = fixture("dcos-net-operator-api-stream.jsonl");
const appList = fixture("marathon-app_list.json");
const app = fixture("marathon-app.json");
const tasks = fixture("marathon-tasks.json");

/** The problems parseClusterState reports, or a failure when it reads the input. */
function problems(...args: Parameters<typeof parseClusterState>): string[] {
  try {
    parseClusterState(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(ClusterStateError);
    return (e as ClusterStateError).problems;
  }
  throw new Error("expected the input to be refused");
}

describe("a Mesos 0.28 /state (dcos/mesos_state state3.json)", () => {
  const c = parseClusterState(state028);
  it("exactly one framework, marathon, and three distinct agents", () => {
    expect(c.format).toBe("mesos-state");
    expect(c.version).toBe("0.28.0");
    expect(c.frameworks.map((f) => f.name)).toEqual(["marathon"]);
    expect(new Set(c.agents.map((a) => a.id)).size).toBe(3);
    expect(c.agents.map((a) => [a.host, a.ip])).toEqual([
      ["10.10.0.109", "10.10.0.109"],
      ["10.10.0.108", "10.10.0.108"],
      ["10.10.0.106", "10.10.0.106"]
    ]);
  });
  it("two running tasks on the agent S2, with their container addresses and host ports", () => {
    expect(c.tasksByState).toEqual({TASK_RUNNING: 2, TASK_KILLED: 7});
    expect(c.tasks.filter((t) => !t.completed).map((t) => [t.name, t.agentHost, t.containerIps, t.ports])).toEqual([
      ["integration-test-proxy-to-minuteman-vip-597177d7b90b4cfaac21ccf48822be52", "10.10.0.109", ["10.10.0.109"], [21464]],
      ["integration-test-app-with-minuteman-vip-597177d7b90b4cfaac21ccf48822be52", "10.10.0.109", ["10.10.0.109"], [8014]]
    ]);
    expect(c.agents.map((a) => a.tasks)).toEqual([2, 0, 0]);
  });
  it("the role slave_public's dominant share is its CPU share of the whole cluster", () => {
    expect(c.totals).toEqual({cpus: 12, mem: 40794, disk: 12270, gpus: 0});
    expect(c.roles).toEqual([
      {
        role: "slave_public",
        frameworks: ["marathon"],
        allocated: {cpus: 0.2, mem: 256, disk: 0, gpus: 0},
        shares: {cpus: 0.016667, mem: 0.006275, disk: 0, gpus: 0},
        dominant: "cpus",
        dominantShare: 0.016667
      }
    ]);
  });
  it("the leader, and no warnings", () => {
    expect(c.leader).toBe("master@10.10.0.106:5050");
    expect(c.warnings).toEqual([]);
  });
});

describe("a Mesos 0.19 /state.json (mesos-dns factories/fake.json)", () => {
  const c = parseClusterState(state019);
  it("four agents, one of them on IPv6, and four frameworks", () => {
    expect(c.version).toBe("0.19.1");
    expect(c.agents.map((a) => a.ip)).toEqual(["1.2.3.10", "1.2.3.11", "1.2.3.12", "2001:db8::1"]);
    expect(c.frameworks.map((f) => f.name)).toEqual(["ipv6-framework", "chronos with a space AND MIXED CASE-2.0.1", "no pid", "marathon"]);
    expect(c.frameworks.map((f) => f.tasks)).toEqual([1, 1, 0, 7]);
  });
  it("tasks by state, completed tasks included; a killed task in `tasks` holds nothing", () => {
    expect(c.tasksByState).toEqual({TASK_RUNNING: 9, TASK_FINISHED: 2, TASK_KILLED: 2});
    expect(c.tasks.find((t) => t.name.startsWith("poseidon"))?.completed).toBe(true);
  });
  it("Mesos-DNS's .slave.mesos answers from generator_test.go", () => {
    const {mesos} = clusterDns(c.state);
    expect(values(mesos, "liquor-store.marathon.slave.mesos.", "A")).toEqual(["1.2.3.11", "1.2.3.12"]);
    expect(values(mesos, "toy-store.ipv6-framework.slave.mesos.", "AAAA")).toEqual(["2001:db8::1"]);
  });
});

describe("an operator API SUBSCRIBE stream (dcos-net operator-api.json)", () => {
  const c = parseClusterState(stream);
  const byId = new Map(c.tasks.map((t) => [t.id, t]));
  it("the events applied in order: two agents, metronome and marathon, 12 running tasks", () => {
    expect(c.format).toBe("operator-stream");
    expect(c.agents.map((a) => [a.host, a.ip])).toEqual([
      ["172.17.0.4", "172.17.0.4"],
      ["172.17.0.3", "172.17.0.3"]
    ]);
    expect(c.frameworks.map((f) => [f.name, f.tasks])).toEqual([
      ["metronome", 0],
      ["marathon", 12]
    ]);
    expect(c.tasksByState).toEqual({TASK_RUNNING: 12});
  });
  it.each([
    ["docker-on-bridge.0ef76549-2630-11e8-af52-70b3d5800001", ["172.18.0.2"]],
    ["ucr-on-bridge.1458805d-2630-11e8-af52-70b3d5800001", ["172.31.254.3"]],
    ["docker-on-dcos.0ebe53e8-2630-11e8-af52-70b3d5800001", ["9.0.2.130"]],
    ["none-on-dcos.115c093a-2630-11e8-af52-70b3d5800001", ["9.0.2.5"]],
    ["docker-on-ipv6.602453f2-28e7-11e8-8cba-70b3d5800001", ["172.19.0.2", "fd01:b::2:8000:0:2"]]
  ])("%s: the addresses of its last status", (id, ips) => {
    expect(byId.get(id)?.containerIps).toEqual(ips);
  });
  it("dcos-dns names as dcos_dns_mesos_tests expects them", () => {
    const {dcos} = clusterDns(c.state);
    const name = (a: string, kind: string) => `${a}.marathon.${kind}.dcos.thisdcos.directory.`;
    expect(values(dcos, name("ucr-on-bridge", "agentip"), "A")).toEqual(["172.17.0.3"]);
    expect(values(dcos, name("ucr-on-bridge", "containerip"), "A")).toEqual(["172.31.254.3"]);
    expect(values(dcos, name("docker-on-dcos", "autoip"), "A")).toEqual(["9.0.2.130"]);
    expect(values(dcos, name("docker-on-ipv6", "autoip"), "AAAA")).toEqual(["fd01:b::2:8000:0:2"]);
    expect(values(dcos, name("pod-on-dcos", "containerip"), "A")).toEqual(["9.0.1.3"]);
  });
  it("the same stream in RecordIO framing (byte counts before each event) reads the same", () => {
    const encoder = new TextEncoder();
    const recordio = stream
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => `${encoder.encode(l).length}\n${l}`)
      .join("");
    expect(parseClusterState(recordio).state).toEqual(c.state);
  });
  it("a GET_STATE response holds the same agents and frameworks as the SUBSCRIBED event", () => {
    const subscribed = JSON.parse(stream.split("\n")[0]!) as {subscribed: {get_state: unknown}};
    const g = parseClusterState({name: "get-state.json", json: {type: "GET_STATE", get_state: subscribed.subscribed.get_state}});
    expect(g.format).toBe("operator-get-state");
    expect(g.agents.map((a) => a.host)).toEqual(["172.17.0.4", "172.17.0.3"]);
    expect(g.frameworks.map((f) => f.name)).toEqual(["metronome"]);
    expect(g.agents[0]!.resources).toEqual({cpus: 4, mem: 6949, disk: 47170, gpus: 0});
  });
  it("event types the fold does not read are passed over", () => {
    const lines = stream.split("\n").filter((l) => l.trim() !== "");
    const withExtra = [lines[0], JSON.stringify({type: "MAINTENANCE_UPDATED", maintenance_updated: {}}), ...lines.slice(1)].join("\n");
    expect(parseClusterState(withExtra).state).toEqual(c.state);
  });
});

describe("Marathon's /v2/apps and /v2/tasks", () => {
  it("/v2/tasks alone: a Marathon-only picture, task names as Marathon gives them to Mesos", () => {
    const c = parseClusterState({name: "tasks.json", text: tasks});
    expect(c.format).toBe("marathon");
    expect(c.tasks.map((t) => [t.name, t.appId, t.agentHost, t.ports])).toEqual([
      ["frontend-foosball", "/frontend-foosball", "srv4.example.com", [31292]],
      ["registry.docker.tools", "/tools/docker/registry", "srv2.example.com", [31721]]
    ]);
    expect(c.agents.map((a) => a.id)).toEqual(["20150707-153709-201330860-5050-12052-S0", "1cc9e7d0-63d6-4e99-9c58-c0b950401ae2-S24"]);
    expect(c.agents.map((a) => a.zone)).toEqual(["a", "a"]);
    expect(c.warnings[0]).toMatch(/^Only Marathon's view/);
  });
  it("/v2/apps alongside /v2/tasks: apps with their instances and running tasks", () => {
    const c = parseClusterState({name: "apps.json", text: appList}, {alongside: [{name: "tasks.json", text: tasks}]});
    expect(c.marathon).toEqual({apps: [{id: "/myapp", instances: 3, running: 0, taskName: "myapp"}], tasks: 2});
  });
  it("one app definition (app.json) is read as a list of one", () => {
    const c = parseClusterState({name: "app.json", text: app});
    expect(c.marathon?.apps.map((a) => [a.id, a.instances])).toEqual([["/foo", 2]]);
  });
  it("merged into a Mesos state: tasks gain their app and health; Marathon tasks missing from the state are a warning", () => {
    const ids = JSON.parse(state028).frameworks[0].tasks.map((t: {id: string}) => t.id) as string[];
    const v2tasks = {
      tasks: [
        {id: ids[0], appId: "/integration-test-proxy-to-minuteman-vip-597177d7b90b4cfaac21ccf48822be52", healthCheckResults: [{alive: true}]},
        {id: ids[1], appId: "/integration-test-app-with-minuteman-vip-597177d7b90b4cfaac21ccf48822be52", healthCheckResults: [{alive: false}]},
        {id: "gone.1", appId: "/gone"}
      ]
    };
    const c = parseClusterState({name: "state.json", text: state028}, {alongside: [{name: "tasks.json", json: v2tasks}]});
    expect(c.format).toBe("mesos-state");
    expect(c.tasks.filter((t) => !t.completed).map((t) => [t.appId, t.healthy])).toEqual([
      [v2tasks.tasks[0]!.appId, true],
      [v2tasks.tasks[1]!.appId, false]
    ]);
    expect(c.warnings).toEqual(["1 of Marathon's tasks are not in the Mesos state (the two were saved at different times?): gone.1"]);
  });
  it("two Mesos states are refused", () => {
    expect(problems({name: "a.json", text: state028}, {alongside: [{name: "b.json", text: state019}]})).toEqual([
      "a.json and b.json: both are Mesos states; give one, with Marathon's /v2/apps or /v2/tasks alongside if you like."
    ]);
  });
});

describe("spellings and defaults", () => {
  it("`agents` and `agent_id` read as `slaves` and `slave_id`", () => {
    const c = parseClusterState({
      json: {
        agents: [{id: "S1", hostname: "a1", resources: {cpus: 2, mem: 1024}}],
        frameworks: [{id: "F", name: "web", role: "web", tasks: [{id: "t1", name: "t", framework_id: "F", agent_id: "S1", state: "TASK_RUNNING", resources: {cpus: 1, mem: 256}}]}]
      }
    });
    expect(c.tasks[0]!.agentHost).toBe("a1");
    expect(c.agents[0]!.used).toEqual({cpus: 1, mem: 256, disk: 0, gpus: 0});
    expect(c.roles[0]).toMatchObject({role: "web", dominant: "cpus", dominantShare: 0.5});
  });
  it("unknown fields are ignored and a framework with no role is in `*`", () => {
    const c = parseClusterState({json: {future_field: {x: 1}, slaves: [], frameworks: [{id: "F", something_new: true}]}});
    expect(c.frameworks).toEqual([{id: "F", name: "", role: "*", active: true, tasks: 0, used: {cpus: 0, mem: 0, disk: 0, gpus: 0}}]);
  });
  it("roleShares: ties on dominant share are ordered by role name", () => {
    const used = {cpus: 1, mem: 0, disk: 0, gpus: 0};
    const shares = roleShares(
      [
        {id: "b", name: "b", role: "b", active: true, tasks: 1, used},
        {id: "a", name: "a", role: "a", active: true, tasks: 1, used}
      ],
      {cpus: 4, mem: 0, disk: 0, gpus: 0}
    );
    expect(shares.map((s) => [s.role, s.dominantShare])).toEqual([
      ["a", 0.25],
      ["b", 0.25]
    ]);
  });
});

describe("bad and hostile input", () => {
  it("invalid JSON names the line and column", () => {
    expect(problems('{"slaves": [],\n  "frameworks": [}')).toEqual(['(input): not valid JSON: line 2, column 18: unexpected "}".']);
  });
  it("empty input", () => {
    expect(problems("   ")).toEqual(["(input): it is empty. Paste a Mesos /state, an operator API response or stream, or Marathon's /v2/apps or /v2/tasks."]);
  });
  it("wrong types at depth are listed with their JSON paths", () => {
    const s = JSON.parse(state019);
    s.frameworks[2].tasks = [{...s.frameworks[3].tasks[0], statuses: {state: "TASK_RUNNING"}}];
    s.frameworks[3].tasks[1].resources.cpus = [1];
    s.slaves[0].id = 7;
    expect(problems({json: s})).toEqual([
      "slaves[0].id: expected a string, got a number",
      "frameworks[2].tasks[0].statuses: expected an array, got an object",
      'frameworks[3].tasks[1].resources.cpus: expected a number, or port ranges such as "[31000-31005]"'
    ]);
  });
  it("a document of another kind", () => {
    expect(problems('{"hello": "world"}')[0]).toMatch(/^\(top level\): this is not a cluster state the workbook knows/);
    expect(problems("[1, 2]")).toEqual(["(top level): a list, but not of operator API events (objects with a type)."]);
    expect(problems("42")[0]).toMatch(/Got a number\.$/);
  });
  it("a bad line in a stream is named by its line number", () => {
    const lines = stream.split("\n").filter((l) => l.trim() !== "");
    const broken = [lines[0], lines[1], "{not json", JSON.stringify({type: "TASK_ADDED", task_added: {task: {name: 5}}})].join("\n");
    expect(problems(broken)).toEqual([
      "line 3, column 2: not valid JSON",
      "line 4 (TASK_ADDED): task_added.task.name: expected a string, got a number",
      "line 4 (TASK_ADDED): task_added.task.task_id: expected an object, but it is missing",
      "line 4 (TASK_ADDED): task_added.task.framework_id: expected an object, but it is missing",
      "line 4 (TASK_ADDED): task_added.task.agent_id: expected an object, but it is missing"
    ]);
  });
  it("a stream without SUBSCRIBED", () => {
    expect(problems('{"type": "HEARTBEAT"}\n{"type": "HEARTBEAT"}')).toEqual([
      "line 1: a SUBSCRIBE stream starts with a SUBSCRIBED event, which carries the state the others change; none was found"
    ]);
  });
  it("50 MB is refused at once, before parsing", () => {
    const big = `{"slaves": [], "frameworks": [], "pad": "${"x".repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    expect(problems(big)).toEqual([
      "(input): it is 50 MB; the workbook reads states up to 20 MB. Leave out completed_tasks and completed_frameworks, or save the state of a smaller cluster."
    ]);
    expect(performance.now() - started).toBeLessThan(200);
  });
  it("deep nesting in text is refused with its place", () => {
    expect(problems(`{"slaves": ${"[".repeat(100_000)}`)).toEqual([
      "(input): it nests deeper than 64 levels (line 1, column 75); a Mesos state nests about 10, so this is not one."
    ]);
  });
  it("deep nesting in a decoded value is refused with its path", () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = {a: deep};
    const p = problems({json: {slaves: [], frameworks: [], x: deep}});
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^x(\.a){63}: the input nests deeper than 64 levels here/);
  });
  it("brackets inside strings do not count as nesting", () => {
    const c = parseClusterState({json: JSON.parse(`{"slaves": [], "frameworks": [{"id": "F", "name": "${"[".repeat(200)}"}]}`)});
    expect(c.frameworks[0]!.name).toHaveLength(200);
    expect(parseClusterState(`{"slaves": [], "frameworks": [{"id": "F", "name": "${"[{".repeat(200)}"}]}`).frameworks).toHaveLength(1);
  });
  it("markup in names is kept as plain text data", () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const c: Cluster = parseClusterState({
      json: {
        slaves: [{id: "S1", hostname: hostile}],
        frameworks: [{id: "F", name: hostile, tasks: [{id: "t", name: hostile, framework_id: "F", slave_id: "S1", state: "TASK_RUNNING"}]}]
      }
    });
    expect([c.frameworks[0]!.name, c.tasks[0]!.name, c.agents[0]!.host]).toEqual([hostile, hostile, hostile]);
  });
  it("too many problems are counted, not all listed", () => {
    const s = {slaves: Array.from({length: 30}, () => ({id: 1})), frameworks: []};
    const p = problems({json: s});
    expect(p).toHaveLength(21);
    expect(p[20]).toBe("… and 10 more problems");
  });
});
