// dcos-dns names on the dcos-net operator API stream. Expected answers from dcos/dcos-net
// apps/dcos_dns/test/dcos_dns_mesos_tests.erl (basic_test_: none/ucr/docker/pod on host, bridge and the
// `dcos` overlay, docker on IPv6) and the task views from apps/dcos_net/test/dcos_net_mesos_listener_tests.erl.
import {describe, expect, it} from "vitest";
import {dcosDnsRecords, dcosDnsTaskName, dcosNetTasks, mesosStateFromOperatorStream, resolveDns, type MesosState} from "../../../src/lib/index.js";
import {fixture, values} from "./helpers.js";

const state = mesosStateFromOperatorStream(fixture("dcos-net-operator-api-stream.jsonl"));
const records = dcosDnsRecords(state);
const name = (app: string, kind: "agentip" | "containerip" | "autoip") => `${app}.marathon.${kind}.dcos.thisdcos.directory.`;

describe("dcos_dns_mesos_tests basic_test_", () => {
  // [app, agentip, autoip, containerip] as A records.
  const cases: [string, string, string, string][] = [
    ["none-on-host", "172.17.0.4", "172.17.0.4", "172.17.0.4"],
    ["none-on-dcos", "172.17.0.4", "9.0.2.5", "9.0.2.5"],
    ["ucr-on-host", "172.17.0.3", "172.17.0.3", "172.17.0.3"],
    ["ucr-on-bridge", "172.17.0.3", "172.17.0.3", "172.31.254.3"],
    ["ucr-on-dcos", "172.17.0.3", "9.0.1.6", "9.0.1.6"],
    ["docker-on-host", "172.17.0.4", "172.17.0.4", "172.17.0.4"],
    ["docker-on-bridge", "172.17.0.4", "172.17.0.4", "172.18.0.2"],
    ["docker-on-dcos", "172.17.0.4", "9.0.2.130", "9.0.2.130"],
    ["pod-on-host", "172.17.0.4", "172.17.0.4", "172.17.0.4"],
    ["pod-on-bridge", "172.17.0.3", "172.17.0.3", "172.31.254.4"],
    ["pod-on-dcos", "172.17.0.3", "9.0.1.3", "9.0.1.3"]
  ];
  it.each(cases)("%s", (app, agentip, autoip, containerip) => {
    expect(values(records, name(app, "agentip"), "A")).toEqual([agentip]);
    expect(values(records, name(app, "autoip"), "A")).toEqual([autoip]);
    expect(values(records, name(app, "containerip"), "A")).toEqual([containerip]);
  });
  it("docker-on-ipv6: AAAA for autoip and containerip, A for the agent", () => {
    expect(values(records, name("docker-on-ipv6", "agentip"), "A")).toEqual(["172.17.0.4"]);
    expect(values(records, name("docker-on-ipv6", "autoip"), "AAAA")).toEqual(["fd01:b::2:8000:0:2"]);
    expect(values(records, name("docker-on-ipv6", "containerip"), "AAAA")).toEqual(["fd01:b::2:8000:0:2"]);
    expect(values(records, name("docker-on-ipv6", "containerip"), "A")).toEqual(["172.19.0.2"]);
  });
  it("three names per running task and nothing else (12 tasks, one with two addresses on two names)", () => {
    expect(records.length).toBe(12 * 3 + 2);
  });
  it("resolves through resolveDns", () => {
    expect(resolveDns(records, "Docker-On-Bridge.Marathon.ContainerIP.dcos.thisdcos.directory", "A").answers.map((r) => r.value)).toEqual(["172.18.0.2"]);
    expect(resolveDns(records, name("docker-on-ipv6", "agentip"), "AAAA").rcode).toBe("NOERROR");
  });
});

describe("dcos-net task view (dcos_net_mesos_listener_tests)", () => {
  const tasks = new Map(dcosNetTasks(state).map((t) => [t.id, t]));
  it("host networking: the host port is the port", () => {
    expect(tasks.get("none-on-host.1458594c-2630-11e8-af52-70b3d5800001")).toEqual({
      id: "none-on-host.1458594c-2630-11e8-af52-70b3d5800001",
      frameworkId: "30257977-0153-499d-a5b0-35afd842ef4d-0001",
      name: "none-on-host",
      framework: "marathon",
      agentIp: "172.17.0.4",
      taskIps: ["172.17.0.4"],
      state: "running",
      mesosState: "TASK_RUNNING",
      ports: [{name: "http", protocol: "tcp", port: 13977}]
    });
  });
  it.each([
    ["docker-on-bridge.0ef76549-2630-11e8-af52-70b3d5800001", ["172.18.0.2"], [{name: "http", protocol: "tcp", hostPort: 20560, port: 8080}]],
    ["ucr-on-bridge.1458805d-2630-11e8-af52-70b3d5800001", ["172.31.254.3"], [{name: "http", protocol: "tcp", hostPort: 15263, port: 8080}]],
    ["pod-on-bridge.instance-e9d06dcd-2930-11e8-96bf-70b3d5800001.app", ["172.31.254.4"], [{name: "http", protocol: "tcp", hostPort: 2254, port: 8080}]],
    ["docker-on-dcos.0ebe53e8-2630-11e8-af52-70b3d5800001", ["9.0.2.130"], [{name: "http", protocol: "tcp", port: 8080}]],
    ["docker-on-host.116271db-2630-11e8-af52-70b3d5800001", ["172.17.0.4"], [{name: "http", protocol: "tcp", port: 31168}]],
    ["ucr-on-host.1755bacf-2630-11e8-af52-70b3d5800001", ["172.17.0.3"], [{name: "http", protocol: "tcp", port: 10323}]],
    ["docker-on-ipv6.602453f2-28e7-11e8-8cba-70b3d5800001", ["172.19.0.2", "fd01:b::2:8000:0:2"], [{name: "http", protocol: "tcp", port: 8080}]],
    ["pod-on-host.instance-ea1231bf-2930-11e8-96bf-70b3d5800001.app", ["172.17.0.4"], [{name: "http", protocol: "tcp", port: 28064}]],
    ["pod-on-dcos.instance-ea1231be-2930-11e8-96bf-70b3d5800001.app", ["9.0.1.3"], [{name: "http", protocol: "tcp", port: 8080}]],
    ["none-on-dcos.115c093a-2630-11e8-af52-70b3d5800001", ["9.0.2.5"], undefined],
    ["ucr-on-dcos.145ec1ee-2630-11e8-af52-70b3d5800001", ["9.0.1.6"], undefined]
  ])("%s", (id, taskIps, ports) => {
    const t = tasks.get(id);
    expect(t?.taskIps).toEqual(taskIps);
    expect(t?.ports).toEqual(ports);
  });
  it("pods are named after their DiscoveryInfo name, not the container name", () => {
    expect(tasks.get("pod-on-dcos.instance-ea1231be-2930-11e8-96bf-70b3d5800001.app")?.name).toBe("pod-on-dcos");
  });
});

describe("names and rules", () => {
  it("task and framework names go through mesos_state:label, dots becoming dashes", () => {
    expect(dcosDnsTaskName("myapp.mygroup", "marathon", "containerip")).toBe("myapp-mygroup.marathon.containerip.dcos.thisdcos.directory.");
    expect(dcosDnsTaskName("Web_Server", "marathon-user.prod", "agentip")).toBe("web-server.marathon-user-prod.agentip.dcos.thisdcos.directory.");
  });

  const base = (task: Record<string, unknown>): MesosState =>
    ({
      slaves: [{id: "S0", hostname: "10.0.0.5", pid: "slave(1)@10.0.0.5:5051"}],
      frameworks: [{id: "F0", name: "marathon", tasks: [{id: "t.1", name: "web", framework_id: "F0", slave_id: "S0", state: "TASK_RUNNING", ...task}]}]
    }) as MesosState;

  it("autoip: agent IP when any port maps a host port, container IPs otherwise", () => {
    const status = {state: "TASK_RUNNING", timestamp: 1, container_status: {network_infos: [{ip_addresses: [{ip_address: "9.0.0.7"}]}]}};
    const mapped = base({statuses: [status], container: {type: "DOCKER", docker: {network: "BRIDGE", port_mappings: [{host_port: 31000, container_port: 80, protocol: "tcp"}]}}});
    expect(values(dcosDnsRecords(mapped), "web.marathon.autoip.dcos.thisdcos.directory.", "A")).toEqual(["10.0.0.5"]);
    const overlay = base({statuses: [status], container: {type: "DOCKER", docker: {network: "USER"}}});
    expect(values(dcosDnsRecords(overlay), "web.marathon.autoip.dcos.thisdcos.directory.", "A")).toEqual(["9.0.0.7"]);
  });
  it("no known task IP: no containerip name, autoip falls back to the agent", () => {
    const rs = dcosDnsRecords(base({statuses: [{state: "TASK_RUNNING", timestamp: 1}]}));
    expect(rs).toEqual([
      {name: "web.marathon.agentip.dcos.thisdcos.directory.", type: "A", value: "10.0.0.5"},
      {name: "web.marathon.autoip.dcos.thisdcos.directory.", type: "A", value: "10.0.0.5"}
    ]);
  });
  it("only running tasks get names; the task IP comes from the latest status of any state", () => {
    expect(dcosDnsRecords(base({state: "TASK_STAGING", statuses: []}))).toEqual([]);
    expect(dcosDnsRecords(base({state: "TASK_KILLED", statuses: []}))).toEqual([]);
    const two = base({
      statuses: [
        {state: "TASK_RUNNING", timestamp: 2, container_status: {network_infos: [{ip_addresses: [{ip_address: "9.0.0.2"}]}]}},
        {state: "TASK_STARTING", timestamp: 1, container_status: {network_infos: [{ip_addresses: [{ip_address: "9.0.0.1"}]}]}}
      ]
    });
    expect(values(dcosDnsRecords(two), "web.marathon.containerip.dcos.thisdcos.directory.", "A")).toEqual(["9.0.0.2"]);
  });
  it("tasks on agents whose hostname does not resolve wait (no records)", () => {
    const s = base({statuses: []});
    s.slaves![0]!.hostname = "agent-1.example";
    expect(dcosDnsRecords(s)).toEqual([]);
    expect(values(dcosDnsRecords(s, {resolveHostname: () => ["10.0.0.9"]}), "web.marathon.agentip.dcos.thisdcos.directory.", "A")).toEqual(["10.0.0.9"]);
  });
});
