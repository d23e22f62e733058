// Scenario validation errors shared by every simulation model: one line per problem,
// `path: problem`, e.g. `frameworks[1].task.cpus: expected a positive number`.

import type {z} from "zod";
import {formatPath} from "../data/validate.js";

export class ScenarioError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "ScenarioError";
    this.problems = problems;
  }
}

/** `frameworks[1].task.cpus`, or `(scenario)` for the whole scenario */
export function scenarioPath(path: readonly PropertyKey[]): string {
  return path.length ? formatPath(path) : "(scenario)";
}

type Issue = z.core.$ZodIssue;

function isRootTypeMismatch(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_union"));
}

/**
 * Turns zod issues into `path: message` lines. A failed union (e.g. "one task shape or a list of
 * them") is reported through the one alternative whose type matched, so the message points at the
 * field that is actually wrong.
 */
export function scenarioProblems(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union") {
      const branches = issue.errors.filter((branch) => !isRootTypeMismatch(branch));
      if (branches.length === 1) {
        out.push(...scenarioProblems(branches[0]!, path));
        continue;
      }
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push(`${scenarioPath([...path, key])}: unknown field`);
      continue;
    }
    out.push(`${scenarioPath(path)}: ${issue.message}`);
  }
  return out;
}
