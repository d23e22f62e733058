// The hierarchical DRF allocator, after Mesos's HierarchicalAllocatorProcess
// (src/master/allocator/mesos/hierarchical.cpp), without quota and reservations:
//
// - each round shuffles the candidate agents with the seeded generator;
// - for each agent with allocatable free resources, roles are taken in DRF order (role sorter),
//   and within a role, frameworks in DRF order (one framework sorter per role);
// - the first framework that is not suppressed and not filtered on that agent gets all of the
//   agent's free resources in one offer;
// - offered resources count as allocated (to role and framework) until they are declined, used
//   or rescinded;
// - a refused-offer filter hides an agent from a framework while the agent's free resources are
//   a subset of what was refused (a bigger offer gets through).
//
// Sorting cost: the sorters stay sorted between calls; an allocation moves one node to its new
// place, so a round over N agents costs about N small moves, not N full sorts.

import {MIN_ALLOCATABLE_RESOURCES} from "./constants.js";
import {DrfSorter} from "./drf-sorter.js";
import {addPorts, portsContain, type PortRange} from "./ports.js";
import {addScalars, compileMinimum, scalarsFit, type MesosScalars} from "./resources.js";
import {seededShuffle, type SeededRandom} from "../sim/random.js";

export interface MesosAllocation {
  readonly agentId: string;
  readonly frameworkId: string;
  readonly role: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
  /** Shares just before this allocation. */
  readonly roleShare: number;
  readonly frameworkShare: number;
  /** True when the role and framework were first in DRF order (nobody ahead was skipped). */
  readonly lowest: boolean;
  /** No role ahead of this one was skipped. */
  readonly roleLowest: boolean;
  /** No framework ahead of this one in its role was skipped (filtered). */
  readonly frameworkLowest: boolean;
}

interface AgentSlot {
  readonly id: string;
  readonly total: MesosScalars;
  available: MesosScalars;
  freePorts: readonly PortRange[];
}

interface AllocatorFilter {
  readonly id: string;
  readonly resources: MesosScalars;
  readonly ports: readonly PortRange[];
}

interface FrameworkSlot {
  readonly id: string;
  readonly role: string;
  suppressed: boolean;
  /** agentId → filters */
  readonly filters: Map<string, AllocatorFilter[]>;
}

export interface MesosAllocatorOptions {
  random: SeededRandom;
  /** Default: `--min_allocatable_resources` `cpus:0.01|mem:32`. */
  minAllocatable?: readonly Readonly<Record<string, number>>[];
}

export class MesosAllocator {
  readonly roleSorter = new DrfSorter();
  readonly #frameworkSorters = new Map<string, DrfSorter>();
  readonly #agents = new Map<string, AgentSlot>();
  readonly #frameworks = new Map<string, FrameworkSlot>();
  readonly #random: SeededRandom;
  readonly #allocatable: (r: MesosScalars) => boolean;

  constructor(options: MesosAllocatorOptions) {
    this.#random = options.random;
    this.#allocatable = compileMinimum(options.minAllocatable ?? MIN_ALLOCATABLE_RESOURCES);
  }

  addAgent(id: string, total: MesosScalars, ports: readonly PortRange[]): void {
    if (this.#agents.has(id)) throw new Error(`MesosAllocator: agent "${id}" already added`);
    this.#agents.set(id, {id, total, available: total, freePorts: ports});
    this.roleSorter.addAgent(id, total);
    for (const sorter of this.#frameworkSorters.values()) sorter.addAgent(id, total);
  }

  /** Removes an agent. Recover its offers and tasks first. */
  removeAgent(id: string): void {
    if (!this.#agents.delete(id)) return;
    this.roleSorter.removeAgent(id);
    for (const sorter of this.#frameworkSorters.values()) sorter.removeAgent(id);
    for (const fw of this.#frameworks.values()) fw.filters.delete(id);
  }

  hasAgent(id: string): boolean {
    return this.#agents.has(id);
  }

  agentIds(): string[] {
    return [...this.#agents.keys()];
  }

  /** Subscribes a framework to a role with that role's weight. */
  addFramework(id: string, role: string, weight: number): void {
    if (this.#frameworks.has(id)) throw new Error(`MesosAllocator: framework "${id}" already added`);
    this.#frameworks.set(id, {id, role, suppressed: false, filters: new Map()});
    if (!this.roleSorter.contains(role)) {
      this.roleSorter.add(role);
      const sorter = new DrfSorter();
      for (const agent of this.#agents.values()) sorter.addAgent(agent.id, agent.total);
      this.#frameworkSorters.set(role, sorter);
    }
    if (weight !== this.roleSorter.weight(role)) this.roleSorter.updateWeight(role, weight);
    this.#frameworkSorters.get(role)!.add(id);
  }

  /** Sets a role's weight from now on (also before any framework of it has subscribed). */
  updateRoleWeight(role: string, weight: number): void {
    this.roleSorter.updateWeight(role, weight);
  }

  /** SUPPRESS: no more offers to this framework. */
  suppress(frameworkId: string): void {
    const fw = this.#framework(frameworkId);
    fw.suppressed = true;
    this.#frameworkSorters.get(fw.role)!.deactivate(frameworkId);
  }

  /** REVIVE: offers again, and every filter of the framework is cleared. Returns the cleared filter ids. */
  revive(frameworkId: string): string[] {
    const fw = this.#framework(frameworkId);
    fw.suppressed = false;
    this.#frameworkSorters.get(fw.role)!.activate(frameworkId);
    const cleared: string[] = [];
    for (const list of fw.filters.values()) for (const f of list) cleared.push(f.id);
    fw.filters.clear();
    return cleared;
  }

  isSuppressed(frameworkId: string): boolean {
    return this.#framework(frameworkId).suppressed;
  }

  addFilter(frameworkId: string, agentId: string, filter: AllocatorFilter): void {
    const filters = this.#framework(frameworkId).filters;
    const list = filters.get(agentId) ?? [];
    list.push(filter);
    filters.set(agentId, list);
  }

  /** Removes a filter; false when it was already gone (revived, agent removed). */
  removeFilter(frameworkId: string, agentId: string, filterId: string): boolean {
    const filters = this.#framework(frameworkId).filters;
    const list = filters.get(agentId);
    const i = list ? list.findIndex((f) => f.id === filterId) : -1;
    if (!list || i < 0) return false;
    list.splice(i, 1);
    if (!list.length) filters.delete(agentId);
    return true;
  }

  /** Whether a filter hides these free resources of the agent from the framework. */
  isFiltered(frameworkId: string, agentId: string, resources: MesosScalars, ports: readonly PortRange[]): boolean {
    const list = this.#framework(frameworkId).filters.get(agentId);
    if (!list) return false;
    return list.some((f) => scalarsFit(resources, f.resources) && portsContain(f.ports, ports));
  }

  /** Returns resources from a framework (declined, unused, task ended, offer rescinded). */
  recover(frameworkId: string, agentId: string, resources: MesosScalars, ports: readonly PortRange[]): void {
    const fw = this.#framework(frameworkId);
    this.roleSorter.unallocated(fw.role, resources);
    this.#frameworkSorters.get(fw.role)!.unallocated(frameworkId, resources);
    const agent = this.#agents.get(agentId);
    if (!agent) return;
    agent.available = addScalars(agent.available, resources);
    if (ports.length) agent.freePorts = addPorts(agent.freePorts, ports);
  }

  /** Dominant shares, for explanations. */
  roleShare(role: string): number {
    return this.roleSorter.contains(role) ? this.roleSorter.share(role) : 0;
  }

  frameworkShare(frameworkId: string): number {
    const fw = this.#framework(frameworkId);
    return this.#frameworkSorters.get(fw.role)!.share(frameworkId);
  }

  /** Roles in DRF order with their shares. */
  roleOrder(): {role: string; share: number}[] {
    return this.roleSorter.sort().map((role) => ({role, share: this.roleSorter.share(role)}));
  }

  /** Whether an agent has enough free resources to be offered. */
  isAgentAllocatable(agentId: string): boolean {
    const agent = this.#agents.get(agentId);
    return agent !== undefined && this.#allocatable(agent.available);
  }

  /** One allocation round over `candidates` (default: every agent). */
  allocate(candidates?: readonly string[]): MesosAllocation[] {
    const ids = seededShuffle(candidates ? candidates.slice() : [...this.#agents.keys()], this.#random);
    const out: MesosAllocation[] = [];
    const empty = {cpus: 0, mem: 0, disk: 0} as const;
    const noPorts: readonly PortRange[] = [];
    // The agent being placed and whether anyone ahead of the winner was skipped; the two
    // predicates below are made once per round, not once per agent.
    let agent: AgentSlot | undefined;
    let roleLowest = true;
    let frameworkLowest = true;
    let chosen: string | undefined;
    const eligibleFramework = (fid: string): boolean => {
      const fw = this.#frameworks.get(fid)!;
      if (fw.filters.size === 0 || !this.isFiltered(fid, agent!.id, agent!.available, agent!.freePorts)) return true;
      frameworkLowest = false;
      return false;
    };
    const roleWithEligibleFramework = (role: string): boolean => {
      frameworkLowest = true;
      chosen = this.#frameworkSorters.get(role)!.firstInOrder(eligibleFramework);
      if (chosen === undefined) roleLowest = false;
      return chosen !== undefined;
    };
    for (const agentId of ids) {
      agent = this.#agents.get(agentId);
      if (!agent || !this.#allocatable(agent.available)) continue;
      roleLowest = true;
      chosen = undefined;
      const role = this.roleSorter.firstInOrder(roleWithEligibleFramework);
      if (role === undefined || chosen === undefined) continue;
      const frameworkId: string = chosen;
      const frameworkSorter = this.#frameworkSorters.get(role)!;
      const resources = agent.available;
      const ports = agent.freePorts;
      out.push({
        agentId,
        frameworkId,
        role,
        resources,
        ports,
        roleShare: this.roleSorter.share(role),
        frameworkShare: frameworkSorter.share(frameworkId),
        lowest: roleLowest && frameworkLowest,
        roleLowest,
        frameworkLowest
      });
      agent.available = empty;
      agent.freePorts = noPorts;
      this.roleSorter.allocated(role, resources);
      frameworkSorter.allocated(frameworkId, resources);
    }
    return out;
  }

  #framework(id: string): FrameworkSlot {
    const fw = this.#frameworks.get(id);
    if (!fw) throw new Error(`MesosAllocator: unknown framework "${id}"`);
    return fw;
  }
}
