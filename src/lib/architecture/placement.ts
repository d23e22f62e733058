// What runs where: the components and systemd units the knowledge base places on a node type in a
// release, and the nodes of a cluster (from a Mesos master's /state) with their node type. Pure;
// only type imports from the schema modules, so pages using it do not ship the validator.
import type {KbNodeType} from "../kb/common.js";
import type {ComponentView} from "../kb/join.js";
import type {DcosRelease} from "../kb/releases.js";
import {existsIn} from "../kb/views.js";
import {parseMesosPid, splitHostPort} from "../state/pid.js";
import type {MesosSlave, MesosState} from "../state/types.js";

/** The fields of a component that placement reads. */
export type PlacedComponent = Pick<ComponentView, "id" | "name" | "category" | "nodeTypes" | "since" | "until" | "units" | "enterprise">;

export interface Placement<C extends PlacedComponent = PlacedComponent> {
  component: C;
  /** The component's systemd units on that node type in that release (empty: it has none of its own). */
  units: string[];
}

/**
 * The components the data places on `nodeType` in `release` (in data order), each with the units it
 * runs there: a component counts when it ships in the release and lists the node type; a unit when
 * it exists in the release and runs on the node type.
 */
export function componentsOn<C extends PlacedComponent>(components: readonly C[], nodeType: KbNodeType, release: DcosRelease): Placement<C>[] {
  return components
    .filter((c) => c.nodeTypes.includes(nodeType) && existsIn(c, release))
    .map((component) => ({
      component,
      units: component.units.filter((u) => u.nodeTypes.includes(nodeType) && existsIn(u, release)).map((u) => u.name)
    }));
}

/** Every systemd unit on `nodeType` in `release`, sorted by name. */
export function unitsOn(components: readonly PlacedComponent[], nodeType: KbNodeType, release: DcosRelease): string[] {
  return [...new Set(componentsOn(components, nodeType, release).flatMap((p) => p.units))].sort();
}

/** What runs on one node type and not the other, in a release (components, data order). */
export function placementDiff<C extends PlacedComponent>(components: readonly C[], a: KbNodeType, b: KbNodeType, release: DcosRelease): {onlyA: C[]; onlyB: C[]} {
  const onA = componentsOn(components, a, release).map((p) => p.component);
  const onB = componentsOn(components, b, release).map((p) => p.component);
  return {onlyA: onA.filter((c) => !onB.includes(c)), onlyB: onB.filter((c) => !onA.includes(c))};
}

/** One machine of a cluster, as a figure draws it. */
export interface ClusterNode {
  /** The agent id, or `master-<host>` for a master. */
  id: string;
  nodeType: KbNodeType;
  /** Host name or IP address, as the state gives it. */
  host: string;
  /** The `zone` attribute, when the node has one. */
  zone?: string;
  /** True for the leading master. */
  leader: boolean;
  /** Roles the node's resources are reserved for (public agents: `slave_public`). */
  roles: string[];
  /** Names of the tasks running on the node (agents), in the state's order, each once. */
  tasks: string[];
}

/** A public agent: attribute `public_ip: true`, or resources reserved for `slave_public` (S-NODE21). */
export function isPublicSlave(slave: MesosSlave): boolean {
  return String(slave.attributes?.public_ip) === "true" || "slave_public" in (slave.reserved_resources ?? {});
}

/**
 * The nodes of a cluster from a master's /state: the masters (the hosts of the `zk` flag, or the
 * leader alone when the flag names none), then the agents in the state's order.
 */
export function clusterNodes(state: MesosState): ClusterNode[] {
  const leaderHost = parseMesosPid(state.leader)?.host;
  const zk = /^zk:\/\/([^/]*)/.exec(state.flags?.zk ?? "")?.[1] ?? "";
  const zkHosts = zk
    .split(",")
    .map((hp) => splitHostPort(hp.trim())?.host ?? hp.trim())
    .filter((host) => host !== "");
  const masters = [...new Set(zkHosts.length ? zkHosts : leaderHost ? [leaderHost] : [])];
  const nodes: ClusterNode[] = masters.map((host) => ({id: `master-${host}`, nodeType: "master", host, leader: host === leaderHost, roles: [], tasks: []}));
  const running = (state.frameworks ?? []).flatMap((f) => (f.tasks ?? []).filter((t) => t.state === "TASK_RUNNING"));
  for (const slave of state.slaves ?? []) {
    const zone = slave.attributes?.zone;
    nodes.push({
      id: slave.id,
      nodeType: isPublicSlave(slave) ? "public-agent" : "private-agent",
      host: slave.hostname ?? parseMesosPid(slave.pid)?.host ?? slave.id,
      ...(zone !== undefined ? {zone: String(zone)} : {}),
      leader: false,
      roles: Object.keys(slave.reserved_resources ?? {}).filter((role) => role !== "*"),
      tasks: [...new Set(running.filter((t) => t.slave_id === slave.id).map((t) => t.name))]
    });
  }
  return nodes;
}
