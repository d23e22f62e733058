import {describe, expect, it} from "vitest";
import {
  byCategoryThenName,
  COMPONENT_CATEGORIES,
  compareFeatureLists,
  componentChapters,
  conceptGraph,
  conceptNeighbours,
  DCOS_RELEASES,
  dependencyGraph,
  diffIsEmpty,
  existsIn,
  featureAreas,
  filterComponents,
  firstPortsRelease,
  KB_CATEGORY_LABELS,
  KB_CATEGORY_ORDER,
  KB_NODE_TYPE_ORDER,
  KB_NODE_TYPES,
  KB_RELEASES,
  placement,
  portsOn,
  releaseDiff,
  releaseSpan,
  searchConcepts,
  shortName,
  unitsIn,
  type ComponentView
} from "../../../src/lib/kb/index.js";
import {component, components, concepts, features, ports} from "./data.js";

const ids = (list: readonly {id: string}[]) => list.map((x) => x.id);

describe("release, node-type and category lists", () => {
  it("match the schema's lists without importing them", () => {
    expect(KB_RELEASES).toEqual(DCOS_RELEASES);
    expect(KB_NODE_TYPE_ORDER).toEqual(KB_NODE_TYPES);
    expect(KB_CATEGORY_ORDER).toEqual(COMPONENT_CATEGORIES);
    expect(Object.keys(KB_CATEGORY_LABELS).sort()).toEqual([...COMPONENT_CATEGORIES].sort());
  });

  it("tell whether a record exists in a release, and say its span", () => {
    expect(existsIn({since: "1.7", until: "1.10"}, "1.10")).toBe(true);
    expect(existsIn({since: "1.7", until: "1.10"}, "1.11")).toBe(false);
    expect(existsIn({since: "1.11", until: null}, "2.2")).toBe(true);
    expect(existsIn({since: "1.11", until: null}, "1.10")).toBe(false);
    expect(releaseSpan({since: "1.7", until: null})).toBe("1.7 to 2.2");
    expect(releaseSpan({since: "2.1", until: null})).toBe("2.1 to 2.2");
    expect(releaseSpan({since: "2.2", until: null})).toBe("2.2 only");
    expect(releaseSpan({since: "1.9", until: "1.9"})).toBe("1.9 only");
  });
});

describe("shortName", () => {
  it("keeps the shorter of a name and its bracketed alias, without Apache", () => {
    expect(shortName("DC/OS Jobs (Metronome)")).toBe("Metronome");
    expect(shortName("Spartan (DNS forwarder)")).toBe("Spartan");
    expect(shortName("Minuteman (layer-4 load balancer)")).toBe("Minuteman");
    expect(shortName("Universal Container Runtime (UCR)")).toBe("UCR");
    expect(shortName("Mesos agent (public)")).toBe("Mesos agent (public)");
    expect(shortName("Apache Mesos master")).toBe("Mesos master");
    expect(shortName("Apache ZooKeeper")).toBe("ZooKeeper");
    expect(shortName("Marathon")).toBe("Marathon");
  });
});

describe("filterComponents", () => {
  it("filters by node type exactly as the data says", () => {
    const pub = filterComponents(components, {nodeType: "public-agent"});
    expect(ids(pub)).toEqual(ids(components.filter((c) => c.nodeTypes.includes("public-agent"))));
    expect(ids(pub)).toContain("mesos-agent-public");
    expect(ids(pub)).not.toContain("mesos-agent");
    expect(ids(filterComponents(components, {nodeType: "off-cluster"}))).toEqual(["dcos-cli"]);
  });

  it("filters by release, category and edition, all at once", () => {
    const in111 = ids(filterComponents(components, {release: "1.11"}));
    expect(in111).toContain("dcos-net");
    expect(in111).not.toContain("spartan");
    expect(ids(filterComponents(components, {release: "1.10", category: "networking"}))).toEqual([
      "admin-router",
      "admin-router-agent",
      "mesos-dns",
      "spartan",
      "minuteman",
      "navstar",
      "epmd",
      "gen-resolvconf",
      "mesos-overlay"
    ]);
    const enterprise = filterComponents(components, {edition: "enterprise"});
    expect(enterprise.every((c) => c.enterprise)).toBe(true);
    expect(enterprise.length + filterComponents(components, {edition: "open"}).length).toBe(components.length);
    expect(filterComponents(components, {}).length).toBe(components.length);
  });
});

describe("unitsIn and placement", () => {
  it("gives the units a component has in a release, on a node type", () => {
    const diag = component("dcos-diagnostics");
    expect(unitsIn(diag, "1.8", "master").map((u) => u.name)).toEqual(["dcos-3dt.service", "dcos-3dt.socket"]);
    expect(unitsIn(diag, "2.1", "master").map((u) => u.name)).toEqual([
      "dcos-diagnostics.service",
      "dcos-diagnostics.socket",
      "dcos-diagnostics-mesos-state.service",
      "dcos-diagnostics-mesos-state.timer"
    ]);
    expect(unitsIn(diag, "2.1", "private-agent").map((u) => u.name)).toEqual(["dcos-diagnostics.service", "dcos-diagnostics.socket"]);
    expect(unitsIn(component("logrotate"), "1.7").map((u) => u.name)).toEqual(["dcos-logrotate.service", "dcos-logrotate.timer"]);
  });

  it("puts each component of a release in the column of every node type it runs on", () => {
    const {columns, offCluster} = placement(components, "2.2");
    expect(columns.map((c) => c.nodeType)).toEqual(["master", "private-agent", "public-agent"]);
    for (const col of columns) {
      const expected = components.filter((c) => c.nodeTypes.includes(col.nodeType) && existsIn(c, "2.2"));
      expect(ids(col.components).sort()).toEqual(ids(expected).sort());
      expect(col.components).toEqual([...col.components].sort(byCategoryThenName));
      expect(col.unitCount).toBe(expected.reduce((n, c) => n + unitsIn(c, "2.2", col.nodeType).length, 0));
    }
    expect(ids(offCluster)).toEqual(["dcos-cli"]);
    const in110 = placement(components, "1.10").columns[1]!;
    expect(ids(in110.components)).toContain("spartan");
    expect(ids(in110.components)).not.toContain("dcos-net");
  });

  it("lists the chapters that use a component through its features and concepts", () => {
    const chapters = componentChapters(component("marathon"), features, concepts);
    const expected = new Set([
      ...features.filter((f) => f.components.some((c) => c.id === "marathon")).flatMap((f) => f.chapters),
      ...concepts.filter((k) => k.components.some((c) => c.id === "marathon")).map((k) => k.chapter)
    ]);
    expect(new Set(chapters)).toEqual(expected);
    expect(chapters).toContain("offer-cycle");
    expect(componentChapters({id: "nothing"}, features, concepts)).toEqual([]);
  });
});

describe("portsOn", () => {
  it("splits a node's ports into those other machines reach and those on localhost, sorted by number", () => {
    const {reachable, local} = portsOn(ports, "master", "2.2");
    expect(local.every((p) => p.scope === "localhost")).toBe(true);
    expect(reachable.some((p) => p.scope === "localhost")).toBe(false);
    expect(reachable.length + local.length).toBe(ports.filter((p) => p.nodeTypes.includes("master") && existsIn(p, "2.2")).length);
    const numbers = reachable.map((p) => (p.port === "ephemeral" ? Infinity : p.port));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(reachable.slice(0, 4).map((p) => `${p.label}/${p.protocol}`)).toEqual(["53/tcp", "53/udp", "80/tcp", "443/tcp"]);
    expect(reachable[reachable.length - 1]!.port).toBe("ephemeral");
    expect(local.map((p) => p.label)).toEqual(["7070", "8101", "8123", "8200", "8888", "9990"]);
  });

  it("follows owners across releases: 62080 is Navstar's in 1.10 and DC/OS Net's in 1.11", () => {
    const owner = (release: "1.10" | "1.11") => portsOn(ports, "private-agent", release).reachable.find((p) => p.port === 62080)!.component;
    expect(owner("1.10")).toBe("navstar");
    expect(owner("1.11")).toBe("dcos-net");
    expect(portsOn(ports, "master", "1.7")).toEqual({reachable: [], local: []});
    expect(firstPortsRelease(ports)).toBe("1.8");
  });
});

describe("releaseDiff", () => {
  it("1.11: DC/OS Net is new, and Spartan, Minuteman, Navstar and EPMD are merged into it", () => {
    const d = releaseDiff(components, "1.11", ports);
    expect(d.previous).toBe("1.10");
    expect(ids(d.added)).toEqual(["dcos-cluster-linker", "dcos-net"]);
    expect(d.merged.map((m) => [m.id, m.into.id])).toEqual([
      ["spartan", "dcos-net"],
      ["minuteman", "dcos-net"],
      ["navstar", "dcos-net"],
      ["epmd", "dcos-net"]
    ]);
    expect(d.removed).toEqual([]);
    expect(d.count).toBe(filterComponents(components, {release: "1.11"}).length);
    expect(d.portsMoved.map((m) => [m.port.label, m.from.component, m.port.component])).toContainEqual(["62080", "navstar", "dcos-net"]);
  });

  it("2.1 removes the history service with no successor; 1.9 replaces two legacy services; 1.10 renames 3DT", () => {
    const d21 = releaseDiff(components, "2.1");
    expect(ids(d21.removed)).toEqual(["dcos-history"]);
    expect(ids(d21.added)).toEqual(["docker-gc", "calico", "etcd"]);
    const d19 = releaseDiff(components, "1.9");
    expect(d19.replaced.map((r) => [r.id, r.by.id])).toEqual([
      ["cluster-id", "dcos-installer"],
      ["vol-discovery", "dcos-installer"]
    ]);
    expect(d19.removed).toEqual([]);
    expect(releaseDiff(components, "1.10").renamed).toEqual([{id: "dcos-diagnostics", name: "DC/OS Diagnostics", from: "3DT (Distributed Diagnostics Tool)"}]);
    const d112 = releaseDiff(components, "1.12", ports);
    expect(d112.replaced.map((r) => [r.id, r.by.id])).toEqual([["dcos-metrics", "telegraf"]]);
    expect(d112.portsMoved.map((m) => m.port.label)).toEqual(["61091"]);
  });

  it("1.7 is the start: nothing added or removed; 2.2 changes nothing", () => {
    const d17 = releaseDiff(components, "1.7", ports);
    expect(d17.previous).toBeUndefined();
    expect(diffIsEmpty(d17)).toBe(true);
    expect(d17.portsOpened).toEqual([]);
    expect(diffIsEmpty(releaseDiff(components, "2.2", ports))).toBe(true);
  });
});

describe("dependencyGraph", () => {
  const graph = dependencyGraph(components);
  const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

  it("holds every component with a link, and lists the rest as isolated", () => {
    const linked = new Set(graph.links.flatMap((l) => [l.source, l.target]));
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...linked].sort());
    expect(graph.nodes.length + graph.isolated.length).toBe(components.length);
    expect(ids(graph.isolated)).toContain("dcos-cli");
    expect(graph.links.filter((l) => l.kind === "merged").map((l) => l.source)).toEqual(["spartan", "minuteman", "navstar", "epmd"]);
    expect(graph.links.filter((l) => l.kind === "depends").length).toBe(components.reduce((n, c) => n + c.dependsOn.length, 0));
  });

  it("puts each component one column right of the deepest thing it needs", () => {
    expect(["exhibitor", "zookeeper", "mesos-master", "mesos-dns", "marathon", "cosmos", "dcos-signal"].map((id) => node(id).layer)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(graph.layers).toBe(7);
    for (const l of graph.links.filter((x) => x.kind === "depends")) expect(node(l.source).layer).toBeGreaterThan(node(l.target).layer);
  });

  it("numbers each column from 0 without gaps, the same way every time", () => {
    for (let layer = 0; layer < graph.layers; layer++) {
      const orders = graph.nodes.filter((n) => n.layer === layer).map((n) => n.order).sort((a, b) => a - b);
      expect(orders).toEqual(orders.map((_, i) => i));
    }
    expect(dependencyGraph(components)).toEqual(graph);
  });

  it("survives a cycle in the data", () => {
    const a = {...component("exhibitor"), id: "a", name: "A", dependsOn: [{id: "b", name: "B"}]} as ComponentView;
    const b = {...component("exhibitor"), id: "b", name: "B", dependsOn: [{id: "a", name: "A"}]} as ComponentView;
    const g = dependencyGraph([a, b]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(["a", "b"]);
  });
});

describe("concepts", () => {
  it("builds one undirected link per related pair", () => {
    const g = conceptGraph(concepts);
    expect(g.nodes.length).toBe(concepts.length);
    const keys = g.links.map((l) => `${l.source} ${l.target}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(g.links.every((l) => l.source < l.target)).toBe(true);
    for (const c of concepts) for (const r of c.related) expect(conceptNeighbours(g.links, c.id)).toContain(r.id);
    for (const n of g.nodes) expect(n.degree).toBe(conceptNeighbours(g.links, n.id).length);
  });

  it("searches names first, then other names, then definitions", () => {
    const offer = searchConcepts(concepts, "offer");
    expect(offer.slice(0, 2).map((m) => [m.concept.term, m.field])).toEqual([
      ["Offer", "term"],
      ["Mesos resource offer", "term"]
    ]);
    expect(offer.slice(2).every((m) => m.field === "definition")).toBe(true);
    expect(searchConcepts(concepts, "  OFFER ").map((m) => m.concept.id)).toEqual(offer.map((m) => m.concept.id));
    const slave = searchConcepts(concepts, "slave");
    expect(slave[0]!.concept.id).toBe("slave");
    expect(slave.find((m) => m.concept.id === "agent-node")).toMatchObject({field: "alias", alias: "slave"});
    expect(searchConcepts(concepts, "zzqx")).toEqual([]);
    expect(searchConcepts(concepts, "").length).toBe(concepts.length);
    expect(searchConcepts(concepts, "resource offer").map((m) => m.concept.id)[0]).toBe("resource-offer");
  });
});

describe("features", () => {
  it("groups every feature once, by its main component's category", () => {
    const areas = featureAreas(features);
    expect(areas.flatMap((a) => a.features).length).toBe(features.length);
    expect(areas.map((a) => a.category)).toEqual(KB_CATEGORY_ORDER.filter((c) => areas.some((a) => a.category === c)));
    const iam = areas.find((a) => a.category === "iam-and-security")!;
    expect(ids(iam.features)).toEqual(["identity-and-access-management", "external-identity-providers", "encrypted-communication", "container-level-authorization"]);
  });

  it("compares the 1.7 list (13) with the 1.8+ list (21)", () => {
    const cmp = compareFeatureLists(features);
    expect(cmp.kept.length).toBe(13);
    expect(cmp.added.length).toBe(8);
    expect(cmp.dropped).toEqual([]);
    expect(cmp.kept.filter((k) => k.change === "reworded").map((k) => k.feature.id)).toEqual(["package-management", "service-discovery-and-load-balancing"]);
    expect(cmp.kept.filter((k) => k.change === "case").length).toBe(11);
    expect(cmp.added.filter((a) => a.feature.enterprise).length).toBe(5);
  });
});
