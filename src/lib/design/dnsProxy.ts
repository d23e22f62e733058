// The distributed DNS proxy of the design notes (S-DES21 dns-proxy, S-DES17): how one lookup on
// an agent travels. Names under .mesos go to the masters, others to two upstream resolvers, both
// dispatched to two servers at once with the first answer kept; gen-resolvconf falls back to the
// upstream resolvers in resolv.conf when ready.spartan does not answer. Pure and deterministic.

export const SPARTAN_IPS = ["198.51.100.1", "198.51.100.2", "198.51.100.3"] as const;

export interface DnsProxySetup {
  masters: string[];
  /** The upstream resolvers configured at install time. */
  upstreams: string[];
}

/** An illustrative cluster: three masters, two upstream resolvers (documentation addresses). */
export const EXAMPLE_DNS_SETUP: DnsProxySetup = {
  masters: ["10.0.0.1", "10.0.0.2", "10.0.0.3"],
  upstreams: ["203.0.113.53", "203.0.113.54"]
};

export interface DnsProxyScenario {
  name: string;
  /** Whether the proxy on the agent is running. */
  proxyUp: boolean;
  /** Servers (masters or upstreams) that do not answer. */
  down?: string[];
}

export interface DnsStep {
  /** Who acts at this step. */
  actor: "app" | "gen-resolvconf" | "proxy" | "master" | "upstream";
  /** The servers involved, if any. */
  servers: string[];
  text: string;
}

export class DnsProxyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DnsProxyError";
  }
}

/** The steps of one lookup from an application on an agent. */
export function dnsProxySteps({name, proxyUp, down = []}: DnsProxyScenario, setup: DnsProxySetup = EXAMPLE_DNS_SETUP): DnsStep[] {
  const host = name.trim().toLowerCase().replace(/\.$/, "");
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) throw new DnsProxyError(`"${name}" is not a DNS name`);
  if (setup.masters.length < 1 || setup.upstreams.length < 1) throw new DnsProxyError("the setup needs at least one master and one upstream resolver");
  const isMesos = host.endsWith(".mesos");
  const steps: DnsStep[] = [];
  if (!proxyUp) {
    steps.push({actor: "gen-resolvconf", servers: ["ready.spartan"], text: "gen-resolvconf asks for ready.spartan and gets no answer: the proxy is not running."});
    steps.push({actor: "gen-resolvconf", servers: setup.upstreams, text: `It rewrites resolv.conf to list the upstream resolvers ${setup.upstreams.join(" and ")} directly.`});
    const up = setup.upstreams.find((u) => !down.includes(u));
    steps.push({actor: "app", servers: up ? [up] : [], text: `The application asks ${up ?? "the upstream resolvers"} for ${host} itself, with no proxy in between.`});
    if (!up) steps.push({actor: "app", servers: [], text: `No upstream resolver answers: the lookup of ${host} fails.`});
    else if (isMesos) steps.push({actor: "upstream", servers: [up], text: `${up} knows nothing of the cluster's .mesos names: ${host} does not resolve until the proxy is back.`});
    else steps.push({actor: "upstream", servers: [up], text: `${up} answers ${host}; outside names still work.`});
    return steps;
  }
  steps.push({actor: "gen-resolvconf", servers: ["ready.spartan"], text: "gen-resolvconf asks for ready.spartan and gets an answer: the proxy is alive."});
  steps.push({actor: "gen-resolvconf", servers: [...SPARTAN_IPS], text: `resolv.conf lists the proxy's addresses ${SPARTAN_IPS.join(", ")} on the spartan interface.`});
  steps.push({actor: "app", servers: [SPARTAN_IPS[0]], text: `The application asks ${SPARTAN_IPS[0]} for ${host}.`});
  const pool = isMesos ? setup.masters : setup.upstreams;
  const kind = isMesos ? "master" : "upstream";
  const pair = pool.slice(0, 2);
  steps.push({
    actor: "proxy",
    servers: pair,
    text: isMesos
      ? `${host} ends in .mesos, so the proxy sends it to two masters at once: ${pair.join(" and ")}.`
      : `${host} is not a cluster name, so the proxy sends it to two upstream resolvers at once: ${pair.join(" and ")}.`
  });
  const first = pair.find((s) => !down.includes(s));
  if (!first) {
    steps.push({actor: kind, servers: [], text: `Neither ${pair.join(" nor ")} answers: the lookup of ${host} fails.`});
    return steps;
  }
  const silent = pair.filter((s) => down.includes(s));
  steps.push({
    actor: kind,
    servers: [first],
    text: silent.length
      ? `${silent.join(", ")} does not answer, but ${first} does; the proxy keeps that answer, so the failure goes unnoticed.`
      : `${first} answers first${isMesos ? " (Mesos-DNS on the master)" : ""}; the proxy keeps that answer and drops the later one.`
  });
  steps.push({actor: "app", servers: [], text: `The application gets its answer for ${host}.`});
  return steps;
}
