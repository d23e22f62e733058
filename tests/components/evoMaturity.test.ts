// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {evoCriteria} from "../../src/components/evoCriteria.js";
import {evoMaturity} from "../../src/components/evoMaturity.js";
import {evoModels} from "../../src/components/evoModels.js";
import {labelsAt} from "../../src/lib/evolution/helpers.js";
import {maturity} from "../lib/evolution/data.js";

afterEach(() => document.body.replaceChildren());

const change = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event("change", {bubbles: true}));
};
const rows = (root: Element) => [...root.querySelectorAll(".evo-table-alt tbody tr")].map((tr) => tr.getAttribute("data-id"));

describe("evoMaturity", () => {
  it("draws one cell per label, with labelled controls and a legend of the eight phases", () => {
    const root = evoMaturity(maturity, {width: 800});
    document.body.append(root);
    const labels = maturity.features.reduce((n, f) => n + f.labels.length, 0);
    expect(root.querySelectorAll('g[aria-label="cell"] rect').length).toBe(labels);
    expect([...root.querySelectorAll(".wb-controls label")].map((l) => l.textContent)).toEqual(["Area", "Phase", "Release", "Follow a feature"]);
    expect([...root.querySelectorAll(".evo-legend .evo-phase")].map((b) => b.textContent)).toEqual([
      "E Experimental",
      "P Preview",
      "S Stable",
      "B Beta",
      "GA",
      "D Deprecated",
      "R Retired",
      "X Decommissioned"
    ]);
    expect(root.querySelector(".evo-summary")?.textContent).toBe(`${maturity.features.length} features with a maturity label between 1.8 and 2.2.`);
  });

  it("filtering to Preview at 1.9 lists exactly the features labelled Preview in 1.9", () => {
    const root = evoMaturity(maturity, {width: 800});
    change(root.querySelector<HTMLSelectElement>(".evo-phase-filter")!, "preview");
    change(root.querySelector<HTMLSelectElement>(".evo-release-filter")!, "1.9");
    const expected = labelsAt(maturity.features, "1.9", "preview").map((x) => x.feature.id);
    expect(expected).toHaveLength(11);
    expect(rows(root)).toEqual(expected);
    expect(root.querySelector(".evo-summary")?.textContent).toBe(
      "11 features were Preview in 1.9: Universal Container Runtime, Jobs (Metronome), IP per container on virtual networks (VxLAN), Package management service and local (offline) Universe, Installing from an AWS AMI, Pods, GPU support, Debugging (remote process injection, dcos task exec), Logging (journald sink and logging API), Metrics and Multi-zone highly available install."
    );
    change(root.querySelector<HTMLSelectElement>(".evo-area")!, "networking");
    expect(rows(root)).toEqual(["virtual-networks"]);
    expect(root.querySelector(".evo-summary")?.textContent).toBe("1 feature in Networking was Preview in 1.9: IP per container on virtual networks (VxLAN).");
  });

  it("selecting a feature by the select or by a click follows its path and narrates it", () => {
    const root = evoMaturity(maturity, {width: 800});
    change(root.querySelector<HTMLSelectElement>(".evo-follow")!, "pods");
    expect([...root.querySelectorAll(".evo-steps li")].map((li) => `${li.getAttribute("data-release")} ${li.querySelector(".evo-phase")?.getAttribute("data-phase")}`)).toEqual([
      "1.9 preview",
      "1.10 preview",
      "1.11 preview"
    ]);
    expect(root.querySelector(".wb-log")?.textContent).toBe("Pods: Preview in 1.9 to 1.11. No later label was found after 1.11.");
    expect([...root.querySelectorAll(".evo-links a")].map((a) => a.getAttribute("href"))).toEqual(["./features#container-orchestration", "./components#marathon"]);
    root.querySelector<SVGRectElement>('rect[data-id="spartan"][data-release="2.1"]')!.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(root.querySelector<HTMLSelectElement>(".evo-follow")!.value).toBe("spartan");
    expect(root.querySelector(".wb-log")?.lastElementChild?.textContent).toBe("Spartan DNS forwarder: Deprecated in 1.11, then Decommissioned in 2.1. It is gone from that release on.");
  });
});

describe("evoCriteria", () => {
  it("shows what UCR's phase promised in 1.8 and in 1.9", () => {
    const root = evoCriteria(maturity, {feature: "ucr"});
    const marks = () => [...root.querySelectorAll(".evo-checks li")].map((li) => `${li.getAttribute("data-criterion")}:${li.getAttribute("data-level")}`);
    expect(root.querySelector(".evo-checklist-head")?.textContent).toBe("Universal Container Runtime in 1.8: E Experimental");
    expect(marks()).toEqual(["functionality:partial", "interfaces:partial", "documentation:partial", "functional-test:none", "system-test:none", "dogfooding:none"]);
    change(root.querySelector<HTMLSelectElement>(".evo-criteria-release")!, "1.9");
    expect(marks()).toEqual(["functionality:met", "interfaces:partial", "documentation:partial", "functional-test:met", "system-test:none", "dogfooding:none"]);
    expect(root.querySelector(".evo-checklist-sum")?.textContent).toBe("2 of 6 criteria promised in full. In the lifecycle from 1.11 this phase is called Beta.");
    expect([...root.querySelectorAll<HTMLOptionElement>(".evo-criteria-release option")].map((o) => o.value)).toEqual(["1.8", "1.9", "1.10", "1.11"]);
  });
  it("switching to a lifecycle-only feature shows the state's points", () => {
    const root = evoCriteria(maturity);
    change(root.querySelector<HTMLSelectElement>(".evo-criteria-feature")!, "history-service");
    expect(root.querySelector<HTMLSelectElement>(".evo-criteria-release")!.value).toBe("1.13");
    expect(root.querySelector(".evo-checklist-sum")?.textContent).toBe("Retired: lifecycle state 4 of 5.");
    expect(root.querySelector(".wb-log")?.textContent).toBe("History service was Retired in 1.13, lifecycle state 4 of 5.");
  });
});

describe("evoModels", () => {
  it("tabulates six criteria against three phases and maps old phases onto the lifecycle", () => {
    const root = evoModels(maturity);
    expect(root.querySelectorAll(".evo-criteria-table tbody tr").length).toBe(7);
    expect([...root.querySelectorAll(".evo-lifecycle > li .evo-from")].map((p) => p.textContent)).toEqual(["Before: Experimental or Preview.", "Before: Stable.", "No old name.", "No old name.", "No old name."]);
    root.querySelector<HTMLButtonElement>('.evo-phase-button[data-phase="preview"]')!.click();
    expect(root.querySelector(".wb-log")?.textContent).toBe("Preview (up to 1.10) became Beta in the lifecycle.");
    expect(root.querySelector('.evo-lifecycle > li[data-phase="beta"]')?.classList.contains("is-selected")).toBe(true);
  });
});
