// The curated knowledge base: every file validates, and the counts and joins pages rely on are
// exactly those of the reference dossier.
import {describe, expect, it} from "vitest";
import {
  compareDcosReleases,
  DCOS_RELEASES,
  dcosReleasesOf,
  inDcosRelease,
  joinComponents,
  joinConcepts,
  joinFeatures,
  joinPorts,
  joinReleases,
  portRecordRanges,
  type ComponentView
} from "../../src/lib/kb/index.js";
import {realKnowledgeBase} from "./kb-helpers.js";

const kb = realKnowledgeBase();
const components = joinComponents(kb);
const component = (id: string): ComponentView => {
  const found = components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
};

describe("data files", () => {
  it("all six files validate, with the expected record counts", () => {
    expect({
      sources: kb.sources.length,
      components: kb.components.length,
      ports: kb.ports.length,
      concepts: kb.concepts.length,
      features: kb.features.length,
      releases: kb.releases.length
    }).toEqual({sources: 55, components: 51, ports: 62, concepts: 68, features: 21, releases: 11});
  });

  it("has 21 features in the 1.8+ list and 13 in the 1.7 list", () => {
    expect(kb.features.filter((f) => f.lists.includes("1.8+"))).toHaveLength(21);
    expect(kb.features.filter((f) => f.lists.includes("1.7"))).toHaveLength(13);
    expect(kb.features.filter((f) => f.enterprise).map((f) => f.id)).toEqual([
      "load-balancer-control-plane",
      "identity-and-access-management",
      "external-identity-providers",
      "encrypted-communication",
      "container-level-authorization"
    ]);
  });

  it("has 68 glossary terms: 48 from the 2.1 page, 7 from 1.7, 13 from other pages", () => {
    expect(kb.concepts).toHaveLength(68);
    const count = (g: string) => kb.concepts.filter((c) => c.glossary === g).length;
    expect([count("2.1"), count("1.7"), count("other")]).toEqual([48, 7, 13]);
  });

  it("has the 10 release lines in order and one end-of-life record", () => {
    const releases = kb.releases.flatMap((r) => (r.kind === "release" ? [r] : []));
    expect(releases.map((r) => r.version)).toEqual([...DCOS_RELEASES]);
    expect(releases.filter((r) => r.ga === null).map((r) => r.version)).toEqual(["1.7", "1.8"]);
    expect(releases.find((r) => r.version === "2.1")).toMatchObject({ga: "2020-06-09", mesos: "1.10.0-dev", marathon: "1.10.17", metronome: "0.6.44"});
    const end = kb.releases.find((r) => r.kind === "end-of-life");
    expect(end).toMatchObject({id: "end-of-life", date: "2021-10-31"});
  });
});

describe("component joins", () => {
  it("Mesos master runs on masters only, as dcos-mesos-master.service, on 5050/tcp", () => {
    const mesos = component("mesos-master");
    expect(mesos.nodeTypes).toEqual(["master"]);
    expect(mesos.units.map((u) => u.name)).toEqual(["dcos-mesos-master.service"]);
    expect(mesos.ports.map(({port, protocol}) => ({port, protocol}))).toEqual([{port: 5050, protocol: "tcp"}]);
    expect(mesos.category).toBe("cluster-management");
    expect(mesos.source.map((s) => s.key)).toContain("S-COMP21");
  });

  it("Admin Router Agent owns 61001 and 61002 on both agent types", () => {
    const agent = component("admin-router-agent");
    expect(agent.nodeTypes).toEqual(["private-agent", "public-agent"]);
    expect(agent.ports.map(({port, protocol}) => ({port, protocol}))).toEqual([
      {port: 61001, protocol: "tcp"},
      {port: 61002, protocol: "tcp"}
    ]);
  });

  it("dcos-net arrives in 1.11, with Spartan, Minuteman and Navstar merged into it", () => {
    const net = component("dcos-net");
    expect(net.since).toBe("1.11");
    expect(net.until).toBeNull();
    expect(net.mergedFrom.map((m) => m.id).sort()).toEqual(["epmd", "minuteman", "navstar", "spartan"]);
    for (const id of ["spartan", "minuteman", "navstar"]) {
      const old = component(id);
      expect(old.mergedInto).toEqual({id: "dcos-net", name: "DC/OS Net", in: "1.11"});
      expect(old.until).toBe("1.10");
    }
  });

  it("fills in each unit's node types and releases", () => {
    const diagnostics = component("dcos-diagnostics");
    expect(diagnostics.renamedFrom).toEqual({name: "3DT (Distributed Diagnostics Tool)", in: "1.10"});
    expect(diagnostics.units.find((u) => u.name === "dcos-3dt.service")).toEqual({
      name: "dcos-3dt.service",
      nodeTypes: ["master", "private-agent", "public-agent"],
      since: "1.8",
      until: "1.9"
    });
    const log = component("dcos-log");
    expect(log.units.find((u) => u.name === "dcos-log-agent.service")?.nodeTypes).toEqual(["private-agent", "public-agent"]);
  });

  it("resolves dependencies both ways", () => {
    expect(component("marathon").dependsOn.map((d) => d.id)).toEqual(["zookeeper", "mesos-master", "mesos-dns"]);
    expect(component("vault").neededBy).toEqual([{id: "dcos-secrets", name: "DC/OS Secrets"}]);
    expect(component("telegraf").replaces).toEqual([{id: "dcos-metrics", name: "DC/OS Metrics", in: "1.12"}]);
  });
});

describe("port joins", () => {
  const ports = joinPorts(kb);
  it("spells out the default task port ranges of the tables", () => {
    const task = kb.ports.find((p) => p.id === "mesos-agent-task-ports")!;
    expect(portRecordRanges(task)).toEqual([
      {from: 1025, to: 2180},
      {from: 2182, to: 3887},
      {from: 3889, to: 5049},
      {from: 5052, to: 8079},
      {from: 8082, to: 8180},
      {from: 8182, to: 32000}
    ]);
  });

  it("gives port 61002 to Diagnostics up to 1.9 and to Admin Router Agent from 1.10", () => {
    const owners = ports.filter((p) => p.port === 61002).map((p) => [p.component, p.since, p.until]);
    expect(owners).toEqual([
      ["admin-router-agent", "1.10", null],
      ["dcos-diagnostics", "1.8", "1.9"]
    ]);
    expect(ports.find((p) => p.id === "admin-router-agent-61001")).toMatchObject({componentName: "Admin Router Agent", category: "networking", label: "61001"});
  });
});

describe("concept, feature and release joins", () => {
  it("resolves related terms to {id, term}", () => {
    const agent = joinConcepts(kb).find((c) => c.id === "agent-node")!;
    expect(agent.aliases).toEqual(["agent", "worker node", "slave"]);
    expect(agent.related).toContainEqual({id: "slave", term: "Slave"});
    expect(agent.components).toEqual([
      {id: "mesos-agent", name: "Mesos agent"},
      {id: "mesos-agent-public", name: "Mesos agent (public)"}
    ]);
  });

  it("names each feature's components and concepts", () => {
    const sd = joinFeatures(kb).find((f) => f.id === "service-discovery-and-load-balancing")!;
    expect(sd.headings).toEqual({"1.7": "Service Discovery and Load Balancing", "1.8+": "Service discovery and distributed load balancing"});
    expect(sd.components.map((c) => c.id)).toEqual(["mesos-dns", "dcos-net", "spartan", "minuteman"]);
    expect(sd.concepts[0]).toEqual({id: "mesos-dns", term: "Mesos-DNS"});
  });

  it("lists the components each release added and removed", () => {
    const r111 = joinReleases(kb).find((r) => r.kind === "release" && r.version === "1.11");
    if (r111?.kind !== "release") throw new Error("no 1.11");
    expect(r111.componentsAdded.map((c) => c.id)).toEqual(["dcos-cluster-linker", "dcos-net"]);
    expect(r111.componentsRemoved.map((c) => c.id)).toEqual(["spartan", "minuteman", "navstar", "epmd"]);
  });
});

describe("agreement with the 2.1 systemd unit lists (dcos-facts.md §2.4)", () => {
  // The lists read from /etc/systemd/system/dcos.target.wants/ on a 2.1 Enterprise cluster.
  const both = (name: string, second: "socket" | "timer") => [`${name}.service`, `${name}.${second}`];
  const master21 = [
    "dcos-adminrouter.service", ...both("dcos-backup-master", "socket"), "dcos-bouncer.service", "dcos-ca.service",
    ...both("dcos-checks-api", "socket"), ...both("dcos-checks-poststart", "timer"), ...both("dcos-cluster-linker", "socket"),
    ...both("dcos-cockroachdb-config-change", "timer"), "dcos-cockroach.service", "dcos-cosmos.service",
    ...both("dcos-diagnostics-mesos-state", "timer"), ...both("dcos-diagnostics", "socket"), "dcos-exhibitor.service",
    "dcos-fluent-bit.service", ...both("dcos-gen-resolvconf", "timer"), "dcos-history.service", ...both("dcos-iam-ldap-sync", "timer"),
    ...both("dcos-licensing", "socket"), ...both("dcos-log-master", "socket"), ...both("dcos-logrotate-master", "timer"),
    "dcos-marathon.service", "dcos-mesos-dns.service", "dcos-mesos-master.service", "dcos-metronome.service", "dcos-net.service",
    "dcos-net-watchdog.service", "dcos-pkgpanda-api.service", "dcos-registry.service", ...both("dcos-secrets", "socket"),
    ...both("dcos-signal", "timer"), ...both("dcos-telegraf", "socket"), ...both("dcos-ui-update-service", "socket"), "dcos-vault.service"
  ];
  const privateAgent21 = [
    "dcos-adminrouter-agent.service", ...both("dcos-checks-api", "socket"), ...both("dcos-checks-poststart", "timer"),
    ...both("dcos-diagnostics", "socket"), ...both("dcos-docker-gc", "timer"), "dcos-fluent-bit.service", ...both("dcos-gen-resolvconf", "timer"),
    ...both("dcos-log-agent", "socket"), ...both("dcos-logrotate-agent", "timer"), "dcos-mesos-slave.service", "dcos-net.service",
    "dcos-net-watchdog.service", "dcos-pkgpanda-api.service", "dcos-rexray.service", ...both("dcos-telegraf", "socket")
  ];
  // Units our data has in 2.1 that the lists leave out: Calico and etcd (listed on the 2.1
  // components and ports pages), the install-time units, Pkgpanda's socket and Docker itself.
  const calico = ["bird", "confd", "felix", "libnetwork-plugin"].map((u) => `dcos-calico-${u}.service`);
  const extras = [...calico, "dcos-download.service", "dcos-setup.service", "dcos-pkgpanda-api.socket", "docker.service"];
  const unitsOn = (node: "master" | "private-agent" | "public-agent") =>
    components.flatMap((c) => c.units.filter((u) => u.nodeTypes.includes(node) && inDcosRelease(u, "2.1")).map((u) => u.name)).sort();

  it("has 49 master and 23 agent units in the reference lists", () => {
    expect([master21.length, privateAgent21.length]).toEqual([49, 23]);
  });

  it("masters: the list, minus dcos-history.service (removed in 2.1.0), plus the explained extras", () => {
    const expected = [...master21.filter((u) => u !== "dcos-history.service"), ...extras, "dcos-etcd.service"].sort();
    expect(unitsOn("master")).toEqual(expected);
  });

  it("agents: the list plus the explained extras; public agents swap in dcos-mesos-slave-public.service", () => {
    expect(unitsOn("private-agent")).toEqual([...privateAgent21, ...extras].sort());
    const publicList = privateAgent21.map((u) => (u === "dcos-mesos-slave.service" ? "dcos-mesos-slave-public.service" : u));
    expect(unitsOn("public-agent")).toEqual([...publicList, ...extras].sort());
  });
});

describe("release helpers", () => {
  it("places versioned facts in releases", () => {
    expect(dcosReleasesOf({since: "1.9", until: "1.11"})).toEqual(["1.9", "1.10", "1.11"]);
    expect(inDcosRelease({since: "1.11", until: null}, "2.2")).toBe(true);
    expect(inDcosRelease({since: "1.11", until: null}, "1.10")).toBe(false);
    expect(compareDcosReleases("1.10", "1.9")).toBeGreaterThan(0);
  });

  it("flags components whose first release is inferred", () => {
    const r21 = joinReleases(kb).find((r) => r.kind === "release" && r.version === "2.1");
    if (r21?.kind !== "release") throw new Error("no 2.1");
    expect(r21.componentsAdded).toEqual([
      {id: "docker-gc", name: "Docker GC", inferred: true},
      {id: "calico", name: "Calico", inferred: false},
      {id: "etcd", name: "etcd", inferred: false}
    ]);
    expect(r21.componentsRemoved).toEqual([{id: "dcos-history", name: "DC/OS History", inferred: false}]);
  });
});
