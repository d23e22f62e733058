// The shape of a Mesos scenario: plain JSON, small enough for a URL, checked with zod.
// All times are in milliseconds except `refuseSeconds`, which keeps Mesos's unit and name
// (Filters.refuse_seconds).

import {z} from "zod";
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

/** Fault actions the Mesos model understands. Other models (HA) add their own. */
export const MESOS_FAULT_ACTIONS = ["remove-agent", "kill-agent", "kill-task"] as const;
export type MesosFaultAction = (typeof MESOS_FAULT_ACTIONS)[number];

const positive = () =>
  z.number({error: "expected a positive number"}).positive({error: "expected a positive number"}).finite({error: "expected a positive number"});
const nonNegative = () =>
  z.number({error: "expected a number ≥ 0"}).min(0, {error: "expected a number ≥ 0"}).finite({error: "expected a number ≥ 0"});
const count = () => z.number({error: "expected a whole number ≥ 0"}).int({error: "expected a whole number ≥ 0"}).min(0, {error: "expected a whole number ≥ 0"});
const positiveInt = () => z.number({error: "expected a whole number ≥ 1"}).int({error: "expected a whole number ≥ 1"}).min(1, {error: "expected a whole number ≥ 1"});
const port = () => z.number({error: "expected a port number"}).int({error: "expected a port number"}).min(0, {error: "expected a port number"}).max(65535, {error: "expected a port number ≤ 65535"});

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const name = () =>
  z.string({error: "expected a name"}).regex(NAME, {error: "expected a name of letters, digits, '.', '_' or '-' (starting with a letter or digit)"}).max(64, {error: "expected at most 64 characters"});

/** Mesos role names (docs/roles.md): `*`, or `/`-separated parts, none empty, `.` or `..`, none starting with `-`, no whitespace or backspace. */
export function mesosRoleProblem(role: string): string | undefined {
  if (role === "*") return undefined;
  for (const part of role.split("/")) {
    if (part === "") return "expected a role name without empty parts";
    if (part === "." || part === "..") return "a role name part must not be '.' or '..'";
    if (part.startsWith("-")) return "a role name part must not start with '-'";
    if (/[\s\b\u0008]/.test(part)) return "a role name must not contain whitespace or backspace";
    if (part === "*") return "'*' is a role on its own, not part of one";
  }
  return undefined;
}

const role = () =>
  z.string({error: "expected a role name"}).superRefine((value, ctx) => {
    const problem = mesosRoleProblem(value);
    if (problem) ctx.addIssue({code: "custom", message: problem});
  });

const portRange = z
  .tuple([port(), port()], {error: "expected a port range [begin, end]"})
  .refine(([b, e]) => b <= e, {error: "expected begin ≤ end"});

export const mesosAgentResourcesSchema = z.strictObject({
  cpus: positive(),
  /** MB */
  mem: positive(),
  /** MB */
  disk: nonNegative().default(0),
  ports: z.array(portRange).default([])
});

export const mesosAgentSpecSchema = z.strictObject({
  /** With `count`, the agents are named `<id>-1` … `<id>-<count>`. */
  id: name(),
  resources: mesosAgentResourcesSchema,
  attributes: z.record(z.string(), z.union([z.string(), z.number()], {error: "expected a string or a number"})).default({}),
  /** When the agent registers with the master (ms). */
  addAt: nonNegative().default(0),
  count: positiveInt().optional()
});

const durationRange = z
  .strictObject({min: nonNegative(), max: nonNegative()})
  .refine((d) => d.min <= d.max, {error: "expected min ≤ max"});

export const mesosTaskShapeSchema = z.strictObject({
  cpus: positive(),
  mem: positive(),
  disk: nonNegative().default(0),
  /** How many ports the task needs from the offer. */
  ports: count().default(0),
  /** How long the task runs once TASK_RUNNING (ms): a number, a `{min, max}` range drawn with the seed, or null for "until the end". */
  durationMs: z.union([nonNegative(), durationRange, z.null()], {error: "expected a duration in ms, {min, max}, or null"}).default(null),
  /** How the task ends when its duration is over. */
  outcome: z.enum(["finished", "failed"], {error: "expected \"finished\" or \"failed\""}).default("finished")
});

export const mesosConstraintSchema = z.strictObject({
  attribute: z.string({error: "expected an attribute name"}).min(1, {error: "expected an attribute name"}),
  /** Without `equals`, the agent only needs to have the attribute. */
  equals: z.union([z.string(), z.number()], {error: "expected a string or a number"}).optional()
});

export const mesosFrameworkSpecSchema = z.strictObject({
  name: name(),
  role: role().default(DEFAULT_ROLE),
  /** The role's weight (all frameworks of one role must agree). */
  weight: positive().default(DEFAULT_ROLE_WEIGHT),
  /** One task shape, or a list of shapes launched in that order. */
  task: z.union([mesosTaskShapeSchema, z.array(mesosTaskShapeSchema).min(1, {error: "expected at least one task shape"})]),
  /** How many times each task shape is launched. */
  instances: count().default(1),
  /** launch: accept offers and launch tasks; decline: decline every offer; hold: never answer. */
  behaviour: z.enum(["launch", "decline", "hold"], {error: "expected \"launch\", \"decline\" or \"hold\""}).default("launch"),
  /** Filter set when declining (also for unused parts of an accepted offer). 0 sets no filter. */
  refuseSeconds: nonNegative().max(MAX_REFUSE_SECONDS, {error: `expected at most ${MAX_REFUSE_SECONDS} s (365 days)`}).default(DEFAULT_REFUSE_SECONDS),
  maxTasksPerOffer: positiveInt().optional(),
  /** SUPPRESS when nothing is left to launch; REVIVE when a lost task must be launched again. */
  suppressWhenDone: z.boolean({error: "expected true or false"}).default(false),
  /** Launch a task again after TASK_LOST. */
  relaunchLost: z.boolean({error: "expected true or false"}).default(true),
  /** Agents the framework will use: it declines offers from any other agent. */
  constraints: z.array(mesosConstraintSchema).default([]),
  subscribeAt: nonNegative().default(0),
  /** How long the scheduler takes to answer an offer or acknowledge an update (ms). */
  responseMs: nonNegative().default(DEFAULT_SCHEDULER_RESPONSE_MS)
});

export const mesosParametersSchema = z.strictObject({
  allocationIntervalMs: positive().default(DEFAULT_ALLOCATION_INTERVAL_MS),
  offerTimeoutMs: positive().nullable().default(DEFAULT_OFFER_TIMEOUT_MS),
  untilMs: nonNegative().default(DEFAULT_RUN_UNTIL_MS)
});

export const mesosFaultSchema = z.strictObject({
  at: nonNegative(),
  action: z.enum(MESOS_FAULT_ACTIONS, {error: `expected one of: ${MESOS_FAULT_ACTIONS.join(", ")}`}),
  /** An agent id (remove-agent, kill-agent) or a task id such as `spark.3` (kill-task). */
  target: z.string({error: "expected a target id"}).min(1, {error: "expected a target id"})
});

/** Settings that can change during a run (a fork of a run changes one of them at the fork time). */
export const MESOS_CHANGE_SETTINGS = ["offerTimeoutMs", "refuseSeconds", "weight"] as const;
export type MesosChangeSetting = (typeof MESOS_CHANGE_SETTINGS)[number];

/**
 * From `at` on: `--offer_timeout` (ms, null for none), one framework's `refuseSeconds`, or one
 * role's weight. `target` names the framework (refuseSeconds) or the role (weight).
 */
export const mesosChangeSchema = z.strictObject({
  at: nonNegative(),
  set: z.enum(MESOS_CHANGE_SETTINGS, {error: `expected one of: ${MESOS_CHANGE_SETTINGS.join(", ")}`}),
  target: z.string().optional(),
  value: z.union([z.number().finite().min(0), z.null()], {error: "expected a number ≥ 0 or null"})
});

export const mesosScenarioSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  seed: z.number({error: "expected a whole number"}).int({error: "expected a whole number"}).default(1),
  agents: z.array(mesosAgentSpecSchema).min(1, {error: "expected at least one agent"}),
  frameworks: z.array(mesosFrameworkSpecSchema).default([]),
  parameters: mesosParametersSchema.prefault({}),
  faults: z.array(mesosFaultSchema).default([]),
  changes: z.array(mesosChangeSchema).default([])
});

/** A scenario as written (JSON): optional fields may be left out. */
export type MesosScenario = z.input<typeof mesosScenarioSchema>;
/** A scenario after validation, every default filled in. */
export type MesosScenarioParsed = z.output<typeof mesosScenarioSchema>;
export type MesosAgentSpec = z.output<typeof mesosAgentSpecSchema>;
export type MesosFrameworkSpec = z.output<typeof mesosFrameworkSpecSchema>;
export type MesosTaskShape = z.output<typeof mesosTaskShapeSchema>;
export type MesosConstraint = z.output<typeof mesosConstraintSchema>;
export type MesosFault = z.output<typeof mesosFaultSchema>;
export type MesosParameters = z.output<typeof mesosParametersSchema>;
export type MesosChange = z.output<typeof mesosChangeSchema>;
