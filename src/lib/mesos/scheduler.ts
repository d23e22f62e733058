// What a framework's scheduler does with an offer. Behaviour is data (the scenario's framework
// spec); this turns it into a decision. Constraints live here, in the framework, not in Mesos:
// the master never sees them, the framework simply declines agents it cannot use.

import {portCount, subtractPorts, takePorts, type PortRange} from "./ports.js";
import {formatScalarsShort, scalarsFit, subtractScalars, type MesosScalars} from "./resources.js";
import type {MesosResolvedFramework} from "./scenario.js";
import type {MesosConstraint, MesosTaskShape} from "./scenario-schema.js";

export interface MesosPlannedLaunch {
  /** Index in the pending queue. */
  readonly index: number;
  readonly shape: MesosTaskShape;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
}

export type MesosSchedulerDecision =
  | {readonly type: "hold"}
  | {readonly type: "decline"; readonly reason: string}
  | {readonly type: "accept"; readonly launches: readonly MesosPlannedLaunch[]};

export function constraintMatches(constraint: MesosConstraint, attributes: Readonly<Record<string, string | number>>): boolean {
  if (!(constraint.attribute in attributes)) return false;
  return constraint.equals === undefined || String(attributes[constraint.attribute]) === String(constraint.equals);
}

export function formatConstraint(c: MesosConstraint): string {
  return c.equals === undefined ? `has attribute ${c.attribute}` : `${c.attribute} = ${c.equals}`;
}

export function taskResources(shape: MesosTaskShape): MesosScalars {
  return {cpus: shape.cpus, mem: shape.mem, disk: shape.disk};
}

export function decideOnOffer(
  framework: MesosResolvedFramework,
  pending: readonly MesosTaskShape[],
  offer: {readonly agentId: string; readonly resources: MesosScalars; readonly ports: readonly PortRange[]},
  attributes: Readonly<Record<string, string | number>>
): MesosSchedulerDecision {
  if (framework.behaviour === "hold") return {type: "hold"};
  if (framework.behaviour === "decline") return {type: "decline", reason: "it declines every offer"};
  const unmet = framework.constraints.find((c) => !constraintMatches(c, attributes));
  if (unmet) return {type: "decline", reason: `${offer.agentId} does not match its constraint ${formatConstraint(unmet)}`};
  if (!pending.length) return {type: "decline", reason: "it has no tasks left to launch"};

  const launches: MesosPlannedLaunch[] = [];
  let left = offer.resources;
  let portsLeft = offer.ports;
  const limit = framework.maxTasksPerOffer ?? Infinity;
  // Shapes are shared objects: once a shape no longer fits, later copies of it will not either,
  // so the scan stops when every distinct shape has stopped fitting.
  const misfits = new Set<MesosTaskShape>();
  for (let index = 0; index < pending.length && launches.length < limit; index++) {
    const shape = pending[index]!;
    if (misfits.has(shape)) continue;
    const need = taskResources(shape);
    if (!scalarsFit(need, left) || portCount(portsLeft) < shape.ports) {
      misfits.add(shape);
      if (misfits.size === framework.tasks.length) break;
      continue;
    }
    const ports = takePorts(portsLeft, shape.ports);
    portsLeft = subtractPorts(portsLeft, ports);
    left = subtractScalars(left, need);
    launches.push({index, shape, resources: need, ports});
  }
  if (!launches.length) return {type: "decline", reason: `its next task ${formatScalarsShort(taskResources(pending[0]!))} does not fit`};
  return {type: "accept", launches};
}
