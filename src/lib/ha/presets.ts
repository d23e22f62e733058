// Named HA scenarios (plain JSON, each small enough for a URL). The cluster: three master nodes
// (each a Mesos master, a ZooKeeper server and a Marathon instance) spread over zones a, b and c,
// six agents (two per zone), and a web app of three health-checked instances.

import type {HaAppSpec, HaScenario} from "./scenario.js";

const web: HaAppSpec = {id: "web", instances: 3, constraints: [["hostname", "UNIQUE"]]};

function preset(name: string, description: string, rest: Omit<HaScenario, "kind" | "name" | "description">): HaScenario {
  return {kind: "ha", name, description, seed: 1, masters: 3, agents: {count: 6}, apps: [web], ...rest};
}

const presets = {
  "ha-kill-leader": preset(
    "ha-kill-leader", "The leading master, master-1, dies at 20 s. Its ZooKeeper session expires 10 s later; master-2 holds the next sequence number and takes over. Tasks keep running throughout.", {
    parameters: {untilMs: 60_000},
    faults: [{at: 20_000, action: "kill", target: "master-1"}]
  }),
  "ha-lose-quorum": preset(
    "ha-lose-quorum",
    "Two of three master nodes die (master-2 at 20 s, master-3 at 25 s): ZooKeeper keeps 1 of 3 servers, below its majority of 2. The leader gives up after 10 s and nobody can be elected. master-3 returns at 80 s; the quorum is back, and after the old sessions expire a leader is elected.",
    {
      parameters: {untilMs: 150_000},
      faults: [
        {at: 20_000, action: "kill", target: "master-2"},
        {at: 25_000, action: "kill", target: "master-3"},
        {at: 80_000, action: "restart", target: "master-3"}
      ]
    }
  ),
  "ha-agent-dies": preset(
    "ha-agent-dies", "agent-1 dies at 20 s with web.1 on it. The leading master misses five pings in a row, marks it unreachable, and Marathon starts a replacement on another agent.", {
    parameters: {untilMs: 150_000},
    faults: [{at: 20_000, action: "kill", target: "agent-1"}]
  }),
  "ha-zone-spread": preset(
    "ha-zone-spread",
    'Zone a fails at 20 s and returns at 150 s. web uses hostname UNIQUE and zone GROUP_BY 3, so its three instances sit in three zones: two keep serving. The lost one waits for zone a, because GROUP_BY 3 will not put two instances in one zone.',
    {
      apps: [{id: "web", instances: 3, constraints: [["hostname", "UNIQUE"], ["zone", "GROUP_BY", "3"]]}],
      parameters: {untilMs: 200_000},
      faults: [
        {at: 20_000, action: "kill", target: "zone-a"},
        {at: 150_000, action: "restart", target: "zone-a"}
      ]
    }
  ),
  "ha-zone-packed": preset(
    "ha-zone-packed",
    "The same zone failure, but web has no placement constraints: all three instances landed on agent-1 in zone a, and all die with it. Nothing serves until the master notices and Marathon replaces them in another zone.",
    {
      apps: [{id: "web", instances: 3}],
      parameters: {untilMs: 200_000},
      faults: [
        {at: 20_000, action: "kill", target: "zone-a"},
        {at: 150_000, action: "restart", target: "zone-a"}
      ]
    }
  ),
  "ha-rolling-restart": preset(
    "ha-rolling-restart",
    "An upgrade restarts the master nodes one at a time, the leader last: master-3 at 20 s, master-2 at 60 s, master-1 at 100 s. ZooKeeper keeps its majority throughout; only the last restart changes the leader.",
    {
      parameters: {untilMs: 150_000},
      faults: [
        {at: 20_000, action: "restart", target: "master-3"},
        {at: 60_000, action: "restart", target: "master-2"},
        {at: 100_000, action: "restart", target: "master-1"}
      ]
    }
  ),
  "ha-partition-leader": preset(
    "ha-partition-leader",
    "The network cuts off master-1, the leader's node, at 20 s and heals at 60 s. Cut off from ZooKeeper's majority, master-1 gives up after 10 s, just as its session expires; master-2 takes over. When the network heals, master-1 rejoins as a backup.",
    {
      parameters: {untilMs: 120_000},
      faults: [
        {at: 20_000, action: "partition", target: "master-1"},
        {at: 60_000, action: "heal", target: "master-1"}
      ]
    }
  ),
  "ha-kill-two-of-five": preset(
    "ha-kill-two-of-five",
    "Five masters; two of them die at 20 s, the leader among them. Three ZooKeeper servers remain, a majority of five, so master-3 takes over when the leader's session expires.",
    {masters: 5, parameters: {untilMs: 60_000}, faults: [{at: 20_000, action: "kill", target: "master-1"}, {at: 20_000, action: "kill", target: "master-2"}]}
  ),
  "ha-single-master": preset(
    "ha-single-master",
    "One master node only (no HA). It dies at 20 s and comes back at 80 s: ZooKeeper, the master and Marathon all stop, so nothing can be replaced or changed until it returns. Tasks keep running.",
    {
      masters: 1,
      parameters: {untilMs: 150_000},
      faults: [
        {at: 20_000, action: "kill", target: "master-1"},
        {at: 80_000, action: "restart", target: "master-1"}
      ]
    }
  ),
  "ha-separate-tiers": preset(
    "ha-separate-tiers", "A web tier (three instances) and a database (one instance) share agent-1, which dies at 20 s. The web tier keeps two instances serving; the single database is down until Marathon replaces it.", {
    apps: [web, {id: "db", instances: 1}],
    parameters: {untilMs: 150_000},
    faults: [{at: 20_000, action: "kill", target: "agent-1"}]
  }),
  "ha-hung-task": preset(
    "ha-hung-task", "web.2 hangs at 20 s: it runs but stops answering. Its health check fails three times in a row, the health checker kills it, and Marathon replaces it.", {
    parameters: {untilMs: 300_000},
    faults: [{at: 20_000, action: "hang", target: "web.2"}]
  }),
  "ha-hung-no-check": preset(
    "ha-hung-no-check", "The same hang without a health check: to Mesos and Marathon web.2 is running, so nobody replaces it.", {
    apps: [{...web, healthCheck: false}],
    parameters: {untilMs: 300_000},
    faults: [{at: 20_000, action: "hang", target: "web.2"}]
  }),
  "ha-marathon-failover": preset(
    "ha-marathon-failover", "marathon-1, the Marathon leader, dies at 20 s. marathon-2 takes over after the session timeout and re-registers with the same framework ID. The master keeps web's tasks running: Marathon's failover timeout is a week.", {
    parameters: {untilMs: 60_000},
    faults: [{at: 20_000, action: "kill", target: "marathon-1"}]
  }),
  "ha-failover-timeout-zero": preset(
    "ha-failover-timeout-zero",
    "The same Marathon failover with a framework failover_timeout of 0 (Mesos's own default): the master kills every web task the moment the scheduler disconnects. The new leader must start them all again.",
    {parameters: {untilMs: 60_000, failoverTimeoutS: 0}, faults: [{at: 20_000, action: "kill", target: "marathon-1"}]}
  )
};

/** The HA presets by name. */
export const haScenarios: Readonly<typeof presets> = Object.freeze(presets);

/** The name of an HA preset. */
export type HaPresetName = keyof typeof presets;

/** The scenario the simulator figure starts with. */
export const DEFAULT_HA_SCENARIO = "ha-kill-leader";
