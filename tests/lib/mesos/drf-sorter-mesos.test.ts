// Cases from Mesos's own suite (src/tests/sorter_tests.cpp, DRFSorterTest.*), with their expected
// orders. Mesos's `addSlave(id, r)` / `removeSlave(id)` are our `addAgent` / `removeAgent`.
import {describe, expect, it} from "vitest";
import {DrfSorter} from "../../../src/lib/index.js";

function sorterWith(total: Record<string, number>): DrfSorter {
  const sorter = new DrfSorter();
  sorter.addAgent("agentId", total);
  return sorter;
}

function add(sorter: DrfSorter, client: string, resources?: Record<string, number>): void {
  sorter.add(client);
  sorter.activate(client);
  if (resources) sorter.allocated(client, resources);
}

describe("DrfSorter: Mesos DRFSorterTest cases", () => {
  it("DRF", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    expect(sorter.sort()).toEqual([]);
    add(sorter, "a", {cpus: 5, mem: 5});
    add(sorter, "b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["a", "b"]);
    add(sorter, "c", {cpus: 1, mem: 1});
    add(sorter, "d", {cpus: 3, mem: 1});
    expect(sorter.sort()).toEqual(["c", "d", "a", "b"]);
    sorter.remove("a");
    sorter.unallocated("b", {cpus: 4, mem: 4});
    expect(sorter.sort()).toEqual(["c", "b", "d"]);
    add(sorter, "e", {cpus: 1, mem: 5});
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 50, mem: 100});
    expect(sorter.sort()).toEqual(["c", "b", "e", "d"]);
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 50, mem: 200});
    add(sorter, "f", {cpus: 5, mem: 1});
    sorter.allocated("c", {cpus: 0, mem: 15});
    expect(sorter.sort()).toEqual(["e", "b", "d", "c", "f"]);
    expect(sorter.contains("b")).toBe(true);
    expect(sorter.contains("a")).toBe(false);
    expect(sorter.count()).toBe(5);
    sorter.deactivate("d");
    expect(sorter.contains("d")).toBe(true);
    expect(sorter.sort()).toEqual(["e", "b", "c", "f"]);
    expect(sorter.count()).toBe(5);
    sorter.activate("d");
    expect(sorter.sort()).toEqual(["e", "b", "d", "c", "f"]);
  });

  it("WDRF", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a", {cpus: 5, mem: 5});
    sorter.add("b");
    sorter.updateWeight("b", 2);
    sorter.allocated("b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["b", "a"]);
    add(sorter, "c", {cpus: 4, mem: 4});
    expect(sorter.sort()).toEqual(["b", "c", "a"]);
    sorter.add("d");
    sorter.updateWeight("d", 10);
    sorter.allocated("d", {cpus: 10, mem: 20});
    expect(sorter.sort()).toEqual(["d", "b", "c", "a"]);
    sorter.remove("b");
    expect(sorter.sort()).toEqual(["d", "c", "a"]);
    sorter.allocated("d", {cpus: 10, mem: 25});
    expect(sorter.sort()).toEqual(["c", "d", "a"]);
    sorter.add("e");
    sorter.updateWeight("e", 0.1);
    sorter.allocated("e", {cpus: 1, mem: 1});
    expect(sorter.sort()).toEqual(["c", "d", "a", "e"]);
    sorter.remove("a");
    expect(sorter.sort()).toEqual(["c", "d", "e"]);
  });

  it("UpdateWeight", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a", {cpus: 5, mem: 5});
    add(sorter, "b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["a", "b"]);
    sorter.updateWeight("b", 2);
    expect(sorter.sort()).toEqual(["b", "a"]);
  });

  it("AllocationCountTieBreak", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    for (const c of ["a", "b", "c", "d", "e"]) add(sorter, c);
    sorter.allocated("a", {cpus: 3, mem: 3});
    sorter.allocated("b", {cpus: 3, mem: 3});
    sorter.allocated("c", {cpus: 1, mem: 1});
    sorter.allocated("c", {cpus: 1, mem: 1});
    sorter.allocated("c", {cpus: 1, mem: 1});
    sorter.allocated("d", {cpus: 2, mem: 2});
    sorter.allocated("d", {cpus: 1, mem: 1});
    sorter.allocated("e", {cpus: 3, mem: 3});
    expect(sorter.sort()).toEqual(["a", "b", "e", "d", "c"]);
    sorter.unallocated("c", {cpus: 3, mem: 3});
    expect(sorter.sort()).toEqual(["c", "a", "b", "e", "d"]);
    sorter.allocated("c", {cpus: 3, mem: 3});
    expect(sorter.sort()).toEqual(["a", "b", "e", "d", "c"]);
    sorter.deactivate("c");
    sorter.activate("c");
    expect(sorter.sort()).toEqual(["a", "b", "e", "d", "c"]);
    sorter.unallocated("c", {cpus: 3, mem: 3});
    sorter.allocated("c", {cpus: 3, mem: 3});
    expect(sorter.sort()).toEqual(["a", "b", "e", "d", "c"]);
    // Allocations to an inactive client still count.
    sorter.deactivate("a");
    sorter.unallocated("a", {cpus: 1, mem: 3});
    sorter.allocated("a", {cpus: 1, mem: 3});
    expect(sorter.sort()).toEqual(["b", "e", "d", "c"]);
    sorter.activate("a");
    expect(sorter.sort()).toEqual(["b", "e", "a", "d", "c"]);
  });

  it("ShallowHierarchy", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a/a", {cpus: 5, mem: 5});
    add(sorter, "b/b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["a/a", "b/b"]);
    add(sorter, "c/c", {cpus: 1, mem: 1});
    add(sorter, "d/d", {cpus: 3, mem: 1});
    expect(sorter.sort()).toEqual(["c/c", "d/d", "a/a", "b/b"]);
    sorter.remove("a/a");
    sorter.unallocated("b/b", {cpus: 4, mem: 4});
    expect(sorter.sort()).toEqual(["c/c", "b/b", "d/d"]);
    add(sorter, "e/e", {cpus: 1, mem: 5});
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 50, mem: 100});
    expect(sorter.sort()).toEqual(["c/c", "b/b", "e/e", "d/d"]);
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 50, mem: 200});
    add(sorter, "f/f", {cpus: 5, mem: 1});
    sorter.allocated("c/c", {cpus: 0, mem: 15});
    expect(sorter.sort()).toEqual(["e/e", "b/b", "d/d", "c/c", "f/f"]);
    expect(sorter.count()).toBe(5);
    sorter.deactivate("d/d");
    expect(sorter.sort()).toEqual(["e/e", "b/b", "c/c", "f/f"]);
    sorter.activate("d/d");
    expect(sorter.sort()).toEqual(["e/e", "b/b", "d/d", "c/c", "f/f"]);
  });

  it("DeepHierarchy", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a/a/a/a/a", {cpus: 5, mem: 5});
    add(sorter, "b/b/b/b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["a/a/a/a/a", "b/b/b/b"]);
    add(sorter, "c/c/c", {cpus: 1, mem: 1});
    add(sorter, "d/d", {cpus: 3, mem: 1});
    expect(sorter.sort()).toEqual(["c/c/c", "d/d", "a/a/a/a/a", "b/b/b/b"]);
    sorter.remove("a/a/a/a/a");
    sorter.unallocated("b/b/b/b", {cpus: 4, mem: 4});
    expect(sorter.sort()).toEqual(["c/c/c", "b/b/b/b", "d/d"]);
    add(sorter, "e/e/e/e/e/e", {cpus: 1, mem: 5});
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 50, mem: 100});
    expect(sorter.sort()).toEqual(["c/c/c", "b/b/b/b", "e/e/e/e/e/e", "d/d"]);
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 50, mem: 200});
    add(sorter, "f/f", {cpus: 5, mem: 1});
    sorter.allocated("c/c/c", {cpus: 0, mem: 15});
    expect(sorter.sort()).toEqual(["e/e/e/e/e/e", "b/b/b/b", "d/d", "c/c/c", "f/f"]);
    expect(sorter.count()).toBe(5);
  });

  it("HierarchicalAllocation", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a");
    add(sorter, "b/c");
    add(sorter, "b/d");
    expect(sorter.count()).toBe(3);
    expect(sorter.contains("a")).toBe(true);
    expect(sorter.contains("b")).toBe(false);
    expect(sorter.contains("b/c")).toBe(true);
    expect(sorter.sort()).toEqual(["a", "b/c", "b/d"]);
    sorter.allocated("a", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["b/c", "b/d", "a"]);
    sorter.allocated("b/c", {cpus: 4, mem: 4});
    sorter.allocated("b/d", {cpus: 3, mem: 3});
    expect(sorter.sort()).toEqual(["a", "b/d", "b/c"]);
    expect(sorter.allocation("b/c")).toEqual({cpus: 4, mem: 4});
    sorter.allocated("a", {cpus: 2, mem: 2});
    expect(sorter.sort()).toEqual(["b/d", "b/c", "a"]);
    add(sorter, "b/e/f");
    expect(sorter.contains("b/e")).toBe(false);
    expect(sorter.sort()).toEqual(["b/e/f", "b/d", "b/c", "a"]);
    sorter.allocated("b/e/f", {cpus: 3.5, mem: 3.5});
    expect(sorter.sort()).toEqual(["a", "b/d", "b/e/f", "b/c"]);
    sorter.remove("b/e/f");
    expect(sorter.count()).toBe(3);
    expect(sorter.sort()).toEqual(["b/d", "b/c", "a"]);
    // Mesos's update(b/c, old, new) changes the allocation in place.
    sorter.unallocated("b/c", {cpus: 4, mem: 4});
    sorter.allocated("b/c", {cpus: 1, mem: 1});
    expect(sorter.sort()).toEqual(["b/c", "b/d", "a"]);
    add(sorter, "b/e/f", {cpus: 3.5, mem: 3.5});
    expect(sorter.sort()).toEqual(["b/c", "b/d", "b/e/f", "a"]);
    expect(sorter.count()).toBe(4);
  });

  it("HierarchicalIterationOrder", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    for (const c of ["a/b", "c", "d", "d/e"]) add(sorter, c);
    expect(sorter.sort()).toEqual(["a/b", "c", "d", "d/e"]);
    sorter.allocated("c", {cpus: 8, mem: 8});
    expect(sorter.sort()).toEqual(["a/b", "d", "d/e", "c"]);
    sorter.allocated("d", {cpus: 3, mem: 3});
    sorter.allocated("d/e", {cpus: 2, mem: 2});
    expect(sorter.sort()).toEqual(["a/b", "d/e", "d", "c"]);
    sorter.allocated("a/b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["d/e", "d", "a/b", "c"]);
  });

  it("AddChildToLeaf: a weight on an inner node applies to the subtree, not to its virtual leaf", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a", {cpus: 10, mem: 10});
    add(sorter, "b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["b", "a"]);
    add(sorter, "a/c", {cpus: 5, mem: 5});
    expect(sorter.sort()).toEqual(["b", "a/c", "a"]);
    sorter.remove("a");
    expect(sorter.contains("a")).toBe(false);
    expect(sorter.sort()).toEqual(["a/c", "b"]);
    add(sorter, "a", {cpus: 10, mem: 10});
    expect(sorter.contains("a")).toBe(true);
    expect(sorter.sort()).toEqual(["b", "a/c", "a"]);
    sorter.updateWeight("a/c", 0.2);
    expect(sorter.sort()).toEqual(["b", "a", "a/c"]);
    sorter.updateWeight("a", 3);
    expect(sorter.sort()).toEqual(["a", "a/c", "b"]);
    sorter.updateWeight("a/c", 1);
    expect(sorter.sort()).toEqual(["a/c", "a", "b"]);
  });

  it("AddChildToInternal", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "x/a", {cpus: 10, mem: 10});
    add(sorter, "x/b", {cpus: 6, mem: 6});
    expect(sorter.sort()).toEqual(["x/b", "x/a"]);
    add(sorter, "x", {cpus: 7, mem: 7});
    expect(sorter.sort()).toEqual(["x/b", "x", "x/a"]);
    add(sorter, "z", {cpus: 20, mem: 20});
    expect(sorter.sort()).toEqual(["z", "x/b", "x", "x/a"]);
    sorter.remove("x");
    expect(sorter.sort()).toEqual(["x/b", "x/a", "z"]);
  });

  it("AddChildToInactiveLeaf", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a", {cpus: 10, mem: 10});
    add(sorter, "b", {cpus: 6, mem: 6});
    sorter.deactivate("a");
    expect(sorter.sort()).toEqual(["b"]);
    add(sorter, "a/c", {cpus: 5, mem: 5});
    expect(sorter.sort()).toEqual(["b", "a/c"]);
  });

  it("RemoveLeafCollapseParent and RemoveLeafCollapseParentInactive", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    add(sorter, "a", {cpus: 10, mem: 10});
    add(sorter, "b", {cpus: 6, mem: 6});
    add(sorter, "a/c", {cpus: 5, mem: 5});
    expect([...sorter.sort()].sort()).toEqual(["a", "a/c", "b"]);
    sorter.remove("a/c");
    expect([...sorter.sort()].sort()).toEqual(["a", "b"]);

    const inactive = sorterWith({cpus: 100, mem: 100});
    add(inactive, "a", {cpus: 10, mem: 10});
    add(inactive, "b", {cpus: 6, mem: 6});
    add(inactive, "a/c", {cpus: 5, mem: 5});
    inactive.deactivate("a");
    expect([...inactive.sort()].sort()).toEqual(["a/c", "b"]);
    inactive.remove("a/c");
    expect(inactive.sort()).toEqual(["b"]);
  });

  it("ChangeWeightOnSubtree (weights set before the paths exist)", () => {
    const sorter = sorterWith({cpus: 100, mem: 100});
    sorter.updateWeight("b", 3);
    sorter.updateWeight("a", 2);
    add(sorter, "a/x");
    add(sorter, "b/y");
    expect(sorter.sort()).toEqual(["a/x", "b/y"]);
    sorter.allocated("a/x", {cpus: 10, mem: 10});
    sorter.allocated("b/y", {cpus: 10, mem: 10});
    expect(sorter.sort()).toEqual(["b/y", "a/x"]);
    add(sorter, "b/z", {cpus: 5, mem: 5});
    expect(sorter.sort()).toEqual(["b/z", "b/y", "a/x"]);
    add(sorter, "b", {cpus: 4, mem: 4});
    expect(sorter.sort()).toEqual(["a/x", "b", "b/z", "b/y"]);
    add(sorter, "a/zz", {cpus: 2, mem: 2});
    expect(sorter.sort()).toEqual(["a/zz", "a/x", "b", "b/z", "b/y"]);
  });

  it("UpdateTotal and MultipleSlavesUpdateTotal", () => {
    const sorter = new DrfSorter();
    add(sorter, "a");
    add(sorter, "b");
    sorter.addAgent("agentId", {cpus: 10, mem: 100});
    sorter.allocated("a", {cpus: 2, mem: 1});
    sorter.allocated("b", {cpus: 1, mem: 2});
    expect(sorter.sort()).toEqual(["b", "a"]);
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 100, mem: 10});
    expect(sorter.sort()).toEqual(["a", "b"]);

    const multi = new DrfSorter();
    add(multi, "a");
    add(multi, "b");
    multi.addAgent("agentA", {cpus: 5, mem: 50});
    multi.addAgent("agentB", {cpus: 5, mem: 50});
    multi.allocated("a", {cpus: 2, mem: 1});
    multi.allocated("b", {cpus: 1, mem: 3});
    expect(multi.sort()).toEqual(["b", "a"]);
    multi.removeAgent("agentA");
    multi.addAgent("agentA", {cpus: 95, mem: 50});
    expect(multi.sort()).toEqual(["a", "b"]);
  });

  it("RemoveResources", () => {
    const sorter = new DrfSorter();
    add(sorter, "a");
    add(sorter, "b");
    sorter.addAgent("agentId", {cpus: 10});
    sorter.allocated("a", {cpus: 6});
    sorter.allocated("b", {cpus: 4});
    expect(sorter.sort()).toEqual(["b", "a"]);
    sorter.removeAgent("agentId");
    sorter.addAgent("agentId", {cpus: 5});
    sorter.unallocated("a", {cpus: 5});
    expect(sorter.sort()).toEqual(["a", "b"]);
  });
});
