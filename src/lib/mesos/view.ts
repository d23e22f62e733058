// What a figure reads from a state: per-agent rows, dominant shares per role and framework,
// cluster utilisation.

import {isTerminalTaskState, type MesosSimTaskState} from "./events.js";
import {addScalars, dominantResource, dominantShare, subtractScalars, ZERO_SCALARS, type MesosScalars} from "./resources.js";
import type {MesosSimState} from "./state.js";

export interface MesosAgentRow {
  readonly id: string;
  readonly active: boolean;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly total: MesosScalars;
  readonly allocated: MesosScalars;
  readonly offered: MesosScalars;
  readonly free: MesosScalars;
  /** Tasks on the agent that have not ended. */
  readonly tasks: readonly {id: string; frameworkId: string; state: MesosSimTaskState; resources: MesosScalars}[];
  /** Outstanding offers of this agent. */
  readonly offers: readonly string[];
}

export function mesosAgentRows(state: MesosSimState): MesosAgentRow[] {
  const offersByAgent = new Map<string, string[]>();
  for (const id in state.offers) {
    const agentId = state.offers[id]!.agentId;
    const list = offersByAgent.get(agentId) ?? [];
    list.push(id);
    offersByAgent.set(agentId, list);
  }
  return Object.values(state.agents).map((a) => ({
    id: a.id,
    active: a.active,
    attributes: a.attributes,
    total: a.total,
    allocated: a.allocated,
    offered: a.offered,
    free: a.active ? subtractScalars(subtractScalars(a.total, a.allocated), a.offered) : ZERO_SCALARS,
    tasks: a.taskIds
      .map((id) => state.tasks[id]!)
      .filter((t) => !isTerminalTaskState(t.state))
      .map((t) => ({id: t.id, frameworkId: t.frameworkId, state: t.state, resources: t.resources})),
    offers: offersByAgent.get(a.id) ?? []
  }));
}

export interface MesosShareRow {
  readonly id: string;
  /** Allocated (tasks) plus offered: what DRF counts. */
  readonly holding: MesosScalars;
  /** Dominant share, divided by the weight for roles. */
  readonly share: number;
  readonly dominantResource: "cpus" | "mem" | "disk" | undefined;
}

export interface MesosShares {
  readonly roles: readonly (MesosShareRow & {weight: number; frameworks: readonly string[]})[];
  readonly frameworks: readonly (MesosShareRow & {role: string})[];
}

/** Dominant shares as the allocator sees them (offered resources count until answered). */
export function mesosShares(state: MesosSimState): MesosShares {
  const frameworks = Object.values(state.frameworks).map((f) => {
    const holding = addScalars(f.allocated, f.offered);
    return {id: f.id, role: f.role, holding, share: dominantShare(holding, state.totals), dominantResource: dominantResource(holding, state.totals)};
  });
  const roles = Object.entries(state.roles).map(([id, r]) => {
    const holding = frameworks.filter((f) => f.role === id).reduce((sum, f) => addScalars(sum, f.holding), ZERO_SCALARS);
    return {
      id,
      weight: r.weight,
      frameworks: r.frameworks,
      holding,
      share: dominantShare(holding, state.totals, r.weight),
      dominantResource: dominantResource(holding, state.totals)
    };
  });
  return {roles, frameworks};
}

export interface MesosUtilisation {
  readonly total: MesosScalars;
  readonly allocated: MesosScalars;
  readonly offered: MesosScalars;
  /** allocated / total per resource (0 when the total is 0). */
  readonly allocatedFraction: MesosScalars;
  readonly offeredFraction: MesosScalars;
}

const fraction = (part: MesosScalars, total: MesosScalars): MesosScalars => ({
  cpus: total.cpus > 0 ? part.cpus / total.cpus : 0,
  mem: total.mem > 0 ? part.mem / total.mem : 0,
  disk: total.disk > 0 ? part.disk / total.disk : 0
});

/** Cluster utilisation over the active agents. */
export function mesosUtilisation(state: MesosSimState): MesosUtilisation {
  let allocated = ZERO_SCALARS;
  let offered = ZERO_SCALARS;
  for (const id in state.agents) {
    const a = state.agents[id]!;
    if (!a.active) continue;
    allocated = addScalars(allocated, a.allocated);
    offered = addScalars(offered, a.offered);
  }
  return {
    total: state.totals,
    allocated,
    offered,
    allocatedFraction: fraction(allocated, state.totals),
    offeredFraction: fraction(offered, state.totals)
  };
}
