// simulate(scenario, {seed, until}): validate a scenario, run the Mesos model, return its trace.

import {runSimulation} from "../sim/simulation.js";
import type {SimTrace} from "../sim/trace.js";
import type {MesosTraceEvent} from "./events.js";
import {createMesosModel} from "./model.js";
import {parseMesosScenario, type MesosResolvedScenario} from "./scenario.js";
import type {MesosSimState} from "./state.js";

export interface MesosSimulateOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Virtual time to run to, in ms. Overrides the scenario's `parameters.untilMs`. */
  until?: number;
  /** Events between checkpoints (default 256): smaller seeks faster, larger saves memory. */
  checkpointEvery?: number;
  maxEvents?: number;
}

/** A Mesos run: events, `stateAt(time)`, `endTime`, plus the resolved scenario it ran. */
export type MesosTrace = SimTrace<MesosSimState, MesosTraceEvent> & {readonly scenario: MesosResolvedScenario};

/**
 * Runs a scenario (plain JSON, validated; throws a ScenarioError listing each problem) and returns
 * its trace. The same scenario and seed always give the same trace.
 */
export function simulate(scenario: unknown, options: MesosSimulateOptions = {}): MesosTrace {
  const resolved = parseMesosScenario(scenario);
  const seed = options.seed ?? resolved.seed;
  const until = options.until ?? resolved.parameters.untilMs;
  const trace = runSimulation(createMesosModel({...resolved, seed}), {
    seed,
    until,
    ...(options.checkpointEvery === undefined ? {} : {checkpointEvery: options.checkpointEvery}),
    ...(options.maxEvents === undefined ? {} : {maxEvents: options.maxEvents})
  });
  return Object.assign(trace, {scenario: {...resolved, seed}});
}
