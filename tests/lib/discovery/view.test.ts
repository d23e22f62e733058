// The DOM-free helpers behind the service-discovery figures: the cluster's DNS as DC/OS serves it,
// where a query goes, and every name of a task.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {clusterDns, mastersOfState, mirrorRecords} from "../../../src/lib/discovery/view/cluster-dns.js";
import {nearestNames, routeOf, traceQuery} from "../../../src/lib/discovery/view/query.js";
import {appNameVariants, recordOfApp, taskNameRows} from "../../../src/lib/discovery/view/task-names.js";
import type {MesosState} from "../../../src/lib/state/types.js";

const demo = JSON.parse(readFileSync("data/clusters/demo.json", "utf8")) as MesosState;
const state3 = JSON.parse(readFileSync("tests/fixtures/mesos-state-state3-0.28.json", "utf8")) as MesosState;
const dns = clusterDns(demo);

describe("clusterDns", () => {
  it("finds the masters in the zk flag, or falls back to the leader", () => {
    expect(mastersOfState(demo)).toEqual(["10.0.0.11:5050", "10.0.0.12:5050", "10.0.0.13:5050"]);
    expect(state3.flags?.zk).toBe("zk://127.0.0.1:2181/mesos");
    expect(mastersOfState(state3)).toEqual(["10.10.0.106:5050"]); // a local ZooKeeper, not a list of masters
    expect(mastersOfState({...demo, flags: {...demo.flags, zk: "zk://10.9.9.9:2181/mesos"}})).toEqual(["10.0.0.11:5050"]);
    expect(mastersOfState({})).toEqual([]);
  });

  it("adds leader and master names to dcos.thisdcos.directory", () => {
    expect(dns.dcos.filter((r) => r.name.startsWith("leader.") || r.name.startsWith("master.")).map((r) => `${r.name} ${r.value}`)).toEqual([
      "leader.dcos.thisdcos.directory. 10.0.0.11",
      "master.dcos.thisdcos.directory. 10.0.0.11",
      "master.dcos.thisdcos.directory. 10.0.0.12",
      "master.dcos.thisdcos.directory. 10.0.0.13"
    ]);
  });

  it("uses DC/OS's IP sources: .mesos names give agent addresses, even on the overlay", () => {
    expect(dns.mesos.filter((r) => r.name === "postgres-data.marathon.mesos.").map((r) => r.value)).toEqual(["10.0.1.22"]);
    expect(clusterDns(demo, {ipSources: ["netinfo", "mesos", "host"]}).mesos.filter((r) => r.name === "postgres-data.marathon.mesos.").map((r) => r.value)).toEqual(["9.0.2.2"]);
  });

  it("mirrors Mesos-DNS under mesos.thisdcos.directory, SRV targets too", () => {
    const m = mirrorRecords([{name: "_web._tcp.marathon.mesos.", type: "SRV", value: "web-x-s0.marathon.mesos.:80"}, {name: "leader.mesos.", type: "A", value: "10.0.0.11"}]);
    expect(m).toEqual([
      {name: "_web._tcp.marathon.mesos.thisdcos.directory.", type: "SRV", value: "web-x-s0.marathon.mesos.thisdcos.directory.:80"},
      {name: "leader.mesos.thisdcos.directory.", type: "A", value: "10.0.0.11"}
    ]);
  });
});

describe("traceQuery", () => {
  it("routes by zone", () => {
    expect(["web.marathon.mesos.", "mesos.", "a.l4lb.thisdcos.directory.", "thisdcos.directory.", "example.com.", "mesos.example.com."].map(routeOf)).toEqual([
      "mesos-dns",
      "mesos-dns",
      "dcos-dns",
      "dcos-dns",
      "upstream",
      "upstream"
    ]);
  });

  it("answers the mirror zone from Mesos-DNS's records with dcos-dns's TTL", () => {
    const o = traceQuery(dns, "web.marathon.mesos.thisdcos.directory.", "A");
    expect(o.server).toBe("dcos-dns");
    expect(o.ttl).toBe(5);
    expect(o.answers.map((r) => r.value)).toEqual(["10.0.1.21", "10.0.1.22", "10.0.1.23"]);
  });

  it("suggests near names of the same kind", () => {
    expect(nearestNames(dns.mesos, "_wbe._tcp.marathon.mesos.")).toEqual(["_web._tcp.marathon.mesos."]);
    expect(nearestNames(dns.mesos, "wbe.marathon.mesos.", 3)).toEqual(["web.marathon.mesos."]);
    expect(nearestNames(dns.mesos, "postgres.marathon.mesos.")).toEqual(["postgres-data.marathon.mesos.", "postgres-data-nq1bm-s1.marathon.mesos."]);
    expect(nearestNames(dns.dcos, "webb.marathon.l4lb.thisdcos.directory.")).toEqual(["web.marathon.l4lb.thisdcos.directory."]);
    expect(nearestNames(dns.mesos, "zzzzzzzzzzzzzzzz.example.")).toEqual([]);
  });
});

describe("task names", () => {
  it("the raw DiscoveryInfo name adds a row when it is not a valid label", () => {
    const api = demo.frameworks![0]!.tasks!.find((t) => t.name === "api.shop")!;
    const rows = taskNameRows(demo, dns, api.id);
    expect(rows.map((r) => r.name)).toContain("api.shop.marathon.mesos.");
    expect(rows.find((r) => r.scheme === "containerip")?.answers.map((r) => r.value)).toEqual(["172.17.0.2"]);
    expect(rows.find((r) => r.scheme === "autoip")?.answers.map((r) => r.value)).toEqual(["10.0.1.24"]);
    expect(taskNameRows(demo, dns, "no-such-task")).toEqual([]);
  });

  it("tells an app's records from the others'", () => {
    const web = demo.frameworks![0]!.tasks![0]!;
    expect(appNameVariants(web)).toEqual(["web"]);
    const mine = [...dns.mesos, ...dns.dcos].filter((r) => recordOfApp(r, ["web"], ["web.marathon.l4lb.thisdcos.directory."]));
    expect(mine).toHaveLength(34);
    expect(mine.some((r) => r.name.includes("api"))).toBe(false);
    expect(recordOfApp({name: "_http._api.shop._tcp.marathon.mesos.", type: "SRV", value: "x:1"}, ["api-shop", "api.shop"])).toBe(true);
    expect(recordOfApp({name: "web-admin.marathon.mesos.", type: "A", value: "1.2.3.4"}, ["web"])).toBe(false);
  });
});
