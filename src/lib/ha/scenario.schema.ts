// The zod schema of an HA scenario: shapes and ranges, with messages that name the field.
// Kept apart from the model so pages that only run their own presets do not ship zod.

import {z} from "zod";
import {ScenarioError, scenarioProblems} from "../sim/scenario-error.js";
import {
  MAX_AGENT_PING_TIMEOUT_MS,
  MIN_AGENT_PING_TIMEOUT_MS,
  ZK_MAX_SESSION_TIMEOUT_MS,
  ZK_MIN_SESSION_TIMEOUT_MS,
  ZK_TICK_TIME_MS
} from "./constants.js";
import {HA_CHANGE_SETTINGS, HA_FAULT_ACTIONS, resolveHaScenario, type HaResolvedScenario, type HaScenario} from "./scenario.js";

const int = (min: number, max: number, what = "a whole number") =>
  z
    .number({error: `expected ${what}`})
    .int({error: `expected ${what}`})
    .min(min, {error: `expected ${what} ≥ ${min}`})
    .max(max, {error: `expected ${what} ≤ ${max}`});
const ms = (min: number, max: number) =>
  z.number({error: "expected a time in ms"}).finite({error: "expected a time in ms"}).min(min, {error: `expected at least ${min} ms`}).max(max, {error: `expected at most ${max} ms`});
const name = () =>
  z
    .string({error: "expected a name"})
    .regex(/^[a-z0-9][a-z0-9-]*$/, {error: "expected a name of lower-case letters, digits and '-'"})
    .max(32, {error: "expected at most 32 characters"});

const constraintSchema = z.union(
  [
    z.tuple([z.enum(["hostname", "zone"]), z.literal("UNIQUE")]),
    z.tuple([z.enum(["hostname", "zone"]), z.literal("GROUP_BY")]),
    z.tuple([z.enum(["hostname", "zone"]), z.literal("GROUP_BY"), z.string().regex(/^[1-9][0-9]?$/, {error: "expected a group count such as \"3\""})])
  ],
  {error: 'expected ["hostname" or "zone", "UNIQUE"] or ["zone", "GROUP_BY"] with an optional count'}
);

const appSchema = z.strictObject({
  id: name(),
  instances: int(0, 50, "a whole number of instances"),
  cpus: z.number({error: "expected CPUs"}).positive({error: "expected CPUs > 0"}).max(64, {error: "expected at most 64 CPUs"}).optional(),
  constraints: z.array(constraintSchema).max(4).optional(),
  healthCheck: z.boolean({error: "expected true or false"}).optional()
});

const parametersSchema = z.strictObject({
  zkSessionTimeoutMs: ms(ZK_MIN_SESSION_TIMEOUT_MS, ZK_MAX_SESSION_TIMEOUT_MS)
    .describe(`ZooKeeper negotiates the session timeout into [2, 20] × tickTime (${ZK_TICK_TIME_MS} ms)`)
    .optional(),
  agentPingTimeoutMs: ms(MIN_AGENT_PING_TIMEOUT_MS, MAX_AGENT_PING_TIMEOUT_MS).optional(),
  maxAgentPingTimeouts: int(1, 100).optional(),
  agentReregisterTimeoutMs: ms(600_000, 86_400_000).optional(),
  failoverTimeoutS: z.number({error: "expected seconds"}).min(0, {error: "expected seconds ≥ 0"}).max(31_536_000, {error: "expected at most a year"}).optional(),
  partitionAware: z.boolean({error: "expected true or false"}).optional(),
  untilMs: ms(0, 3_600_000).optional()
});

const faultSchema = z.strictObject({
  at: ms(0, 3_600_000),
  action: z.enum(HA_FAULT_ACTIONS, {error: `expected one of: ${HA_FAULT_ACTIONS.join(", ")}`}),
  target: z.string({error: "expected a target such as master-1"}).min(1, {error: "expected a target such as master-1"}).max(40)
});

export const haScenarioSchema = z.strictObject({
  kind: z.literal("ha", {error: 'expected "ha"'}),
  name: z.string().max(80).optional(),
  description: z.string().max(2000).optional(),
  seed: z.number({error: "expected a whole number"}).int({error: "expected a whole number"}).optional(),
  masters: z.union([z.literal(1), z.literal(3), z.literal(5)], {error: "expected 1, 3 or 5 masters"}).optional(),
  zones: z.array(name()).min(1, {error: "expected at least one zone"}).max(6, {error: "expected at most 6 zones"}).optional(),
  agents: z.strictObject({count: int(1, 30, "a whole number of agents"), cpus: z.number().positive().max(256).optional()}).optional(),
  apps: z.array(appSchema).max(6).optional(),
  parameters: parametersSchema.optional(),
  faults: z.array(faultSchema).max(40, {error: "expected at most 40 faults"}).optional(),
  changes: z.array(z.strictObject({at: ms(0, 3_600_000), set: z.enum(HA_CHANGE_SETTINGS), value: ms(4000, 40_000)})).max(10).optional()
}) satisfies z.ZodType<HaScenario>;

/** Validates an HA scenario (plain JSON) and resolves it. Throws a ScenarioError listing each problem as `path: problem`. */
export function parseHaScenario(input: unknown): HaResolvedScenario {
  const result = haScenarioSchema.safeParse(input);
  if (!result.success) throw new ScenarioError(scenarioProblems(result.error.issues));
  return resolveHaScenario(result.data as HaScenario);
}

/** The problems of a scenario, one per line; empty when it is valid. */
export function haScenarioProblems(input: unknown): string[] {
  try {
    parseHaScenario(input);
    return [];
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.problems];
    throw error;
  }
}
