// Mesos-DNS record generation. Expected values are taken from mesosphere/mesos-dns
// records/generator_test.go (TestInsertState, TestMasterRecord, TestHashString), which runs on the same
// fake.json with leader master@144.76.157.37:5050 and masters ["144.76.157.37:5050"].
import {describe, expect, it} from "vitest";
import {mesosDnsRecords, mesosDnsTaskHash, type DnsRecord, type MesosDnsOptions, type MesosState} from "../../../src/lib/index.js";
import {fixtureState, values} from "./helpers.js";

function fake(): MesosState {
  const s = fixtureState("mesos-dns-fake-state.json");
  s.leader = "master@144.76.157.37:5050";
  return s;
}

const MASTERS = ["144.76.157.37:5050"];
const gen = (ipSources: string[], extra: MesosDnsOptions = {}) =>
  mesosDnsRecords(fake(), {labelSpec: "RFC952", ipSources, masters: MASTERS, ...extra});

describe("TestInsertState (RFC952)", () => {
  const rg = gen(["netinfo", "docker", "mesos", "host"]);
  const rgDocker = gen(["docker", "host"]);
  const rgMesos = gen(["mesos", "host"]);
  const rgSlave = gen(["host"]);
  const rgNetinfo = gen(["netinfo"]);

  const cases: [string, DnsRecord[], string, "A" | "AAAA" | "SRV", string[]][] = [
    ["rg", rg, "big-dog.marathon.mesos.", "A", ["10.3.0.1"]],
    ["rg", rg, "liquor-store.marathon.mesos.", "A", ["10.3.0.1", "10.3.0.2"]],
    ["rg", rg, "liquor-store.marathon.slave.mesos.", "A", ["1.2.3.11", "1.2.3.12"]],
    ["rg", rg, "car-store.marathon.slave.mesos.", "A", ["1.2.3.11"]],
    ["rg", rg, "nginx.marathon.mesos.", "A", ["10.3.0.3"]],
    ["rg", rg, "poseidon.marathon.mesos.", "A", []],
    ["rg", rg, "poseidon.marathon.slave.mesos.", "A", []],
    ["rg", rg, "master.mesos.", "A", ["144.76.157.37"]],
    ["rg", rg, "master0.mesos.", "A", ["144.76.157.37"]],
    ["rg", rg, "leader.mesos.", "A", ["144.76.157.37"]],
    ["rg", rg, "slave.mesos.", "A", ["1.2.3.10", "1.2.3.11", "1.2.3.12"]],
    ["rg", rg, "some-box.chronoswithaspaceandmixe.mesos.", "A", ["1.2.3.11"]],
    ["rg", rg, "marathon.mesos.", "A", ["1.2.3.11"]],
    ["rg", rg, "toy-store.ipv6-framework.mesos.", "AAAA", ["fd01:b::1:8000:2"]],
    ["rg", rg, "toy-store.ipv6-framework.slave.mesos.", "AAAA", ["2001:db8::1"]],
    ["rg", rg, "ipv6-framework.mesos.", "AAAA", ["2001:db8::1"]],
    ["rg", rg, "slave.mesos.", "AAAA", ["2001:db8::1"]],
    ["rg", rg, "_big-dog._tcp.marathon.mesos.", "SRV", ["big-dog-4dfjd-0.marathon.mesos.:443", "big-dog-4dfjd-0.marathon.mesos.:80"]],
    ["rg", rg, "_poseidon._tcp.marathon.mesos.", "SRV", []],
    ["rg", rg, "_leader._tcp.mesos.", "SRV", ["leader.mesos.:5050"]],
    [
      "rg",
      rg,
      "_liquor-store._tcp.marathon.mesos.",
      "SRV",
      ["liquor-store-4dfjd-0.marathon.mesos.:443", "liquor-store-4dfjd-0.marathon.mesos.:80", "liquor-store-zasmd-1.marathon.mesos.:443", "liquor-store-zasmd-1.marathon.mesos.:80"]
    ],
    ["rg", rg, "_liquor-store._udp.marathon.mesos.", "SRV", []],
    ["rg", rg, "_liquor-store.marathon.mesos.", "SRV", []],
    ["rg", rg, "_https._liquor-store._tcp.marathon.mesos.", "SRV", ["liquor-store-4dfjd-0.marathon.mesos.:443", "liquor-store-zasmd-1.marathon.mesos.:443"]],
    ["rg", rg, "_http._liquor-store._tcp.marathon.mesos.", "SRV", ["liquor-store-4dfjd-0.marathon.mesos.:80", "liquor-store-zasmd-1.marathon.mesos.:80"]],
    ["rg", rg, "_car-store._tcp.marathon.mesos.", "SRV", ["car-store-zinaz-0.marathon.slave.mesos.:31364", "car-store-zinaz-0.marathon.slave.mesos.:31365"]],
    ["rg", rg, "_car-store._udp.marathon.mesos.", "SRV", ["car-store-zinaz-0.marathon.slave.mesos.:31364", "car-store-zinaz-0.marathon.slave.mesos.:31365"]],
    ["rg", rg, "_slave._tcp.mesos.", "SRV", ["slave.mesos.:5051"]],
    ["rg", rg, "_framework._tcp.marathon.mesos.", "SRV", ["marathon.mesos.:25501"]],
    ["rgSlave", rgSlave, "liquor-store.marathon.mesos.", "A", ["1.2.3.11", "1.2.3.12"]],
    ["rgSlave", rgSlave, "liquor-store.marathon.slave.mesos.", "A", ["1.2.3.11", "1.2.3.12"]],
    ["rgSlave", rgSlave, "nginx.marathon.mesos.", "A", ["1.2.3.11"]],
    ["rgSlave", rgSlave, "car-store.marathon.slave.mesos.", "A", ["1.2.3.11"]],
    ["rgSlave", rgSlave, "toy-store.ipv6-framework.mesos.", "AAAA", ["2001:db8::1"]],
    ["rgSlave", rgSlave, "toy-store.ipv6-framework.slave.mesos.", "AAAA", ["2001:db8::1"]],
    ["rgMesos", rgMesos, "liquor-store.marathon.mesos.", "A", ["1.2.3.11", "1.2.3.12"]],
    ["rgMesos", rgMesos, "liquor-store.marathon.slave.mesos.", "A", ["1.2.3.11", "1.2.3.12"]],
    ["rgMesos", rgMesos, "nginx.marathon.mesos.", "A", ["10.3.0.3"]],
    ["rgMesos", rgMesos, "car-store.marathon.slave.mesos.", "A", ["1.2.3.11"]],
    ["rgMesos", rgMesos, "toy-store.ipv6-framework.mesos.", "AAAA", ["2001:db8::1"]],
    ["rgMesos", rgMesos, "toy-store.ipv6-framework.slave.mesos.", "AAAA", ["2001:db8::1"]],
    ["rgNetinfo", rgNetinfo, "toy-store.ipv6-framework.mesos.", "A", ["12.0.1.2", "12.0.1.3"]],
    ["rgNetinfo", rgNetinfo, "toy-store.ipv6-framework.mesos.", "AAAA", ["fd01:b::1:8000:2"]],
    ["rgNetinfo", rgNetinfo, "toy-store.ipv6-framework.slave.mesos.", "AAAA", ["2001:db8::1"]],
    ["rgDocker", rgDocker, "liquor-store.marathon.mesos.", "A", ["10.3.0.1", "10.3.0.2"]],
    ["rgDocker", rgDocker, "liquor-store.marathon.slave.mesos.", "A", ["1.2.3.11", "1.2.3.12"]],
    ["rgDocker", rgDocker, "nginx.marathon.mesos.", "A", ["1.2.3.11"]],
    ["rgDocker", rgDocker, "car-store.marathon.slave.mesos.", "A", ["1.2.3.11"]],
    ["rgDocker", rgDocker, "toy-store.ipv6-framework.mesos.", "AAAA", ["2001:db8::1"]],
    ["rgDocker", rgDocker, "toy-store.ipv6-framework.slave.mesos.", "AAAA", ["2001:db8::1"]]
  ];
  it.each(cases)("%s %s %s %s", (_g, records, name, type, want) => {
    expect(values(records, name, type)).toEqual(want);
  });

  it("output is sorted and free of duplicates", () => {
    const keys = rg.map((r) => `${r.name} ${r.type} ${r.value}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(gen(["netinfo", "docker", "mesos", "host"])).toEqual(rg);
  });
});

describe("canonical host names", () => {
  it("hash5 = zbase32(sha1(task ID))[:5] (TestHashString)", () => {
    expect(mesosDnsTaskHash("test")).toBe("iffe9");
    expect(mesosDnsTaskHash("liquor-store.b8db9f73-562f-11e4-a088-c20493233aa5")).toBe("4dfjd");
  });
  it("a task without DiscoveryInfo: every record of car.store (host ports under .slave and plain)", () => {
    const rs = gen(["netinfo", "docker", "mesos", "host"]).filter((r) => r.name.includes("car-store") || r.value.includes("car-store"));
    const slave = "car-store-zinaz-0.marathon.slave.mesos.";
    expect(rs).toEqual([
      ...["_car-store._tcp.marathon.mesos.", "_car-store._tcp.marathon.slave.mesos.", "_car-store._udp.marathon.mesos.", "_car-store._udp.marathon.slave.mesos."].flatMap(
        (name) => [
          {name, type: "SRV", value: `${slave}:31364`},
          {name, type: "SRV", value: `${slave}:31365`}
        ]
      ),
      {name: "car-store-zinaz-0.marathon.mesos.", type: "A", value: "1.2.3.11"},
      {name: "car-store-zinaz-0.marathon.slave.mesos.", type: "A", value: "1.2.3.11"},
      {name: "car-store.marathon.mesos.", type: "A", value: "1.2.3.11"},
      {name: "car-store.marathon.slave.mesos.", type: "A", value: "1.2.3.11"}
    ]);
  });
});

describe("options and edge cases", () => {
  it("defaults: domain mesos, RFC 1123, sources netinfo, mesos, host", () => {
    const rs = mesosDnsRecords(fake(), {masters: MASTERS});
    // Docker labels are not a default source, so liquor.store falls back to the agent.
    expect(values(rs, "liquor-store.marathon.mesos.", "A")).toEqual(["1.2.3.11", "1.2.3.12"]);
    expect(values(rs, "nginx.marathon.mesos.", "A")).toEqual(["10.3.0.3"]);
    expect(values(rs, "toy-store.ipv6-framework.mesos.", "A")).toEqual(["12.0.1.2", "12.0.1.3"]);
    // RFC 1123 keeps the whole framework name.
    expect(values(rs, "some-box.chronoswithaspaceandmixedcase-2.0.1.mesos.", "A")).toEqual(["1.2.3.11"]);
    expect(values(rs, "chronoswithaspaceandmixedcase-2.0.1.mesos.", "A")).toEqual(["1.2.3.12"]);
    expect(values(rs, "_framework._tcp.chronoswithaspaceandmixedcase-2.0.1.mesos.", "SRV")).toEqual(["chronoswithaspaceandmixedcase-2.0.1.mesos.:25501"]);
  });

  it("RFC952: the framework with spaces and capitals becomes one 24-character label", () => {
    const rs = gen(["host"]);
    expect(values(rs, "chronoswithaspaceandmixe.mesos.", "A")).toEqual(["1.2.3.12"]);
    expect(values(rs, "_some-box._tcp.chronoswithaspaceandmixe.mesos.", "SRV")).toEqual(["some-box-h3dyr-0.chronoswithaspaceandmixe.slave.mesos.:31354"]);
  });

  it("killed tasks get no records at all", () => {
    const rs = gen(["netinfo", "docker", "mesos", "host"]);
    expect(rs.filter((r) => r.name.includes("poseidon") || r.value.includes("poseidon"))).toEqual([]);
    // poseidon ran on the same agent as chronos, which is running and has its records.
    expect(values(rs, "chronos.marathon.slave.mesos.", "A")).toEqual(["1.2.3.11"]);
    const killedOnly: MesosState = {...fake(), frameworks: fake().frameworks!.map((f) => ({...f, tasks: (f.tasks ?? []).map((t) => ({...t, state: "TASK_KILLED"}))}))};
    expect(mesosDnsRecords(killedOnly).filter((r) => r.name.includes("marathon.slave"))).toEqual([]);
  });

  it("another domain", () => {
    const rs = mesosDnsRecords(fake(), {domain: "cluster.local", masters: MASTERS});
    expect(values(rs, "leader.cluster.local.", "A")).toEqual(["144.76.157.37"]);
    expect(values(rs, "_leader._udp.cluster.local.", "SRV")).toEqual(["leader.cluster.local.:5050"]);
    expect(values(rs, "chronos.marathon.cluster.local.", "A")).toEqual(["1.2.3.11"]);
  });

  it("the legacy records under the raw DiscoveryInfo name, and switching them off", () => {
    const rs = gen(["docker", "host"]);
    expect(values(rs, "liquor.store.marathon.mesos.", "A")).toEqual(["10.3.0.1", "10.3.0.2"]);
    expect(values(rs, "_http._liquor.store._tcp.marathon.mesos.", "SRV")).toEqual(["liquor.store-4dfjd-0.marathon.mesos.:80", "liquor.store-zasmd-1.marathon.mesos.:80"]);
    const off = gen(["docker", "host"], {legacyDiscoveryNames: false});
    expect(off.filter((r) => r.name.includes("liquor.store") || r.name.includes("big.dog"))).toEqual([]);
    expect(values(off, "liquor-store.marathon.mesos.", "A")).toEqual(["10.3.0.1", "10.3.0.2"]);
  });

  it("a framework without pid falls back to its hostname, resolved by the caller", () => {
    expect(values(gen(["host"]), "nopid.mesos.", "A")).toEqual([]);
    const rs = gen(["host"], {resolveHostname: (h) => (h === "localhost" ? ["127.0.0.1", "::1"] : [])});
    expect(values(rs, "nopid.mesos.", "A")).toEqual(["127.0.0.1"]);
    expect(values(rs, "nopid.mesos.", "AAAA")).toEqual(["::1"]);
    expect(values(rs, "_framework._tcp.nopid.mesos.", "SRV")).toEqual([]);
  });

  it("the listener address answers for the SOA name", () => {
    expect(values(gen(["host"], {listener: "127.0.0.1", soaMname: "mesos-dns.mesos."}), "mesos-dns.mesos.", "A")).toEqual(["127.0.0.1"]);
    expect(values(gen(["host"], {listener: "2001:db8::53"}), "ns1.mesos.", "AAAA")).toEqual(["2001:db8::53"]);
  });
});

describe("TestMasterRecord", () => {
  const state = (leader: string): MesosState => ({leader});
  const records = (masters: string[], leader: string) =>
    mesosDnsRecords(state(leader), {domain: "foo.com", masters}).map((r) => [r.name, r.value, r.type]);
  const leaderSrv = [
    ["_leader._tcp.foo.com.", "leader.foo.com.:7", "SRV"],
    ["_leader._udp.foo.com.", "leader.foo.com.:7", "SRV"]
  ];
  const sorted = (xs: string[][]) => [...xs].sort((a, b) => (a.join(" ") < b.join(" ") ? -1 : 1));
  const same = (got: string[][], want: string[][]) => expect(sorted(got)).toEqual(sorted(want));

  it.each(["", "@", "1@", "@2", "3@4"])("leader %j gives nothing", (leader) => {
    expect(records([], leader)).toEqual([]);
  });
  it("leader only", () => {
    same(records([], "5@0.0.0.6:7"), [["leader.foo.com.", "0.0.0.6", "A"], ["master.foo.com.", "0.0.0.6", "A"], ["master0.foo.com.", "0.0.0.6", "A"], ...leaderSrv]);
  });
  it("IPv6 leader", () => {
    same(records([], "5@[2001:db8::1]:7"), [
      ["leader.foo.com.", "2001:db8::1", "AAAA"],
      ["master.foo.com.", "2001:db8::1", "AAAA"],
      ["master0.foo.com.", "2001:db8::1", "AAAA"],
      ...leaderSrv
    ]);
  });
  it("single master: leader and fallback", () => {
    same(records(["0.0.0.6:7"], "5@0.0.0.6:7"), [["leader.foo.com.", "0.0.0.6", "A"], ["master.foo.com.", "0.0.0.6", "A"], ["master0.foo.com.", "0.0.0.6", "A"], ...leaderSrv]);
  });
  const notListed = [
    ["leader.foo.com.", "0.0.0.6", "A"],
    ["master.foo.com.", "0.0.0.6", "A"],
    ["master.foo.com.", "0.0.0.8", "A"],
    ["master1.foo.com.", "0.0.0.6", "A"],
    ["master0.foo.com.", "0.0.0.8", "A"],
    ...leaderSrv
  ];
  it.each([
    [["0.0.0.8:9"]],
    [["0.0.0.8:9", "0.0.0.8:9"]],
    [["0.0.0.8:9", "0.0.0.6:7"]],
    [["0.0.0.8:9", "0.0.0.6:7", "0.0.0.6:7"]]
  ])("leader not first or not listed, duplicates %j", (masters) => {
    same(records(masters, "5@0.0.0.6:7"), notListed);
  });
  it("leader in the middle", () => {
    same(records(["0.0.0.8:9", "0.0.0.6:7", "0.0.0.7:0"], "5@0.0.0.6:7"), [
      ["leader.foo.com.", "0.0.0.6", "A"],
      ["master.foo.com.", "0.0.0.6", "A"],
      ["master.foo.com.", "0.0.0.8", "A"],
      ["master.foo.com.", "0.0.0.7", "A"],
      ["master0.foo.com.", "0.0.0.8", "A"],
      ["master1.foo.com.", "0.0.0.6", "A"],
      ["master2.foo.com.", "0.0.0.7", "A"],
      ...leaderSrv
    ]);
  });
  it("IPv6 fallback master", () => {
    same(records(["0.0.0.8:9", "0.0.0.6:7", "[2001:db8::1]:0"], "5@0.0.0.6:7"), [
      ["leader.foo.com.", "0.0.0.6", "A"],
      ["master.foo.com.", "0.0.0.6", "A"],
      ["master.foo.com.", "0.0.0.8", "A"],
      ["master.foo.com.", "2001:db8::1", "AAAA"],
      ["master0.foo.com.", "0.0.0.8", "A"],
      ["master1.foo.com.", "0.0.0.6", "A"],
      ["master2.foo.com.", "2001:db8::1", "AAAA"],
      ...leaderSrv
    ]);
  });
});

describe("Mesos 0.28 state (dcos/mesos_state state3.json)", () => {
  const rs = mesosDnsRecords(fixtureState("mesos-state-state3-0.28.json"));
  it("cluster records from the state's own leader", () => {
    expect(values(rs, "leader.mesos.", "A")).toEqual(["10.10.0.106"]);
    expect(values(rs, "master0.mesos.", "A")).toEqual(["10.10.0.106"]);
    expect(values(rs, "slave.mesos.", "A")).toEqual(["10.10.0.106", "10.10.0.108", "10.10.0.109"]);
    expect(values(rs, "marathon.mesos.", "A")).toEqual(["10.10.0.106"]);
    expect(values(rs, "_framework._tcp.marathon.mesos.", "SRV")).toEqual(["marathon.mesos.:39699"]);
  });
  it("a 72-character task name is cut to 63 characters", () => {
    const name = "integration-test-app-with-minuteman-vip-597177d7b90b4cfaac21ccf";
    expect(name.length).toBe(63);
    expect(values(rs, `${name}.marathon.mesos.`, "A")).toEqual(["10.10.0.109"]);
    expect(values(rs, `_${name}._tcp.marathon.mesos.`, "SRV")).toEqual([`${name}-${mesosDnsTaskHash("integration-test-app-with-minuteman-vip-597177d7b90b4cfaac21ccf48822be52.637947ab-eff0-11e5-8568-c2926e3a9a93")}-s2.marathon.mesos.:8014`]);
  });
});
