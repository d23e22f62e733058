// Dominant Resource Fairness sorter with the semantics of Mesos's DRFSorter
// (src/master/allocator/mesos/sorter/drf/sorter.{hpp,cpp}); our own code, same rules:
//
// - share(node) = max over resource names with a non-zero total of allocated/total, divided by the
//   weight set for the node's path (default 1). Totals are the sum over agents.
// - order: ascending share, then ascending allocation count (every `allocated` call counts, also
//   while inactive; never decremented), then path.
// - clients are paths: `eng/backend` lives under an inner node `eng` whose allocation (and count)
//   is the sum of its subtree. A weight set on `eng` applies to that inner node. When `eng` is
//   also a client, it becomes a virtual leaf `eng/.` that competes with its siblings at weight 1.
// - sort() sorts children within each parent and lists the active leaves in pre-order.
// - inactive clients keep their allocations and are counted by count(), but sort() skips them.
//
// Difference from Mesos ≥ 1.5: `add` makes a client active at once (as older Mesos did and as the
// allocator does right after adding a framework); call `deactivate` for an inactive one.

import {SCALAR_PRECISION} from "./constants.js";
import type {ResourceVector} from "./resources.js";
import {addChild, clientPath, compareDrf, isLeaf, newNode, removeChild, reposition, type SorterNode} from "./drf-tree.js";

const PRECISION = SCALAR_PRECISION;
/** Mesos's fixed-point scalars (three decimals), so sums never drift. */
function round(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

export class DrfSorter {
  readonly #root: SorterNode = newNode("", "internal", null);
  readonly #clients = new Map<string, SorterNode>();
  readonly #weights = new Map<string, number>();
  readonly #agents = new Map<string, number[]>();
  readonly #totals: number[] = [];
  // Resource names get small indexes, so allocations are arrays of unboxed numbers.
  readonly #names: string[] = [];
  readonly #nameIndex = new Map<string, number>();
  readonly #scratch: number[] = [];
  #dirty = false;

  /** Adds a client (a role, a framework, or a path such as `eng/backend`), active. */
  add(client: string): void {
    if (!client) throw new Error("DrfSorter.add: a client name must not be empty");
    if (this.#clients.has(client)) throw new Error(`DrfSorter.add: client "${client}" already exists`);
    const tokens = client.split("/");
    let current = this.#root;
    let t = 0;
    for (;;) {
      if (t === tokens.length) {
        // The path names an inner node: the client becomes its virtual leaf ".".
        const virt = newNode(".", "active", current);
        addChild(current, virt);
        current = virt;
        break;
      }
      if (isLeaf(current) && current !== this.#root) {
        // A leaf on the way becomes an inner node; its client moves to a virtual leaf ".".
        const parent = current.parent!;
        const oldKind = current.kind;
        removeChild(parent, current);
        current.kind = "internal";
        addChild(parent, current);
        const virt = newNode(".", oldKind, current);
        virt.alloc = current.alloc.slice();
        virt.count = current.count;
        addChild(current, virt);
        this.#clients.set(clientPath(virt), virt);
        break;
      }
      const child = current.children.find((c) => c.name === tokens[t]);
      if (!child) break;
      current = child;
      t++;
    }
    for (; t < tokens.length; t++) {
      const child = newNode(tokens[t]!, t === tokens.length - 1 ? "active" : "internal", current);
      addChild(current, child);
      current = child;
    }
    this.#clients.set(client, current);
    this.#dirty = true;
  }

  /** Removes a client; its allocation leaves its ancestors' sums. */
  remove(client: string): void {
    let current = this.#leaf(client, "remove");
    const leafAlloc = current.alloc;
    this.#clients.delete(client);
    while (current !== this.#root) {
      const parent = current.parent!;
      this.#addArray(parent.alloc, leafAlloc, -1);
      if (current.children.length === 0) {
        removeChild(parent, current);
      } else if (current.children.length === 1 && current.children[0]!.name === ".") {
        // Only the virtual leaf is left: fold it back into its parent, which becomes a leaf again.
        const virt = current.children[0]!;
        current.kind = virt.kind;
        current.children = [];
        removeChild(parent, current);
        addChild(parent, current);
        this.#clients.set(current.path, current);
      }
      current = parent;
    }
    this.#dirty = true;
  }

  activate(client: string): void {
    const node = this.#leaf(client, "activate");
    if (node.kind !== "inactive") return;
    node.kind = "active";
    removeChild(node.parent!, node);
    addChild(node.parent!, node);
    this.#dirty = true;
  }

  deactivate(client: string): void {
    const node = this.#leaf(client, "deactivate");
    if (node.kind !== "active") return;
    node.kind = "inactive";
    removeChild(node.parent!, node);
    addChild(node.parent!, node);
  }

  /** Sets the weight of a path (a client or an inner node), also before that path exists. */
  updateWeight(path: string, weight: number): void {
    if (!(weight > 0) || !Number.isFinite(weight)) throw new Error(`DrfSorter.updateWeight: weight must be a positive number, got ${weight}`);
    this.#weights.set(path, weight);
    this.#dirty = true;
  }

  allocated(client: string, resources: ResourceVector): void {
    let current: SorterNode | null = this.#leaf(client, "allocated");
    const delta = this.#toArray(resources);
    while (current !== null) {
      this.#addArray(current.alloc, delta, 1);
      current.count++;
      if (current !== this.#root && !this.#dirty && current.kind !== "inactive") {
        // Keep the parent's children sorted: take this node out and binary-search its new place
        // among the active children (inactive leaves stay at the end).
        current.share = this.#calculateShare(current);
        reposition(current.parent!.children, current);
      }
      current = current.parent;
    }
  }

  unallocated(client: string, resources: ResourceVector): void {
    let current: SorterNode | null = this.#leaf(client, "unallocated");
    const delta = this.#toArray(resources);
    while (current !== null) {
      this.#addArray(current.alloc, delta, -1);
      current = current.parent;
    }
    this.#dirty = true;
  }

  /** Adds an agent's resources to the totals (adding to an existing agent adds to its resources). */
  addAgent(agentId: string, resources: ResourceVector): void {
    const agent = this.#agents.get(agentId) ?? [];
    this.#agents.set(agentId, agent);
    this.#add(agent, resources, 1);
    this.#add(this.#totals, resources, 1);
    this.#dirty = true;
  }

  /** Removes all of an agent's resources from the totals. */
  removeAgent(agentId: string): void {
    const agent = this.#agents.get(agentId);
    if (!agent) throw new Error(`DrfSorter.removeAgent: unknown agent "${agentId}"`);
    this.#addArray(this.#totals, agent, -1);
    this.#agents.delete(agentId);
    this.#dirty = true;
  }

  /** The active clients in DRF order. */
  sort(): string[] {
    const out: string[] = [];
    this.firstInOrder((client) => {
      out.push(client);
      return false;
    });
    return out;
  }

  /** Walks the active clients in DRF order; returns the first one `predicate` accepts. */
  firstInOrder(predicate: (client: string) => boolean): string | undefined {
    if (this.#dirty) {
      this.#sortTree(this.#root);
      this.#dirty = false;
    }
    return this.#walk(this.#root, predicate);
  }

  /** How many clients there are, active or not. */
  count(): number {
    return this.#clients.size;
  }

  contains(client: string): boolean {
    return this.#clients.has(client);
  }

  /** The client's dominant share, divided by its weight. */
  share(client: string): number {
    const node = this.#leaf(client, "share");
    // Shares of active leaves are kept current while the tree is not dirty.
    return !this.#dirty && node.kind === "active" ? node.share : this.#calculateShare(node);
  }

  /** What is allocated to the client, by resource name. */
  allocation(client: string): Record<string, number> {
    return this.#toRecord(this.#leaf(client, "allocation").alloc);
  }

  /** The sum of all agents' resources, by resource name. */
  totals(): Record<string, number> {
    return this.#toRecord(this.#totals);
  }

  /** The weight that applies to a path (1 unless set). */
  weight(path: string): number {
    return this.#weights.get(path) ?? 1;
  }

  #leaf(client: string, method: string): SorterNode {
    const node = this.#clients.get(client);
    if (!node) throw new Error(`DrfSorter.${method}: unknown client "${client}"`);
    return node;
  }

  #calculateShare(node: SorterNode): number {
    let share = 0;
    const totals = this.#totals;
    const alloc = node.alloc;
    for (let i = 0; i < totals.length; i++) {
      const total = totals[i]!;
      if (total <= 0 || i >= alloc.length) continue;
      const ratio = alloc[i]! / total;
      if (ratio > share) share = ratio;
    }
    return share / (this.#weights.get(node.path) ?? 1);
  }

  #index(name: string): number {
    let i = this.#nameIndex.get(name);
    if (i === undefined) {
      i = this.#names.length;
      this.#names.push(name);
      this.#nameIndex.set(name, i);
    }
    return i;
  }

  #add(target: number[], resources: ResourceVector, sign: 1 | -1): void {
    this.#addArray(target, this.#toArray(resources), sign);
  }

  /** Resources as an array by resource index, in a scratch array reused by every call. */
  #toArray(resources: ResourceVector): number[] {
    const out = this.#scratch;
    const names = this.#names;
    out.fill(0);
    let guess = 0;
    for (const name in resources) {
      // Callers pass the same names in the same order, so the next index is usually `guess`.
      const i = names[guess] === name ? guess : this.#index(name);
      guess = i + 1;
      const value = resources[name]!;
      if (value === 0) continue;
      while (out.length <= i) out.push(0);
      out[i] = value;
    }
    return out;
  }

  #addArray(target: number[], values: readonly number[], sign: 1 | -1): void {
    while (target.length < values.length) target.push(0);
    for (let i = 0; i < values.length; i++) if (values[i]) target[i] = round(target[i]! + sign * values[i]!);
  }

  #toRecord(values: readonly number[]): Record<string, number> {
    const out: Record<string, number> = {};
    values.forEach((v, i) => {
      if (v !== 0) out[this.#names[i]!] = v;
    });
    return out;
  }

  #sortTree(node: SorterNode): void {
    const children = node.children;
    let end = 0;
    while (end < children.length && children[end]!.kind !== "inactive") {
      children[end]!.share = this.#calculateShare(children[end]!);
      end++;
    }
    const active = children.slice(0, end).sort(compareDrf);
    for (let i = 0; i < end; i++) children[i] = active[i]!;
    for (let i = 0; i < end; i++) if (children[i]!.kind === "internal") this.#sortTree(children[i]!);
  }

  #walk(node: SorterNode, predicate: (client: string) => boolean): string | undefined {
    for (const child of node.children) {
      if (child.kind === "inactive") return undefined;
      if (child.kind === "active") {
        const client = clientPath(child);
        if (predicate(client)) return client;
      } else {
        const found = this.#walk(child, predicate);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }
}
