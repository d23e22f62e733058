// @vitest-environment jsdom
import {execFileSync} from "node:child_process";
import {beforeEach, describe, expect, it} from "vitest";
import {archContext, type ArchComponent} from "../../src/components/archInfo.js";
import {archLayers, modelReleases} from "../../src/components/archLayers.js";
import type {LayerModel} from "../../src/lib/architecture/model.js";

const load = (file: string) => JSON.parse(execFileSync("node_modules/.bin/tsx", [file], {encoding: "utf8", maxBuffer: 1 << 26}));
const arch = load("src/data/architecture.json.ts") as {layers: LayerModel[]; names: Record<string, string>};
const components = load("src/data/components.json.ts") as ArchComponent[];
const ctx = archContext(components, [], arch.names);

let figure: HTMLElement;
const qa = (sel: string) => [...figure.querySelectorAll<HTMLElement>(sel)];
const q = (sel: string) => figure.querySelector<HTMLElement>(sel)!;
const ids = (sel: string) => qa(`${sel} .arch-chip`).map((c) => c.dataset.component);
const lastLog = () => q('[role="log"]').lastElementChild?.textContent;
const RELEASES = ["1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"];
const shipsIn = (c: ArchComponent, r: string) => RELEASES.indexOf(c.since) <= RELEASES.indexOf(r) && (c.until === null || RELEASES.indexOf(r) <= RELEASES.indexOf(c.until));
const setRelease = (r: string) => {
  const select = q(".arch-layers-release") as HTMLSelectElement;
  select.value = r;
  select.dispatchEvent(new Event("change"));
};

describe("archLayers", () => {
  beforeEach(() => {
    figure = archLayers(arch.layers, ctx);
    document.body.replaceChildren(figure);
  });

  it("draws both models side by side, each layer in the data's order", () => {
    expect(document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent).toBe("Two ways to draw the layers of DC/OS");
    expect(qa(".arch-model").map((m) => m.dataset.model)).toEqual(["three-layers", "two-spaces"]);
    expect(qa(".arch-layer").map((l) => l.dataset.layer)).toEqual(["software", "platform", "infrastructure", "user-space", "kernel-space"]);
    expect(qa('[data-layer="software"] .arch-item').map((i) => i.textContent)).toEqual(["Services", "Custom schedulers and tasks", "Jobs"]);
    expect(qa(".arch-item-external").map((i) => i.textContent)).toEqual(["Browser GUI", "Terminal CLI", "Package repository", "Container registry"]);
    expect(ids('[data-layer="kernel-space"]')).toEqual(["mesos-master", "mesos-agent"]);
    expect(ids('[data-layer="user-space"]')).toEqual(["admin-router", "exhibitor", "zookeeper", "mesos-dns", "minuteman", "spartan", "marathon"]);
  });

  it("fills the platform layer from the component data by category, for the release chosen (2.1 by default)", () => {
    expect(modelReleases(arch.layers[0]!)).toEqual(["1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"]);
    expect(qa(".arch-layers-release option").map((o) => o.textContent)).toEqual(["DC/OS 1.9", "DC/OS 1.10", "DC/OS 1.11", "DC/OS 1.12", "DC/OS 1.13", "DC/OS 2.0", "DC/OS 2.1", "DC/OS 2.2"]);
    const categories = arch.layers[0]!.layers.find((l) => l.id === "platform")!.categories;
    expect(qa(".arch-category").map((c) => c.dataset.category)).toEqual(categories);
    for (const release of ["2.1", "1.10"]) {
      setRelease(release);
      for (const category of categories) {
        const expected = components.filter((c) => c.category === category && shipsIn(c, release) && c.nodeTypes.length > 0).map((c) => c.id);
        expect(ids(`[data-category="${category}"]`), `${release} ${category}`).toEqual(expected);
      }
    }
  });

  it("moving to 1.11 swaps the networking components of 1.10 for DC/OS Net", () => {
    setRelease("1.10");
    expect(ids('[data-category="networking"]')).toEqual(expect.arrayContaining(["spartan", "minuteman", "navstar", "epmd"]));
    expect(ids('[data-category="networking"]')).not.toContain("dcos-net");
    setRelease("1.11");
    expect(ids('[data-category="networking"]')).toContain("dcos-net");
    expect(ids('[data-category="networking"]')).not.toContain("spartan");
    expect(lastLog()).toBe(`The platform layer now shows the ${qa('[data-model="three-layers"] .arch-category .arch-chip').length} components of DC/OS 1.11.`);
  });

  it("starts with the component it is given selected, already explained in the log", () => {
    figure = archLayers(arch.layers, ctx, {selected: "marathon"});
    document.body.replaceChildren(figure);
    expect(qa('.arch-chip[aria-pressed="true"]').length).toBe(2);
    expect(lastLog()).toBe("Marathon: in the 1.9 to 2.2 model, the platform layer (Container orchestration); in the 1.7 and 1.8 model, user space.");
  });

  it("selecting a component marks it in both models and says where each puts it", () => {
    q('[data-layer="user-space"] [data-component="marathon"]').click();
    expect(qa('.arch-chip[aria-pressed="true"]').map((c) => c.closest<HTMLElement>(".arch-layer")!.dataset.layer)).toEqual(["platform", "user-space"]);
    expect(lastLog()).toBe("Marathon: in the 1.9 to 2.2 model, the platform layer (Container orchestration); in the 1.7 and 1.8 model, user space.");
    expect(q(".arch-info .arch-info-title").textContent).toBe("Marathon");
    q('[data-layer="platform"] [data-component="cosmos"]').click();
    expect(lastLog()).toBe("DC/OS Package Manager (Cosmos): in the 1.9 to 2.2 model, the platform layer (Package management); in the 1.7 and 1.8 model, not drawn.");
    q('[data-layer="platform"] [data-component="cosmos"]').click();
    expect(qa('.arch-chip[aria-pressed="true"]')).toEqual([]);
    expect(lastLog()).toBe("Nothing selected.");
  });

  it("is one tab stop; arrow keys move between components", () => {
    const chips = qa(".arch-chip");
    expect(chips.filter((c) => c.tabIndex === 0)).toEqual([chips[0]]);
    chips[0]!.focus();
    chips[0]!.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
    expect(document.activeElement).toBe(chips[1]);
    expect(chips[1]!.tabIndex).toBe(0);
    chips[1]!.dispatchEvent(new KeyboardEvent("keydown", {key: "End", bubbles: true}));
    expect((document.activeElement as HTMLElement).dataset.component).toBe("mesos-agent");
    // Focus alone describes the component.
    expect(q(".arch-info .arch-info-title").textContent).toBe("Mesos agent");
  });

  it("marks Enterprise-only components", () => {
    const vault = q('[data-category="iam-and-security"] [data-component="vault"]');
    expect(vault.textContent).toBe("Vault E, Enterprise only");
    expect(vault.querySelector(".sr-only")?.textContent).toBe(", Enterprise only");
    expect(q('[data-component="metronome"]').textContent).toBe("Metronome, DC/OS Jobs (Metronome)");
    expect(vault.querySelector(".arch-e")?.textContent).toBe("E");
  });
});
