import {describe, expect, it} from "vitest";
import {
  AGENT_CAPACITY, CONTAINERS_PER_BRIDGE, OverlayError, SUBNET_CAPACITY, VTEP_CAPACITY,
  DnsProxyError, agentOverlay, assignAgents, containerAddress, dnsProxySteps, overlayPath, vtepMac
} from "../../../src/lib/design/index.js";

describe("overlay subnets", () => {
  it("agent 1 gets 9.0.1.0/24, split into m-dcos 9.0.1.0/25 and d-dcos 9.0.1.128/25", () => {
    const a = agentOverlay(1);
    expect(a.subnet).toBe("9.0.1.0/24");
    expect(a.bridges.mesos).toEqual({kind: "mesos", name: "m-dcos", subnet: "9.0.1.0/25", gateway: "9.0.1.1", first: "9.0.1.2", last: "9.0.1.126"});
    expect(a.bridges.docker).toEqual({kind: "docker", name: "d-dcos", subnet: "9.0.1.128/25", gateway: "9.0.1.129", first: "9.0.1.130", last: "9.0.1.254"});
    expect(a.vtepIp).toBe("44.128.0.1");
    expect(a.vtepMac).toBe("70:B3:D5:00:00:01");
  });

  it("assigns agents in order of joining", () => {
    expect(assignAgents(3).map((a) => a.subnet)).toEqual(["9.0.1.0/24", "9.0.2.0/24", "9.0.3.0/24"]);
    expect(assignAgents(0)).toEqual([]);
    expect(agentOverlay(255).subnet).toBe("9.0.255.0/24");
    expect(agentOverlay(256).subnet).toBe("9.1.0.0/24");
    expect(agentOverlay(256).vtepIp).toBe("44.128.1.0");
    expect(vtepMac(300)).toBe("70:B3:D5:00:01:2C");
  });

  it("runs at full capacity until the VTEP subnet is full", () => {
    expect(SUBNET_CAPACITY).toBe(65535);
    expect(VTEP_CAPACITY).toBe(4094);
    expect(AGENT_CAPACITY).toBe(4094);
    const all = assignAgents(AGENT_CAPACITY);
    expect(all).toHaveLength(4094);
    expect(new Set(all.map((a) => a.subnet)).size).toBe(4094);
    expect(new Set(all.map((a) => a.vtepIp)).size).toBe(4094);
    expect(all.at(-1)).toMatchObject({index: 4094, subnet: "9.15.254.0/24", vtepIp: "44.128.15.254", vtepMac: "70:B3:D5:00:0F:FE"});
    expect(() => agentOverlay(4095)).toThrow("agent 4095 is beyond the overlay's capacity of 4094 agents (the VTEP subnet 44.128.0.0/20 is full)");
    expect(() => assignAgents(4095)).toThrow(OverlayError);
  });

  it("rejects invalid agents", () => {
    expect(() => agentOverlay(0)).toThrow("agent index must be a whole number from 1, got 0");
    expect(() => agentOverlay(1.5)).toThrow(OverlayError);
    expect(() => agentOverlay(Number.NaN)).toThrow(OverlayError);
    expect(() => assignAgents(-1)).toThrow("agent count must be a whole number of 0 or more, got -1");
  });
});

describe("container addresses", () => {
  it("places containers after the bridge's own address", () => {
    expect(CONTAINERS_PER_BRIDGE).toBe(125);
    expect(containerAddress({agent: 1, bridge: "mesos", slot: 1})).toBe("9.0.1.2");
    expect(containerAddress({agent: 2, bridge: "docker", slot: 1})).toBe("9.0.2.130");
    expect(containerAddress({agent: 3, bridge: "docker", slot: 125})).toBe("9.0.3.254");
    expect(containerAddress({agent: 3, bridge: "mesos", slot: 125})).toBe("9.0.3.126");
  });

  it("rejects slots outside the bridge and unknown bridges", () => {
    expect(() => containerAddress({agent: 1, bridge: "mesos", slot: 126})).toThrow("container slot must be a whole number from 1 to 125, got 126");
    expect(() => containerAddress({agent: 1, bridge: "mesos", slot: 0})).toThrow(OverlayError);
    expect(() => containerAddress({agent: 1, bridge: "bogus" as "mesos", slot: 1})).toThrow('unknown bridge "bogus"');
  });
});

describe("the VXLAN path", () => {
  it("crosses vtep1024 between agents", () => {
    const path = overlayPath({agent: 1, bridge: "mesos", slot: 1}, {agent: 2, bridge: "docker", slot: 1});
    expect(path.map((p) => `${p.agent}:${p.at}:${p.address}`)).toEqual([
      "1:container:9.0.1.2", "1:m-dcos:9.0.1.1", "1:vtep1024:44.128.0.1", "2:vtep1024:44.128.0.2", "2:d-dcos:9.0.2.129", "2:container:9.0.2.130"
    ]);
    expect(path[2]!.note).toBe("VTEP 44.128.0.1 wraps it in VXLAN (VNI 1024) addressed to 44.128.0.2, MAC 70:B3:D5:00:00:02, and sends it over the host network.");
  });

  it("stays on the host between the two bridges of one agent", () => {
    const path = overlayPath({agent: 2, bridge: "mesos", slot: 1}, {agent: 2, bridge: "docker", slot: 2});
    expect(path.map((p) => p.at)).toEqual(["container", "m-dcos", "d-dcos", "container"]);
    expect(path.at(-1)!.address).toBe("9.0.2.131");
    expect(() => overlayPath({agent: 1, bridge: "mesos", slot: 1}, {agent: 1, bridge: "mesos", slot: 1})).toThrow(OverlayError);
  });
});

describe("the distributed DNS proxy", () => {
  it("dual-dispatches .mesos names to two masters and keeps the first answer", () => {
    const steps = dnsProxySteps({name: "leader.mesos", proxyUp: true});
    expect(steps.map((s) => s.actor)).toEqual(["gen-resolvconf", "gen-resolvconf", "app", "proxy", "master", "app"]);
    expect(steps[3]!.servers).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(steps[1]!.servers).toEqual(["198.51.100.1", "198.51.100.2", "198.51.100.3"]);
  });

  it("hides a silent master and sends other names to two upstreams", () => {
    expect(dnsProxySteps({name: "leader.mesos", proxyUp: true, down: ["10.0.0.1"]})[4]!.text).toBe(
      "10.0.0.1 does not answer, but 10.0.0.2 does; the proxy keeps that answer, so the failure goes unnoticed."
    );
    expect(dnsProxySteps({name: "example.com", proxyUp: true})[3]!.servers).toEqual(["203.0.113.53", "203.0.113.54"]);
  });

  it("falls back to the upstream resolvers when ready.spartan does not answer", () => {
    const steps = dnsProxySteps({name: "leader.mesos", proxyUp: false});
    expect(steps[1]!.text).toBe("It rewrites resolv.conf to list the upstream resolvers 203.0.113.53 and 203.0.113.54 directly.");
    expect(steps.at(-1)!.text).toBe("203.0.113.53 knows nothing of the cluster's .mesos names: leader.mesos does not resolve until the proxy is back.");
    expect(() => dnsProxySteps({name: "bad name!", proxyUp: true})).toThrow(DnsProxyError);
  });
});
