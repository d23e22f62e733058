// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {describeDiff, kbReleases} from "../../src/components/kbReleases.js";
import {releaseDiff} from "../../src/lib/kb/views.js";
import {component, components, ports, releases} from "../lib/kb/data.js";

const list = (root: Element, kind: string) => [...root.querySelectorAll(`.kb-change.is-${kind} li`)].map((li) => li.textContent);
const n = (id: string) => component(id).name;

describe("kbReleases", () => {
  it("is a labelled range with a visible value and previous/next buttons", () => {
    const root = kbReleases(components, releases, {release: "1.10", ports});
    const input = root.querySelector<HTMLInputElement>("input[type=range]")!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe("Release");
    expect([input.min, input.max, input.value]).toEqual(["0", "9", "3"]);
    expect(root.querySelector(".kb-release-value")?.textContent).toBe("DC/OS 1.10");
    expect(input.getAttribute("aria-valuetext")).toBe("DC/OS 1.10");
    expect([...root.querySelectorAll(".kb-stepper button")].map((b) => b.getAttribute("aria-label"))).toEqual(["Previous release", "Next release"]);
  });

  it("at 1.11 lists DC/OS Net as new and Spartan, Minuteman, Navstar (and EPMD) as merged into it", () => {
    const root = kbReleases(components, releases, {release: "1.10", ports});
    [...root.querySelectorAll<HTMLButtonElement>(".kb-stepper button")][1]!.click();
    expect(root.querySelector(".kb-release-value")?.textContent).toBe("DC/OS 1.11");
    expect(list(root, "new")).toEqual([n("dcos-cluster-linker"), n("dcos-net")]);
    expect(list(root, "merged")).toEqual(["spartan", "minuteman", "navstar", "epmd"].map((id) => `${n(id)} → ${n("dcos-net")}`));
    expect(list(root, "removed")).toEqual([]);
    expect(root.querySelector(".kb-release-head h4")?.textContent).toBe("DC/OS 1.11");
    expect(root.querySelector("[role=log]")?.lastElementChild?.textContent).toBe(describeDiff(releaseDiff(components, "1.11", ports)));
  });

  it("at 2.1 lists the history service as removed, and at 1.12 Telegraf replacing DC/OS Metrics", () => {
    const root = kbReleases(components, releases, {release: "2.1", ports});
    expect(list(root, "removed")).toEqual([n("dcos-history")]);
    const input = root.querySelector<HTMLInputElement>("input[type=range]")!;
    input.value = "5";
    input.dispatchEvent(new Event("input"));
    expect(root.querySelector(".kb-release-value")?.textContent).toBe("DC/OS 1.12");
    expect(list(root, "replaced")).toEqual([`${n("dcos-metrics")} → ${n("telegraf")}`]);
    expect(root.querySelector(".kb-port-changes")?.textContent).toContain("61091 from DC/OS Metrics to DC/OS Telegraf");
  });

  it("disables Previous at 1.7 and Next at 2.2, and says 1.7 is where the story starts", () => {
    const root = kbReleases(components, releases, {release: "1.7", ports});
    const [prev, next] = [...root.querySelectorAll<HTMLButtonElement>(".kb-stepper button")];
    expect(prev!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
    expect(root.querySelector(".kb-release-panel")?.textContent).toContain("The first release the workbook covers");
    const last = kbReleases(components, releases, {release: "2.2", ports});
    expect([...last.querySelectorAll<HTMLButtonElement>(".kb-stepper button")][1]!.disabled).toBe(true);
    expect(last.querySelector(".kb-release-panel")?.textContent).toContain("No component came or went between 2.1 and 2.2.");
  });

  it("draws every component's life on the timeline and highlights the chosen release", () => {
    const root = kbReleases(components, releases, {release: "1.11", ports, width: 720});
    const rows = root.querySelectorAll(".kb-timeline g[data-id]");
    expect(rows.length).toBe(components.length);
    const spartan = root.querySelector('.kb-timeline g[data-id="spartan"]')!;
    expect(spartan.querySelector("text")?.getAttribute("font-weight")).toBe("700");
    expect(spartan.textContent).toContain("→ DC/OS Net");
    expect(root.querySelector('.kb-timeline g[data-id="marathon"] text')?.getAttribute("font-weight")).toBe("400");
  });
});
