// The per-run machinery of the Mesos model, shared by its handlers: the allocator, each
// framework's queue of tasks still to launch, id counters, and a typed `emit`.

import type {SimContext} from "../sim/simulation.js";
import type {MesosAllocator} from "./allocator.js";
import type {MesosAllocationTrigger, MesosEventData, MesosEventKind, MesosSimTaskState, MesosTraceEvent} from "./events.js";
import type {MesosResolvedAgent, MesosResolvedFramework, MesosResolvedScenario} from "./scenario.js";
import type {MesosTaskShape} from "./scenario-schema.js";
import type {MesosSimState} from "./state.js";

/** Work the loop runs later. Jobs are internal; what learners see are the trace events. */
export type MesosJob =
  | {readonly type: "add-agent"; readonly agentId: string}
  | {readonly type: "subscribe"; readonly frameworkId: string}
  | {readonly type: "batch"}
  | {readonly type: "allocate"}
  | {readonly type: "respond"; readonly offerId: string}
  | {readonly type: "offer-timeout"; readonly offerId: string; readonly timeoutMs: number}
  | {readonly type: "filter-expire"; readonly frameworkId: string; readonly agentId: string; readonly filterId: string}
  | {readonly type: "task-step"; readonly taskId: string; readonly to: MesosSimTaskState}
  | {readonly type: "ack"; readonly taskId: string; readonly state: MesosSimTaskState; readonly uuid: string}
  | {readonly type: "fault"; readonly index: number}
  | {readonly type: "change"; readonly index: number};

/** Same-time ordering: a batch allocation runs before a filter due at that instant expires (MESOS-4302). */
export const FILTER_EXPIRY_PRIORITY = 1;

export interface MesosFrameworkRuntime {
  /** Replaced (not mutated) when a change sets its refuse_seconds. */
  spec: MesosResolvedFramework;
  /** Tasks still to launch, in order. */
  readonly pending: MesosTaskShape[];
  /** Shape of every launched task, by task id (for relaunching after TASK_LOST). */
  readonly shapes: Map<string, MesosTaskShape>;
  nextTaskNumber: number;
}

export interface MesosRuntime {
  readonly scenario: MesosResolvedScenario;
  readonly ctx: SimContext<MesosSimState, MesosJob, MesosTraceEvent>;
  readonly allocator: MesosAllocator;
  readonly agents: ReadonlyMap<string, MesosResolvedAgent>;
  readonly frameworks: Map<string, MesosFrameworkRuntime>;
  /** An event-triggered allocation waiting to run (Mesos coalesces them). */
  pendingAllocation: {handle: number; trigger: MesosAllocationTrigger; agents: Set<string> | null} | null;
  /** `--offer_timeout` now (a change may set it during the run). */
  offerTimeoutMs: number | null;
  nextOfferId: number;
  nextFilterId: number;
  nextUpdateId: number;
}

export function emit<K extends MesosEventKind>(
  rt: MesosRuntime,
  kind: K,
  actors: readonly string[],
  explain: string,
  data: MesosEventData[K]
): void {
  rt.ctx.emit({kind, actors, explain, data} as never);
}
