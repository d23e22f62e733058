// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {evoRoadmap} from "../../src/components/evoRoadmap.js";
import {evoShipTimeline, evoSlope, moveGroups} from "../../src/components/evoRoadmapCharts.js";
import {releases} from "../lib/kb/data.js";
import {roadmap} from "../lib/evolution/data.js";

afterEach(() => document.body.replaceChildren());
const ids = (root: Element, sel: string) => [...root.querySelectorAll(sel)].map((el) => el.getAttribute("data-id"));

describe("evoRoadmap", () => {
  it("puts each item under its horizon on both roadmaps", () => {
    const root = evoRoadmap(roadmap);
    const col = (r: string, hz: string) => ids(root, `.evo-roadmap-col:nth-child(${r === "1.7" ? 1 : 2}) [data-horizon="${hz}"] .evo-item`);
    expect(col("1.7", "near")).toEqual(["unified-api", "cni-support", "virtual-networks", "edge-load-balancing", "external-volumes"]);
    expect(col("1.7", "medium")).toHaveLength(8);
    expect(col("1.7", "long")).toEqual(["jobs", "debugging", "autoscaling"]);
    expect(col("1.8", "near")).toEqual(["pods", "metrics-api", "unified-logging", "system-services", "package-profiles", "package-dependencies", "gpu-support", "windows"]);
    expect(col("1.8", "medium")).toEqual([]);
    expect(col("1.8", "long")).toEqual(["debugging", "autoscaling"]);
    expect([...root.querySelectorAll(".evo-roadmap-col h4")].map((x) => x.textContent)).toEqual(["The 1.7 roadmap · 16 items", "The 1.8 roadmap · 10 items"]);
    expect(root.querySelector(".evo-summary")?.textContent).toBe(
      "6 of 16 items never shipped: Unified DC/OS API, System services, Package profiles, Package dependencies, DC/OS on Windows and Autoscaling."
    );
    expect(root.querySelector('.evo-item[data-id="pods"][data-roadmap="1.8"] .evo-outcome')?.textContent).toBe("✓ shipped in 1.9 P Preview");
  });

  it("filters to never-shipped items and explains a selected item; arrows move between columns", () => {
    const root = evoRoadmap(roadmap);
    document.body.append(root);
    const toggle = root.querySelector<HTMLInputElement>(".evo-only-never")!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    expect(ids(root, '.evo-item[data-roadmap="1.7"]')).toEqual(["unified-api", "system-services", "package-profiles", "package-dependencies", "windows", "autoscaling"]);
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    const pods = root.querySelector<HTMLElement>('.evo-item[data-id="pods"][data-roadmap="1.7"]')!;
    pods.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
    expect(root.querySelector(".wb-log")?.lastElementChild?.textContent).toBe("Pods: medium term on the 1.7 roadmap, near term on the 1.8 roadmap. It shipped in 1.9 as Preview.");
    expect(root.querySelector('.evo-item[data-id="pods"][data-roadmap="1.7"]')?.getAttribute("aria-pressed")).toBe("true");
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
    expect([document.activeElement?.getAttribute("data-id"), document.activeElement?.getAttribute("data-roadmap")]).toEqual(["pods", "1.8"]);
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true}));
    expect(document.activeElement?.getAttribute("data-id")).toBe("metrics-api");
  });
});

describe("roadmap charts", () => {
  it("groups the moves: 8 closer, 2 stayed, 5 dropped, 1 taken off", () => {
    expect(moveGroups(roadmap).map((g) => `${g.from}>${g.to}:${g.move}:${g.items.length}`)).toEqual([
      "near>not listed:dropped:5",
      "medium>near:closer:8",
      "long>not listed:removed:1",
      "long>long:same:2"
    ]);
    const root = evoSlope(roadmap, {width: 600});
    expect(root.querySelectorAll(".evo-move").length).toBe(4);
    root.querySelector<HTMLButtonElement>('.evo-move[data-move="near-not listed-dropped"]')!.click();
    expect(root.querySelector(".wb-log")?.textContent).toBe(
      "5 items dropped from the page (near term in 1.7 to not listed in 1.8): Unified DC/OS API, Support for the Container Network Interface (CNI), Virtual networks on CNI and VxLAN, Edge load balancing and Pluggable external volumes."
    );
  });

  it("places shipped items at their release and the rest under never, with Mesos and Marathon per release", () => {
    const root = evoShipTimeline(roadmap, releases, {width: 800});
    expect(root.querySelector(".evo-summary")?.textContent).toBe(
      "Never shipped (6): Unified DC/OS API, System services, Package profiles, Package dependencies, DC/OS on Windows and Autoscaling. DC/OS reached its end of life on 2021-10-31."
    );
    const rows = [...root.querySelectorAll(".evo-table-alt:first-of-type tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent).join("|"));
    expect(rows.slice(0, 2)).toEqual(["Support for the Container Network Interface (CNI)|1.8|Preview|yes", "Virtual networks on CNI and VxLAN|1.8|Preview|yes"]);
    expect(rows.filter((r) => r.includes("|never|"))).toHaveLength(6);
    const rel = [...root.querySelectorAll(".evo-table-alt:last-of-type tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent).join("|"));
    expect(rel[2]).toBe("1.9|2017-03-28|1.2|1.4");
    expect(rel).toHaveLength(10);
    const select = root.querySelector<HTMLSelectElement>(".evo-ship-item")!;
    select.value = "edge-load-balancing";
    select.dispatchEvent(new Event("change"));
    expect(root.querySelector(".wb-log")?.textContent).toBe("Edge load balancing: near term on the 1.7 roadmap, not on the 1.8 roadmap. It shipped in 1.11 with no maturity label (our reading).");
    expect(root.querySelectorAll("svg").length).toBeGreaterThan(0);
  });
});
