// What runs where (componentsOn, unitsOn, placementDiff) against data/components.yaml read
// directly, for every node type and release; and the nodes of the demo cluster (clusterNodes).
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parse} from "yaml";
import {clusterNodes, componentsOn, placementDiff, unitsOn, type PlacedComponent} from "../../../src/lib/architecture/index.js";
import type {DcosRelease} from "../../../src/lib/kb/releases.js";
import type {MesosState} from "../../../src/lib/state/types.js";

const components = JSON.parse(execFileSync("node_modules/.bin/tsx", ["src/data/components.json.ts"], {encoding: "utf8", maxBuffer: 1 << 26})) as PlacedComponent[];
const state = JSON.parse(readFileSync("data/clusters/demo.json", "utf8")) as MesosState;

// The expected sets, straight from the YAML with its own rules (see the header of components.yaml):
// a plain unit name runs on all of the component's node types in all its releases; an object
// narrows that with nodeTypes / since / until.
type RawUnit = string | {name: string; nodeTypes?: string[]; since?: string; until?: string | null};
type Raw = {id: string; nodeTypes: string[]; since: string; until: string | null; units?: RawUnit[]};
const raw = parse(readFileSync("data/components.yaml", "utf8")) as Raw[];
const RELEASES = ["1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"] as DcosRelease[];
const TYPES = ["master", "private-agent", "public-agent"] as const;
const within = (release: string, since: string, until: string | null) =>
  RELEASES.indexOf(since as DcosRelease) <= RELEASES.indexOf(release as DcosRelease) && (until === null || RELEASES.indexOf(release as DcosRelease) <= RELEASES.indexOf(until as DcosRelease));
const expectedComponents = (type: string, release: string) => raw.filter((c) => c.nodeTypes.includes(type) && within(release, c.since, c.until)).map((c) => c.id).sort();
const expectedUnits = (type: string, release: string) =>
  raw
    .filter((c) => c.nodeTypes.includes(type) && within(release, c.since, c.until))
    .flatMap((c) =>
      (c.units ?? []).flatMap((u) => {
        const unit = typeof u === "string" ? {name: u} : u;
        const on = unit.nodeTypes ?? c.nodeTypes;
        const until = unit.until !== undefined ? unit.until : c.until;
        return on.includes(type) && within(release, unit.since ?? c.since, until) ? [unit.name] : [];
      })
    )
    .sort();

describe("componentsOn / unitsOn", () => {
  for (const type of TYPES) {
    for (const release of RELEASES) {
      it(`${type} in ${release}: exactly the components and units the data places there`, () => {
        const placed = componentsOn(components, type, release);
        expect(placed.map((p) => p.component.id).sort()).toEqual(expectedComponents(type, release));
        expect(placed.flatMap((p) => p.units).sort()).toEqual(expectedUnits(type, release));
        expect(unitsOn(components, type, release)).toEqual([...new Set(expectedUnits(type, release))]);
      });
    }
  }

  it("in 2.1, every unit of the documented private-agent list runs on a private agent (S-COMP21)", () => {
    const documented = [
      "dcos-adminrouter-agent.service", "dcos-checks-api.service", "dcos-checks-api.socket", "dcos-checks-poststart.service", "dcos-checks-poststart.timer",
      "dcos-diagnostics.service", "dcos-diagnostics.socket", "dcos-docker-gc.service", "dcos-docker-gc.timer", "dcos-fluent-bit.service",
      "dcos-gen-resolvconf.service", "dcos-gen-resolvconf.timer", "dcos-log-agent.service", "dcos-log-agent.socket", "dcos-logrotate-agent.service",
      "dcos-logrotate-agent.timer", "dcos-mesos-slave.service", "dcos-net.service", "dcos-net-watchdog.service", "dcos-pkgpanda-api.service",
      "dcos-rexray.service", "dcos-telegraf.service", "dcos-telegraf.socket"
    ];
    expect(documented.length).toBe(23);
    const units = unitsOn(components, "private-agent", "2.1");
    expect(units.filter((u) => !documented.includes(u))).toEqual([
      // Not in the 2.1 systemd list: Calico (2.1 components and ports pages), Docker (not installed
      // by DC/OS), the installer's units, and Pkgpanda's socket.
      "dcos-calico-bird.service", "dcos-calico-confd.service", "dcos-calico-felix.service", "dcos-calico-libnetwork-plugin.service",
      "dcos-download.service", "dcos-pkgpanda-api.socket", "dcos-setup.service", "docker.service"
    ]);
    expect(documented.filter((u) => !units.includes(u))).toEqual([]);
  });

  it("gives a component with no unit of its own an empty list (ZooKeeper, started by Exhibitor)", () => {
    const zk = componentsOn(components, "master", "2.1").find((p) => p.component.id === "zookeeper")!;
    expect(zk.units).toEqual([]);
  });

  it("narrows units by node type: DC/OS Log runs a master unit on masters and an agent unit on agents", () => {
    const log = (type: (typeof TYPES)[number]) => componentsOn(components, type, "2.1").find((p) => p.component.id === "dcos-log")!.units;
    expect(log("master")).toEqual(["dcos-log-master.service", "dcos-log-master.socket"]);
    expect(log("public-agent")).toEqual(["dcos-log-agent.service", "dcos-log-agent.socket"]);
  });

  it("narrows units by release: Diagnostics was 3DT in 1.8 and 1.9", () => {
    const units = (r: DcosRelease) => componentsOn(components, "private-agent", r).find((p) => p.component.id === "dcos-diagnostics")!.units;
    expect(units("1.7")).toEqual(["dcos-ddt.service"]);
    expect(units("1.9")).toEqual(["dcos-3dt.service", "dcos-3dt.socket"]);
    expect(units("2.1")).toEqual(["dcos-diagnostics.service", "dcos-diagnostics.socket"]);
  });
});

describe("placementDiff", () => {
  it("private and public agents differ only in the Mesos agent, in every release", () => {
    for (const release of RELEASES) {
      const {onlyA, onlyB} = placementDiff(components, "private-agent", "public-agent", release);
      expect([onlyA.map((c) => c.id), onlyB.map((c) => c.id)], release).toEqual([["mesos-agent"], ["mesos-agent-public"]]);
    }
  });
});

describe("clusterNodes", () => {
  it("finds the demo cluster's 3 masters (10.0.0.11 leading), 4 private agents in zones and 1 public agent", () => {
    const nodes = clusterNodes(state);
    expect(nodes.map((n) => `${n.nodeType} ${n.host}${n.leader ? " leader" : ""}${n.zone ? ` zone ${n.zone}` : ""}${n.roles.length ? ` ${n.roles.join(",")}` : ""}`)).toEqual([
      "master 10.0.0.11 leader",
      "master 10.0.0.12",
      "master 10.0.0.13",
      "private-agent 10.0.1.21 zone a",
      "private-agent 10.0.1.22 zone b",
      "private-agent 10.0.1.23 zone c",
      "private-agent 10.0.1.24 zone a",
      "public-agent 10.0.4.31 slave_public"
    ]);
    // The running tasks of data/clusters/README.md: web x3 on S0-S2, api.shop on S3, postgres.data on S1, marathon-lb on S4.
    expect(nodes.map((n) => n.tasks)).toEqual([[], [], [], ["web"], ["web", "postgres.data"], ["web"], ["api.shop"], ["marathon-lb"]]);
  });

  it("falls back to the leader when the zk flag names no masters, and reads DC/OS's zk names", () => {
    expect(clusterNodes({leader: "master@10.1.0.5:5050", flags: {}}).map((n) => [n.host, n.leader])).toEqual([["10.1.0.5", true]]);
    const zk = clusterNodes({leader: "master@10.1.0.5:5050", flags: {zk: "zk://zk-1.zk:2181,zk-2.zk:2181,zk-3.zk:2181/mesos"}});
    expect(zk.map((n) => n.host)).toEqual(["zk-1.zk", "zk-2.zk", "zk-3.zk"]);
    expect(clusterNodes({})).toEqual([]);
  });

  it("tells a public agent by its attribute or by its slave_public reservation", () => {
    const agent = (extra: object) => clusterNodes({slaves: [{id: "S9", hostname: "10.9.9.9", ...extra}]})[0]!.nodeType;
    expect(agent({attributes: {public_ip: "true"}})).toBe("public-agent");
    expect(agent({reserved_resources: {slave_public: {cpus: 1}}})).toBe("public-agent");
    expect(agent({attributes: {zone: "a"}})).toBe("private-agent");
  });
});
