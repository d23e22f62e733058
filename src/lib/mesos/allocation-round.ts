// Running the allocator: periodic batch allocations and event-triggered ones, each ending in offers.

import {explainAllocation, explainOffer} from "./explain.js";
import type {MesosAllocationTrigger} from "./events.js";
import {emit, type MesosRuntime} from "./runtime.js";

/** Asks for an allocation over `agents` (null: every agent) as soon as possible; requests made at the same moment are merged. */
export function requestAllocation(rt: MesosRuntime, trigger: MesosAllocationTrigger, agents: readonly string[] | null): void {
  const pending = rt.pendingAllocation;
  if (pending) {
    if (agents === null) pending.agents = null;
    else if (pending.agents) for (const id of agents) pending.agents.add(id);
    return;
  }
  const handle = rt.ctx.after(0, {type: "allocate"});
  rt.pendingAllocation = {handle, trigger, agents: agents === null ? null : new Set(agents)};
}

/** The batch timer: allocate over every agent, absorbing any triggered allocation that is waiting. */
export function runBatchAllocation(rt: MesosRuntime): void {
  if (rt.pendingAllocation) {
    rt.ctx.cancel(rt.pendingAllocation.handle);
    rt.pendingAllocation = null;
  }
  runAllocation(rt, "batch", null);
  rt.ctx.after(rt.scenario.parameters.allocationIntervalMs, {type: "batch"});
}

export function runPendingAllocation(rt: MesosRuntime): void {
  const pending = rt.pendingAllocation;
  if (!pending) return;
  rt.pendingAllocation = null;
  runAllocation(rt, pending.trigger, pending.agents ? [...pending.agents] : null);
}

function runAllocation(rt: MesosRuntime, trigger: MesosAllocationTrigger, agents: readonly string[] | null): void {
  const {allocator, ctx} = rt;
  const candidates = (agents ?? allocator.agentIds()).filter((id) => allocator.hasAgent(id));
  const allocatable = candidates.filter((id) => allocator.isAgentAllocatable(id)).length;
  const roleOrder = allocator.roleOrder();
  emit(rt, "allocation", ["allocator"], explainAllocation(trigger, allocatable, candidates.length, roleOrder), {
    trigger,
    candidates: candidates.length,
    allocatable,
    roleOrder
  });
  if (!allocatable) return;
  const timeout = rt.offerTimeoutMs;
  for (const a of allocator.allocate(candidates)) {
    const offerId = `o-${rt.nextOfferId++}`;
    const roleFrameworks = ctx.state.roles[a.role]?.frameworks.length ?? 1;
    emit(rt, "offer", ["allocator", a.agentId, a.frameworkId], explainOffer({...a, roleFrameworks}), {
      offerId,
      agentId: a.agentId,
      frameworkId: a.frameworkId,
      role: a.role,
      resources: a.resources,
      ports: a.ports,
      roleShare: a.roleShare,
      frameworkShare: a.frameworkShare,
      lowest: a.lowest,
      roleLowest: a.roleLowest,
      frameworkLowest: a.frameworkLowest
    });
    ctx.after(rt.frameworks.get(a.frameworkId)!.spec.responseMs, {type: "respond", offerId});
    if (timeout !== null) ctx.after(timeout, {type: "offer-timeout", offerId, timeoutMs: timeout});
  }
}
