// Settings that change during a run: the fork of a run is the same scenario with one change at the
// fork time. Checked here without zod, so pages can use it (scenario.ts and resolve.ts both call it).

import {MAX_REFUSE_SECONDS} from "./constants.js";
import type {MesosChange} from "./scenario-schema.js";

/** Cross-checks of a change list: the framework or role it names exists, the value suits the setting. */
export function mesosChangeProblems(changes: readonly MesosChange[], frameworks: {has(name: string): boolean}, roles: {has(role: string): boolean}): string[] {
  const problems: string[] = [];
  changes.forEach((c, i) => {
    const at = `changes[${i}]`;
    if (c.set === "refuseSeconds") {
      if (c.target === undefined || !frameworks.has(c.target)) problems.push(`${at}.target: unknown framework "${c.target ?? ""}"`);
      if (c.value === null || c.value > MAX_REFUSE_SECONDS) problems.push(`${at}.value: expected refuse_seconds from 0 to ${MAX_REFUSE_SECONDS}`);
    } else if (c.set === "weight") {
      if (c.target === undefined || !roles.has(c.target)) problems.push(`${at}.target: unknown role "${c.target ?? ""}"`);
      if (c.value === null || !(c.value > 0)) problems.push(`${at}.value: expected a weight above 0`);
    } else if (c.value !== null && !(c.value > 0)) problems.push(`${at}.value: expected an offer timeout above 0 ms, or null for none`);
  });
  return problems;
}

