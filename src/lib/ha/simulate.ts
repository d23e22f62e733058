// runHa(scenario, {seed, until}): resolve an HA scenario (no zod: see scenario.schema.ts for the
// validating parse that `simulate` in src/lib/simulate.ts uses), run the model, return its trace.

import {runSimulation} from "../sim/simulation.js";
import type {SimTrace} from "../sim/trace.js";
import type {HaTraceEvent} from "./events.js";
import {createHaModel} from "./model.js";
import {resolveHaScenario, type HaResolvedScenario, type HaScenario} from "./scenario.js";
import type {HaState} from "./state.js";

export interface HaSimulateOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Virtual time to run to, in ms. Overrides the scenario's `parameters.untilMs`. */
  until?: number;
  checkpointEvery?: number;
  maxEvents?: number;
}

/** An HA run: events, `stateAt(time)`, `endTime`, plus the resolved scenario it ran. */
export type HaTrace = SimTrace<HaState, HaTraceEvent> & {readonly scenario: HaResolvedScenario};

/** Runs an already resolved scenario. */
export function runResolvedHa(resolved: HaResolvedScenario, options: HaSimulateOptions = {}): HaTrace {
  const seed = options.seed ?? resolved.seed;
  const until = options.until ?? resolved.parameters.untilMs;
  const trace = runSimulation(createHaModel(resolved), {
    seed,
    until,
    ...(options.checkpointEvery === undefined ? {} : {checkpointEvery: options.checkpointEvery}),
    ...(options.maxEvents === undefined ? {} : {maxEvents: options.maxEvents})
  });
  return Object.assign(trace, {scenario: {...resolved, seed}});
}

/**
 * Runs a scenario whose shape is trusted (a preset, or one a figure built). Cross-references are
 * still checked (ScenarioError). The same scenario and seed always give the same trace.
 */
export function runHa(scenario: HaScenario, options: HaSimulateOptions = {}): HaTrace {
  return runResolvedHa(resolveHaScenario(scenario), options);
}
