// The tree behind DrfSorter: nodes, their DRF order, and keeping siblings sorted.
// Mirrors DRFSorter::Node in Mesos (src/master/allocator/mesos/sorter/drf/sorter.hpp).

export type SorterKind = "active" | "inactive" | "internal";

export interface SorterNode {
  name: string;
  path: string;
  kind: SorterKind;
  parent: SorterNode | null;
  children: SorterNode[];
  /** Allocation by resource index (see DrfSorter.#names); missing entries are 0. */
  alloc: number[];
  count: number;
  share: number;
}

export function newNode(name: string, kind: SorterKind, parent: SorterNode | null): SorterNode {
  const path = parent === null ? "" : parent.parent === null ? name : `${parent.path}/${name}`;
  return {name, path, kind, parent, children: [], alloc: [], count: 0, share: 0};
}

export function isLeaf(node: SorterNode): boolean {
  return node.kind !== "internal";
}

/** The client a leaf stands for: a virtual leaf `a/.` stands for `a`. */
export function clientPath(node: SorterNode): string {
  return node.name === "." ? node.parent!.path : node.path;
}

/** Inactive leaves go to the end of `children`, everything else to the front (as in Mesos). */
export function addChild(parent: SorterNode, child: SorterNode): void {
  if (child.kind === "inactive") parent.children.push(child);
  else parent.children.unshift(child);
}

export function removeChild(parent: SorterNode, child: SorterNode): void {
  const i = parent.children.indexOf(child);
  if (i >= 0) parent.children.splice(i, 1);
}

export function compareDrf(a: SorterNode, b: SorterNode): number {
  if (a.share !== b.share) return a.share < b.share ? -1 : 1;
  if (a.count !== b.count) return a.count < b.count ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Moves `node` to its sorted place among the active children (which are otherwise sorted);
 * inactive leaves stay at the end. Binary search, then one shift of the nodes in between; no allocation.
 */
export function reposition(siblings: SorterNode[], node: SorterNode): void {
  const i = siblings.indexOf(node);
  let end = siblings.length;
  while (end > 0 && siblings[end - 1]!.kind === "inactive") end--;
  if (i + 1 < end && compareDrf(siblings[i + 1]!, node) < 0) {
    // Moving right: first index in (i, end) whose node is not before `node`.
    let lo = i + 1;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareDrf(siblings[mid]!, node) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let k = i; k < lo - 1; k++) siblings[k] = siblings[k + 1]!;
    siblings[lo - 1] = node;
  } else if (i > 0 && compareDrf(node, siblings[i - 1]!) < 0) {
    // Moving left: first index in [0, i) whose node comes after `node`.
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareDrf(siblings[mid]!, node) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let k = i; k > lo; k--) siblings[k] = siblings[k - 1]!;
    siblings[lo] = node;
  }
}
