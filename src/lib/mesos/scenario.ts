// Validating a scenario and resolving it into the form the model runs: agents with `count`
// expanded, every framework's task shapes as a list, cross-references checked.

import {ScenarioError, scenarioProblems} from "../sim/scenario-error.js";
import {mesosChangeProblems} from "./changes.js";
import type {PortRange} from "./ports.js";
import type {MesosScalars} from "./resources.js";
import {
  mesosScenarioSchema,
  type MesosChange,
  type MesosFault,
  type MesosFrameworkSpec,
  type MesosParameters,
  type MesosScenario,
  type MesosTaskShape
} from "./scenario-schema.js";

export interface MesosResolvedAgent {
  readonly id: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly addAt: number;
}

export interface MesosResolvedFramework extends Omit<MesosFrameworkSpec, "task"> {
  /** The task shapes in launch order (each launched `instances` times). */
  readonly tasks: readonly MesosTaskShape[];
}

export interface MesosResolvedScenario {
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly agents: readonly MesosResolvedAgent[];
  readonly frameworks: readonly MesosResolvedFramework[];
  readonly parameters: MesosParameters;
  readonly faults: readonly MesosFault[];
  /** Settings changed during the run, in the order given. */
  readonly changes: readonly MesosChange[];
}

/**
 * Validates a scenario (plain JSON) and fills in every default. Throws a ScenarioError whose
 * message lists each problem on its own line as `path: problem`.
 */
export function parseMesosScenario(input: unknown): MesosResolvedScenario {
  const result = mesosScenarioSchema.safeParse(input);
  if (!result.success) throw new ScenarioError(scenarioProblems(result.error.issues));
  const s = result.data;
  const problems: string[] = [];

  const agents: MesosResolvedAgent[] = [];
  const agentIndex = new Map<string, number>();
  s.agents.forEach((spec, i) => {
    const ids = spec.count === undefined ? [spec.id] : Array.from({length: spec.count}, (_, k) => `${spec.id}-${k + 1}`);
    for (const id of ids) {
      const seen = agentIndex.get(id);
      if (seen !== undefined) problems.push(`agents[${i}].id: duplicate agent id "${id}" (also agents[${seen}])`);
      else agentIndex.set(id, i);
      const {cpus, mem, disk, ports} = spec.resources;
      agents.push({id, resources: {cpus, mem, disk}, ports, attributes: spec.attributes, addAt: spec.addAt});
    }
  });

  const frameworkIndex = new Map<string, number>();
  const roleWeight = new Map<string, {weight: number; index: number}>();
  const frameworks = s.frameworks.map((spec, i): MesosResolvedFramework => {
    const seen = frameworkIndex.get(spec.name);
    if (seen !== undefined) problems.push(`frameworks[${i}].name: duplicate framework name "${spec.name}" (also frameworks[${seen}])`);
    else frameworkIndex.set(spec.name, i);
    const other = roleWeight.get(spec.role);
    if (other && other.weight !== spec.weight) {
      problems.push(`frameworks[${i}].weight: role "${spec.role}" already has weight ${other.weight} (frameworks[${other.index}])`);
    } else if (!other) roleWeight.set(spec.role, {weight: spec.weight, index: i});
    const {task, ...rest} = spec;
    return {...rest, tasks: Array.isArray(task) ? task : [task]};
  });

  s.faults.forEach((fault, i) => {
    if (fault.action === "remove-agent" || fault.action === "kill-agent") {
      if (!agentIndex.has(fault.target)) problems.push(`faults[${i}].target: unknown agent "${fault.target}"`);
    } else if (fault.action === "kill-task") {
      const dot = fault.target.lastIndexOf(".");
      const fw = fault.target.slice(0, dot);
      if (dot < 0 || !frameworkIndex.has(fw) || !/^[1-9][0-9]*$/.test(fault.target.slice(dot + 1))) {
        problems.push(`faults[${i}].target: expected a task id "<framework>.<number>" of a known framework, got "${fault.target}"`);
      }
    }
  });

  problems.push(...mesosChangeProblems(s.changes, frameworkIndex, new Set(roleWeight.keys())));

  if (problems.length) throw new ScenarioError(problems);
  return {
    name: s.name ?? "",
    description: s.description ?? "",
    seed: s.seed,
    agents,
    frameworks,
    parameters: s.parameters,
    faults: s.faults,
    changes: s.changes
  };
}

/** Validates without throwing: the list of problems (empty when the scenario is valid). */
export function mesosScenarioProblems(input: unknown): string[] {
  try {
    parseMesosScenario(input);
    return [];
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.problems];
    throw error;
  }
}

export type {MesosScenario};
