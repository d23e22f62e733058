// Cluster mutations: scale, kill and move give new states, leave their input alone, are deterministic,
// and the records follow (Mesos-DNS as DC/OS configures it, dcos-dns names and VIP backends).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {
  ClusterMutationError,
  appTasks,
  appsOfState,
  clusterNow,
  dcosDnsRecords,
  killTask,
  mesosDnsRecords,
  moveTask,
  resolveDns,
  scaleApp,
  vipsOfState,
  type MesosState
} from "../../../src/lib/index.js";
import {values} from "./helpers.js";

const text = readFileSync("data/clusters/demo.json", "utf8");
const demo = (): MesosState => JSON.parse(text) as MesosState;
const S = (n: number) => `4b2e9c1a-7d35-4f60-a8e1-3c9d05b7f2a6-S${n}`;
const srv = (s: MesosState, name = "_web._tcp.marathon.mesos") => resolveDns(mesosDnsRecords(s, {ipSources: ["host", "netinfo"]}), name, "SRV").answers.map((r) => r.value);
const running = (s: MesosState) => (s.frameworks ?? []).flatMap((f) => f.tasks ?? []).filter((t) => t.state === "TASK_RUNNING");

describe("scaleApp", () => {
  it("adds a task on the private agent with the fewest of the app's tasks, with a new id, port and statuses", () => {
    const before = demo();
    const after = scaleApp(before, "web", 4);
    expect(JSON.stringify(before)).toBe(JSON.stringify(demo())); // input untouched
    const web = appTasks(after, "web");
    expect(web).toHaveLength(4);
    const added = web[3]!;
    expect(added.slave_id).toBe(S(3)); // S3 has no web task
    expect(added.id).toMatch(/^web\.instance-[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\._app\.1$/);
    expect(added.resources?.ports).toBe("[23985-23985]");
    expect(added.discovery?.ports?.ports?.[0]?.number).toBe(23985);
    expect((added.health_check as {http: {port: number}}).http.port).toBe(23985);
    expect(added.statuses?.map((s) => `${s.state}${s.healthy ? " healthy" : ""}`)).toEqual(["TASK_STARTING", "TASK_RUNNING", "TASK_RUNNING healthy"]);
    expect(added.statuses?.[0]?.timestamp).toBe(Math.round((clusterNow(before) + 5) * 1000) / 1000);
    expect(added.statuses?.[1]?.container_status?.network_infos?.[0]?.ip_addresses).toEqual([{protocol: "IPv4", ip_address: "10.0.1.24"}]);
    expect(after.slaves?.[3]?.used_resources).toEqual({cpus: 1.5, disk: 0, gpus: 0, mem: 640, ports: "[12087-12087, 23985-23985]"});
  });

  it("is deterministic", () => {
    expect(JSON.stringify(scaleApp(demo(), "web", 6))).toBe(JSON.stringify(scaleApp(demo(), "web", 6)));
  });

  it("the records follow: one more SRV record and one more VIP backend", () => {
    const after = scaleApp(demo(), "web", 4);
    expect(srv(after)).toHaveLength(4);
    expect(srv(after).filter((v) => !srv(demo()).includes(v))).toEqual([`web-68wab-s3.marathon.mesos.:23985`]);
    expect(vipsOfState(after).find((v) => v.label === "/web")?.backends.map((b) => `${b.ip}:${b.port}`)).toContain("10.0.1.24:23985");
    expect(values(dcosDnsRecords(after), "web.marathon.agentip.dcos.thisdcos.directory.", "A")).toEqual(["10.0.1.21", "10.0.1.22", "10.0.1.23", "10.0.1.24"]);
  });

  it("scaling down kills the youngest first; they move to completed_tasks as TASK_KILLED", () => {
    const before = demo();
    const oldest = appTasks(before, "web")[0]!;
    const after = scaleApp(before, "web", 1);
    expect(appTasks(after, "web").map((t) => t.id)).toEqual([oldest.id]);
    const marathon = after.frameworks![0]!;
    expect(marathon.completed_tasks?.map((t) => `${t.name} ${t.state} ${t.statuses?.slice(-2).map((s) => s.state).join(">")}`)).toEqual([
      "web TASK_KILLED TASK_KILLING>TASK_KILLED",
      "web TASK_KILLED TASK_KILLING>TASK_KILLED",
      "web TASK_KILLED TASK_KILLING>TASK_KILLED"
    ]);
    expect(srv(after)).toEqual([srv(before).find((v) => v.startsWith("web-eddeu-s0"))]);
  });

  it("down to 1 and back to 3: the survivor keeps its record, two new tasks get new names and ports", () => {
    const after = scaleApp(scaleApp(demo(), "web", 1), "web", 3);
    expect(srv(after)).toEqual(["web-eddeu-s0.marathon.mesos.:23145", "web-p6orb-s1.marathon.mesos.:17226", "web-sbw9x-s2.marathon.mesos.:23985"]);
  });

  it("from 0 it copies the app's latest finished task", () => {
    const zero = scaleApp(demo(), "web", 0);
    expect(srv(zero)).toEqual([]);
    expect(resolveDns(mesosDnsRecords(zero), "web.marathon.mesos", "A").rcode).toBe("NXDOMAIN");
    expect(appTasks(scaleApp(zero, "web", 2), "web").map((t) => t.slave_id)).toEqual([S(0), S(2)]);
  });

  it("a Docker bridge app gets the first free bridge address on its agent, and a new host port mapped to the same container port", () => {
    const after = scaleApp(demo(), "api.shop", 2);
    const added = appTasks(after, "api.shop")[1]!;
    expect(added.slave_id).toBe(S(0));
    expect(added.container?.docker?.port_mappings).toEqual([{host_port: Number(added.resources!.ports!.slice(1).split("-")[0]), container_port: 8080, protocol: "tcp"}]);
    expect(values(dcosDnsRecords(after), "api-shop.marathon.autoip.dcos.thisdcos.directory.", "A")).toEqual(["10.0.1.21", "10.0.1.24"]);
    expect(values(dcosDnsRecords(after), "api-shop.marathon.containerip.dcos.thisdcos.directory.", "A")).toEqual(["172.17.0.2"]);
  });

  it("fixed ports (below 10000) stay fixed, so a second Marathon-LB does not fit on the one public agent", () => {
    expect(() => scaleApp(demo(), "marathon-lb", 2)).toThrow(new ClusterMutationError('no public agent has room for another "marathon-lb" task'));
  });

  it("refuses what cannot be", () => {
    expect(() => scaleApp(demo(), "web", -1)).toThrow(ClusterMutationError);
    expect(() => scaleApp(demo(), "web", 2.5)).toThrow("instances must be a whole number from 0 to 100, got 2.5");
    expect(() => scaleApp(demo(), "nope", 1)).toThrow('no app "nope" in framework "marathon"');
    expect(() => scaleApp(demo(), {framework: "chronos", name: "web"}, 1)).toThrow('no framework named "chronos"');
    expect(() => scaleApp(demo(), "web", 40)).toThrow('no private agent has room for another "web" task');
  });
});

describe("killTask", () => {
  it("removes the task's records; nothing replaces it", () => {
    const s = demo();
    const web1 = appTasks(s, "web")[1]!;
    const after = killTask(s, web1.id);
    expect(running(after)).toHaveLength(5);
    expect(srv(after)).toHaveLength(2);
    expect(vipsOfState(after).find((v) => v.label === "/web")?.backends).toHaveLength(2);
    expect(after.frameworks![0]!.completed_tasks!.at(-1)!.id).toBe(web1.id);
  });

  it("refuses an unknown or already finished task", () => {
    expect(() => killTask(demo(), "nope")).toThrow('no running task with id "nope"');
    const killed = demo().frameworks![0]!.completed_tasks![0]!.id;
    expect(() => killTask(demo(), killed)).toThrow(ClusterMutationError);
  });
});

describe("moveTask", () => {
  it("the overlay database moves: a new agent, a new container address in that agent's subnet, the same VIP name", () => {
    const s = demo();
    const pg = appTasks(s, "postgres.data")[0]!;
    const after = moveTask(s, pg.id, S(3));
    const moved = appTasks(after, "postgres.data")[0]!;
    expect(moved.id).not.toBe(pg.id);
    expect(moved.slave_id).toBe(S(3));
    const records = dcosDnsRecords(after);
    expect(values(records, "postgres-data.marathon.containerip.dcos.thisdcos.directory.", "A")).toEqual(["9.0.4.2"]);
    expect(values(records, "postgres-data.marathon.agentip.dcos.thisdcos.directory.", "A")).toEqual(["10.0.1.24"]);
    expect(values(records, "datapostgres.marathon.l4lb.thisdcos.directory.", "A")).toEqual(values(dcosDnsRecords(s), "datapostgres.marathon.l4lb.thisdcos.directory.", "A"));
    expect(vipsOfState(after).find((v) => v.label === "/data/postgres")?.backends.map((b) => `${b.ip}:${b.port}`)).toEqual(["9.0.4.2:5432"]);
  });

  it("refuses a move to the same agent, an unknown one, or the other kind", () => {
    const s = demo();
    const web0 = appTasks(s, "web")[0]!;
    expect(() => moveTask(s, web0.id, S(0))).toThrow("already runs on agent");
    expect(() => moveTask(s, web0.id, "x")).toThrow('no agent with id "x"');
    expect(() => moveTask(s, web0.id, S(4))).toThrow(`"web" runs on private agents; ${S(4)} is public`);
  });
});

describe("appsOfState", () => {
  it("lists every app, with running counts", () => {
    expect(appsOfState(demo())).toEqual([
      {framework: "marathon", name: "web", running: 3},
      {framework: "marathon", name: "api.shop", running: 1},
      {framework: "marathon", name: "postgres.data", running: 1},
      {framework: "marathon", name: "marathon-lb", running: 1},
      {framework: "metronome", name: "nightly-backup", running: 0}
    ]);
  });
});
