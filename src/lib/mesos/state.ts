// The Mesos cluster as a figure draws it at one moment. Changed only by `applyMesosEvent`.
// Resource objects and port lists are immutable values (replaced, never edited), so copying the
// state copies only the records and the arrays that grow.

import type {MesosSimTaskState} from "./events.js";
import type {PortRange} from "./ports.js";
import {ZERO_SCALARS, type MesosScalars} from "./resources.js";

export interface MesosAgentView {
  readonly id: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly total: MesosScalars;
  readonly ports: readonly PortRange[];
  /** Used by tasks that are not yet terminal. */
  allocated: MesosScalars;
  /** Held in outstanding offers. */
  offered: MesosScalars;
  active: boolean;
  readonly addedAt: number;
  removedAt: number | null;
  /** Every task placed on this agent, in launch order. */
  taskIds: string[];
}

export interface MesosFrameworkView {
  readonly id: string;
  readonly role: string;
  /** The role's weight. */
  weight: number;
  allocated: MesosScalars;
  offered: MesosScalars;
  suppressed: boolean;
  /** Tasks waiting to be launched. */
  pending: number;
  launched: number;
  readonly subscribedAt: number;
}

export interface MesosOfferView {
  readonly id: string;
  readonly agentId: string;
  readonly frameworkId: string;
  readonly role: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
  readonly offeredAt: number;
}

export interface MesosTaskView {
  readonly id: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
  state: MesosSimTaskState;
  readonly launchedAt: number;
  updatedAt: number;
  /** The last state the scheduler acknowledged. */
  acknowledged: MesosSimTaskState | null;
  history: {state: MesosSimTaskState; time: number}[];
}

export interface MesosFilterView {
  readonly id: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface MesosRoleView {
  weight: number;
  frameworks: string[];
}

export interface MesosSimState {
  /** Time of the last event applied (ms). */
  time: number;
  agents: Record<string, MesosAgentView>;
  frameworks: Record<string, MesosFrameworkView>;
  roles: Record<string, MesosRoleView>;
  /** Outstanding offers. */
  offers: Record<string, MesosOfferView>;
  tasks: Record<string, MesosTaskView>;
  /** Active refused-offer filters. */
  filters: Record<string, MesosFilterView>;
  /** Sum over active agents. */
  totals: MesosScalars;
  counters: {allocations: number; offers: number; accepts: number; declines: number; rescinds: number; launches: number};
}

export function initialMesosSimState(): MesosSimState {
  return {
    time: 0,
    agents: {},
    frameworks: {},
    roles: {},
    offers: {},
    tasks: {},
    filters: {},
    totals: ZERO_SCALARS,
    counters: {allocations: 0, offers: 0, accepts: 0, declines: 0, rescinds: 0, launches: 0}
  };
}

function mapValues<T>(record: Record<string, T>, f: (value: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key in record) out[key] = f(record[key]!);
  return out;
}

/** Records in the state (agents, frameworks, tasks, offers, filters): how big a copy is. */
export function mesosSimStateSize(s: MesosSimState): number {
  let n = 0;
  for (const record of [s.agents, s.frameworks, s.offers, s.tasks, s.filters]) for (const _ in record) n++;
  return n;
}

/** A deep copy (immutable values shared). */
export function cloneMesosSimState(s: MesosSimState): MesosSimState {
  return {
    time: s.time,
    agents: mapValues(s.agents, (a) => ({...a, taskIds: a.taskIds.slice()})),
    frameworks: mapValues(s.frameworks, (f) => ({...f})),
    roles: mapValues(s.roles, (r) => ({...r, frameworks: r.frameworks.slice()})),
    offers: {...s.offers},
    tasks: mapValues(s.tasks, (t) => ({...t, history: t.history.slice()})),
    filters: {...s.filters},
    totals: s.totals,
    counters: {...s.counters}
  };
}
