// Big scenarios for the benchmark and the 1,000-agent figure, built rather than written out.

import type {MesosScenario} from "./scenario-schema.js";

export interface LargeMesosScenarioOptions {
  agents: number;
  frameworks: number;
  /** Roles the frameworks are spread over, round robin (default: one role per framework). */
  roles?: number;
  seed?: number;
  untilMs?: number;
  /** Per-agent resources (default 8 CPUs, 16 GB, 100 GB disk). */
  agentCpus?: number;
  agentMem?: number;
  /** Tasks per framework (default: together about 1.5 times the CPUs, so tasks keep queueing and flowing). */
  tasksPerFramework?: number;
}

/** N identical agents and M frameworks running short tasks; frameworks suppress when done. */
export function buildLargeMesosScenario(options: LargeMesosScenarioOptions): MesosScenario {
  const {agents, frameworks} = options;
  const roles = Math.max(1, Math.min(options.roles ?? frameworks, frameworks));
  const cpus = options.agentCpus ?? 8;
  const mem = options.agentMem ?? 16384;
  const tasks = options.tasksPerFramework ?? Math.max(1, Math.ceil((agents * cpus * 1.5) / Math.max(1, frameworks)));
  const pad = String(frameworks).length;
  return {
    name: `large-${agents}x${frameworks}`,
    description: `${agents} agents and ${frameworks} frameworks in ${roles} roles.`,
    seed: options.seed ?? 1,
    agents: [{id: "agent", count: agents, resources: {cpus, mem, disk: 102400}}],
    frameworks: Array.from({length: frameworks}, (_, i) => ({
      name: `fw-${String(i + 1).padStart(pad, "0")}`,
      role: `role-${(i % roles) + 1}`,
      task: {cpus: 1, mem: 1024, durationMs: {min: 5000, max: 30000}},
      instances: tasks,
      suppressWhenDone: true
    })),
    parameters: {untilMs: options.untilMs ?? 30000}
  };
}
