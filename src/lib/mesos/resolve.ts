// Running a scenario without the zod validator, for pages: zod alone is about 90 KB (gzip), a third
// of a page's JavaScript budget. `resolveMesosScenario` fills in the same defaults as
// scenario-schema.ts and checks what a figure's form can get wrong (numbers, names, roles, role
// weights, fault targets); tests/lib/mesos/resolve.test.ts checks that it gives exactly what
// `parseMesosScenario` gives on every preset. Loaders and tests keep using `simulate`.

import {runSimulation} from "../sim/simulation.js";
import {
  DEFAULT_ALLOCATION_INTERVAL_MS,
  DEFAULT_OFFER_TIMEOUT_MS,
  DEFAULT_REFUSE_SECONDS,
  DEFAULT_ROLE,
  DEFAULT_ROLE_WEIGHT,
  DEFAULT_RUN_UNTIL_MS,
  DEFAULT_SCHEDULER_RESPONSE_MS,
  MAX_REFUSE_SECONDS
} from "./constants.js";
import {createMesosModel} from "./model.js";
import type {MesosResolvedAgent, MesosResolvedFramework, MesosResolvedScenario} from "./scenario.js";
import {mesosChangeProblems} from "./changes.js";
import type {MesosChange, MesosFault, MesosScenario, MesosTaskShape} from "./scenario-schema.js";
import type {MesosTrace} from "./simulate.js";

/** A scenario the light resolver refuses: one `path: problem` line per problem. */
export class MesosScenarioProblems extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "MesosScenarioProblems";
    this.problems = problems;
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const FAULTS = ["remove-agent", "kill-agent", "kill-task"];
const CHANGES = ["offerTimeoutMs", "refuseSeconds", "weight"];

/** Mesos role names (docs/roles.md), as scenario-schema.ts checks them. */
function roleProblem(role: string): string | undefined {
  if (role === "*") return undefined;
  for (const part of role.split("/")) {
    if (part === "") return "expected a role name without empty parts";
    if (part === "." || part === "..") return "a role name part must not be '.' or '..'";
    if (part.startsWith("-")) return "a role name part must not start with '-'";
    if (/[\s\u0008]/.test(part)) return "a role name must not contain whitespace or backspace";
    if (part === "*") return "'*' is a role on its own, not part of one";
  }
  return undefined;
}

/** Validates the fields a figure lets a reader change and fills in every default. Throws MesosScenarioProblems. */
export function resolveMesosScenario(input: MesosScenario): MesosResolvedScenario {
  const problems: string[] = [];
  const positive = (path: string, v: unknown) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) problems.push(`${path}: expected a positive number`);
  };
  const atLeast0 = (path: string, v: unknown) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) problems.push(`${path}: expected a number ≥ 0`);
  };
  const whole = (path: string, v: unknown, min: number) => {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min) problems.push(`${path}: expected a whole number ≥ ${min}`);
  };
  const name = (path: string, v: unknown) => {
    if (typeof v !== "string" || !NAME.test(v) || v.length > 64)
      problems.push(`${path}: expected a name of letters, digits, '.', '_' or '-' (starting with a letter or digit)`);
  };

  if (!input.agents?.length) problems.push("agents: expected at least one agent");
  const agents: MesosResolvedAgent[] = [];
  const agentIds = new Set<string>();
  (input.agents ?? []).forEach((spec, i) => {
    const at = `agents[${i}]`;
    name(`${at}.id`, spec.id);
    positive(`${at}.resources.cpus`, spec.resources.cpus);
    positive(`${at}.resources.mem`, spec.resources.mem);
    if (spec.resources.disk !== undefined) atLeast0(`${at}.resources.disk`, spec.resources.disk);
    if (spec.addAt !== undefined) atLeast0(`${at}.addAt`, spec.addAt);
    if (spec.count !== undefined) whole(`${at}.count`, spec.count, 1);
    const ids = spec.count === undefined ? [spec.id] : Array.from({length: Math.max(0, Math.trunc(spec.count))}, (_, k) => `${spec.id}-${k + 1}`);
    for (const id of ids) {
      if (agentIds.has(id)) problems.push(`${at}.id: duplicate agent id "${id}"`);
      agentIds.add(id);
      agents.push({
        id,
        resources: {cpus: spec.resources.cpus, mem: spec.resources.mem, disk: spec.resources.disk ?? 0},
        ports: (spec.resources.ports ?? []) as MesosResolvedAgent["ports"],
        attributes: spec.attributes ?? {},
        addAt: spec.addAt ?? 0
      });
    }
  });

  const frameworkNames = new Set<string>();
  const roleWeight = new Map<string, number>();
  const frameworks = (input.frameworks ?? []).map((spec, i): MesosResolvedFramework => {
    const at = `frameworks[${i}]`;
    name(`${at}.name`, spec.name);
    if (frameworkNames.has(spec.name)) problems.push(`${at}.name: duplicate framework name "${spec.name}"`);
    frameworkNames.add(spec.name);
    const role = spec.role ?? DEFAULT_ROLE;
    const weight = spec.weight ?? DEFAULT_ROLE_WEIGHT;
    const rp = typeof role === "string" ? roleProblem(role) : "expected a role name";
    if (rp) problems.push(`${at}.role: ${rp}`);
    positive(`${at}.weight`, weight);
    const other = roleWeight.get(role);
    if (other !== undefined && other !== weight) problems.push(`${at}.weight: role "${role}" already has weight ${other}`);
    else roleWeight.set(role, weight);
    const shapes = Array.isArray(spec.task) ? spec.task : [spec.task];
    if (!shapes.length) problems.push(`${at}.task: expected at least one task shape`);
    const tasks = shapes.map((t, k): MesosTaskShape => {
      const tp = Array.isArray(spec.task) ? `${at}.task[${k}]` : `${at}.task`;
      positive(`${tp}.cpus`, t.cpus);
      positive(`${tp}.mem`, t.mem);
      return {cpus: t.cpus, mem: t.mem, disk: t.disk ?? 0, ports: t.ports ?? 0, durationMs: t.durationMs ?? null, outcome: t.outcome ?? "finished"};
    });
    const instances = spec.instances ?? 1;
    whole(`${at}.instances`, instances, 0);
    const refuseSeconds = spec.refuseSeconds ?? DEFAULT_REFUSE_SECONDS;
    atLeast0(`${at}.refuseSeconds`, refuseSeconds);
    if (refuseSeconds > MAX_REFUSE_SECONDS) problems.push(`${at}.refuseSeconds: expected at most ${MAX_REFUSE_SECONDS} s (365 days)`);
    const behaviour = spec.behaviour ?? "launch";
    if (!["launch", "decline", "hold"].includes(behaviour)) problems.push(`${at}.behaviour: expected "launch", "decline" or "hold"`);
    if (spec.maxTasksPerOffer !== undefined) whole(`${at}.maxTasksPerOffer`, spec.maxTasksPerOffer, 1);
    return {
      name: spec.name,
      role,
      weight,
      instances,
      behaviour,
      refuseSeconds,
      suppressWhenDone: spec.suppressWhenDone ?? false,
      relaunchLost: spec.relaunchLost ?? true,
      constraints: (spec.constraints ?? []) as MesosResolvedFramework["constraints"],
      subscribeAt: spec.subscribeAt ?? 0,
      responseMs: spec.responseMs ?? DEFAULT_SCHEDULER_RESPONSE_MS,
      ...(spec.maxTasksPerOffer === undefined ? {} : {maxTasksPerOffer: spec.maxTasksPerOffer}),
      tasks
    };
  });

  const faults: MesosFault[] = (input.faults ?? []).map((f, i) => {
    atLeast0(`faults[${i}].at`, f.at);
    if (!FAULTS.includes(f.action)) problems.push(`faults[${i}].action: expected one of: ${FAULTS.join(", ")}`);
    else if (f.action !== "kill-task" && !agentIds.has(f.target)) problems.push(`faults[${i}].target: unknown agent "${f.target}"`);
    return {at: f.at, action: f.action, target: f.target};
  });

  const p = input.parameters ?? {};
  const parameters = {
    allocationIntervalMs: p.allocationIntervalMs ?? DEFAULT_ALLOCATION_INTERVAL_MS,
    offerTimeoutMs: p.offerTimeoutMs === undefined ? DEFAULT_OFFER_TIMEOUT_MS : p.offerTimeoutMs,
    untilMs: p.untilMs ?? DEFAULT_RUN_UNTIL_MS
  };
  positive("parameters.allocationIntervalMs", parameters.allocationIntervalMs);
  atLeast0("parameters.untilMs", parameters.untilMs);
  if (parameters.offerTimeoutMs !== null) positive("parameters.offerTimeoutMs", parameters.offerTimeoutMs);

  const changes: MesosChange[] = (input.changes ?? []).map((c, i) => {
    atLeast0(`changes[${i}].at`, c.at);
    if (!CHANGES.includes(c.set)) problems.push(`changes[${i}].set: expected one of: ${CHANGES.join(", ")}`);
    if (c.value !== null && (typeof c.value !== "number" || !Number.isFinite(c.value) || c.value < 0)) problems.push(`changes[${i}].value: expected a number ≥ 0 or null`);
    return c.target === undefined ? {at: c.at, set: c.set, value: c.value} : {at: c.at, set: c.set, target: c.target, value: c.value};
  });
  problems.push(...mesosChangeProblems(changes, frameworkNames, new Set(roleWeight.keys())));

  if (problems.length) throw new MesosScenarioProblems(problems);
  return {name: input.name ?? "", description: input.description ?? "", seed: input.seed ?? 1, agents, frameworks, parameters, faults, changes};
}

export interface MesosRunOptions {
  seed?: number;
  until?: number;
}

/** Runs a resolved scenario: the same trace `simulate` gives for the scenario it came from. */
export function simulateResolvedMesos(resolved: MesosResolvedScenario, options: MesosRunOptions = {}): MesosTrace {
  const seed = options.seed ?? resolved.seed;
  const until = options.until ?? resolved.parameters.untilMs;
  const trace = runSimulation(createMesosModel({...resolved, seed}), {seed, until});
  return Object.assign(trace, {scenario: {...resolved, seed}});
}

/** Resolves (light validation) and runs: for pages, which must not ship zod. */
export function runMesosScenario(input: MesosScenario, options: MesosRunOptions = {}): MesosTrace {
  return simulateResolvedMesos(resolveMesosScenario(input), options);
}
