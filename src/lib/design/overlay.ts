// The DC/OS overlay design example (S-DES21 overlay, S-OVL21, S-CFG21): the virtual network
// 9.0.0.0/8 is cut into one /24 per agent, each /24 into two /25 bridges (`m-dcos` for the Mesos
// containerizer, `d-dcos` for Docker); every agent also gets a VTEP address from 44.128.0.0/20
// and a VTEP MAC under the OUI 70:B3:D5. Pure and deterministic.
//
// Indexing: agents are numbered 1, 2, 3 … in the order they join. Agent N gets the N-th /24 of
// the overlay (block 0, 9.0.0.0/24, is left unused), so agent 1 → 9.0.1.0/24 as in the design
// page's example, agent 256 → 9.1.0.0/24. Its VTEP is the N-th host address of 44.128.0.0/20
// (44.128.0.1 for agent 1) and its VTEP MAC is 70:B3:D5:00:00:0N (hex). The /20 holds 4094 host
// addresses, fewer than the 65535 usable /24s, so the VTEP pool sets the capacity: 4094 agents.

export const OVERLAY = {
  name: "dcos",
  network: "9.0.0.0/8",
  agentPrefix: 24,
  bridgePrefix: 25,
  vtepSubnet: "44.128.0.0/20",
  vtepOui: "70:B3:D5",
  vtepDevice: "vtep1024",
  vni: 1024,
  mtu: 1420
} as const;

export type BridgeKind = "mesos" | "docker";
export const BRIDGES: Record<BridgeKind, {name: string; containerizer: string}> = {
  mesos: {name: "m-dcos", containerizer: "Mesos containerizer"},
  docker: {name: "d-dcos", containerizer: "Docker containerizer"}
};

export class OverlayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OverlayError";
  }
}

const ipToInt = (ip: string): number => {
  const parts = ip.split(".").map(Number);
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
};
export const intToIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

const OVERLAY_BASE = ipToInt("9.0.0.0");
const VTEP_BASE = ipToInt("44.128.0.0");
/** Usable /24s of 9.0.0.0/8 when block 0 stays unused. */
export const SUBNET_CAPACITY = 2 ** (OVERLAY.agentPrefix - 8) - 1;
/** Host addresses of 44.128.0.0/20 (network and broadcast excluded). */
export const VTEP_CAPACITY = 2 ** (32 - 20) - 2;
/** How many agents the example overlay can take: the smaller of the two pools. */
export const AGENT_CAPACITY = Math.min(SUBNET_CAPACITY, VTEP_CAPACITY);
/** Containers per bridge: a /25 less the network, gateway (the bridge) and broadcast addresses. */
export const CONTAINERS_PER_BRIDGE = 2 ** (32 - OVERLAY.bridgePrefix) - 3;

export interface Bridge {
  kind: BridgeKind;
  name: string;
  subnet: string;
  /** The bridge's own address, the containers' gateway. */
  gateway: string;
  first: string;
  last: string;
}

export interface AgentOverlay {
  index: number;
  subnet: string;
  bridges: Record<BridgeKind, Bridge>;
  vtepIp: string;
  vtepMac: string;
}

function checkAgent(index: number): void {
  if (!Number.isInteger(index) || index < 1) throw new OverlayError(`agent index must be a whole number from 1, got ${index}`);
  if (index > AGENT_CAPACITY) throw new OverlayError(`agent ${index} is beyond the overlay's capacity of ${AGENT_CAPACITY} agents (the VTEP subnet ${OVERLAY.vtepSubnet} is full)`);
}

/** The overlay subnets, bridges and VTEP of the index-th agent to join (1-based). */
export function agentOverlay(index: number): AgentOverlay {
  checkAgent(index);
  const base = OVERLAY_BASE + index * 256;
  const bridge = (kind: BridgeKind, offset: number): Bridge => ({
    kind,
    name: BRIDGES[kind].name,
    subnet: `${intToIp(base + offset)}/${OVERLAY.bridgePrefix}`,
    gateway: intToIp(base + offset + 1),
    first: intToIp(base + offset + 2),
    last: intToIp(base + offset + 126)
  });
  return {
    index,
    subnet: `${intToIp(base)}/${OVERLAY.agentPrefix}`,
    bridges: {mesos: bridge("mesos", 0), docker: bridge("docker", 128)},
    vtepIp: intToIp(VTEP_BASE + index),
    vtepMac: vtepMac(index)
  };
}

/** The VTEP MAC of agent `index`: the OUI 70:B3:D5 followed by the index in three bytes. */
export function vtepMac(index: number): string {
  checkAgent(index);
  const tail = [(index >> 16) & 255, (index >> 8) & 255, index & 255].map((b) => b.toString(16).toUpperCase().padStart(2, "0"));
  return `${OVERLAY.vtepOui}:${tail.join(":")}`;
}

/** Subnets for the first `count` agents, in order of joining. */
export function assignAgents(count: number): AgentOverlay[] {
  if (!Number.isInteger(count) || count < 0) throw new OverlayError(`agent count must be a whole number of 0 or more, got ${count}`);
  if (count > AGENT_CAPACITY) throw new OverlayError(`${count} agents exceed the overlay's capacity of ${AGENT_CAPACITY} agents`);
  return Array.from({length: count}, (_, i) => agentOverlay(i + 1));
}

export interface ContainerRef {
  agent: number;
  bridge: BridgeKind;
  /** 1-based: the slot-th container on that bridge. */
  slot: number;
}

/** The overlay address of a container: slot 1 takes the address after the bridge's own. */
export function containerAddress({agent, bridge, slot}: ContainerRef): string {
  const a = agentOverlay(agent);
  if (bridge !== "mesos" && bridge !== "docker") throw new OverlayError(`unknown bridge "${String(bridge)}"`);
  if (!Number.isInteger(slot) || slot < 1 || slot > CONTAINERS_PER_BRIDGE) {
    throw new OverlayError(`container slot must be a whole number from 1 to ${CONTAINERS_PER_BRIDGE}, got ${slot}`);
  }
  return intToIp(ipToInt(a.bridges[bridge].gateway) + slot);
}

export interface PathHop {
  /** Where the packet is. */
  at: string;
  agent: number;
  /** The address at that point, if there is one. */
  address: string;
  /** One sentence on what happens there. */
  note: string;
}

/** The hops of a packet from one container to another on the overlay. */
export function overlayPath(from: ContainerRef, to: ContainerRef): PathHop[] {
  const src = agentOverlay(from.agent);
  const dst = agentOverlay(to.agent);
  const srcIp = containerAddress(from);
  const dstIp = containerAddress(to);
  const sb = src.bridges[from.bridge];
  const db = dst.bridges[to.bridge];
  if (from.agent === to.agent) {
    if (from.bridge === to.bridge && from.slot === to.slot) throw new OverlayError("a container cannot send to itself over the overlay");
    const hops: PathHop[] = [{at: "container", agent: from.agent, address: srcIp, note: `The packet leaves ${srcIp} for ${dstIp}.`}];
    hops.push({at: sb.name, agent: from.agent, address: sb.gateway, note: `The bridge ${sb.name} of agent ${from.agent} takes it.`});
    if (from.bridge !== to.bridge) hops.push({at: db.name, agent: to.agent, address: db.gateway, note: `Both /25s are on agent ${to.agent}, so it is routed locally to ${db.name}; no VXLAN is needed.`});
    hops.push({at: "container", agent: to.agent, address: dstIp, note: `The container ${dstIp} receives it.`});
    return hops;
  }
  return [
    {at: "container", agent: from.agent, address: srcIp, note: `The packet leaves ${srcIp} for ${dstIp}.`},
    {at: sb.name, agent: from.agent, address: sb.gateway, note: `The bridge ${sb.name} of agent ${from.agent} passes it to the host, whose route for ${dst.subnet} points at ${OVERLAY.vtepDevice}.`},
    {
      at: OVERLAY.vtepDevice,
      agent: from.agent,
      address: src.vtepIp,
      note: `VTEP ${src.vtepIp} wraps it in VXLAN (VNI ${OVERLAY.vni}) addressed to ${dst.vtepIp}, MAC ${dst.vtepMac}, and sends it over the host network.`
    },
    {at: OVERLAY.vtepDevice, agent: to.agent, address: dst.vtepIp, note: `VTEP ${dst.vtepIp} of agent ${to.agent} unwraps it.`},
    {at: db.name, agent: to.agent, address: db.gateway, note: `The host routes it to the bridge ${db.name}, which holds ${db.subnet}.`},
    {at: "container", agent: to.agent, address: dstIp, note: `The container ${dstIp} receives it.`}
  ];
}
