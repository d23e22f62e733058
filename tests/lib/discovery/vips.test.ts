// VIP labels, VIP backends and named-VIP names/addresses, after dcos/dcos-net
// apps/dcos_l4lb/src/dcos_l4lb_mesos_poller.erl (key/backends), dcos_l4lb_lashup_vip_listener.erl
// (names, `process_vips_tcp_test`: "/foo" on marathon → 11.0.0.36 in 11.0.0.0–11.0.0.254, first IPv6 name →
// fd01:c::1), apps/dcos_l4lb/test/dcos_l4lb_mesos_poller_SUITE.erl (port-mapped backend = agent IP and host
// port) and the DC/OS docs' VIP examples.
import {describe, expect, it} from "vitest";
import {
  allocateNamedVipIp6s,
  allocateNamedVipIps,
  dcosDnsRecords,
  erlangPhash2Binary,
  parseVipLabel,
  vipDnsName,
  vipsOfState,
  type MesosState,
  type MesosTask
} from "../../../src/lib/index.js";
import {fixtureState} from "./helpers.js";

describe("parseVipLabel", () => {
  it.each([
    ["/my-service:5555", {kind: "named", label: "/my-service", port: 5555}],
    ["10.0.0.1:80", {kind: "ip", ip: "10.0.0.1", port: 80}],
    ["merp:5000", {kind: "named", label: "merp", port: 5000}],
    ["api.hello-world:80", {kind: "named", label: "api.hello-world", port: 80}],
    ["fd01::1:80", {kind: "ip", ip: "fd01::1", port: 80}],
    ["tcp://1.2.3.4:5000", {kind: "ip", ip: "1.2.3.4", port: 5000, protocol: "tcp"}],
    ["udp:///dns:53", {kind: "named", label: "/dns", port: 53, protocol: "udp"}]
  ])("%j", (value, want) => {
    expect(parseVipLabel(value)).toEqual(want);
  });
  it.each(["/no-port", "/x:0", "/x:-1", "/x:http", ""])("rejects %j", (value) => {
    expect(parseVipLabel(value)).toBeNull();
  });
});

describe("named VIP names and addresses", () => {
  it.each([
    ["/my-service", "marathon", "my-service.marathon.l4lb.thisdcos.directory."],
    ["/redis", "marathon", "redis.marathon.l4lb.thisdcos.directory."],
    ["/mygroup/myapp", "marathon", "mygroupmyapp.marathon.l4lb.thisdcos.directory."],
    ["/api.hello-world", "hello-world", "api.hello-world.hello-world.l4lb.thisdcos.directory."],
    ["broker", "confluent-kafka", "broker.confluent-kafka.l4lb.thisdcos.directory."],
    ["/Web_Server", "Marathon.User", "web-server.marathon.user.l4lb.thisdcos.directory."]
  ])("%s on %s → %s", (label, framework, want) => {
    expect(vipDnsName(label, framework)).toBe(want);
  });
  it("IPv4 from erlang:phash2 (dcos-net test range 11.0.0.0–11.0.0.254)", () => {
    expect(erlangPhash2Binary("foo.marathon", 254)).toBe(35);
    expect(allocateNamedVipIps(["foo.marathon"], "11.0.0.0", "11.0.0.254")).toEqual(new Map([["foo.marathon", "11.0.0.36"]]));
  });
  it("a collision takes the next free address; a name never gets its own start slot", () => {
    // Both names hash to 96 in a range of 254 addresses (sorted order: app21 first).
    expect(erlangPhash2Binary("app21.marathon", 254)).toBe(96);
    expect(erlangPhash2Binary("app33.marathon", 254)).toBe(96);
    expect(allocateNamedVipIps(["app33.marathon", "app21.marathon"], "11.0.0.0", "11.0.0.254")).toEqual(
      new Map([
        ["app21.marathon", "11.0.0.97"],
        ["app33.marathon", "11.0.0.98"]
      ])
    );
    // With room for one address per start slot, the second name runs out (dcos-net throws out_of_ips).
    expect(() => allocateNamedVipIps(["app21.marathon", "app33.marathon"], "11.0.0.0", "11.0.0.2")).toThrow("out of named VIP addresses");
  });
  it("IPv6 named VIPs count up from fd01:c::", () => {
    expect(allocateNamedVipIp6s(["foo.marathon"])).toEqual(new Map([["foo.marathon", "fd01:c::1"]]));
    expect(allocateNamedVipIp6s(["b.m", "a.m"])).toEqual(
      new Map([
        ["a.m", "fd01:c::1"],
        ["b.m", "fd01:c::2"]
      ])
    );
  });
});

const AGENT = {id: "S0", hostname: "10.0.0.243", pid: "slave(1)@10.0.0.243:5051"};
function running(ip: string, extra: Record<string, unknown> = {}) {
  return {state: "TASK_RUNNING", timestamp: 10, container_status: {network_infos: [{ip_addresses: [{ip_address: ip}]}]}, ...extra};
}
function stateWith(tasks: Partial<MesosTask>[]): MesosState {
  return {
    slaves: [AGENT],
    frameworks: [
      {
        id: "F0",
        name: "marathon",
        tasks: tasks.map((t, i) => ({id: `app.${i}`, name: "app", framework_id: "F0", slave_id: "S0", state: "TASK_RUNNING", ...t}) as MesosTask)
      }
    ]
  };
}
const vipPort = (n: number, vip: string, scope: "container" | "host" = "container", protocol = "tcp") => ({
  number: n,
  name: "http",
  protocol,
  labels: {labels: [{key: "VIP_0", value: vip}, {key: "network-scope", value: scope}]}
});

describe("vipsOfState", () => {
  it("a port-mapped task: backend = agent IP and host port (dcos_l4lb_mesos_poller_SUITE)", () => {
    const s = stateWith([
      {
        statuses: [running("9.0.1.29")],
        container: {type: "MESOS", network_infos: [{name: "dcos", port_mappings: [{host_port: 12049, container_port: 80, protocol: "tcp"}]}]},
        discovery: {name: "app", ports: {ports: [vipPort(80, "merp:5000")]}}
      }
    ]);
    const [vip, ...rest] = vipsOfState(s);
    expect(rest).toEqual([]);
    expect(vip).toMatchObject({protocol: "tcp", kind: "named", label: "merp", framework: "marathon", port: 5000, dnsName: "merp.marathon.l4lb.thisdcos.directory."});
    expect(vip!.backends.map((b) => [b.ip, b.port, b.agentIp, b.weight])).toEqual([["10.0.0.243", 12049, "10.0.0.243", 1]]);
  });

  it("a container-network task: backend = task IP and container port; IP VIPs keep their address", () => {
    const s = stateWith([{statuses: [running("9.0.2.7")], discovery: {name: "app", ports: {ports: [vipPort(8080, "10.0.0.1:80")]}}}]);
    expect(vipsOfState(s)).toEqual([
      {
        protocol: "tcp",
        kind: "ip",
        label: "10.0.0.1",
        port: 80,
        ip: "10.0.0.1",
        backends: [{taskId: "app.0", frameworkId: "F0", taskName: "app", agentIp: "10.0.0.243", ip: "9.0.2.7", port: 8080, weight: 1, mesosState: "TASK_RUNNING"}]
      }
    ]);
  });

  it("unhealthy and being-killed tasks are weight-0 backends; staging tasks are none", () => {
    const ports = {name: "app", ports: {ports: [vipPort(8080, "/web:80")]}};
    const s = stateWith([
      {statuses: [running("9.0.0.1", {healthy: true})], discovery: ports},
      {statuses: [running("9.0.0.2", {healthy: false})], discovery: ports},
      {state: "TASK_KILLING", statuses: [running("9.0.0.3")], discovery: ports},
      {state: "TASK_STAGING", statuses: [{state: "TASK_STAGING", timestamp: 1}], discovery: ports},
      {state: "TASK_FINISHED", statuses: [running("9.0.0.5")], discovery: ports}
    ]);
    const [vip] = vipsOfState(s);
    expect(vip!.backends.map((b) => [b.ip, b.weight])).toEqual([
      ["9.0.0.1", 1],
      ["9.0.0.2", 0],
      ["9.0.0.3", 0]
    ]);
  });

  it("a task with a health check but no result yet counts as unhealthy", () => {
    const s = stateWith([{statuses: [running("9.0.0.1")], health_check: {type: "HTTP"}, discovery: {name: "app", ports: {ports: [vipPort(8080, "/web:80")]}}}]);
    expect(vipsOfState(s)[0]!.backends.map((b) => b.weight)).toEqual([0]);
    expect(dcosDnsRecords(s).filter((r) => r.name.includes("l4lb"))).toEqual([]);
  });

  it("VIPs are per protocol; IPv6 backends only with enableIpv6", () => {
    const s = stateWith([
      {
        statuses: [{state: "TASK_RUNNING", timestamp: 1, container_status: {network_infos: [{ip_addresses: [{ip_address: "9.0.0.1"}, {ip_address: "fd01:b::1"}]}]}}],
        discovery: {name: "app", ports: {ports: [vipPort(53, "/dns:53", "container", "tcp"), vipPort(53, "/dns:53", "container", "udp")]}}
      }
    ]);
    const vips = vipsOfState(s);
    expect(vips.map((v) => [v.protocol, v.backends.map((b) => b.ip)])).toEqual([
      ["tcp", ["9.0.0.1", "fd01:b::1"]],
      ["udp", ["9.0.0.1", "fd01:b::1"]]
    ]);
    expect(vips[0]!.ip6).toBe("fd01:c::1");
    expect(vipsOfState(s, {enableIpv6: false}).map((v) => v.backends.map((b) => b.ip))).toEqual([["9.0.0.1"], ["9.0.0.1"]]);
  });

  it("backends of several tasks are collected under one VIP", () => {
    const d = {name: "app", ports: {ports: [vipPort(8080, "/web:80")]}};
    const s = stateWith([
      {statuses: [running("9.0.0.2")], discovery: d},
      {statuses: [running("9.0.0.1")], discovery: d}
    ]);
    const vips = vipsOfState(s);
    expect(vips.length).toBe(1);
    expect(vips[0]!.backends.map((b) => `${b.ip}:${b.port}`)).toEqual(["9.0.0.1:8080", "9.0.0.2:8080"]);
    const ip = allocateNamedVipIps(["web.marathon"]).get("web.marathon")!;
    expect(vips[0]!.ip).toBe(ip);
    expect(dcosDnsRecords(s).filter((r) => r.name.includes("l4lb"))).toEqual([{name: "web.marathon.l4lb.thisdcos.directory.", type: "A", value: ip}]);
    expect(ip.startsWith("11.")).toBe(true);
  });

  it("the legacy task label vip_PORT0 on a Mesos 0.28 state (dcos/mesos_state state3.json)", () => {
    const vips = vipsOfState(fixtureState("mesos-state-state3-0.28.json"));
    expect(vips.map((v) => ({protocol: v.protocol, kind: v.kind, ip: v.ip, port: v.port, backends: v.backends.map((b) => `${b.ip}:${b.port}`)}))).toEqual([
      {protocol: "tcp", kind: "ip", ip: "1.2.3.4", port: 5000, backends: ["10.10.0.109:8014"]}
    ]);
  });
});
