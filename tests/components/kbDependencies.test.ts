// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {kbDependencies, placeDependencyGraph} from "../../src/components/kbDependencies.js";
import {wrapLabel} from "../../src/components/kbShared.js";
import {dependencyGraph} from "../../src/lib/kb/views.js";
import {component, components} from "../lib/kb/data.js";

const node = (root: Element, id: string) => root.querySelector<SVGGElement>(`.kb-node[data-id="${id}"]`)!;
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));

afterEach(() => document.body.replaceChildren());

describe("wrapLabel", () => {
  it("breaks at words into at most two lines and cuts the rest", () => {
    expect(wrapLabel("Marathon", 12)).toEqual(["Marathon"]);
    expect(wrapLabel("DC/OS Package Registry", 14)).toEqual(["DC/OS Package", "Registry"]);
    expect(wrapLabel("Mesos persistent volume discovery", 14)).toEqual(["Mesos", "persistent vo…"]);
    expect(wrapLabel("Supercalifragilistic", 8)).toEqual(["Superca…"]);
  });
});

describe("kbDependencies", () => {
  it("draws a box per linked component, in columns, and a path per link", () => {
    const graph = dependencyGraph(components);
    const root = kbDependencies(components, {width: 900});
    expect(root.querySelectorAll(".kb-node").length).toBe(graph.nodes.length);
    expect(root.querySelectorAll(".kb-links path").length).toBe(graph.links.length);
    expect(root.querySelectorAll('.kb-links path[data-kind="merged"]').length).toBe(4);
    expect(root.querySelectorAll('.kb-links path[data-kind="replaced"]').length).toBe(3);
    const {nodes} = placeDependencyGraph(graph, 900);
    const x = (id: string) => nodes.find((n) => n.id === id)!.x;
    expect(x("exhibitor")).toBeLessThan(x("zookeeper"));
    expect(x("zookeeper")).toBeLessThan(x("mesos-master"));
    expect(x("marathon")).toBeLessThan(x("cosmos"));
    expect(node(root, "zookeeper").querySelector("title")?.textContent).toBe(`Apache ZooKeeper, Cluster management: needs 1, needed by ${component("zookeeper").neededBy.length}`);
    expect(root.querySelector(".kb-isolated")?.textContent).toMatch(/^No recorded dependency: .*DC\/OS CLI.*\.$/);
  });

  it("selecting ZooKeeper lights its links and names what it needs and what needs it", () => {
    const root = kbDependencies(components, {width: 900});
    node(root, "zookeeper").dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(node(root, "zookeeper").getAttribute("aria-pressed")).toBe("true");
    const panel = [...root.querySelectorAll(".kb-graph-panel p")].map((p) => p.textContent);
    expect(panel[0]).toBe("Apache ZooKeeper needs Exhibitor.");
    expect(panel[1]).toBe(`Needed by ${component("zookeeper").neededBy.map((c) => c.name).join(", ")}.`);
    const lit = [...root.querySelectorAll(".kb-links path")].filter((p) => p.getAttribute("stroke") === "var(--theme-foreground-focus)");
    expect(lit.length).toBe(1 + component("zookeeper").neededBy.length);
    expect(root.querySelector("[role=log]")?.textContent).toMatch(/^Apache ZooKeeper needs Exhibitor; needed by /);
  });

  it("tells merges apart: Spartan was merged into DC/OS Net in 1.11", () => {
    const root = kbDependencies(components, {width: 900, selected: "spartan"});
    expect([...root.querySelectorAll(".kb-graph-panel p")].map((p) => p.textContent)).toContain("It was merged into DC/OS Net in 1.11.");
  });

  it("is keyboard operable: one tab stop, arrows move, Enter selects", () => {
    const root = kbDependencies(components, {width: 900});
    document.body.append(root);
    expect(root.querySelectorAll('.kb-node[tabindex="0"]').length).toBe(1);
    const zk = node(root, "zookeeper");
    zk.focus();
    key(zk, "ArrowLeft");
    expect(document.activeElement?.getAttribute("data-id")).toBe("exhibitor");
    key(document.activeElement!, "ArrowRight");
    expect(document.activeElement?.getAttribute("data-id")).toBe("zookeeper");
    key(document.activeElement!, "ArrowRight");
    const next = document.activeElement!.getAttribute("data-id")!;
    expect(component("zookeeper").neededBy.map((c) => c.id)).toContain(next);
    key(document.activeElement!, "Enter");
    expect(node(root, next).getAttribute("aria-pressed")).toBe("true");
    expect(root.querySelectorAll('.kb-node[tabindex="0"]').length).toBe(1);
  });

  it("dims the components that are not part of the chosen release", () => {
    const root = kbDependencies(components, {width: 900});
    const select = root.querySelector<HTMLSelectElement>(".wb-controls select")!;
    select.value = "1.11";
    select.dispatchEvent(new Event("change"));
    expect(node(root, "spartan").getAttribute("opacity")).toBe("0.3");
    expect(node(root, "dcos-net").getAttribute("opacity")).not.toBe("0.3");
  });

  it("offers the same links as a table", () => {
    const root = kbDependencies(components, {width: 900});
    const row = [...root.querySelectorAll(".kb-table-alt tbody tr")].find((tr) => tr.querySelector("th")?.textContent === "Marathon")!;
    expect([...row.querySelectorAll("td")].map((td) => td.textContent)).toEqual([
      "Apache ZooKeeper, Apache Mesos master, Mesos-DNS",
      component("marathon").neededBy.map((c) => c.name).join(", "),
      "—"
    ]);
  });
});
