// `/state` accessors. Expected values from mesosphere/mesos-dns records/state/state_test.go
// (TestResources_Ports, TestPID_UnmarshalJSON, TestTask_IPs) and dcos/mesos_state's
// mesos_state_SUITE `parse_master_json` (state3.json: exactly one framework, named marathon, 3 agents).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {
  formatPortRanges,
  frameworkTasks,
  joinHostPort,
  labelList,
  labelValues,
  latestRunningStatus,
  latestStatus,
  mesosDnsTaskIps,
  parseMesosPid,
  parsePortRanges,
  slaveIdTail,
  splitHostPort,
  type MesosState,
  type MesosTask,
  type MesosTaskStatus
} from "../../../src/lib/index.js";

const state3 = JSON.parse(readFileSync(new URL("../../fixtures/mesos-state-state3-0.28.json", import.meta.url), "utf8")) as MesosState;

describe("port ranges", () => {
  it("TestResources_Ports", () => {
    expect(parsePortRanges("[31111-31111, 31115-31117]")).toEqual([31111, 31115, 31116, 31117]);
  });
  it("empty forms and malformed entries", () => {
    expect(parsePortRanges("[]")).toEqual([]);
    expect(parsePortRanges("")).toEqual([]);
    expect(parsePortRanges(undefined)).toEqual([]);
    expect(parsePortRanges("[1-2, x-3, 5-5]")).toEqual([1, 2, 5]);
  });
  it("round trip with formatPortRanges", () => {
    expect(formatPortRanges([31002, 31000, 31001, 31005])).toBe("[31000-31002, 31005-31005]");
    expect(parsePortRanges(formatPortRanges([8, 9, 10, 20]))).toEqual([8, 9, 10, 20]);
  });
  it("the agents of state3.json", () => {
    expect(parsePortRanges(state3.slaves![2]!.resources!.ports).length).toBe(1001);
  });
});

describe("PIDs", () => {
  it.each([
    ["slave(1)@127.0.0.1:5051", {id: "slave(1)", host: "127.0.0.1", port: "5051"}],
    ["  slave(1)@127.0.0.1:5051  ", {id: "slave(1)", host: "127.0.0.1", port: "5051"}],
    ["slave(1)@[2001:db8::1]:5051", {id: "slave(1)", host: "2001:db8::1", port: "5051"}],
    ["scheduler-f8c65853-acb2-4431-89b2-8c77a91d61ca@10.10.0.106:39699", {id: "scheduler-f8c65853-acb2-4431-89b2-8c77a91d61ca", host: "10.10.0.106", port: "39699"}]
  ])("%j", (pid, want) => {
    expect(parseMesosPid(pid)).toEqual(want);
  });
  it.each(["", "slave(1)", "a@b@c:1", "slave(1)@10.0.0.1", "slave(1)@2001:db8::1:5051"])("rejects %j", (pid) => {
    expect(parseMesosPid(pid)).toBeNull();
  });
  it("splitHostPort / joinHostPort", () => {
    expect(splitHostPort("[::1]:53")).toEqual({host: "::1", port: "53"});
    expect(splitHostPort("0.0.0.8:9")).toEqual({host: "0.0.0.8", port: "9"});
    expect(splitHostPort("4")).toBeNull();
    expect(joinHostPort("::1", 53)).toBe("[::1]:53");
    expect(joinHostPort("slave.mesos.", "5051")).toBe("slave.mesos.:5051");
  });
});

describe("accessors", () => {
  it("labels in both spellings", () => {
    expect(labelList([{key: "a", value: "1"}])).toEqual([{key: "a", value: "1"}]);
    expect(labelList({labels: [{key: "b", value: "2"}]})).toEqual([{key: "b", value: "2"}]);
    expect(labelList(undefined)).toEqual([]);
    expect(labelValues([{key: "k", value: "1"}, {key: "x", value: "2"}, {key: "k", value: "3"}], "k")).toEqual(["1", "3"]);
  });
  it("latest statuses", () => {
    const statuses: MesosTaskStatus[] = [
      {state: "TASK_RUNNING", timestamp: 1},
      {state: "TASK_RUNNING", timestamp: 4},
      {state: "TASK_KILLING", timestamp: 5},
      {state: "TASK_RUNNING", timestamp: 2}
    ];
    expect(latestRunningStatus({statuses})?.timestamp).toBe(4);
    expect(latestStatus({statuses})?.state).toBe("TASK_KILLING");
    expect(latestRunningStatus({statuses: []})).toBeUndefined();
  });
  it("agent ID tail", () => {
    expect(slaveIdTail("20140803-194712-3041283216-5050-2116-3")).toBe("3");
    expect(slaveIdTail("338e8e55-1f6d-468f-ad29-34395d3b1c38-S2")).toBe("s2");
  });
  it("state3.json: one framework named marathon, three agents, two running tasks", () => {
    expect(state3.frameworks!.map((f) => f.name)).toEqual(["marathon"]);
    expect(new Set(state3.slaves!.map((s) => s.id)).size).toBe(3);
    expect(frameworkTasks(state3).map(({task}) => task.state)).toEqual(["TASK_RUNNING", "TASK_RUNNING"]);
  });
});

describe("TestTask_IPs (Mesos-DNS IP sources)", () => {
  const task = (statuses: MesosTaskStatus[]): MesosTask => ({id: "t", name: "t", framework_id: "f", slave_id: "s", state: "TASK_RUNNING", statuses});
  const running = (extra: Partial<MesosTaskStatus>): MesosTaskStatus => ({state: "TASK_RUNNING", ...extra});
  const netinfo = (...ips: string[]) => ({ip_addresses: ips.map((ip_address) => ({ip_address}))});
  const ips = (t: MesosTask, srcs: string[], slave: string[] = []) => mesosDnsTaskIps(t, srcs, slave).map((x) => x.ip);
  const DOCKER = "Docker.NetworkSettings.IPAddress";

  it("no IPs for the given sources", () => {
    expect(ips(task([running({container_status: {network_infos: [netinfo("1.2.3.4")]}})]), ["host", "mesos"])).toEqual([]);
  });
  it("unknown sources are ignored", () => {
    expect(ips(task([running({container_status: {network_infos: [netinfo("1.2.3.4")]}})]), ["foo", "netinfo", "bar"])).toEqual(["1.2.3.4"]);
  });
  it("several NetworkInfos, several addresses", () => {
    expect(ips(task([running({container_status: {network_infos: [netinfo("1.2.3.4"), netinfo("2.3.4.5")]}})]), ["netinfo"])).toEqual(["1.2.3.4", "2.3.4.5"]);
    expect(ips(task([running({container_status: {network_infos: [netinfo("1.2.3.4", "2.3.4.5")]}})]), ["netinfo"])).toEqual(["1.2.3.4", "2.3.4.5"]);
  });
  it("0.25 `ip_address` form, and 0.26 `ip_addresses` preferred", () => {
    expect(ips(task([running({container_status: {network_infos: [{ip_address: "1.2.3.4"}]}})]), ["netinfo"])).toEqual(["1.2.3.4"]);
    expect(ips(task([running({container_status: {network_infos: [{ip_address: ""}, netinfo("1.2.3.4")]}})]), ["netinfo"])).toEqual(["1.2.3.4"]);
    expect(ips(task([running({container_status: {network_infos: [{ip_address: "1.2.3.4", ...netinfo("1.2.4.8")}]}})]), ["netinfo"])).toEqual(["1.2.4.8"]);
  });
  it("source order", () => {
    const t = task([running({container_status: {network_infos: [netinfo("1.2.3.4", "fd01:b::1:8000:2")]}})]);
    expect(ips(t, ["host", "netinfo"], ["2.3.4.5"])).toEqual(["2.3.4.5"]);
    expect(ips(t, ["netinfo", "host"], ["2.3.4.5"])).toEqual(["1.2.3.4", "fd01:b::1:8000:2"]);
  });
  it("only TASK_RUNNING statuses, the latest by timestamp", () => {
    expect(
      ips(task([running({container_status: {network_infos: [netinfo("1.2.3.4")]}}), {state: "TASK_STOPPED", container_status: {network_infos: [netinfo("2.3.4.5")]}}]), ["netinfo"])
    ).toEqual(["1.2.3.4"]);
    const t = task([
      running({container_status: {network_infos: [netinfo("1.2.3.4")]}, timestamp: 1}),
      running({container_status: {network_infos: [netinfo("1.3.5.7")]}, timestamp: 4}),
      running({labels: [{key: DOCKER, value: "2.3.4.5"}], timestamp: 3}),
      running({labels: [{key: DOCKER, value: "2.4.6.8"}], timestamp: 5}),
      running({labels: [{key: DOCKER, value: "2.5.8.1"}], timestamp: 2})
    ]);
    expect(ips(t, ["docker", "netinfo"])).toEqual(["2.4.6.8"]);
  });
  it("label order", () => {
    const t = task([running({labels: [{key: DOCKER, value: "1.2.3.4"}, {key: DOCKER, value: "2.3.4.5"}]})]);
    expect(ips(t, ["docker"])).toEqual(["1.2.3.4", "2.3.4.5"]);
  });
});
