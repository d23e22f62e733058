// Named, workshop-ready scenarios (plain JSON). Each is small enough to live in a URL.

import type {MesosScenario} from "./scenario-schema.js";

const architectureExample: MesosScenario = {
  name: "architecture-example",
  description:
    "The worked example of Mesos's architecture document: agent-1 reports 4 CPUs and 4 GB; the allocator offers all of it to framework-1, which launches <2 CPUs, 1 GB> and <1 CPU, 2 GB>; the remaining <1 CPU, 1 GB> is offered to framework-2.",
  seed: 1,
  agents: [{id: "agent-1", resources: {cpus: 4, mem: 4096}}],
  frameworks: [
    {name: "framework-1", task: [{cpus: 2, mem: 1024}, {cpus: 1, mem: 2048}]},
    {name: "framework-2", task: {cpus: 1, mem: 1024}}
  ],
  parameters: {untilMs: 5000}
};

const drfPaper: MesosScenario = {
  name: "drf-paper",
  description:
    "The DRF paper's example on Mesos: 9 CPUs and 18 GB; user A runs <1 CPU, 4 GB> tasks, user B <3 CPUs, 1 GB>. Each takes one task per offer and declines the rest without a filter, so every batch allocation gives the next task to the role with the lower dominant share. A ends with 3 tasks, B with 2, both at a dominant share of 2/3.",
  seed: 1,
  agents: [{id: "agent-1", resources: {cpus: 9, mem: 18432}}],
  frameworks: [
    {name: "A", role: "a", task: {cpus: 1, mem: 4096}, instances: 10, maxTasksPerOffer: 1, refuseSeconds: 0},
    {name: "B", role: "b", task: {cpus: 3, mem: 1024}, instances: 10, maxTasksPerOffer: 1, refuseSeconds: 0}
  ],
  parameters: {untilMs: 8000}
};

const greedyDeclinerStarvation: MesosScenario = {
  name: "greedy-decliner-starvation",
  description:
    "greedy declines every offer with refuse_seconds 0. Holding nothing, its dominant share stays 0, so DRF puts it first at every allocation and spark, which already runs one task, never gets another offer. Try refuseSeconds 5 for greedy, or let it suppress.",
  seed: 1,
  agents: [{id: "agent-1", resources: {cpus: 8, mem: 8192}}],
  frameworks: [
    {name: "spark", role: "analytics", task: {cpus: 2, mem: 2048}, instances: 4, maxTasksPerOffer: 1},
    {name: "greedy", role: "greedy", task: {cpus: 1, mem: 1024}, behaviour: "decline", refuseSeconds: 0}
  ],
  parameters: {untilMs: 15000}
};

const weights: MesosScenario = {
  name: "weights",
  description:
    "Two roles compete for six 2-CPU agents: prod has weight 2, dev weight 1. Weighted DRF divides each role's share by its weight, so prod ends with twice dev's resources: 4 agents to 2.",
  seed: 1,
  agents: [{id: "agent", count: 6, resources: {cpus: 2, mem: 2048}}],
  frameworks: [
    {name: "prod-web", role: "prod", weight: 2, task: {cpus: 1, mem: 1024}, instances: 12},
    {name: "dev-web", role: "dev", task: {cpus: 1, mem: 1024}, instances: 12}
  ],
  parameters: {untilMs: 5000}
};

const filtersDelayReoffers: MesosScenario = {
  name: "filters-delay-reoffers",
  description:
    "Both frameworks need rack r2 and decline agent-1 (rack r1). eager declines with a 1 s filter, patient with the default 5 s: eager sees agent-1 again about every 2 s, patient about every 6 s. agent-2 (rack r2) joins at 3 s and is used at once.",
  seed: 1,
  agents: [
    {id: "agent-1", resources: {cpus: 4, mem: 4096}, attributes: {rack: "r1"}},
    {id: "agent-2", resources: {cpus: 4, mem: 4096}, attributes: {rack: "r2"}, addAt: 3000}
  ],
  frameworks: [
    {name: "eager", task: {cpus: 1, mem: 512}, instances: 2, refuseSeconds: 1, constraints: [{attribute: "rack", equals: "r2"}]},
    {name: "patient", task: {cpus: 1, mem: 512}, instances: 2, refuseSeconds: 5, constraints: [{attribute: "rack", equals: "r2"}]}
  ],
  parameters: {untilMs: 15000}
};

const offerTimeout: MesosScenario = {
  name: "offer-timeout",
  description:
    "hoarder never answers its offers. Without --offer_timeout they would stay outstanding for ever and worker would starve; with a 5 s timeout the master rescinds them and worker gets its turn.",
  seed: 1,
  agents: [{id: "agent-1", resources: {cpus: 4, mem: 4096}}],
  frameworks: [
    {name: "hoarder", task: {cpus: 1, mem: 1024}, behaviour: "hold"},
    {name: "worker", task: {cpus: 1, mem: 1024}, instances: 2}
  ],
  parameters: {offerTimeoutMs: 5000, untilMs: 15000}
};

const freePlay: MesosScenario = {
  name: "free-play",
  description:
    "A small cluster to play with: five agents on three racks, Marathon services, Spark jobs and Jenkins builds sharing it by DRF. agent-3 fails at 20 s: its offers are rescinded and its tasks are lost and launched again elsewhere.",
  seed: 42,
  agents: [
    {id: "agent-1", resources: {cpus: 4, mem: 8192, disk: 20000, ports: [[31000, 32000]]}, attributes: {rack: "r1"}},
    {id: "agent-2", resources: {cpus: 4, mem: 8192, disk: 20000, ports: [[31000, 32000]]}, attributes: {rack: "r1"}},
    {id: "agent-3", resources: {cpus: 8, mem: 16384, disk: 40000, ports: [[31000, 32000]]}, attributes: {rack: "r2"}},
    {id: "agent-4", resources: {cpus: 8, mem: 16384, disk: 40000, ports: [[31000, 32000]]}, attributes: {rack: "r2"}},
    {id: "agent-5", resources: {cpus: 2, mem: 4096, disk: 10000, ports: [[31000, 32000]]}, attributes: {rack: "r3"}}
  ],
  frameworks: [
    {name: "marathon", role: "services", task: {cpus: 1, mem: 1024, ports: 1}, instances: 6, suppressWhenDone: true},
    {name: "spark", role: "analytics", task: {cpus: 2, mem: 4096, durationMs: {min: 8000, max: 20000}}, instances: 8},
    {name: "jenkins", role: "ci", task: {cpus: 1, mem: 2048, durationMs: {min: 3000, max: 9000}}, instances: 10, constraints: [{attribute: "rack", equals: "r1"}]}
  ],
  parameters: {untilMs: 60000},
  faults: [{at: 20000, action: "kill-agent", target: "agent-3"}]
};

/** The preset scenarios by name. */
export const scenarios: Readonly<Record<string, MesosScenario>> = Object.freeze({
  "architecture-example": architectureExample,
  "drf-paper": drfPaper,
  "greedy-decliner-starvation": greedyDeclinerStarvation,
  weights,
  "filters-delay-reoffers": filtersDelayReoffers,
  "offer-timeout": offerTimeout,
  "free-play": freePlay
});

/** The same presets under a name that says whose they are. */
export const mesosScenarios = scenarios;

/** The scenario a figure starts with. */
export const DEFAULT_MESOS_SCENARIO = "free-play";
