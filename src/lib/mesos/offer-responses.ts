// Schedulers answering offers: ACCEPT with LAUNCH, DECLINE with a refuse filter, or silence;
// offers timing out; filters expiring; SUPPRESS and REVIVE.

import {requestAllocation} from "./allocation-round.js";
import type {MesosFilterData} from "./events.js";
import {explainAccept, explainDecline, explainLaunch, formatSeconds} from "./explain.js";
import {portCount, subtractPorts, type PortRange} from "./ports.js";
import {isZeroScalars, subtractScalars, type MesosScalars} from "./resources.js";
import {emit, FILTER_EXPIRY_PRIORITY, type MesosRuntime} from "./runtime.js";
import {decideOnOffer, taskResources} from "./scheduler.js";
import type {MesosOfferView} from "./state.js";
import {scheduleTaskStep} from "./task-lifecycle.js";
import {DEFAULT_STAGING_MS} from "./constants.js";

/**
 * Gives unused or declined resources back and, unless refuse_seconds is 0, sets a filter.
 * The filter lasts max(allocation interval, refuse_seconds), so it survives at least one batch
 * allocation (MESOS-4302; src/master/allocator/mesos/hierarchical.cpp, recoverResources).
 */
function recoverWithFilter(
  rt: MesosRuntime,
  offer: MesosOfferView,
  resources: MesosScalars,
  ports: readonly PortRange[],
  refuseSeconds: number
): MesosFilterData | null {
  const {allocator, ctx} = rt;
  allocator.recover(offer.frameworkId, offer.agentId, resources, ports);
  if (refuseSeconds <= 0 || (isZeroScalars(resources) && !ports.length)) return null;
  const filter: MesosFilterData = {
    filterId: `f-${rt.nextFilterId++}`,
    frameworkId: offer.frameworkId,
    agentId: offer.agentId,
    resources,
    ports,
    createdAt: ctx.now,
    expiresAt: ctx.now + Math.max(rt.scenario.parameters.allocationIntervalMs, refuseSeconds * 1000)
  };
  allocator.addFilter(offer.frameworkId, offer.agentId, {id: filter.filterId, resources, ports});
  ctx.schedule(
    filter.expiresAt,
    {type: "filter-expire", frameworkId: filter.frameworkId, agentId: filter.agentId, filterId: filter.filterId},
    {priority: FILTER_EXPIRY_PRIORITY}
  );
  return filter;
}

export function declineOffer(rt: MesosRuntime, offer: MesosOfferView, reason: string): void {
  const spec = rt.frameworks.get(offer.frameworkId)!.spec;
  const filter = recoverWithFilter(rt, offer, offer.resources, offer.ports, spec.refuseSeconds);
  emit(
    rt,
    "decline",
    [offer.frameworkId, offer.agentId],
    explainDecline({...offer, offerId: offer.id, reason, refuseSeconds: filter ? spec.refuseSeconds : 0}),
    {
      offerId: offer.id,
      agentId: offer.agentId,
      frameworkId: offer.frameworkId,
      resources: offer.resources,
      ports: offer.ports,
      refuseSeconds: spec.refuseSeconds,
      reason,
      filter
    }
  );
}

export function respondToOffer(rt: MesosRuntime, offerId: string): void {
  const offer = rt.ctx.state.offers[offerId];
  if (!offer) return; // rescinded before the scheduler answered
  const fw = rt.frameworks.get(offer.frameworkId)!;
  const agent = rt.agents.get(offer.agentId)!;
  const decision = decideOnOffer(fw.spec, fw.pending, offer, agent.attributes);
  if (decision.type === "hold") return;
  if (decision.type === "decline") {
    declineOffer(rt, offer, decision.reason);
    return;
  }

  const taskIds: string[] = [];
  let unused = offer.resources;
  let unusedPorts = offer.ports;
  for (const launch of decision.launches) {
    taskIds.push(`${fw.spec.name}.${fw.nextTaskNumber++}`);
    unused = subtractScalars(unused, launch.resources);
    unusedPorts = subtractPorts(unusedPorts, launch.ports);
  }
  const hasUnused = !isZeroScalars(unused) || portCount(unusedPorts) > 0;
  const filter = hasUnused ? recoverWithFilter(rt, offer, unused, unusedPorts, fw.spec.refuseSeconds) : null;
  emit(
    rt,
    "accept",
    [offer.frameworkId, offer.agentId],
    explainAccept({
      frameworkId: offer.frameworkId,
      offerId,
      agentId: offer.agentId,
      tasks: decision.launches.map((l) => l.resources),
      unused: hasUnused ? unused : null,
      refuseSeconds: filter ? fw.spec.refuseSeconds : 0
    }),
    {
      offerId,
      agentId: offer.agentId,
      frameworkId: offer.frameworkId,
      taskIds,
      used: subtractScalars(offer.resources, unused),
      unused,
      unusedPorts,
      filter
    }
  );

  // Remove the launched shapes from the queue in one pass.
  const launched = decision.launches.map((l, i) => ({...l, taskId: taskIds[i]!}));
  if (launched.every((l, i) => l.index === i)) fw.pending.splice(0, launched.length); // the usual case: a prefix
  else {
    const taken = new Set(launched.map((l) => l.index));
    let kept = 0;
    for (let i = 0; i < fw.pending.length; i++) if (!taken.has(i)) fw.pending[kept++] = fw.pending[i]!;
    fw.pending.length = kept;
  }
  for (const l of launched) {
    fw.shapes.set(l.taskId, l.shape);
    emit(rt, "launch", ["master", offer.agentId, offer.frameworkId], explainLaunch(l.taskId, offer.agentId, taskResources(l.shape)), {
      taskId: l.taskId,
      offerId,
      agentId: offer.agentId,
      frameworkId: offer.frameworkId,
      resources: l.resources,
      ports: l.ports
    });
    scheduleTaskStep(rt, l.taskId, "TASK_STARTING", DEFAULT_STAGING_MS);
  }
  if (fw.spec.suppressWhenDone && fw.pending.length === 0 && !rt.allocator.isSuppressed(fw.spec.name)) suppress(rt, fw.spec.name);
}

export function suppress(rt: MesosRuntime, frameworkId: string): void {
  const fw = rt.frameworks.get(frameworkId)!;
  rt.allocator.suppress(frameworkId);
  emit(
    rt,
    "suppress",
    [frameworkId, "allocator"],
    `${frameworkId} has nothing left to launch and sends SUPPRESS: the allocator stops offering to it; status updates still arrive.`,
    {frameworkId, role: fw.spec.role}
  );
}

export function revive(rt: MesosRuntime, frameworkId: string, why: string): void {
  const fw = rt.frameworks.get(frameworkId)!;
  const clearedFilters = rt.allocator.revive(frameworkId);
  const cleared = clearedFilters.length ? ` and clears its ${clearedFilters.length} offer filter${clearedFilters.length === 1 ? "" : "s"}` : "";
  emit(rt, "revive", [frameworkId, "allocator"], `${frameworkId} sends REVIVE because ${why}: offers resume${cleared}.`, {
    frameworkId,
    role: fw.spec.role,
    clearedFilters
  });
  requestAllocation(rt, "revive", null);
}

export function expireFilter(rt: MesosRuntime, frameworkId: string, agentId: string, filterId: string): void {
  if (!rt.allocator.removeFilter(frameworkId, agentId, filterId)) return;
  const filter = rt.ctx.state.filters[filterId];
  const since = filter ? ` set at ${formatSeconds(filter.createdAt)}` : "";
  emit(
    rt,
    "filter-expired",
    [frameworkId, agentId],
    `The offer filter${since} that hid ${agentId} from ${frameworkId} expires; the next allocation may offer ${agentId} to it again.`,
    {filterId, frameworkId, agentId}
  );
}

export function timeOutOffer(rt: MesosRuntime, offerId: string, timeoutMs: number): void {
  const offer = rt.ctx.state.offers[offerId];
  if (!offer) return;
  
  emit(
    rt,
    "offer-timeout",
    ["master", offer.frameworkId],
    `Offer ${offerId} to ${offer.frameworkId} has been outstanding for ${formatSeconds(timeoutMs)}, the --offer_timeout; the master takes it back.`,
    {offerId, agentId: offer.agentId, frameworkId: offer.frameworkId, timeoutMs}
  );
  rescindOffer(rt, offer, "offer-timeout");
}

/** RESCIND: the master withdraws an offer; its resources return without a filter. */
export function rescindOffer(rt: MesosRuntime, offer: MesosOfferView, reason: "agent-removed" | "offer-timeout"): void {
  rt.allocator.recover(offer.frameworkId, offer.agentId, offer.resources, offer.ports);
  const why = reason === "agent-removed" ? `${offer.agentId} is gone` : "it timed out";
  emit(
    rt,
    "rescind",
    ["master", offer.frameworkId, offer.agentId],
    `The master rescinds offer ${offer.id} from ${offer.frameworkId} because ${why}; any later ACCEPT or DECLINE of it is invalid.`,
    {offerId: offer.id, agentId: offer.agentId, frameworkId: offer.frameworkId, reason}
  );
}
