// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {kbExplorer} from "../../src/components/kbExplorer.js";
import {byCategoryThenName, filterComponents} from "../../src/lib/kb/views.js";
import {chaptersWith, component, components, concepts, features} from "../lib/kb/data.js";

const picks = (root: Element) => [...root.querySelectorAll<HTMLButtonElement>("button.kb-pick")];
const change = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event("change", {bubbles: true}));
};
const selectByLabel = (root: Element, label: string) => {
  const l = [...root.querySelectorAll("label")].find((x) => x.textContent === label)!;
  return root.querySelector<HTMLSelectElement>(`#${l.getAttribute("for")}`)!;
};

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, "", "/");
});

describe("kbExplorer", () => {
  it("lists every component grouped by category, each row anchored by its id, with labelled filters", () => {
    const root = kbExplorer(components);
    expect(picks(root).map((b) => b.dataset.id)).toEqual([...components].sort(byCategoryThenName).map((c) => c.id));
    expect(root.querySelector("tr#marathon button.kb-pick")?.textContent).toBe("Marathon");
    expect([...root.querySelectorAll(".kb-field label")].map((l) => l.textContent)).toEqual(["Runs on", "Category", "Release"]);
    for (const label of root.querySelectorAll(".kb-field label")) expect(root.querySelector(`#${label.getAttribute("for")}`)?.tagName).toBe("SELECT");
    expect(root.querySelectorAll("tr.kb-group").length).toBe(8);
    expect(root.querySelector(".kb-count")?.textContent).toBe(`${components.length} of ${components.length} components.`);
    // One tab stop in the list.
    expect(picks(root).filter((b) => b.getAttribute("tabindex") === "0").length).toBe(1);
  });

  it("filters to public agents: exactly the components whose data says they run there", () => {
    const root = kbExplorer(components);
    change(selectByLabel(root, "Runs on"), "public-agent");
    const expected = components.filter((c) => c.nodeTypes.includes("public-agent")).sort(byCategoryThenName).map((c) => c.id);
    expect(picks(root).map((b) => b.dataset.id)).toEqual(expected);
    expect(root.querySelector(".kb-count")?.textContent).toBe(`${expected.length} of ${components.length} components on public agent nodes.`);
    change(selectByLabel(root, "Release"), "1.10");
    change(selectByLabel(root, "Category"), "networking");
    expect(picks(root).map((b) => b.dataset.id)).toEqual(
      filterComponents(components, {nodeType: "public-agent", release: "1.10", category: "networking"}).sort(byCategoryThenName).map((c) => c.id)
    );
    expect(picks(root).map((b) => b.dataset.id)).toContain("spartan");
    expect(root.querySelector(".kb-count")?.textContent).toMatch(/ on public agent nodes, in networking, in DC\/OS 1\.10\.$/);
    [...root.querySelectorAll("button")].find((b) => b.textContent === "Show all")!.click();
    expect(picks(root).length).toBe(components.length);
    expect(selectByLabel(root, "Runs on").value).toBe("");
  });

  it("shows everything about the selected component, with links only to chapters that exist", () => {
    const root = kbExplorer(components, {chapters: chaptersWith("components", "concepts", "features", "offer-cycle"), features, concepts, selected: "marathon"});
    const detail = root.querySelector(".kb-detail")!;
    expect(detail.querySelector("h4")?.textContent).toBe("Marathon");
    const facts = Object.fromEntries([...detail.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts["Runs on"]).toBe("master");
    expect(facts["Releases"]).toBe("1.7 to 2.2 (still in the last release)");
    expect(facts["systemd units"]).toBe("dcos-marathon.service");
    expect(facts["Needs"]).toBe("Apache ZooKeeper, Apache Mesos master, Mesos-DNS");
    expect(facts["Edition"]).toBe("Open source and Enterprise");
    const chapterLinks = [...detail.querySelectorAll("dd a")].filter((a) => !a.getAttribute("href")!.startsWith("#"));
    expect(chapterLinks.every((a) => /^\.\/(concepts|features|offer-cycle)(#|$)/.test(a.getAttribute("href")!))).toBe(true);
    expect(chapterLinks.map((a) => a.getAttribute("href"))).toContain("./offer-cycle");
    expect(detail.querySelector(".kb-sources")?.textContent).toBe(`Sources: ${component("marathon").source.map((s) => `${s.title}, DC/OS ${s.version} docs`).join("; ")}.`);
  });

  it("marks Enterprise components and shows notes on the sources", () => {
    const root = kbExplorer(components, {selected: "cockroachdb"});
    expect(root.querySelector(".kb-detail .kb-note")?.textContent).toBe(`About the sources: ${component("cockroachdb").note}`);
    const vault = kbExplorer(components, {selected: "vault"});
    expect(vault.querySelector(".kb-detail h4 .kb-badge-enterprise")?.textContent).toBe("Enterprise");
    expect(vault.querySelector("tr#vault .kb-e")?.textContent).toBe("E, Enterprise only");
  });

  it("moves with the arrow keys and selects with a click (Enter on a button)", () => {
    const root = kbExplorer(components);
    document.body.append(root);
    const all = picks(root);
    all[0]!.focus();
    all[0]!.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true}));
    expect(document.activeElement).toBe(all[1]);
    expect(all[1]!.getAttribute("tabindex")).toBe("0");
    all[1]!.click();
    expect(root.querySelector(".kb-detail h4")?.textContent).toBe(components.find((c) => c.id === all[1]!.dataset.id)!.name);
    const id = all[1]!.dataset.id!;
    expect(root.querySelector(`tr[id="${id}"]`)?.classList.contains("is-selected")).toBe(true);
    expect(picks(root).find((x) => x.dataset.id === id)!.getAttribute("aria-pressed")).toBe("true");
    expect(picks(root).filter((x) => x.getAttribute("aria-pressed") === "true").length).toBe(1);
    expect(root.querySelector(".sr-only[role=log]")?.textContent).toMatch(/^.+: .+, runs on .+\.$/);
  });

  it("follows the hash: selects #mesos-dns on arrival, and a later #marathon, clearing filters that hide it", () => {
    history.replaceState(null, "", "#mesos-dns");
    const root = kbExplorer(components, {followHash: true});
    document.body.append(root);
    expect(root.querySelector(".kb-detail h4")?.textContent).toBe("Mesos-DNS");
    change(selectByLabel(root, "Runs on"), "private-agent");
    history.replaceState(null, "", "#marathon");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(root.querySelector(".kb-detail h4")?.textContent).toBe("Marathon");
    expect(selectByLabel(root, "Runs on").value).toBe("");
    // Selecting writes the hash back.
    picks(root).find((b) => b.dataset.id === "zookeeper")!.click();
    expect(location.hash).toBe("#zookeeper");
  });

  it("renders data as text, never as HTML", () => {
    const evil = {...component("marathon"), id: "evil", name: '<img src=x onerror="alert(1)">', purpose: "<b>bold</b>"};
    const root = kbExplorer([evil], {selected: "evil"});
    expect(root.querySelector("img, b")).toBeNull();
    expect(root.querySelector(".kb-detail h4")?.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});
