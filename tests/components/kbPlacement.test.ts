// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {kbPlacement} from "../../src/components/kbPlacement.js";
import {existsIn} from "../../src/lib/kb/views.js";
import {components} from "../lib/kb/data.js";

const column = (root: Element, node: string) => [...root.querySelectorAll<HTMLButtonElement>(`.kb-column[data-node="${node}"] button.kb-chip`)];
const releaseSelect = (root: Element) => root.querySelector<HTMLSelectElement>(".wb-controls select")!;

afterEach(() => document.body.replaceChildren());

describe("kbPlacement", () => {
  it("draws one column per node type with exactly the components that run there in the release", () => {
    const root = kbPlacement(components, {release: "2.2"});
    expect([...root.querySelectorAll(".kb-column h4")].map((h) => h.textContent)).toEqual(["Master", "Private agent", "Public agent"]);
    for (const node of ["master", "private-agent", "public-agent"] as const) {
      const expected = components.filter((c) => c.nodeTypes.includes(node) && existsIn(c, "2.2")).map((c) => c.id).sort();
      expect(column(root, node).map((b) => b.dataset.id).sort()).toEqual(expected);
    }
    expect(root.querySelector(".kb-off")?.textContent).toBe("Off the cluster: DC/OS CLI runs on your own workstation.");
    const label = root.querySelector(".wb-controls label")!;
    expect(label.textContent).toBe("Release");
    expect(root.querySelector(`#${label.getAttribute("for")}`)).toBe(releaseSelect(root));
  });

  it("colours each mark by its category and lists the categories in a legend", () => {
    const root = kbPlacement(components);
    const chip = column(root, "master").find((b) => b.dataset.id === "marathon")!;
    expect(chip.getAttribute("style")).toContain("var(--kb-cat-container-orchestration");
    expect(chip.getAttribute("title")).toBe("Marathon (Container orchestration)");
    expect(root.querySelectorAll(".kb-legend li").length).toBe(8);
  });

  it("shows the 1.10 set when the release changes: Spartan in, DC/OS Net out", () => {
    const root = kbPlacement(components, {release: "2.2"});
    const select = releaseSelect(root);
    select.value = "1.10";
    select.dispatchEvent(new Event("change"));
    const agent = column(root, "private-agent").map((b) => b.dataset.id);
    expect(agent).toContain("spartan");
    expect(agent).not.toContain("dcos-net");
    expect(root.querySelector("[role=log]")?.textContent).toMatch(/^DC\/OS 1\.10: \d+ components on master nodes, \d+ components on private agent nodes, \d+ components on public agent nodes\.$/);
  });

  it("selecting a mark lights it in every column it runs in and lists its units per node type", () => {
    const root = kbPlacement(components, {release: "2.2"});
    column(root, "master").find((b) => b.dataset.id === "dcos-log")!.click();
    const pressed = [...root.querySelectorAll('button.kb-chip[aria-pressed="true"]')].map((b) => (b as HTMLElement).dataset.node);
    expect(pressed).toEqual(["master", "private-agent", "public-agent"]);
    const items = [...root.querySelectorAll(".kb-placement-summary li")].map((li) => li.textContent);
    expect(items).toEqual([
      "Master: dcos-log-master.service, dcos-log-master.socket",
      "Private agent: dcos-log-agent.service, dcos-log-agent.socket",
      "Public agent: dcos-log-agent.service, dcos-log-agent.socket"
    ]);
    expect(root.querySelector("[role=log]")?.textContent).toBe("DC/OS Log runs on every node type in DC/OS 2.2.");
  });

  it("moves by keyboard: down within a column, right to the same component in the next column", () => {
    const root = kbPlacement(components, {release: "2.2"});
    document.body.append(root);
    const master = column(root, "master");
    expect([...root.querySelectorAll('button.kb-chip[tabindex="0"]')].length).toBe(1);
    master[0]!.focus();
    master[0]!.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true}));
    expect(document.activeElement).toBe(master[1]);
    const net = master.find((b) => b.dataset.id === "dcos-net")!;
    net.focus();
    net.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
    expect((document.activeElement as HTMLElement).dataset.node).toBe("private-agent");
    expect((document.activeElement as HTMLElement).dataset.id).toBe("dcos-net");
  });
});
