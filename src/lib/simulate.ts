// One entry point for every simulation: `simulate(scenario, {seed, until})` runs an HA scenario
// (`kind: "ha"`) on the HA model and anything else on the Mesos offer-cycle model; `scenarios`
// holds the presets of both, under unique names.

import {parseHaScenario} from "./ha/scenario.schema.js";
import {haScenarios, runResolvedHa, type HaPresetName, type HaScenario, type HaSimulateOptions, type HaTrace} from "./ha/index.js";
import {mesosScenarios, simulateMesos, type MesosScenario, type MesosSimulateOptions, type MesosTrace} from "./mesos/index.js";

export type SimulateOptions = MesosSimulateOptions & HaSimulateOptions;

/** True for a scenario meant for the HA model. */
export function isHaScenario(scenario: unknown): scenario is HaScenario {
  return typeof scenario === "object" && scenario !== null && (scenario as {kind?: unknown}).kind === "ha";
}

/**
 * Validates and runs a scenario (throws a ScenarioError listing each problem as `path: problem`).
 * The same scenario and seed always give the same trace.
 */
export function simulate(scenario: HaScenario, options?: SimulateOptions): HaTrace;
export function simulate(scenario: MesosScenario, options?: SimulateOptions): MesosTrace;
export function simulate(scenario: unknown, options?: SimulateOptions): MesosTrace | HaTrace;
export function simulate(scenario: unknown, options: SimulateOptions = {}): MesosTrace | HaTrace {
  return isHaScenario(scenario) ? runResolvedHa(parseHaScenario(scenario), options) : simulateMesos(scenario, options);
}

function merge(): Readonly<Record<string, MesosScenario | HaScenario>> {
  const out: Record<string, MesosScenario | HaScenario> = {...mesosScenarios};
  for (const [name, scenario] of Object.entries(haScenarios)) {
    if (name in out) throw new Error(`scenarios: the name "${name}" is used by a Mesos preset and an HA preset`);
    out[name] = scenario;
  }
  return Object.freeze(out);
}

/**
 * Every preset, Mesos and HA. Typed so that a known HA name gives an HaScenario (and `simulate` an
 * HaTrace); any other name is typed as a Mesos scenario, as the Mesos presets were before.
 */
export const scenarios = merge() as Readonly<Record<string, MesosScenario>> & {readonly [K in HaPresetName]: HaScenario};
