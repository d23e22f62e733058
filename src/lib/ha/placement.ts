// Where Marathon may place a new instance: an agent the leading master offers (registered,
// reachable, not unreachable) with enough free CPUs, satisfying the app's constraints as Marathon
// checks them (mesosphere/marathon Constraints.scala). Offers are taken in agent order.

import type {HaConstraint, HaResolvedApp} from "./scenario.js";
import type {HaState, HaTaskView} from "./state.js";
import {canTalk} from "./topology.js";

/** CPUs in use on an agent: tasks of its current incarnation that run or are starting. */
export function usedCpus(s: HaState, agentId: string, cpusOf: (appId: string) => number): number {
  const a = s.agents[agentId]!;
  let used = 0;
  for (const t of Object.values(s.tasks)) {
    if (t.agentId !== agentId || t.incarnation !== a.incarnation) continue;
    if (t.running || t.state === "TASK_STAGING" || t.state === "TASK_STARTING") used += cpusOf(t.appId);
  }
  return used;
}

function fieldValue(s: HaState, field: HaConstraint[0], agentId: string): string {
  return field === "hostname" ? agentId : s.agents[agentId]!.zone;
}

/**
 * UNIQUE: no instance already has this value. GROUP_BY (count n, default 0): accept a value not
 * used yet; a used value only if at least n values are in use and this one has the fewest
 * instances. Without n, Marathon only knows the values it has seen, which is why its docs ask for it.
 */
export function constraintAllows(s: HaState, c: HaConstraint, agentId: string, placed: readonly HaTaskView[]): boolean {
  const [field, operator, value] = c;
  const mine = fieldValue(s, field, agentId);
  const counts = new Map<string, number>();
  for (const t of placed) {
    const v = fieldValue(s, field, t.agentId);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  if (operator === "UNIQUE") return !counts.has(mine);
  const minimum = Math.max(0, Number(value ?? 0));
  const count = counts.get(mine);
  if (count === undefined) return true;
  const fewest = Math.min(...counts.values());
  return counts.size >= minimum && count === fewest;
}

/** The first agent (in agent order) that can take one more instance of `app`, or null with the reason. */
export function placeInstance(
  s: HaState,
  app: HaResolvedApp,
  master: string,
  agentOrder: readonly string[],
  cpusOf: (appId: string) => number
): {agentId: string} | {agentId: null; reason: string} {
  const placed = s.apps[app.id]!.taskIds.map((id) => s.tasks[id]!);
  let offered = 0;
  let roomy = 0;
  for (const id of agentOrder) {
    const a = s.agents[id]!;
    if (!s.processes[id]!.up || a.registeredWith !== master || a.unreachable || !canTalk(s, master, id)) continue;
    offered++;
    if (a.cpus - usedCpus(s, id, cpusOf) < app.cpus) continue;
    roomy++;
    if (app.constraints.every((c) => constraintAllows(s, c, id, placed))) return {agentId: id};
  }
  const reason =
    offered === 0
      ? `${master} offers no agent`
      : roomy === 0
        ? `no offered agent has ${app.cpus} CPU${app.cpus === 1 ? "" : "s"} free`
        : `no offered agent satisfies ${app.constraints.map((c) => c.join(":")).join(" and ")}`;
  return {agentId: null, reason};
}
