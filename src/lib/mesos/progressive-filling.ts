// DRF by progressive filling (Ghodsi et al., "Dominant Resource Fairness", NSDI 2011): repeatedly
// give one more task to the user with the lowest dominant share, until no user's next task fits.
//
// A user whose next task does not fit is left out from then on (its dominant resource is
// exhausted), and the others keep filling: this is progressive filling, which makes the result
// Pareto efficient. In the paper's example the lowest user never gets stuck, so it is the same as
// the paper's "stop when the cluster is full".
//
// Tie-break (documented choice): at equal dominant shares, the user whose next task has the
// larger dominant share goes first ("largest task first", as in first-fit-decreasing packing),
// then the user listed first. In the paper's example this starts with B (task share 1/3 > A's 2/9),
// giving B 1/3 → A 2/9 → A 4/9 → B 2/3 → A 2/3. Any tie-break gives the same final allocation there.
// Pass `tieBreak: "order"` to use only the listing order.

import {roundScalar, type ResourceVector} from "./resources.js";

export interface DrfFillingStep {
  /** The user who got one more task. */
  readonly user: string;
  /** That user's dominant share after the task. */
  readonly share: number;
  /** Every user's dominant share after this step. */
  readonly dominantShares: Readonly<Record<string, number>>;
}

export interface DrfFillingResult {
  readonly tasks: Readonly<Record<string, number>>;
  readonly dominantShares: Readonly<Record<string, number>>;
  /** Each user's dominant resource name. */
  readonly dominantResources: Readonly<Record<string, string | undefined>>;
  /** Resources used by each user's tasks. */
  readonly used: Readonly<Record<string, Record<string, number>>>;
  /** What is left of the cluster. */
  readonly free: Readonly<Record<string, number>>;
  readonly steps: readonly DrfFillingStep[];
}

export interface DrfFillingOptions {
  /** Weighted DRF: a user's share is divided by its weight (default 1). */
  weights?: Readonly<Record<string, number>>;
  tieBreak?: "largest-task" | "order";
  /** Safety limit on steps (default 100,000). */
  maxSteps?: number;
}

function shareOf(amounts: ResourceVector, total: ResourceVector): {share: number; resource: string | undefined} {
  let share = 0;
  let resource: string | undefined;
  for (const name in total) {
    const t = total[name]!;
    if (t > 0 && (amounts[name] ?? 0) / t > share) {
      share = (amounts[name] ?? 0) / t;
      resource = name;
    }
  }
  return {share, resource};
}

function times(demand: ResourceVector, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name in demand) out[name] = roundScalar(demand[name]! * n);
  return out;
}

export function drfProgressiveFilling(
  total: ResourceVector,
  demands: Readonly<Record<string, ResourceVector>>,
  options: DrfFillingOptions = {}
): DrfFillingResult {
  const users = Object.keys(demands);
  const weight = (u: string) => options.weights?.[u] ?? 1;
  for (const u of users) {
    const d = demands[u]!;
    if (!Object.values(d).some((v) => v > 0)) throw new Error(`drfProgressiveFilling: user "${u}" demands nothing`);
    if (!(weight(u) > 0)) throw new Error(`drfProgressiveFilling: user "${u}" needs a positive weight`);
  }
  const tasks: Record<string, number> = Object.fromEntries(users.map((u) => [u, 0]));
  const taskShare = Object.fromEntries(users.map((u) => [u, shareOf(demands[u]!, total).share / weight(u)]));
  const stuck = new Set<string>();
  const used = (u: string) => times(demands[u]!, tasks[u]!);
  const shares = () => Object.fromEntries(users.map((u) => [u, shareOf(used(u), total).share / weight(u)]));
  const consumed = (): Record<string, number> => {
    const sum: Record<string, number> = {};
    for (const u of users) for (const [name, v] of Object.entries(used(u))) sum[name] = roundScalar((sum[name] ?? 0) + v);
    return sum;
  };
  const fits = (u: string, inUse: Record<string, number>) =>
    Object.entries(demands[u]!).every(([name, v]) => roundScalar((inUse[name] ?? 0) + v) <= (total[name] ?? 0));

  const steps: DrfFillingStep[] = [];
  const maxSteps = options.maxSteps ?? 100_000;
  while (steps.length < maxSteps) {
    const current = shares();
    const inUse = consumed();
    const candidates = users.filter((u) => !stuck.has(u));
    candidates.sort((a, b) => {
      if (current[a] !== current[b]) return current[a]! - current[b]!;
      if (options.tieBreak !== "order" && taskShare[a] !== taskShare[b]) return taskShare[b]! - taskShare[a]!;
      return users.indexOf(a) - users.indexOf(b);
    });
    const user = candidates.find((u) => {
      if (fits(u, inUse)) return true;
      stuck.add(u);
      return false;
    });
    if (user === undefined) break;
    tasks[user]!++;
    const after = shares();
    steps.push({user, share: after[user]!, dominantShares: after});
  }

  const inUse = consumed();
  return {
    tasks,
    dominantShares: shares(),
    dominantResources: Object.fromEntries(users.map((u) => [u, shareOf(demands[u]!, total).resource])),
    used: Object.fromEntries(users.map((u) => [u, used(u)])),
    free: Object.fromEntries(Object.keys(total).map((name) => [name, roundScalar(total[name]! - (inUse[name] ?? 0))])),
    steps
  };
}
