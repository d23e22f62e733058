// Benchmark: one allocation round of the hierarchical DRF allocator (Node, one core).
// Budget (DESIGN.md): 10,000 agents × 100 frameworks ≤ 20 ms median.
// Prints one JSON line per case: {"name","agents","frameworks","medianMs"}.
//
// Each sample starts from the same cluster with every agent free, then times `allocate()` over all
// agents: shuffle, walk roles and frameworks in DRF order, offer each agent to one framework and
// keep the sorters sorted. Setup and resetting between samples are not timed.

import {performance} from "node:perf_hooks";
import {MesosAllocator, SeededRandom, buildLargeMesosScenario, parseMesosScenario, type MesosAllocation} from "../src/lib/index.js";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 21);
const WARMUP = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function benchRound(agents: number, frameworks: number): number {
  const scenario = parseMesosScenario(buildLargeMesosScenario({agents, frameworks}));
  const allocator = new MesosAllocator({random: new SeededRandom(scenario.seed)});
  for (const agent of scenario.agents) allocator.addAgent(agent.id, agent.resources, agent.ports);
  for (const fw of scenario.frameworks) allocator.addFramework(fw.name, fw.role, fw.weight);
  // Some history, so shares differ: a first round, then give everything back.
  let previous: readonly MesosAllocation[] = allocator.allocate();
  const times: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const a of previous) allocator.recover(a.frameworkId, a.agentId, a.resources, a.ports);
    allocator.roleOrder(); // settle the sorters after recovering, outside the timed part
    const start = performance.now();
    previous = allocator.allocate();
    const elapsed = performance.now() - start;
    if (previous.length !== agents) throw new Error(`expected ${agents} offers, got ${previous.length}`);
    if (i >= WARMUP) times.push(elapsed);
  }
  return median(times);
}

for (const agents of [1000, 10_000]) {
  for (const frameworks of [10, 100]) {
    const medianMs = Math.round(benchRound(agents, frameworks) * 1000) / 1000;
    console.log(JSON.stringify({name: "allocation-round", agents, frameworks, medianMs}));
  }
}
